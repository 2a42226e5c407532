//===-- Finding.cpp -------------------------------------------------------===//

#include "lib/report/Finding.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>
#include <tuple>

namespace tlslint {

static auto key(const Location &L) {
  return std::tie(L.File, L.Line, L.Column, L.EndLine, L.EndColumn);
}

bool Finding::isConditional() const {
  return llvm::any_of(Notes, [](const RelatedNote &Note) {
    return llvm::StringRef(Note.Message).starts_with(ConditionalFindingNote);
  });
}

bool operator<(const Location &A, const Location &B) { return key(A) < key(B); }
bool operator==(const Location &A, const Location &B) {
  return key(A) == key(B);
}

static auto key(const Finding &F) {
  return std::tie(F.Where.File, F.Where.Line, F.Where.Column, F.Rule,
                  F.Message);
}

void Report::normalize() {
  std::sort(Findings.begin(), Findings.end(),
            [](const Finding &A, const Finding &B) { return key(A) < key(B); });
  Findings.erase(std::unique(Findings.begin(), Findings.end(),
                             [](const Finding &A, const Finding &B) {
                               return key(A) == key(B);
                             }),
                 Findings.end());
  std::sort(Errors.begin(), Errors.end(),
            [](const ToolError &A, const ToolError &B) {
              return std::tie(A.File, A.Message) < std::tie(B.File, B.Message);
            });
}

ExitCode exitCodeFor(const Report &R, Severity FailOn, bool AllowErrors,
                     FileClasses FailIn) {
  if (!R.Errors.empty() && !AllowErrors)
    return ExitToolError;
  return llvm::any_of(R.Findings,
                      [&](const Finding &F) {
                        return F.Level >= FailOn && FailIn.contains(F.Origin);
                      })
             ? ExitFindings
             : ExitClean;
}

} // namespace tlslint
