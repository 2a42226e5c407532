//===-- NetworkPolicy.h - The app's network security config, for checks ---===//
//
// Native code never reads the app's network security config; the checks that
// report where it escapes the policy ask this what the policy says about a
// host. It loads the XML through lib/nsc once per process (tlslint scan
// checks many translation units against one config) and places notes on
// the XML's own lines.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CHECKS_UTILS_NETWORKPOLICY_H
#define TLSLINT_CHECKS_UTILS_NETWORKPOLICY_H

#include "lib/nsc/Model.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>

namespace clang {
class SourceManager;
namespace tidy {
class ClangTidyContext;
struct ClangTidyOptions;
} // namespace tidy
} // namespace clang

namespace tlslint {

/// The check option that names the config; every check that compares native
/// code with the policy reads this one
/// ("tls-missing-pin.NetworkSecurityConfig", else a global
/// "NetworkSecurityConfig"). Empty: none.
std::string networkSecurityConfigOption(clang::tidy::ClangTidyContext &Context);

/// The same, from the options of a file before any check runs (the scan
/// cache keys translation units by the config's content).
std::string
networkSecurityConfigOption(const clang::tidy::ClangTidyOptions &Options);

/// The file the option names: relative to the current directory, as every
/// translation unit of a scan shares one config.
std::string networkSecurityConfigPath(llvm::StringRef Option);

/// What the policy says about one host.
struct HostPolicy {
  /// The pin-set Android enforces for the host, unexpired; null when none.
  const nsc::PinSet *Pins = nullptr;
  /// The config explicitly sets cleartextTrafficPermitted="false" for the
  /// host (itself, an enclosing domain-config, or the base-config).
  bool ForbidsCleartext = false;
  nsc::Pos CleartextWhere; ///< That attribute.
};

class NetworkPolicy {
public:
  /// The config at Path, parsed once per process. An error names the file
  /// and what is wrong with it, as the XML half would report it.
  static llvm::Expected<std::shared_ptr<const NetworkPolicy>>
  load(llvm::StringRef Path);

  HostPolicy forHost(llvm::StringRef Host) const;
  /// Whether any domain-config of the config has a pin-set.
  bool hasPins() const;
  const std::string &path() const { return Config.Path; }
  /// Whether each pin-set of the config has expired today, a '0' or '1'
  /// each in document order: the part of the policy that changes with the
  /// date alone (the scan cache keys translation units by it).
  std::string expiredPinSets() const;

  /// A location on the config's line, to attach notes to. Invalid when the
  /// file cannot be read.
  clang::SourceLocation location(clang::SourceManager &SM,
                                 nsc::Pos Where) const;

private:
  explicit NetworkPolicy(nsc::NetworkSecurityConfig Config)
      : Config(std::move(Config)) {}

  nsc::NetworkSecurityConfig Config;
};

} // namespace tlslint

#endif
