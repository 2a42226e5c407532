//===-- JsonEmitter.cpp - Versioned JSON output ---------------------------===//

#include "lib/report/Emitters.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

namespace tlslint {

static llvm::json::Object toJson(const Location &L) {
  llvm::json::Object O{{"file", L.File}};
  if (L.hasPosition()) {
    O["line"] = L.Line;
    O["column"] = L.Column;
    if (L.EndLine) {
      O["endLine"] = L.EndLine;
      O["endColumn"] = L.EndColumn;
    }
  }
  return O;
}

llvm::json::Value jsonReport(const Report &R) {
  llvm::json::Array Findings;
  for (const Finding &F : R.Findings) {
    llvm::json::Array Notes;
    for (const RelatedNote &N : F.Notes)
      Notes.push_back(llvm::json::Object{{"message", N.Message},
                                         {"location", toJson(N.Where)}});
    llvm::json::Array Fixes;
    for (const Replacement &Fix : F.Fixes)
      Fixes.push_back(llvm::json::Object{{"range", toJson(Fix.Range)},
                                         {"replacement", Fix.NewText}});
    const Rule &Rule = F.rule();
    llvm::json::Object Entry{{"ruleId", Rule.Id},
                             {"family", familyName(Rule.Family)},
                             {"severity", severityName(F.Level)},
                             {"message", F.Message},
                             {"location", toJson(F.Where)},
                             {"notes", std::move(Notes)},
                             {"fixes", std::move(Fixes)},
                             {"conditional", F.isConditional()},
                             {"fileClass", fileClassName(F.Origin)}};
    if (Rule.Cwe)
      Entry["cwe"] = ("CWE-" + llvm::Twine(Rule.Cwe)).str();
    Findings.push_back(std::move(Entry));
  }
  llvm::json::Array Errors;
  for (const ToolError &E : R.Errors)
    Errors.push_back(
        llvm::json::Object{{"file", E.File}, {"message", E.Message}});

  llvm::json::Object Root{{"schemaVersion", JsonSchemaVersion},
                          {"tool", "tlslint"},
                          {"findings", std::move(Findings)},
                          {"errors", std::move(Errors)},
                          {"hiddenByHeaderFilter", R.HiddenByHeaderFilter}};
  return Root;
}

void emitJson(const Report &R, llvm::raw_ostream &OS) {
  OS << llvm::formatv("{0:2}", jsonReport(R)) << '\n';
}

} // namespace tlslint
