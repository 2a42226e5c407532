//===-- TrustAllCertificatesCheck.h - tls-trust-all-certificates -*- C++
//-*-===//

#ifndef TLSLINT_CHECKS_TRUSTALLCERTIFICATESCHECK_H
#define TLSLINT_CHECKS_TRUSTALLCERTIFICATESCHECK_H

#include "checks/utils/ApiRuleCheck.h"
#include "checks/utils/JniChecker.h"
#include <string>
#include <utility>
#include <vector>

namespace tlslint {

/// TLS clients that verify no certificate chain: OpenSSL's SSL_VERIFY_NONE on
/// a handle that is not provably a server, libcurl's *_SSL_VERIFYPEER 0, and
/// verify callbacks that accept every chain.
/// See docs/rules/tls-trust-all-certificates.md.
class TrustAllCertificatesCheck : public ApiRuleCheck {
public:
  /// The registry rule this check reports; the plugin registers it
  /// under that rule's id.
  static constexpr RuleId Rule = RuleId::TrustAllCertificates;

  TrustAllCertificatesCheck(llvm::StringRef Name,
                            clang::tidy::ClangTidyContext *Context)
      : ApiRuleCheck(Name, Context, Rule), Jni(Rule) {}
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

private:
  std::vector<llvm::StringRef> calledFunctions() const override;
  void checkCall(
      const clang::CallExpr &Call, llvm::StringRef Callee,
      const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

  JniChecker Jni;
  /// Known only at the end of the TU: a peer certificate trusted while
  /// verification is off and its result never read.
  bool VerificationOff = false;
  bool ReadsVerifyResult = false;
  std::vector<std::pair<clang::SourceLocation, std::string>> PeerCertCalls;
  void
  checkCallback(const clang::CallExpr *Call,
                const clang::ast_matchers::MatchFinder::MatchResult &Result);
};

} // namespace tlslint

#endif
