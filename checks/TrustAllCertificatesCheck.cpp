//===-- TrustAllCertificatesCheck.cpp -------------------------------------===//

#include "checks/TrustAllCertificatesCheck.h"
#include "checks/api/OpenSSL.h"
#include "checks/utils/HandleRole.h"
#include "checks/utils/ValueEvaluator.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {

static bool verifiesNothing(int64_t Mode) {
  return (Mode & api::openssl::VerifyPeerBit) == 0;
}

TrustAllCertificatesCheck::TrustAllCertificatesCheck(
    StringRef Name, tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      ReportConditional(Options.get("ReportConditional", false)) {}

void TrustAllCertificatesCheck::storeOptions(
    tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "ReportConditional", ReportConditional);
}

void TrustAllCertificatesCheck::registerMatchers(MatchFinder *Finder) {
  auto VerifyModeCall =
      callExpr(callee(functionDecl(
                   hasAnyName(api::openssl::verifyCallNames()))),
               forCallable(decl().bind("function")))
          .bind("verifyModeCall");
  Finder->addMatcher(VerifyModeCall, this);
}

void TrustAllCertificatesCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Function = Result.Nodes.getNodeAs<Decl>("function");
  const Stmt *Body = Function ? Function->getBody() : nullptr;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("verifyModeCall"))
    checkVerifyModeCall(Call, Body, Result);
}

void TrustAllCertificatesCheck::checkVerifyModeCall(
    const CallExpr *Call, const Stmt *Body,
    const MatchFinder::MatchResult &Result) {
  const api::openssl::VerifyCall *Row =
      api::openssl::findVerifyCall(Call->getDirectCallee()->getName());
  if (!Row || Row->ModeArg >= Call->getNumArgs())
    return;

  ValueEvaluator Values(*Result.Context);
  IntValue Mode = Values.evaluateInt(Call->getArg(Row->ModeArg));
  bool AlwaysNone = Mode.isConstant() && verifiesNothing(Mode.constant());
  bool MaybeNone = Mode.Kind == IntValue::RuntimeChoice &&
                   Mode.anyAlternative(verifiesNothing);
  if (!AlwaysNone && !(MaybeNone && ReportConditional))
    return;
  if (isProvablyServerHandle(Call->getArg(Row->HandleArg), Body,
                             *Result.Context, Values))
    return;

  // Where the user wrote the argument, not where a library macro defines it:
  // a location inside <openssl/ssl.h> would be filtered as non-user code.
  SourceLocation Loc = Result.SourceManager->getFileLoc(
      Call->getArg(Row->ModeArg)->getBeginLoc());
  if (AlwaysNone) {
    diag(Loc, "%0 with SSL_VERIFY_NONE disables certificate verification on "
              "a client; any certificate chain, even a forged one, is "
              "accepted")
        << Call->getDirectCallee();
    return;
  }
  diag(Loc, "%0 may disable certificate verification: the mode chosen at "
            "run time can be SSL_VERIFY_NONE",
       DiagnosticIDs::Remark)
      << Call->getDirectCallee();
}

} // namespace tlslint
