//===-- ApiRuleCheck.cpp --------------------------------------------------===//

#include "checks/utils/ApiRuleCheck.h"

namespace tlslint {

ApiRuleCheck::ApiRuleCheck(llvm::StringRef Name,
                           clang::tidy::ClangTidyContext *Context, RuleId Rule)
    : ClangTidyCheck(Name, Context),
      ReportConditional(Options.get("ReportConditional", false)),
      Arguments(Rule, ReportConditional) {}

void ApiRuleCheck::storeOptions(
    clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ReportConditional", ReportConditional);
}

void ApiRuleCheck::registerMatchers(clang::ast_matchers::MatchFinder *Finder) {
  Arguments.registerMatchers(Finder, this);
}

void ApiRuleCheck::check(
    const clang::ast_matchers::MatchFinder::MatchResult &Result) {
  Arguments.check(Result, *this);
}

} // namespace tlslint
