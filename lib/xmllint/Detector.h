//===-- Detector.h - The shape of an XML rule family ------------*- C++ -*-===//
//
// The XML half is built as the C++ half is: one file per rule family, each
// declaring the rules it reports (as an Android Lint detector declares its
// issues) next to the pass that reports them. Families.cpp lists the
// families; the linter runs them and derives implementedRules() from their
// declarations.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_XMLLINT_DETECTOR_H
#define TLSLINT_LIB_XMLLINT_DETECTOR_H

#include "lib/nsc/Model.h"
#include "lib/report/Finding.h"
#include "lib/rules/Options.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace tlslint {
namespace manifest {
struct ManifestFacts;
} // namespace manifest
namespace keys {
enum class PackagedLocation;
} // namespace keys

namespace xmllint {

/// Everything the rules need to know about the app around one file.
struct AppContext {
  std::optional<unsigned> MinSdk, TargetSdk;
  bool Debuggable = false;
};

/// Options after merging the command line over .clang-tidy.
struct RuleOptions {
  unsigned ExpiryHorizonDays = defaultUnsigned(OptionId::ExpiryHorizonDays);
  std::vector<std::string> RequirePins;
};

/// Where a family's findings go: findings in one file, less the rules that
/// file's configuration switches off or its tools:ignore suppresses.
class Emitter {
public:
  Emitter(Report &R, std::string File, nsc::RuleMask Disabled)
      : R(R), File(std::move(File)), Disabled(Disabled) {}

  void add(RuleId Rule, Severity Level, nsc::Pos Where, nsc::RuleMask Ignored,
           std::string Message);
  /// At the rule's default severity.
  void add(RuleId Rule, nsc::Pos Where, nsc::RuleMask Ignored,
           std::string Message);
  /// A finding anywhere, e.g. in a file beside the one linted.
  void addAt(RuleId Rule, Severity Level, Location Where, std::string Message);
  /// A problem with a file, which stops nothing else.
  void error(llvm::StringRef File, std::string Message);

  const std::string &file() const { return File; }
  /// Whether the configuration switches off every rule of Rules.
  bool allDisabled(llvm::ArrayRef<RuleId> Rules) const;

private:
  Report &R;
  std::string File;
  nsc::RuleMask Disabled;
};

/// A family of rules over one kind of input, as an Android Lint Detector:
/// the rules it may report and the pass that reports them.
template <typename Input> struct Detector {
  llvm::StringLiteral Name;
  llvm::ArrayRef<RuleId> Reports;
  void (*Run)(const Input &, Emitter &);
};

/// One parsed network security config (or debug companion), as the config
/// families see it.
struct ConfigFile {
  const nsc::NetworkSecurityConfig &Model;
  const AppContext &App;
  const RuleOptions &Options;
  nsc::Day Today;
};

/// One AndroidManifest.xml.
struct ManifestFile {
  const manifest::ManifestFacts &Facts;
  const AppContext &App;
};

/// One key or key store file, and where the build packages it (None for a
/// file named on the command line elsewhere).
struct KeyFile {
  llvm::StringRef Path;
  keys::PackagedLocation Location;
};

/// Whether C is the debug-overrides that a debug companion file
/// (NAME_debug.xml) supplied: that file reports it, not the main one.
bool reportedInCompanion(const ConfigFile &F, const nsc::Config &C);

/// Android's insecure platform default below targetSdkVersion MinSafeSdk,
/// which applies when base-config does not set the attribute itself
/// (BaseSets): "What because targetSdkVersion N is below MinSafeSdk; Fix".
void reportPlatformDefault(const ConfigFile &F, Emitter &E, RuleId Rule,
                           bool BaseSets, unsigned MinSafeSdk,
                           llvm::StringRef What, llvm::StringRef Fix);

using ConfigFamily = Detector<ConfigFile>;
using ManifestFamily = Detector<ManifestFile>;
using KeyFileFamily = Detector<KeyFile>;

/// One file each.
extern const ConfigFamily ConfigProblemRules;
extern const ConfigFamily CleartextConfigRules;
extern const ConfigFamily TrustAnchorRules;
extern const ConfigFamily HstsRules;
extern const ConfigFamily PinRules;
extern const ManifestFamily ManifestRules;
extern const KeyFileFamily KeyFileRules;

/// The families, in the order they report (Families.cpp). ConfigProblemRules
/// runs on every parsed config; configFamilies() only on one whose root is
/// <network-security-config>.
llvm::ArrayRef<const ConfigFamily *> configFamilies();
llvm::ArrayRef<const ManifestFamily *> manifestFamilies();
llvm::ArrayRef<const KeyFileFamily *> keyFileFamilies();

/// Runs Family on In unless the configuration switches off all its rules.
template <typename Input>
void runFamily(const Detector<Input> &Family, const Input &In, Emitter &E) {
  if (!E.allDisabled(Family.Reports))
    Family.Run(In, E);
}

} // namespace xmllint
} // namespace tlslint

#endif
