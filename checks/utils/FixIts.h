//===-- FixIts.h - Where a fix-it is safe -----------------------*- C++ -*-===//

#ifndef TLSLINT_CHECKS_UTILS_FIXITS_H
#define TLSLINT_CHECKS_UTILS_FIXITS_H

#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceLocation.h"
#include <optional>

namespace clang {
class Expr;
class SourceManager;
} // namespace clang

namespace tlslint {

/// The characters of E when the user wrote them at this call: in the file
/// itself, or as an argument of a macro (libcurl's C type-checking macro).
/// None when any part comes from a macro's body, where an edit would change
/// every expansion.
std::optional<clang::CharSourceRange>
userWrittenRange(const clang::Expr *E, const clang::SourceManager &SM);

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
