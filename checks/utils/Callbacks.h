//===-- Callbacks.h - Find and summarise callback functions ----*- C++ -*-===//
//
// Verify callbacks reach TLS libraries as function names, static members,
// lambdas converted to function pointers, or locals holding one. These
// helpers find the function behind such an argument and summarise what its
// body returns.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CHECKS_UTILS_CALLBACKS_H
#define TLSLINT_CHECKS_UTILS_CALLBACKS_H

#include "checks/utils/Matchers.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>

namespace clang {
class CallExpr;
class Expr;
class FunctionDecl;
class ReturnStmt;
} // namespace clang

namespace tlslint {

class ValueEvaluator;

/// The function (or lambda call operator) an argument passes as a
/// callback, declared or defined; null when none is known.
const clang::FunctionDecl *callbackFunction(const clang::Expr *Arg,
                                            const ValueEvaluator &Values);

/// The definition of callbackFunction(Arg), if this translation unit has it.
const clang::FunctionDecl *callbackDefinition(const clang::Expr *Arg,
                                              const ValueEvaluator &Values);

/// Whether Arg names a function (`cb`, `&cb`) that this translation unit
/// declares but does not define: what it does is another file's secret.
bool isCallbackDefinedElsewhere(const clang::Expr *Arg,
                                const ValueEvaluator &Values);

/// The return statements of F's own body (not of lambdas inside it).
llvm::SmallVector<const clang::ReturnStmt *, 4>
ownReturns(const clang::FunctionDecl *F);

/// True when F has return statements and every one yields only constants
/// that Accepts accepts (a run-time choice between such constants counts).
bool everyReturnIs(const clang::FunctionDecl *F, const ValueEvaluator &Values,
                   llvm::function_ref<bool(int64_t)> Accepts);

/// Every call in F's own body.
llvm::SmallVector<const clang::CallExpr *, 8>
ownCalls(const clang::FunctionDecl *F);

/// Calls in F's own body to a function named Name.
llvm::SmallVector<const clang::CallExpr *, 2>
ownCallsTo(const clang::FunctionDecl *F, llvm::StringRef Name);

} // namespace tlslint

#endif
