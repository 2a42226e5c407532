//===-- ApiRuleCheck.cpp --------------------------------------------------===//

#include "checks/utils/ApiRuleCheck.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {

ApiRuleCheck::ApiRuleCheck(llvm::StringRef Name,
                           tidy::ClangTidyContext *Context, RuleId Rule)
    : ClangTidyCheck(Name, Context),
      ReportConditional(Options.get("ReportConditional", false)),
      Arguments(Rule, ReportConditional),
      ArgumentFunctions(makeNameSet(Arguments.functions())) {}

void ApiRuleCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  if (!ArgumentFunctions->empty())
    Options.store(Opts, "ReportConditional", ReportConditional);
}

void ApiRuleCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<llvm::StringRef> Names = Arguments.functions();
  llvm::append_range(Names, calledFunctions());
  if (!Names.empty())
    Finder->addMatcher(callTo(Names).bind("apiCall"), this);
}

void ApiRuleCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("apiCall");
  if (!Call)
    return;
  llvm::StringRef Callee = calleeName(*Call);
  if (ArgumentFunctions->contains(Callee))
    Arguments.checkCall(*Call, Result, *this);
  checkCall(*Call, Callee, Result);
}

} // namespace tlslint
