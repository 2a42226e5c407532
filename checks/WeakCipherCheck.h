//===-- WeakCipherCheck.h - tls-weak-cipher -------------------*- C++ -*-===//

#ifndef TLSLINT_CHECKS_WEAKCIPHERCHECK_H
#define TLSLINT_CHECKS_WEAKCIPHERCHECK_H

#include "checks/utils/ApiRuleCheck.h"

namespace tlslint {

/// Cipher lists (SSL_CTX_set_cipher_list, CURLOPT_SSL_CIPHER_LIST) that leave
/// NULL, anonymous, export, RC4, DES/3DES, MD5 or low-strength suites
/// enabled. See docs/rules/tls-weak-cipher.md.
class WeakCipherCheck : public ApiRuleCheck {
public:
  /// The registry rule this check reports; the plugin registers it
  /// under that rule's id.
  static constexpr RuleId Rule = RuleId::WeakCipher;

  WeakCipherCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : ApiRuleCheck(Name, Context, Rule) {}

private:
  std::vector<llvm::StringRef> calledFunctions() const override;
  void checkCall(
      const clang::CallExpr &Call, llvm::StringRef Callee,
      const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace tlslint

#endif
