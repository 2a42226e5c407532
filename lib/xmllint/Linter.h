//===-- Linter.h - The XML half: NSC and manifest rules --------*- C++ -*-===//

#ifndef TLSLINT_LIB_XMLLINT_LINTER_H
#define TLSLINT_LIB_XMLLINT_LINTER_H

#include "lib/manifest/AndroidApp.h"
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

/// Lints files and directories (see `tlslint xml --help`) into R. Problems
/// with one file become Report::Errors and never stop the others. Apps, if
/// given, receives every app whose manifest was read, sorted by manifest.
void lintPaths(llvm::ArrayRef<std::string> Paths, const LintOptions &Opts,
               Report &R, std::vector<manifest::AndroidApp> *Apps = nullptr);

/// Parses "YYYY-MM-DD" strictly (for --today).
std::optional<nsc::Day> parseIsoDate(llvm::StringRef Text);

} // namespace xmllint
} // namespace tlslint

#endif
