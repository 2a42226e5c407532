//===-- FixIts.h - Where a fix-it is safe -----------------------*- C++ -*-===//

#ifndef TLSLINT_CHECKS_UTILS_FIXITS_H
#define TLSLINT_CHECKS_UTILS_FIXITS_H

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

} // namespace tlslint

#endif
