//===-- TrustAllCertificatesCheck.cpp -------------------------------------===//

#include "checks/TrustAllCertificatesCheck.h"
#include "checks/api/OpenSSL.h"
#include "checks/utils/Callbacks.h"
#include "checks/utils/Conditions.h"
#include "checks/utils/HandleRole.h"
#include "checks/utils/ReportLocation.h"
#include "checks/utils/ValueEvaluator.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {
namespace {

/// A call of the TLS_OPENSSL_ERROR_CLEAR rows that erases every chain error
/// (X509_STORE_CTX_set_error(ctx, X509_V_OK)), and its row.
std::pair<const CallExpr *, const api::openssl::ErrorClearingCall *>
clearsVerifyError(const FunctionDecl *F, const ValueEvaluator &Values) {
  for (const api::openssl::ErrorClearingCall &Row :
       api::openssl::errorClearingCalls())
    for (const CallExpr *Call : ownCallsTo(F, Row.Function)) {
      if (Call->getNumArgs() <= Row.ErrorArg)
        continue;
      IntValue Error = Values.evaluateInt(Call->getArg(Row.ErrorArg));
      if (Error.isConstant() && Error.constant() == Row.Cleared)
        return {Call, &Row};
    }
  return {nullptr, nullptr};
}

/// Whether F reads the chain's verification error itself.
bool readsVerifyError(const FunctionDecl *F) {
  return llvm::any_of(api::openssl::errorReadingCalls(), [&](StringRef Name) {
    return !ownCallsTo(F, Name).empty();
  });
}

/// A verify callback's `*flags = 0;` (Flags: the parameter the library's
/// verdict comes in) as a statement of its own in the body, so on every
/// path: every error found in the chain erased.
const Stmt *clearsFlagsUnconditionally(const FunctionDecl *F, int FlagsParam,
                                       const ValueEvaluator &Values) {
  const auto *Body = dyn_cast_or_null<CompoundStmt>(F->getBody());
  if (!Body || FlagsParam < 0 ||
      F->getNumParams() <= static_cast<unsigned>(FlagsParam))
    return nullptr;
  const ParmVarDecl *Flags = F->getParamDecl(FlagsParam);
  for (const Stmt *Statement : Body->body()) {
    const auto *Assign = dyn_cast<BinaryOperator>(Statement);
    if (!Assign || Assign->getOpcode() != BO_Assign)
      continue;
    const auto *Deref =
        dyn_cast<UnaryOperator>(Assign->getLHS()->IgnoreParenImpCasts());
    if (!Deref || Deref->getOpcode() != UO_Deref ||
        Values.referencedDecl(Deref->getSubExpr()) != Flags)
      continue;
    IntValue Value = Values.evaluateInt(Assign->getRHS());
    if (Value.isConstant() && Value.constant() == 0)
      return Assign;
  }
  return nullptr;
}

} // namespace

void TrustAllCertificatesCheck::registerMatchers(MatchFinder *Finder) {
  ApiRuleCheck::registerMatchers(Finder);
  Jni.registerMatchers(Finder, this);
}

std::vector<StringRef> TrustAllCertificatesCheck::calledFunctions() const {
  std::vector<StringRef> Names = api::openssl::verifyCallbackCallNames();
  llvm::append_range(Names, api::openssl::verifyModeCallNames());
  llvm::append_range(Names, api::openssl::peerCertificateCallNames());
  llvm::append_range(Names, api::openssl::verifyResultCallNames());
  llvm::append_range(Names, JniChecker::lookupFunctions());
  return Names;
}

void TrustAllCertificatesCheck::check(const MatchFinder::MatchResult &Result) {
  ApiRuleCheck::check(Result);
  Jni.check(Result, *this);
}

void TrustAllCertificatesCheck::checkCall(
    const CallExpr &Call, StringRef Callee,
    const MatchFinder::MatchResult &Result) {
  Jni.checkLookup(Call, Result, *this);
  if (api::openssl::findVerifyCallbackCall(Callee))
    checkCallback(&Call, Result);
  if (llvm::is_contained(api::openssl::verifyResultCallNames(), Callee))
    ReadsVerifyResult = true;
  SourceLocation Loc = reportLocation(&Call, *Result.SourceManager);
  if (llvm::is_contained(api::openssl::peerCertificateCallNames(), Callee) &&
      !isInLibraryHeader(Loc, *Result.SourceManager))
    PeerCertCalls.emplace_back(Loc, Callee.str());
  if (api::openssl::findVerifyModeCall(Callee) &&
      clientVerifyMode(&Call, *Result.Context,
                       ValueEvaluator(*Result.Context)) ==
          ClientVerifyMode::VerifiesNothing)
    VerificationOff = true;
}

void TrustAllCertificatesCheck::onEndOfTranslationUnit() {
  ApiRuleCheck::onEndOfTranslationUnit();
  if (VerificationOff && !ReadsVerifyResult)
    for (const auto &[Loc, Function] : PeerCertCalls)
      diag(Loc, api::openssl::message(
                    api::openssl::Message::UnverifiedPeerCertificate))
          << Function;
  VerificationOff = ReadsVerifyResult = false;
  PeerCertCalls.clear();
  Jni.onEndOfTranslationUnit(*this);
}

