//===-- ApiRuleCheck.h - Base of the table-driven family checks -*- C++ -*-===//
//
// Every family check applies its rows of the API tables (checks/api/) and may
// look at calls of its own. This base does the first part, reads the rule's
// options (lib/rules/Options.def), and registers a single call matcher for
// both: the checks see every call in the TU, system headers included, so one
// flat name lookup per call is what keeps them cheap.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CHECKS_UTILS_APIRULECHECK_H
#define TLSLINT_CHECKS_UTILS_APIRULECHECK_H

#include "checks/utils/ArgumentRuleChecker.h"
#include "checks/utils/Matchers.h"
#include "checks/utils/RuleOptions.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "lib/nsc/NetworkPolicy.h"
#include <memory>

namespace tlslint {

class ApiRuleCheck : public clang::tidy::ClangTidyCheck {
public:
  ApiRuleCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context,
               RuleId Rule);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  /// Subclasses that override this call it too: some rows wait for the end
  /// of the file.
  void onEndOfTranslationUnit() override;

protected:
  /// Functions whose calls reach checkCall(), besides the argument rows'.
  virtual std::vector<llvm::StringRef> calledFunctions() const { return {}; }
  /// A call to a function named by calledFunctions() or by an argument row;
  /// Callee is its calleeName().
  virtual void
  checkCall(const clang::CallExpr &Call, llvm::StringRef Callee,
            const clang::ast_matchers::MatchFinder::MatchResult &Result) {}
  /// Classes whose constructor calls reach checkConstruct(), besides the
  /// argument rows'.
  virtual std::vector<llvm::StringRef> constructedClasses() const { return {}; }
  /// A constructor call of a class named by constructedClasses() or by an
  /// argument row; Class is its constructedClassName().
  virtual void
  checkConstruct(const clang::CXXConstructExpr &Construct,
                 llvm::StringRef Class,
                 const clang::ast_matchers::MatchFinder::MatchResult &Result) {}

  /// The app's network security config that the shared
  /// NetworkSecurityConfig option names, loaded once per process; null when
  /// none is given or it cannot be used (reported by the first enabled rule
  /// that reads the option).
  std::shared_ptr<const NetworkPolicy> loadNetworkPolicy();
  /// Where to attach a note about the line Where of the policy's XML.
  /// Invalid when the file cannot be read.
  clang::SourceLocation policyLocation(clang::SourceManager &SM,
                                       const NetworkPolicy &Policy,
                                       nsc::Pos Where) const;

private:
  clang::tidy::ClangTidyContext &TidyContext;

protected:
  const RuleOptions Settings;
  const bool ReportConditional;

private:
  ArgumentRuleChecker Arguments;
  NameSet ArgumentFunctions;
  NameSet ArgumentClasses;
  NameSet ArgumentFields;
};

} // namespace tlslint

#endif
