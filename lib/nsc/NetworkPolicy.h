//===-- NetworkPolicy.h - What an app's config says about a host -*- C++ -*-=//
//
// Native code never reads the app's network security config; the checks that
// report where it escapes the policy ask this what the policy says about a
// host. The config is parsed once per process (tlslint scan checks many
// translation units against one config, on several threads).
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_NSC_NETWORKPOLICY_H
#define TLSLINT_LIB_NSC_NETWORKPOLICY_H

#include "lib/nsc/Model.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>

namespace tlslint {

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
  /// The config at Path (relative to the current directory, as every
  /// translation unit of a scan shares one config), parsed once per
  /// process. An error names the file and what is wrong with it, as the XML
  /// half would report it.
  static llvm::Expected<std::shared_ptr<const NetworkPolicy>>
  load(llvm::StringRef Path);

  /// The policy on Today (default: the current day).
  HostPolicy forHost(llvm::StringRef Host, Day Today = today()) const;
  /// Whether any domain-config of the config has a pin-set.
  bool hasPins() const;
  /// The config's absolute path.
  const std::string &path() const { return Config.Path; }
  /// Whether each pin-set of the config has expired on Today, a '0' or '1'
  /// each in document order: the part of the policy that changes with the
  /// date alone (the scan cache keys translation units by it).
  std::string expiredPinSets(Day Today = today()) const;

private:
  explicit NetworkPolicy(nsc::NetworkSecurityConfig Config)
      : Config(std::move(Config)) {}

  nsc::NetworkSecurityConfig Config;
};

} // namespace tlslint

#endif
