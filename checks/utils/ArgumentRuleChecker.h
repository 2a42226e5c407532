//===-- ArgumentRuleChecker.h - Apply api::ArgumentRule rows ----*- C++ -*-===//
//
// The shared engine behind every family check that has rows in the API
// tables: it matches the calls the rows name, evaluates the key and value
// arguments, and reports through the owning check.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CHECKS_UTILS_ARGUMENTRULECHECKER_H
#define TLSLINT_CHECKS_UTILS_ARGUMENTRULECHECKER_H

#include "checks/api/ArgumentRules.h"
#include "checks/utils/ValueEvaluator.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "lib/rules/Rules.h"
#include "llvm/ADT/SmallVector.h"
#include <vector>

namespace tlslint {

/// For option-style calls, whether the argument KeyArg holds the option Key
/// (an enumerator's name or a number); true when KeyArg is api::NoArg.
bool callHasKey(const clang::CallExpr *Call, int KeyArg, llvm::StringRef Key,
                const ValueEvaluator &Values, clang::ASTContext &Context);

/// A string-argument row that a call matches, and the constant string that
/// reaches the argument.
struct MatchedString {
  const api::StringArgument *Row;
  const clang::Expr *Arg;
  StringValue Value;
};

llvm::SmallVector<MatchedString, 1>
matchStringArguments(const clang::CallExpr *Call, api::StringKind Kind,
                     const ValueEvaluator &Values, clang::ASTContext &Context);

class ArgumentRuleChecker {
public:
  /// Rule: which rows to apply. ReportConditional: also report, as a remark,
  /// a value chosen at run time that can be insecure.
  ArgumentRuleChecker(RuleId Rule, bool ReportConditional)
      : Rule(Rule), ReportConditional(ReportConditional) {}

  /// The functions the rule's rows are about.
  std::vector<llvm::StringRef> functions() const;
  /// Applies the rows to a call of one of functions(); ignores any other.
  void checkCall(const clang::CallExpr &Call,
                 const clang::ast_matchers::MatchFinder::MatchResult &Result,
                 clang::tidy::ClangTidyCheck &Check) const;

private:
  RuleId Rule;
  bool ReportConditional;
};

} // namespace tlslint

#endif
