//===-- EmbeddedPrivateKeyCheck.h - tls-embedded-private-key ---*- C++ -*-===//

#ifndef TLSLINT_CHECKS_EMBEDDEDPRIVATEKEYCHECK_H
#define TLSLINT_CHECKS_EMBEDDEDPRIVATEKEYCHECK_H

#include "checks/utils/ApiRuleCheck.h"

namespace tlslint {

struct ApiSite;

/// Private keys compiled into the app: PEM keys in string literals, DER keys
/// in byte arrays and literals (both confirmed by libcrypto, see lib/keys),
/// and the fixed paths, compiled-in buffers and literal passwords that
/// key-loading APIs are given (the PrivateKey* rows of checks/api).
/// See docs/rules/tls-embedded-private-key.md.
class EmbeddedPrivateKeyCheck : public ApiRuleCheck {
public:
  /// The registry rule this check reports; the plugin registers it
  /// under that rule's id.
  static constexpr RuleId Rule = RuleId::EmbeddedPrivateKey;

  EmbeddedPrivateKeyCheck(llvm::StringRef Name,
                          clang::tidy::ClangTidyContext *Context)
      : ApiRuleCheck(Name, Context, Rule) {}
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  std::vector<llvm::StringRef> calledFunctions() const override;
  std::vector<llvm::StringRef> constructedClasses() const override;
  void checkCall(
      const clang::CallExpr &Call, llvm::StringRef Callee,
      const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void checkConstruct(
      const clang::CXXConstructExpr &Construct, llvm::StringRef Class,
      const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

  /// Applies the key rows to a call or construction.
  void
  checkKeyLoading(const ApiSite &Site,
                  const clang::ast_matchers::MatchFinder::MatchResult &Result);
  /// Reports the private key in Bytes, written at Where, if there is one.
  void checkKeyMaterial(const clang::Expr &Where, llvm::StringRef Bytes,
                        const clang::SourceManager &SM);
};

} // namespace tlslint

#endif
