//===-- Conditions.h - Findings that hold only when a user opts in -*- C++
//-*-===//
//
// `if (config->insecure_ok) curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);`
// is insecure only when someone switches the setting on (curl's `-k`). Such a
// finding is conditional: its message names the setting, a note points at
// the condition, and tlslint gives it its own severity. A branch that only
// tests the handle itself (`if (curl)`) or a call's result is no opt-in.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CHECKS_UTILS_CONDITIONS_H
#define TLSLINT_CHECKS_UTILS_CONDITIONS_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace clang {
class ASTContext;
class CallExpr;
class Expr;
class Stmt;
class ValueDecl;
namespace tidy {
class ClangTidyCheck;
} // namespace tidy
} // namespace clang

namespace tlslint {

/// The setting a statement is guarded by.
struct OptIn {
  /// "when `config->insecure_ok` is set", "unless `verify_peer` is set".
  std::string Wording;
  /// The condition (the part of it that reads the setting).
  clang::SourceLocation Where;
  /// True when the statement is in the branch taken when Where is false.
  bool OnFalse = false;
};

/// The nearest branch around Guarded, in its function, that is taken only
/// for some value of a setting: a field, a parameter, a global, or a local
/// not computed by a call. Branches whose condition reads one of Subjects
/// (the call's arguments: `if (ctx) SSL_CTX_set_verify(ctx, ...)`) are
/// skipped, and so are those reading one of Results (a verify callback's
/// parameters: what the library found, not what a user set). Branches are
/// if/else, `?:`, `&&` and `case` labels.
std::optional<OptIn>
findOptIn(const clang::Stmt &Guarded,
          llvm::ArrayRef<const clang::Expr *> Subjects,
          clang::ASTContext &Context,
          llvm::ArrayRef<const clang::ValueDecl *> Results = {});

/// Message, a diagnostic format string, prefixed with the opt-in's wording
/// when there is one.
std::string conditionalMessage(const std::optional<OptIn> &Condition,
                               llvm::StringRef Message);

/// The note at the condition, if any (after the finding's own diagnostic).
void noteCondition(const std::optional<OptIn> &Condition,
                   clang::tidy::ClangTidyCheck &Check);

/// findOptIn for a call, its arguments being the subjects.
std::optional<OptIn> findOptIn(const clang::CallExpr &Call,
                               clang::ASTContext &Context);

} // namespace tlslint

#endif
