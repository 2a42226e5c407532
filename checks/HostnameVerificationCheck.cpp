//===-- HostnameVerificationCheck.cpp -------------------------------------===//

#include "checks/HostnameVerificationCheck.h"
#include "checks/api/OpenSSL.h"
#include "checks/utils/FixIts.h"
#include "checks/utils/HandleRole.h"
#include "checks/utils/Matchers.h"
#include "checks/utils/ValueEvaluator.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {

void HostnameVerificationCheck::registerMatchers(MatchFinder *Finder) {
  ApiRuleCheck::registerMatchers(Finder);
  Jni.registerMatchers(Finder, this);
  Finder->addMatcher(
      callTo(api::openssl::verifyModeCallNames()).bind("verifyMode"), this);
  auto Binding = callTo(api::openssl::hostBindingNames());
  Finder->addMatcher(Binding.bind("hostBinding"), this);
  // Calls whose result is thrown away: statements of their own, or cast to
  // void. Matched from the parent down, so no parent map is needed.
  Finder->addMatcher(
      compoundStmt(forEach(expr(ignoringImplicit(Binding.bind("ignored"))))),
      this);
  Finder->addMatcher(cStyleCastExpr(hasDestinationType(voidType()),
                                    hasSourceExpression(ignoringParenImpCasts(
                                        Binding.bind("ignored")))),
                     this);
}

void HostnameVerificationCheck::check(const MatchFinder::MatchResult &Result) {
  ApiRuleCheck::check(Result);
  Jni.check(Result, *this);
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("ignored")) {
    IgnoredBindings.insert(Call);
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("hostBinding")) {
    Bindings.push_back(Call);
    return;
  }
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("verifyMode");
  // A server verifying client certificates has no host name to bind.
  if (!Call || clientVerifyMode(Call, *Result.Context,
                                ValueEvaluator(*Result.Context)) !=
                   ClientVerifyMode::VerifiesPeer)
    return;
  PeerVerifications.push_back({reportLocation(Call, *Result.SourceManager),
                               Call->getDirectCallee()->getName().str()});
}

void HostnameVerificationCheck::onEndOfTranslationUnit() {
  bool BindsHost = llvm::any_of(Bindings, [&](const CallExpr *Call) {
    std::optional<bool> NeedsResult = api::openssl::hostBindingNeedsResult(
        Call->getDirectCallee()->getName());
    return NeedsResult && (!*NeedsResult || !IgnoredBindings.count(Call));
  });
  if (!BindsHost)
    for (const PeerVerification &Verification : PeerVerifications)
      diag(Verification.Loc,
           "'%0' turns certificate verification on, but this file never "
           "binds the expected host name (SSL_set1_host, "
           "X509_VERIFY_PARAM_set1_host, or a checked X509_check_host); a "
           "valid certificate for any other host is accepted")
          << Verification.Function;
  PeerVerifications.clear();
  Jni.onEndOfTranslationUnit(*this);
  Bindings.clear();
  IgnoredBindings.clear();
}

} // namespace tlslint
