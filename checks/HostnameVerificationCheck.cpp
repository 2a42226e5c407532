//===-- HostnameVerificationCheck.cpp -------------------------------------===//

#include "checks/HostnameVerificationCheck.h"
#include "checks/api/OpenSSL.h"
#include "checks/utils/Callbacks.h"
#include "checks/utils/HandleRole.h"
#include "checks/utils/Matchers.h"
#include "checks/utils/ReportLocation.h"
#include "checks/utils/ValueEvaluator.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {

void HostnameVerificationCheck::registerMatchers(MatchFinder *Finder) {
  ApiRuleCheck::registerMatchers(Finder);
  Jni.registerMatchers(Finder, this);
  auto Binding = callExpr(calleeNameIn(BindingNames));
  // Calls whose result is thrown away: statements of their own, or cast to
  // void.
  Finder->addMatcher(compoundStmt(discardsCallTo(BindingNames)).bind("block"),
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
  if (const auto *Block = Result.Nodes.getNodeAs<CompoundStmt>("block"))
    for (const Stmt *Statement : Block->body())
      if (const CallExpr *Call = discardedCallTo(Statement, *BindingNames))
        IgnoredBindings.insert(Call);
}

std::vector<StringRef> HostnameVerificationCheck::calledFunctions() const {
  std::vector<StringRef> Names = api::openssl::verifyModeCallNames();
  llvm::append_range(Names, api::openssl::hostBindingNames());
  llvm::append_range(Names, JniChecker::lookupFunctions());
  return Names;
}

void HostnameVerificationCheck::checkCall(
    const CallExpr &Call, StringRef Callee,
    const MatchFinder::MatchResult &Result) {
  Jni.checkLookup(Call, Result, *this);
  if (BindingNames->contains(Callee))
    Bindings.push_back(&Call);
  SourceLocation Loc = reportLocation(&Call, *Result.SourceManager);
  const api::openssl::VerifyModeCall *Row =
      api::openssl::findVerifyModeCall(Callee);
  if (!Row || isInLibraryHeader(Loc, *Result.SourceManager))
    return;
  ValueEvaluator Values(*Result.Context);
  // A server verifying client certificates has no host name to bind, and
  // cpp-httplib or Poco binds it on their own contexts. A verify callback
  // defined in another file may check the host itself: this file cannot
  // say it never does.
  const api::openssl::VerifyCallbackCall *Callback =
      api::openssl::findVerifyCallbackCall(Callee);
  if (Callback && Callback->CallbackArg < Call.getNumArgs() &&
      isCallbackDefinedElsewhere(Call.getArg(Callback->CallbackArg), Values))
    return;
  if (clientVerifyMode(&Call, *Result.Context, Values) ==
          ClientVerifyMode::VerifiesPeer &&
      !isHostCheckedByLibrary(handleArgument(Call, Row->HandleArg),
                              *Result.Context, Values))
    PeerVerifications.push_back({Loc, Callee.str()});
}

void HostnameVerificationCheck::onEndOfTranslationUnit() {
  ApiRuleCheck::onEndOfTranslationUnit();
  bool BindsHost = llvm::any_of(Bindings, [&](const CallExpr *Call) {
    std::optional<bool> NeedsResult = api::openssl::hostBindingNeedsResult(
        Call->getDirectCallee()->getName());
    return NeedsResult && (!*NeedsResult || !IgnoredBindings.count(Call));
  });
  if (!BindsHost)
    for (const PeerVerification &Verification : PeerVerifications)
      diag(Verification.Loc,
           api::openssl::message(api::openssl::Message::MissingHostBinding))
          << Verification.Function;
  PeerVerifications.clear();
  Jni.onEndOfTranslationUnit(*this);
  Bindings.clear();
  IgnoredBindings.clear();
}

} // namespace tlslint
