//===-- ApiRuleCheck.h - Base of the table-driven family checks -*- C++ -*-===//
//
// Every family check applies its rows of the API tables (checks/api/) and may
// add matchers of its own. This base does the first part and owns the option
// they share.
//
// Options:
//   ReportConditional (false): also report, as a remark, a value chosen at
//   run time that can be insecure (`insecure ? 0L : 1L`).
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CHECKS_UTILS_APIRULECHECK_H
#define TLSLINT_CHECKS_UTILS_APIRULECHECK_H

#include "checks/utils/ArgumentRuleChecker.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace tlslint {

class ApiRuleCheck : public clang::tidy::ClangTidyCheck {
public:
  ApiRuleCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context,
               RuleId Rule);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

protected:
  const bool ReportConditional;

private:
  ArgumentRuleChecker Arguments;
};

} // namespace tlslint

#endif
