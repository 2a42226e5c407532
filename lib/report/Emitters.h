//===-- Emitters.h - Output formats for a Report ----------------*- C++ -*-===//

#ifndef TLSLINT_LIB_REPORT_EMITTERS_H
#define TLSLINT_LIB_REPORT_EMITTERS_H

#include "lib/report/Finding.h"
#include "lib/report/SourceCache.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <string>

namespace tlslint {

/// Facts about the run that SARIF and HTML reports carry besides findings.
struct ReportContext {
  /// Absolute directory; files under it are named relative to it (SARIF's
  /// %SRCROOT%).
  std::string SourceRoot;
  std::string ToolVersion;
  std::string InformationUri; ///< The tool's home page.
  /// Prefix of Rule::docPath() that makes the URL of a rule's page.
  std::string RuleHelpBaseUri;

  std::string helpUri(const Rule &R) const {
    return RuleHelpBaseUri + R.docPath();
  }
};

/// clang style: `file:line:col: severity: message [rule-id]`, notes after
/// their finding, tool errors as `file: error: message`. With Sources, each
/// finding and note is followed by its source line and a caret under the
/// position, as clang-tidy prints them; lines that cannot be read are left
/// out.
void emitText(const Report &R, llvm::raw_ostream &OS,
              SourceCache *Sources = nullptr);

/// Version of the JSON schema written by emitJson; see docs/json-format.md.
constexpr unsigned JsonSchemaVersion = 1;

/// The versioned JSON report documented in docs/json-format.md.
void emitJson(const Report &R, llvm::raw_ostream &OS);

/// The same document as a value, to embed in another (the scan cache).
llvm::json::Value jsonReport(const Report &R);

/// SARIF 2.1.0, as GitHub code scanning reads it; see docs/integration.md.
void emitSarif(const Report &R, const ReportContext &Ctx, SourceCache &Sources,
               llvm::raw_ostream &OS);

/// GitLab's Code Quality report (a Code Climate subset): one issue per
/// finding, with paths relative to Ctx.SourceRoot and the fingerprints of the
/// SARIF report; see docs/integration.md.
void emitCodeQuality(const Report &R, const ReportContext &Ctx,
                     SourceCache &Sources, llvm::raw_ostream &OS);

/// One self-contained HTML page (inline style and script, no fetches): a
/// summary by rule and severity, filters, and every finding with its code,
/// explanation and fix.
void emitHtml(const Report &R, const ReportContext &Ctx, SourceCache &Sources,
              llvm::raw_ostream &OS);

} // namespace tlslint

#endif
