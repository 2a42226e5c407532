//===-- ReportLocation.cpp ------------------------------------------------===//

#include "checks/utils/ReportLocation.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace tlslint {

SourceLocation reportLocation(const Stmt *E, const SourceManager &SM) {
  return SM.getFileLoc(E->getBeginLoc());
}

bool isInLibraryHeader(SourceLocation Loc, const SourceManager &SM) {
  return Loc.isValid() && SM.isInSystemHeader(SM.getFileLoc(Loc));
}

} // namespace tlslint
