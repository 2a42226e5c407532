//===-- Linter.h - The XML half: NSC and manifest rules ----------*- C++
//-*-===//

#ifndef TLSLINT_LIB_XMLLINT_LINTER_H
#define TLSLINT_LIB_XMLLINT_LINTER_H

#include "lib/nsc/Model.h"
#include "lib/report/Finding.h"
#include "lib/xmllint/Settings.h"
#include <optional>

namespace tlslint {
namespace xmllint {

struct LintOptions {
  std::optional<unsigned> MinSdk, TargetSdk; ///< Override manifest/gradle.
  std::optional<nsc::Day> Today;             ///< Unset: the system's date.
  /// Unset: from Settings (tls-pin-set-expiry.ExpiryHorizonDays), else 30.
  std::optional<unsigned> ExpiryHorizonDays;
  /// Domains that must be pinned; empty: from Settings
  /// (tls-missing-pin.RequiredDomains).
  std::vector<std::string> RequirePins;
  bool Debuggable = false; ///< Lint as a debuggable build.
  /// The project's configuration (.clang-tidy files); null: none.
  XmlSettingsProvider *Settings = nullptr;
};

/// The rule ids the XML linter can report; `tlslint rules` reads this.
llvm::ArrayRef<RuleId> implementedRules();

/// An app found by its AndroidManifest.xml.
struct AndroidApp {
  std::string Manifest;
  /// The network security config the manifest names, when it exists; empty
  /// otherwise.
  std::string NetworkSecurityConfig;
  /// The module directory: "app" for app/src/main/AndroidManifest.xml, else
  /// the manifest's directory. Native sources under it belong to the app.
  std::string Root;
};

/// Lints files and directories (see `tlslint xml --help`) into R. Problems
/// with one file become Report::Errors and never stop the others. Apps, if
/// given, receives every app whose manifest was read, sorted by manifest.
void lintPaths(llvm::ArrayRef<std::string> Paths, const LintOptions &Opts,
               Report &R, std::vector<AndroidApp> *Apps = nullptr);

/// The app a source file belongs to: the one with the deepest Root that
/// holds File; when none does and there is exactly one app, that one (native
/// code often sits beside the app module). Null when none applies.
const AndroidApp *appForFile(llvm::ArrayRef<AndroidApp> Apps,
                             llvm::StringRef File);

/// Parses "YYYY-MM-DD" strictly (for --today).
std::optional<nsc::Day> parseIsoDate(llvm::StringRef Text);

} // namespace xmllint
} // namespace tlslint

#endif
