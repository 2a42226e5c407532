//===-- TextEmitter.cpp - clang-style text output --------------------------===//

#include "lib/report/Emitters.h"

namespace tlslint {

static void printLocation(const Location &L, llvm::raw_ostream &OS) {
  OS << L.File;
  if (L.hasPosition())
    OS << ':' << L.Line << ':' << (L.Column ? L.Column : 1);
  OS << ": ";
}

void emitText(const Report &R, llvm::raw_ostream &OS) {
  for (const ToolError &E : R.Errors)
    OS << E.File << ": error: " << E.Message << '\n';
  for (const Finding &F : R.Findings) {
    printLocation(F.Where, OS);
    OS << severityName(F.Level) << ": " << F.Message << " [" << F.rule().Id
       << "]\n";
    for (const RelatedNote &N : F.Notes) {
      printLocation(N.Where, OS);
      OS << "note: " << N.Message << '\n';
    }
  }
}

} // namespace tlslint
