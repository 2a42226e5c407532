//===-- CodeQualityEmitter.cpp - GitLab Code Quality output ---------------===//
//
// GitLab's Code Quality report (artifacts:reports:codequality) is a JSON
// array of issues in a subset of the Code Climate engine format: description,
// check_name, fingerprint, severity and a location with a path relative to
// the repository and a begin line. GitLab matches issues between the target
// branch and the merge request by fingerprint, so it is the same line-shift
// proof fingerprint SARIF carries (Fingerprint.h), and GitLab keeps only one
// issue per fingerprint, which that fingerprint's occurrence count allows.
//
//===----------------------------------------------------------------------===//

#include "lib/report/Emitters.h"
#include "lib/report/Fingerprint.h"
#include "lib/report/ReportPaths.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

namespace tlslint {
namespace {

using llvm::json::Array;
using llvm::json::Object;

/// GitLab ranks info < minor < major < critical < blocker. tlslint's errors
/// are broken TLS (critical); blocker is left to what must stop a merge by
/// policy, which the exit code and --fail-on already decide.
llvm::StringRef codeQualitySeverity(Severity S) {
  switch (S) {
  case Severity::Error:
    return "critical";
  case Severity::Warning:
    return "major";
  case Severity::Note:
    return "info";
  }
  llvm_unreachable("unknown severity");
}

Object issue(const Finding &F, const ReportContext &Ctx,
             Fingerprinter &Fingerprints) {
  // GitLab links a path relative to the repository; one outside the source
  // root cannot be linked and keeps its own name.
  std::string Path =
      pathUnderRoot(F.Where.File, Ctx.SourceRoot).value_or(F.Where.File);
  // A finding about a whole file (a key in assets/) has no line; GitLab
  // needs one, and the first is where the file starts.
  unsigned Begin = F.Where.hasPosition() ? F.Where.Line : 1;
  Object Lines{{"begin", Begin}};
  if (F.Where.EndLine > Begin)
    Lines["end"] = F.Where.EndLine;
  return Object{{"type", "issue"},
                {"check_name", F.rule().Id},
                {"description", F.Message},
                {"categories", Array{"Security"}},
                {"severity", codeQualitySeverity(F.Level)},
                {"fingerprint", Fingerprints.next(F)},
                {"location", Object{{"path", std::move(Path)},
                                    {"lines", std::move(Lines)}}}};
}

} // namespace

void emitCodeQuality(const Report &R, const ReportContext &Ctx,
                     SourceCache &Sources, llvm::raw_ostream &OS) {
  // Files that could not be analysed are not issues of the code: they have
  // no line to show and are reported on standard error and by exit code 2.
  Fingerprinter Fingerprints(Ctx.SourceRoot, Sources);
  Array Issues;
  for (const Finding &F : R.Findings)
    Issues.push_back(issue(F, Ctx, Fingerprints));
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Issues))) << '\n';
}

} // namespace tlslint
