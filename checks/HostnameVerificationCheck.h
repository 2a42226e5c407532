//===-- HostnameVerificationCheck.h ---------------------------*- C++ -*-===//

#ifndef TLSLINT_CHECKS_HOSTNAMEVERIFICATIONCHECK_H
#define TLSLINT_CHECKS_HOSTNAMEVERIFICATIONCHECK_H

#include "checks/api/OpenSSL.h"
#include "checks/utils/ApiRuleCheck.h"
#include "checks/utils/JniChecker.h"
#include "checks/utils/Matchers.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <string>
#include <vector>

namespace tlslint {

/// Certificates verified without matching their name to the host: libcurl's
/// *_SSL_VERIFYHOST 0 or 1, and OpenSSL clients that turn SSL_VERIFY_PEER on
/// in a file that never binds the expected host name.
/// See docs/rules/tls-hostname-verification-disabled.md.
class HostnameVerificationCheck : public ApiRuleCheck {
public:
  /// The registry rule this check reports; the plugin registers it
  /// under that rule's id.
  static constexpr RuleId Rule = RuleId::HostnameVerificationDisabled;

  HostnameVerificationCheck(llvm::StringRef Name,
                            clang::tidy::ClangTidyContext *Context)
      : ApiRuleCheck(Name, Context, Rule), Jni(Rule),
        BindingNames(makeNameSet(api::openssl::hostBindingNames())) {}
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
  const NameSet BindingNames;
  struct PeerVerification {
    clang::SourceLocation Loc;
    std::string Function;
  };
  /// Known only at the end of the TU: whether any host binding exists.
  std::vector<PeerVerification> PeerVerifications;
  std::vector<const clang::CallExpr *> Bindings;
  llvm::SmallPtrSet<const clang::CallExpr *, 4> IgnoredBindings;
};

} // namespace tlslint

#endif