void TrustAllCertificatesCheck::checkCallback(
    const CallExpr *Call, const MatchFinder::MatchResult &Result) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  const api::openssl::VerifyCallbackCall *Row =
      Callee ? api::openssl::findVerifyCallbackCall(Callee->getName())
             : nullptr;
  if (!Row || Row->CallbackArg >= Call->getNumArgs())
    return;
  ValueEvaluator Values(*Result.Context);
  const Expr *Arg = Call->getArg(Row->CallbackArg);
  const FunctionDecl *Callback = callbackDefinition(Arg, Values);
  if (!Callback)
    return;
  SourceLocation Loc = reportLocation(Arg, *Result.SourceManager);
  if (isInLibraryHeader(Loc, *Result.SourceManager))
    return;
  auto NoteDefinition = [&] {
    diag(Callback->getLocation(), "verify callback defined here",
         DiagnosticIDs::Note);
  };
  std::optional<OptIn> Installed = findOptIn(*Call, *Result.Context);
  // A verdict overridden only in some branch of the callback is as
  // conditional as the branch.
  auto ConditionOf = [&](const Stmt *Clear) {
    const auto *ClearCall = dyn_cast<CallExpr>(Clear);
    SmallVector<const ValueDecl *, 4> Parameters(Callback->param_begin(),
                                                 Callback->param_end());
    std::optional<OptIn> Inner =
        findOptIn(*Clear,
                  ClearCall ? llvm::ArrayRef(ClearCall->getArgs(),
                                             ClearCall->getNumArgs())
                            : llvm::ArrayRef<const Expr *>(),
                  *Result.Context, Parameters);
    return Inner ? Inner : Installed;
  };
  auto Report = [&](const std::optional<OptIn> &Condition, StringRef Message) {
    return diag(Loc, conditionalMessage(Condition, Message));
  };

  using api::openssl::CallbackKind;
  if (Row->Kind == CallbackKind::CustomVerify) {
    std::optional<int64_t> Ok =
        Values.enumeratorValue(api::openssl::CustomVerifyAccept);
    if (Ok &&
        everyReturnIs(Callback, Values, [&](int64_t V) { return V == *Ok; })) {
      Report(Installed,
             "the custom verify callback given to %0 returns %1 on every "
             "path; no certificate chain is ever rejected")
          << Callee->getDeclName() << api::openssl::CustomVerifyAccept;
      NoteDefinition();
      noteCondition(Installed, *this);
    }
    return;
  }

  if (Row->Kind == CallbackKind::ZeroAccepts) {
    if (everyReturnIs(Callback, Values, [](int64_t V) { return V == 0; })) {
      Report(Installed,
             "the verify function given to %0 returns 0 (accept) on every "
             "path; no certificate chain is ever rejected")
          << Callee->getDeclName();
      NoteDefinition();
      noteCondition(Installed, *this);
    }
    return;
  }
  if (Row->Kind == CallbackKind::ClearsFlags) {
    if (const Stmt *Clear =
            clearsFlagsUnconditionally(Callback, Row->VerdictParam, Values)) {
      std::optional<OptIn> Condition = ConditionOf(Clear);
      Report(Condition,
             "the verify callback given to %0 sets *flags to 0 on every "
             "path, erasing every error found in the certificate chain")
          << Callee->getDeclName();
      diag(reportLocation(Clear, *Result.SourceManager), "flags cleared here",
           DiagnosticIDs::Note);
      noteCondition(Condition, *this);
    }
    return;
  }

  if (everyReturnIs(Callback, Values, [](int64_t V) { return V != 0; })) {
    Report(Installed,
           "the verify callback given to %0 returns non-zero on every "
           "path, so it accepts every certificate chain, even a forged one")
        << Callee->getDeclName();
    NoteDefinition();
    noteCondition(Installed, *this);
    return;
  }
  if (auto [Clear, ClearRow] = clearsVerifyError(Callback, Values); Clear) {
    std::optional<OptIn> Condition = ConditionOf(Clear);
    Report(Condition, "the verify callback given to %0 clears the verification "
                      "error with %1, so chain errors are accepted")
        << Callee->getDeclName() << ClearRow->Spelling;
    diag(reportLocation(Clear, *Result.SourceManager), "error cleared here",
         DiagnosticIDs::Note);
    noteCondition(Condition, *this);
    return;
  }
  // A callback that never reads preverify_ok (or the error behind it)
  // replaces OpenSSL's verdict with its own, discarding every chain error.
  if (Row->Kind == CallbackKind::PreverifyCallback && Row->VerdictParam >= 0 &&
      Callback->getNumParams() > static_cast<unsigned>(Row->VerdictParam) &&
      !Callback->getParamDecl(Row->VerdictParam)->isReferenced() &&
      !readsVerifyError(Callback)) {
    Report(Installed,
           "the verify callback given to %0 ignores preverify_ok, so the "
           "errors OpenSSL found in the certificate chain are discarded")
        << Callee->getDeclName();
    NoteDefinition();
    noteCondition(Installed, *this);
  }
}

} // namespace tlslint
