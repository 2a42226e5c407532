//===-- MissingPinCheck.h - tls-missing-pin -------------------*- C++ -*-===//

#ifndef TLSLINT_CHECKS_MISSINGPINCHECK_H
#define TLSLINT_CHECKS_MISSINGPINCHECK_H

#include "checks/utils/ApiRuleCheck.h"

namespace tlslint {

/// Native pins that cannot work: CURLOPT_PINNEDPUBLICKEY entries that are not
/// SHA-256 digests, or a single pin with no backup.
/// See docs/rules/tls-missing-pin.md.
///
/// Options:
///   NetworkSecurityConfig (""): path of the app's network security config;
///   read by the checks that compare native connections with its pin-sets.
class MissingPinCheck : public ApiRuleCheck {
public:
  MissingPinCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : ApiRuleCheck(Name, Context, RuleId::MissingPin),
        NetworkSecurityConfig(Options.get("NetworkSecurityConfig", "")) {}
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  std::vector<llvm::StringRef> calledFunctions() const override;
  void checkCall(
      const clang::CallExpr &Call, llvm::StringRef Callee,
      const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

  const std::string NetworkSecurityConfig;
};

} // namespace tlslint

#endif
