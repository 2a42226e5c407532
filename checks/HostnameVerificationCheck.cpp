//===-- HostnameVerificationCheck.cpp -------------------------------------===//

#include "checks/HostnameVerificationCheck.h"
#include "checks/api/OpenSSL.h"
#include "checks/utils/FixIts.h"
#include "checks/utils/HandleRole.h"
#include "checks/utils/ValueEvaluator.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {

/// A call whose value is thrown away: a statement of its own or cast to void.
static bool resultIgnored(const CallExpr *Call, ASTContext &Context) {
  DynTypedNodeList Parents = Context.getParents(*Call);
  while (!Parents.empty()) {
    if (const auto *Cast = Parents[0].get<CStyleCastExpr>())
      return Cast->getType()->isVoidType();
    if (Parents[0].get<ImplicitCastExpr>() || Parents[0].get<ParenExpr>() ||
        Parents[0].get<ExprWithCleanups>()) {
      Parents = Context.getParents(Parents[0]);
      continue;
    }
    return Parents[0].get<CompoundStmt>() != nullptr;
  }
  return false;
}

void HostnameVerificationCheck::registerMatchers(MatchFinder *Finder) {
  ApiRuleCheck::registerMatchers(Finder);
  Finder->addMatcher(
      callExpr(callee(functionDecl(
                   hasAnyName(api::openssl::verifyModeCallNames()))),
               optionally(forCallable(decl().bind("function"))))
          .bind("verifyMode"),
      this);
  Finder->addMatcher(callExpr(callee(functionDecl(hasAnyName(
                                  api::openssl::hostBindingNames()))))
                         .bind("hostBinding"),
                     this);
}

void HostnameVerificationCheck::check(const MatchFinder::MatchResult &Result) {
  ApiRuleCheck::check(Result);
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("hostBinding")) {
    std::optional<bool> NeedsResult =
        api::openssl::hostBindingNeedsResult(Call->getDirectCallee()->getName());
    if (NeedsResult && (!*NeedsResult || !resultIgnored(Call, *Result.Context)))
      BindsHost = true;
    return;
  }
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("verifyMode");
  if (!Call || !Call->getDirectCallee())
    return;
  const api::openssl::VerifyModeCall *Row =
      api::openssl::findVerifyModeCall(Call->getDirectCallee()->getName());
  if (!Row || Row->ModeArg >= Call->getNumArgs())
    return;
  ValueEvaluator Values(*Result.Context);
  IntValue Mode = Values.evaluateInt(Call->getArg(Row->ModeArg));
  if (!Mode.isConstant() ||
      (Mode.constant() & api::openssl::VerifyPeerBit) == 0)
    return;
  // A server verifying client certificates has no host name to bind.
  const auto *Function = Result.Nodes.getNodeAs<Decl>("function");
  if (isProvablyServerHandle(Call->getArg(Row->HandleArg),
                             Function ? Function->getBody() : nullptr,
                             *Result.Context, Values))
    return;
  PeerVerifications.push_back(
      {reportLocation(Call, *Result.SourceManager), Row->Function.str()});
}

void HostnameVerificationCheck::onEndOfTranslationUnit() {
  if (!BindsHost)
    for (const PeerVerification &Verification : PeerVerifications)
      diag(Verification.Loc,
           "'%0' turns certificate verification on, but this file never "
           "binds the expected host name (SSL_set1_host, "
           "X509_VERIFY_PARAM_set1_host, or a checked X509_check_host); a "
           "valid certificate for any other host is accepted")
          << Verification.Function;
  PeerVerifications.clear();
  BindsHost = false;
}

} // namespace tlslint
