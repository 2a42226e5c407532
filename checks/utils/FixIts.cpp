//===-- FixIts.cpp --------------------------------------------------------===//

#include "checks/utils/FixIts.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace tlslint {

/// Follows macro-argument expansions only; fails on a macro body.
static std::optional<SourceLocation> writtenLoc(SourceLocation Loc,
                                                const SourceManager &SM) {
  while (Loc.isMacroID()) {
    if (!SM.isMacroArgExpansion(Loc))
      return std::nullopt;
    Loc = SM.getImmediateSpellingLoc(Loc);
  }
  return Loc;
}

std::optional<CharSourceRange> userWrittenRange(const Expr *E,
                                                const SourceManager &SM) {
  std::optional<SourceLocation> Begin = writtenLoc(E->getBeginLoc(), SM);
  std::optional<SourceLocation> End = writtenLoc(E->getEndLoc(), SM);
  if (!Begin || !End || SM.isInSystemHeader(*Begin) ||
      SM.getFileID(*Begin) != SM.getFileID(*End))
    return std::nullopt;
  return CharSourceRange::getTokenRange(*Begin, *End);
}

} // namespace tlslint
