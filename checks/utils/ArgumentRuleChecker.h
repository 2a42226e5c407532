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
#include "checks/utils/Conditions.h"
#include "checks/utils/ValueEvaluator.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "lib/rules/Rules.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"
#include <optional>
#include <string>
#include <vector>

namespace tlslint {

/// Whether D is the row name Qualified: a C name, or a qualified C++ name
/// ("Poco::Net::Context::Context", "lws_client_connect_info::address"),
/// inline namespaces and extern "C" blocks aside.
bool hasQualifiedName(const clang::NamedDecl &D, llvm::StringRef Qualified);

/// For option-style calls, whether the argument KeyArg holds the option Key
/// (an enumerator's name or a number); true when KeyArg is api::NoArg.
bool callHasKey(const clang::CallExpr *Call, int KeyArg, llvm::StringRef Key,
                const ValueEvaluator &Values, clang::ASTContext &Context);

struct ApiSite;
bool callHasKey(const ApiSite &Site, int KeyArg, llvm::StringRef Key,
                const ValueEvaluator &Values);

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

/// A call or a constructor call: what the rows are matched against.
struct ApiSite {
  const clang::Expr *Node;
  const clang::FunctionDecl *Callee;
  llvm::ArrayRef<const clang::Expr *> Args;

  static std::optional<ApiSite> of(const clang::Expr &Node);

  /// Whether the callee is Function: a C name, or a qualified C++ method or
  /// constructor ("Poco::Net::Context::Context").
  bool calls(llvm::StringRef Function) const;
  /// The argument of parameter Param (overloads put it at different
  /// positions), else the one at Index. Null when the call has none, or
  /// when it is the header's default argument.
  const clang::Expr *argument(llvm::StringRef Param, unsigned Index) const;
};

class ArgumentRuleChecker {
public:
  /// Rule: which rows to apply. ReportConditional: also report, as a remark,
  /// a value chosen at run time that can be insecure.
  ArgumentRuleChecker(RuleId Rule, bool ReportConditional)
      : Rule(Rule), ReportConditional(ReportConditional) {}

  /// The functions and the classes (for constructors) the rule's rows are
  /// about, unqualified, and those their UnlessFileUses/IfFileUses name.
  std::vector<llvm::StringRef> functions() const;
  /// Fields the rows store values in (see api::argumentRuleFields).
  std::vector<llvm::StringRef> fields() const;
  /// A value stored in a field named by fields(): Stored is the assigned
  /// value or the initializer; Holder, for an assignment, the object whose
  /// field it is.
  void checkField(const clang::FieldDecl &Field, const clang::Expr &Stored,
                  const clang::Expr *Holder,
                  const clang::ast_matchers::MatchFinder::MatchResult &Result,
                  clang::tidy::ClangTidyCheck &Check);
  std::vector<llvm::StringRef> classes() const;
  /// Applies the rows to a call or construction of one of the above; Name
  /// is the function's or the constructed class's name.
  void checkSite(const ApiSite &Site, llvm::StringRef Name,
                 const clang::ast_matchers::MatchFinder::MatchResult &Result,
                 clang::tidy::ClangTidyCheck &Check);
  /// Reports the findings that waited for the whole file, and resets.
  void onEndOfTranslationUnit(clang::tidy::ClangTidyCheck &Check);

private:
  struct Pending {
    const api::ArgumentRule *Row;
    clang::SourceLocation Loc;
    /// %0: an option, an enumerator, or the called function.
    std::string Subject;
    const clang::NamedDecl *SubjectDecl;
    std::optional<OptIn> Condition;
  };

  /// RuntimeChoice: the value is chosen at run time (a remark). Condition:
  /// the setting the call is guarded by.
  void report(const api::ArgumentRule &Row, clang::SourceLocation Loc,
              llvm::StringRef Subject, const clang::NamedDecl *SubjectDecl,
              std::optional<clang::FixItHint> Fix, bool RuntimeChoice,
              const std::optional<OptIn> &Condition,
              clang::tidy::ClangTidyCheck &Check);
  /// The finding's diagnostic, with its condition's wording and note.
  void emit(const api::ArgumentRule &Row, clang::SourceLocation Loc,
            llvm::StringRef Subject, const clang::NamedDecl *SubjectDecl,
            std::optional<clang::FixItHint> Fix,
            const std::optional<OptIn> &Condition,
            clang::tidy::ClangTidyCheck &Check);

  /// A wrapper that forwards its parameters to the API
  /// (`set_long(CURL *c, CURLoption o, long v) { curl_easy_setopt(c, o, v);
  /// }`): each of its calls in the TU is judged as the API call it makes.
  void checkWrapperCallers(
      const ApiSite &Site, llvm::StringRef Name,
      const clang::ast_matchers::MatchFinder::MatchResult &Result,
      clang::tidy::ClangTidyCheck &Check);
  const std::vector<const clang::CallExpr *> &
  callsTo(const clang::FunctionDecl &Function, clang::ASTContext &Context);

  /// Wrappers of wrappers, not deeper.
  static constexpr unsigned MaxForwardDepth = 2;
  unsigned ForwardDepth = 0;
  /// The caller's arguments a wrapper passed on, while judging its call.
  llvm::SmallVector<const clang::Expr *, 4> ForwardedArgs;
  llvm::DenseMap<const clang::FunctionDecl *,
                 std::vector<const clang::CallExpr *>>
      CallsTo;
  bool CallsIndexed = false;
  RuleId Rule;
  bool ReportConditional;
  llvm::StringSet<> UsedInFile;
  std::vector<Pending> PendingFindings;
};

} // namespace tlslint

#endif
