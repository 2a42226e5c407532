//===-- ReportLocation.h - Where a finding is reported ----------*- C++ -*-===//

#ifndef TLSLINT_CHECKS_UTILS_REPORTLOCATION_H
#define TLSLINT_CHECKS_UTILS_REPORTLOCATION_H

#include "clang/Basic/SourceLocation.h"

namespace clang {
class SourceManager;
class Stmt;
} // namespace clang

namespace tlslint {

/// Where to report about E: the place in the user's file where it is
/// written or expanded, never inside a library header's macro.
clang::SourceLocation reportLocation(const clang::Stmt *E,
                                     const clang::SourceManager &SM);

/// Whether Loc, a place to report at, is inside an installed library's
/// header (a system header): the library's own code, which its users
/// cannot change. Nothing is reported there, even when clang-tidy is asked
/// to show system headers; the user's calls into the library are reported
/// where they are written. Calls made there still count for what a file
/// does (a host binding, a verification mode).
bool isInLibraryHeader(clang::SourceLocation Loc,
                       const clang::SourceManager &SM);

} // namespace tlslint

#endif
