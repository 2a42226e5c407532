//===-- ValueEvaluator.h - What value reaches an argument -------*- C++ -*-===//
//
// The one place where checks reason about values. Real code rarely writes
// `0L` in the call: the value arrives through a macro, an enumerator, a
// const/constexpr variable, a local assigned once, or a conditional with a
// constant condition. Every check asks this evaluator instead of looking at
// spellings.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CHECKS_UTILS_VALUEEVALUATOR_H
#define TLSLINT_CHECKS_UTILS_VALUEEVALUATOR_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>
#include <string>

namespace clang {
class ASTContext;
} // namespace clang

namespace tlslint {

/// The integer value that reaches an expression.
struct IntValue {
  enum KindType {
    /// Nothing is known statically.
    Unknown,
    /// Exactly one value reaches the expression.
    Constant,
    /// A run-time choice between known constants (`insecure ? 0L : 1L`).
    RuntimeChoice,
  };
  KindType Kind = Unknown;
  /// For Constant, one value; for RuntimeChoice, every alternative.
  llvm::SmallVector<int64_t, 2> Values;

  bool isConstant() const { return Kind == Constant; }
  int64_t constant() const { return Values.front(); }
  /// True when any alternative satisfies Pred (a RuntimeChoice that may be
  /// insecure).
  template <typename PredT> bool anyAlternative(PredT Pred) const {
    for (int64_t V : Values)
      if (Pred(V))
        return true;
    return false;
  }
};

/// The string that reaches an expression, when it is a compile-time constant.
struct StringValue {
  std::string Text;
  /// The literal the text comes from (for fix-its), or null when it was
  /// assembled from several pieces.
  const clang::StringLiteral *Literal = nullptr;
};

/// Bytes compiled into the program: a literal, or an array's initialiser.
struct BytesValue {
  std::string Bytes;
  /// The string literal or initialiser list the bytes come from.
  const clang::Expr *Source = nullptr;
  /// The array variable that holds them, when there is one.
  const clang::VarDecl *Array = nullptr;
};

/// For a call, the argument whose bytes its result exposes (a memory BIO
/// over a buffer, a buffer view); null when it exposes none.
using ViewedArgumentFn =
    llvm::function_ref<const clang::Expr *(const clang::CallExpr &)>;

class ValueEvaluator {
public:
  explicit ValueEvaluator(clang::ASTContext &Context) : Context(Context) {}

  IntValue evaluateInt(const clang::Expr *E) const;
  std::optional<StringValue> evaluateString(const clang::Expr *E) const;
  /// As evaluateString, and for a concatenation built at run time
  /// (`base + path`) the constant it starts with: enough to read a URL's
  /// scheme and host.
  std::optional<StringValue> evaluateStringPrefix(const clang::Expr *E) const;

  /// The parameter of the enclosing function whose value reaches E, through
  /// the wrappers evaluateString sees through (`url.c_str()`,
  /// `std::string(host)`); null if E comes from anything else.
  const clang::ParmVarDecl *sourceParameter(const clang::Expr *E) const;

  /// The bytes compiled into the program that an expression reads: a string
  /// literal, or an array initialised with a string literal or a list of
  /// integer constants (one byte each). Followed through casts (explicit
  /// ones too: `(const unsigned char *)Key`), `&Array[0]`, locals assigned
  /// once, copies and constructors from a pointer (std::string, QByteArray,
  /// const_buffer), temporaries, constant conditions, and calls for which
  /// ViewedArgument names an argument. An array counts only when its
  /// initialiser fills it: a larger array is a buffer filled at run time.
  std::optional<BytesValue>
  evaluateBytes(const clang::Expr *E,
                ViewedArgumentFn ViewedArgument = nullptr) const;

  /// The bytes of an initialiser list of an array of 8-bit integers whose
  /// elements are all integer constants.
  std::optional<std::string>
  initListBytes(const clang::InitListExpr &List) const;

  /// The initialiser of member Field of the struct an expression points to
  /// or names (`&blob` for a struct curl_blob initialised with a braced
  /// list); null when it is not known. Later assignments to the member are
  /// not seen.
  const clang::Expr *memberInitializer(const clang::Expr *E,
                                       llvm::StringRef Field) const;

  /// The declaration an expression refers to after looking through casts,
  /// parentheses and locals initialised once from another reference (the
  /// `_curl_opt` copy made by libcurl's C type-checking macro).
  const clang::ValueDecl *referencedDecl(const clang::Expr *E) const;

  /// The value of the enumerator named Name in this TU (CURLOPT_USE_SSL,
  /// ssl_verify_ok), which API tables name instead of numbers.
  std::optional<int64_t> enumeratorValue(llvm::StringRef Name) const;

  /// The initialiser of a variable whose value is provably the initialiser at
  /// every use: const-qualified, or a local never written after it.
  const clang::Expr *singleAssignment(const clang::VarDecl *Var) const;

  /// The initialiser and every right-hand side assigned to Var in Body.
  llvm::SmallVector<const clang::Expr *, 4>
  valuesAssignedTo(const clang::VarDecl *Var, const clang::Stmt *Body) const;

private:
  IntValue evaluateInt(const clang::Expr *E, unsigned Depth) const;
  std::optional<StringValue> evaluateString(const clang::Expr *E,
                                            unsigned Depth,
                                            bool AllowPrefix = false) const;
  /// What evaluateString looks through to the value: one step, or null.
  const clang::Expr *wrappedString(const clang::Expr *E) const;
  std::optional<BytesValue> evaluateBytes(const clang::Expr *E,
                                          ViewedArgumentFn ViewedArgument,
                                          unsigned Depth) const;

  clang::ASTContext &Context;
  /// Mutation analysis is the expensive part; each variable is asked once.
  mutable llvm::DenseMap<const clang::VarDecl *, const clang::Expr *>
      SingleAssignments;
};

} // namespace tlslint

#endif
