//===-- WeakProtocolVersionCheck.h ----------------------------*- C++ -*-===//

#ifndef TLSLINT_CHECKS_WEAKPROTOCOLVERSIONCHECK_H
#define TLSLINT_CHECKS_WEAKPROTOCOLVERSIONCHECK_H

#include "checks/utils/ApiRuleCheck.h"

namespace tlslint {

/// Protocol versions older than TLS 1.2: OpenSSL's fixed-version methods,
/// minimum versions and SSL_OP_NO_TLSv1_2/3, libcurl's CURLOPT_SSLVERSION.
/// See docs/rules/tls-weak-protocol-version.md.
class WeakProtocolVersionCheck : public ApiRuleCheck {
public:
  /// The registry rule this check reports; the plugin registers it
  /// under that rule's id.
  static constexpr RuleId Rule = RuleId::WeakProtocolVersion;

  WeakProtocolVersionCheck(llvm::StringRef Name,
                           clang::tidy::ClangTidyContext *Context)
      : ApiRuleCheck(Name, Context, Rule) {}

private:
  std::vector<llvm::StringRef> calledFunctions() const override;
  void checkCall(
      const clang::CallExpr &Call, llvm::StringRef Callee,
      const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace tlslint

#endif
