//===-- CleartextUrlCheck.cpp ---------------------------------------------===//

#include "checks/CleartextUrlCheck.h"
#include "checks/utils/ArgumentRuleChecker.h"
#include "checks/utils/FixIts.h"
#include "checks/utils/LocalStructStores.h"
#include "checks/utils/ReportLocation.h"
#include "checks/utils/ValueEvaluator.h"
#include "clang-tidy/utils/OptionsUtils.h"
#include "lib/url/Url.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {

namespace {
/// A narrow literal with a scheme separator: the only ones checkLiteral()
/// reads. Tested in the matcher so that the many other literals of the
/// headers never reach the check.
AST_MATCHER(StringLiteral, mayHoldUrl) {
  return Node.getCharByteWidth() == 1 && Node.getString().contains("://");
}
} // namespace

CleartextUrlCheck::CleartextUrlCheck(StringRef Name,
                                     tidy::ClangTidyContext *Context)
    : ApiRuleCheck(Name, Context, Rule), Policy(loadNetworkPolicy()) {
  for (StringRef Host : tidy::utils::options::parseStringList(
           Settings.text(OptionId::AllowedHosts)))
    AllowedHosts.push_back(Host.str());
}

void CleartextUrlCheck::registerMatchers(MatchFinder *Finder) {
  ApiRuleCheck::registerMatchers(Finder);
  auto Compared =
      expr(ignoringParenImpCasts(stringLiteral(mayHoldUrl()).bind("compared")));
  Finder->addMatcher(
      binaryOperator(isComparisonOperator(), hasEitherOperand(Compared)), this);
  Finder->addMatcher(
      cxxOperatorCallExpr(isComparisonOperator(), forEach(Compared)), this);
  // std::string("http://") + Host: the prefix starts a URL after all.
  Finder->addMatcher(
      cxxOperatorCallExpr(
          hasOverloadedOperatorName("+"),
          hasArgument(
              0, hasDescendant(stringLiteral(mayHoldUrl()).bind("prefixed")))),
      this);
  Finder->addMatcher(stringLiteral(mayHoldUrl()).bind("literal"), this);
}

void CleartextUrlCheck::check(const MatchFinder::MatchResult &Result) {
  ApiRuleCheck::check(Result);
  if (const auto *Literal = Result.Nodes.getNodeAs<StringLiteral>("compared"))
    ComparedLiterals.insert(Literal);
  if (const auto *Literal = Result.Nodes.getNodeAs<StringLiteral>("prefixed"))
    PrefixingLiterals.insert(Literal);
  if (const auto *Literal = Result.Nodes.getNodeAs<StringLiteral>("literal"))
    checkLiteral(Literal, *Result.SourceManager);
}

std::vector<StringRef> CleartextUrlCheck::calledFunctions() const {
  return api::cleartextCallNames();
}

namespace {

/// Whether E builds its value from a call to Function (qualified), through
/// the copies, temporaries and conversions of a std::shared_ptr argument,
/// and locals that hold it.
bool comesFromCallTo(const Expr *E, StringRef Function,
                     const ValueEvaluator &Values) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    E = E->IgnoreImplicit();
    if (const auto *Call = dyn_cast<CallExpr>(E)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      return Callee && hasQualifiedName(*Callee, Function);
    }
    // `auto creds = grpc::InsecureChannelCredentials();`, used later.
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
      E = Var ? Values.singleAssignment(Var) : nullptr;
      continue;
    }
    const auto *Construct = dyn_cast<CXXConstructExpr>(E);
    E = Construct && Construct->getNumArgs() == 1 ? Construct->getArg(0)
                                                  : nullptr;
  }
  return false;
}

} // namespace

void CleartextUrlCheck::checkCall(const CallExpr &Call, StringRef,
                                  const MatchFinder::MatchResult &Result) {
  std::optional<ApiSite> Site = ApiSite::of(Call);
  if (!Site)
    return;
  // A call is matched before the literals inside it (pre-order), so they
  // are known to be compared when checkLiteral() sees them.
  if (llvm::any_of(api::stringComparisons(),
                   [&](StringRef Row) { return Site->calls(Row); }))
    for (const Expr *Arg : Site->Args)
      if (const auto *Literal =
              dyn_cast<StringLiteral>(Arg->IgnoreParenImpCasts()))
        ComparedLiterals.insert(Literal);
  // A library's own connections are its business; its STARTTLS option
  // still counts for the file.
  bool InLibrary = isInLibraryHeader(
      reportLocation(&Call, *Result.SourceManager), *Result.SourceManager);
  for (const api::InsecureChannelFactory &Row : api::insecureChannelFactories())
    if (!InLibrary && Site->calls(Row.Factory))
      checkInsecureChannel(Row, *Site, *Result.Context, *Result.SourceManager);
  for (const api::RequiredFlag &Row : api::requiredFlags())
    if (!InLibrary && Site->calls(Row.Function))
      checkRequiredFlag(Row, *Site, *Result.Context, *Result.SourceManager);
  ValueEvaluator Values(*Result.Context);
  for (const api::StartTlsOption &Row : api::startTlsOptions()) {
    if (!Site->calls(Row.Function) || Row.ValueArg >= Site->Args.size() ||
        !callHasKey(*Site, Row.KeyArg, Row.Key, Values))
      continue;
    IntValue Level = Values.evaluateInt(Site->Args[Row.ValueArg]);
    if (Level.isConstant() && Level.constant() >= Row.Min)
      ForcesStartTls = true;
  }
}

std::string CleartextUrlCheck::reportableHost(PeerForm Form,
                                              StringRef Text) const {
  std::string Host = connectionHost(Form, Text);
  if (Host.empty() || isLoopbackHost(Host) ||
      hostMatchesAny(Host, AllowedHosts))
    return "";
  return Host;
}

void CleartextUrlCheck::checkInsecureChannel(
    const api::InsecureChannelFactory &Row, const ApiSite &Site,
    ASTContext &Context, const SourceManager &SM) {
  ValueEvaluator Values(Context);
  if (std::max(Row.TargetArg, Row.CredentialsArg) >= Site.Args.size() ||
      !comesFromCallTo(Site.Args[Row.CredentialsArg], Row.CredentialsFactory,
                       Values))
    return;
  std::optional<StringValue> Target =
      Values.evaluateString(Site.Args[Row.TargetArg]);
  if (!Target)
    return;
  std::string Host = reportableHost(Row.Form, Target->Text);
  if (!Host.empty())
    diag(reportLocation(Site.Args[Row.CredentialsArg], SM), Row.Message)
        << Host;
}

/// http:// -> https://, ws:// -> wss://: only in a literal the user wrote
/// here, not in a macro's body or a concatenation.
static std::optional<FixItHint> secureSchemeFix(const StringLiteral &Literal,
                                                const UrlPrefix &Url,
                                                const SourceManager &SM) {
  StringRef Secure = secureCounterpart(Url.Scheme);
  // On an explicit port, https:// would speak TLS to the cleartext server.
  if (Secure.empty() || Url.HasPort || Literal.getNumConcatenated() != 1 ||
      Literal.getKind() != StringLiteralKind::Ordinary)
    return std::nullopt;
  std::optional<CharSourceRange> Range = userWrittenRange(&Literal, SM);
  if (!Range || Range->getBegin().isMacroID())
    return std::nullopt;
  // The scheme starts right after the opening quote of a plain literal.
  SourceLocation SchemeBegin = Range->getBegin().getLocWithOffset(1);
  return FixItHint::CreateReplacement(
      CharSourceRange::getCharRange(
          SchemeBegin, SchemeBegin.getLocWithOffset(Url.Scheme.size())),
      Secure);
}

void CleartextUrlCheck::checkRequiredFlag(const api::RequiredFlag &Row,
                                          const ApiSite &Site,
                                          ASTContext &Context,
                                          const SourceManager &SM) {
  if (Row.StructArg >= Site.Args.size())
    return;
  const VarDecl *Local = addressedLocal(Site.Args[Row.StructArg]);
  if (!Local)
    return;
  LocalStructStores Stores = localStructStores(*Local, Context);
  // Cleartext only when every value the flags can hold lacks the flag, the
  // implicit zero included.
  llvm::SmallVector<const Expr *, 2> Flags = Stores.storesTo(Row.FlagsField);
  if (Flags.empty() && !Stores.ZeroInitialized)
    return;
  ValueEvaluator Values(Context);
  for (const Expr *Value : Flags) {
    IntValue Int = Values.evaluateInt(Value);
    if (!Int.isConstant() || (Int.constant() & Row.Flag))
      return;
  }
  std::string Host;
  for (const Expr *Peer : Stores.storesTo(Row.PeerField)) {
    std::optional<StringValue> Text = Values.evaluateString(Peer);
    if (!Text)
      return;
    std::string Candidate = reportableHost(Row.Form, Text->Text);
    if (!Candidate.empty())
      Host = Candidate;
  }
  if (!Host.empty())
    diag(reportLocation(Site.Node, SM), Row.Message) << Host;
}

void CleartextUrlCheck::checkLiteral(const StringLiteral *Literal,
                                     SourceManager &SM) {
  if (Literal->getCharByteWidth() != 1)
    return;
  StringRef Text = Literal->getString();
  std::optional<UrlPrefix> Url = parseUrlPrefix(Text);
  // A literal compared or measured is data, and "http://" alone a scheme
  // to compare or strip: neither reaches a connection, unless the scheme
  // is the left operand of a concatenation that builds a URL.
  if (!Url || ComparedLiterals.contains(Literal) ||
      (Url->SchemeOnly && !PrefixingLiterals.contains(Literal)))
    return;
  SchemeSecurity Security = schemeSecurity(Url->Scheme);
  if (Security != SchemeSecurity::Cleartext &&
      Security != SchemeSecurity::CleartextUnlessStartTls)
    return;
  if (isNamespaceIdentifier(Text) || isLoopbackHost(Url->Host) ||
      hostMatchesAny(Url->Host, AllowedHosts))
    return;

  SourceLocation Loc = reportLocation(Literal, SM);
  if (isInLibraryHeader(Loc, SM))
    return;
  PresumedLoc Presumed = SM.getPresumedLoc(Loc);
  if (Presumed.isValid() &&
      !ReportedLiterals
           .insert((Twine(Presumed.getFilename()) + ":" +
                    Twine(Presumed.getLine()) + ":" + Text)
                       .str())
           .second)
    return;
  if (Security == SchemeSecurity::CleartextUnlessStartTls) {
    PendingStartTlsUrls.push_back({Loc, Url->Scheme.lower(), Url->Host.str()});
    return;
  }

  std::string Target = Url->Host.empty()
                           ? std::string("a host built at run time")
                           : "'" + Url->Host.str() + "'";
  HostPolicy Host;
  if (Policy && !Url->Host.empty())
    Host = Policy->forHost(Url->Host);
  {
    auto Diag =
        Host.ForbidsCleartext
            ? diag(Loc,
                   "cleartext %0:// URL to %1, which the app's network "
                   "security config keeps on TLS: native code never reads "
                   "the config, so this traffic leaves the device unencrypted",
                   DiagnosticIDs::Error)
            : diag(Loc, "cleartext %0:// URL to %1: anyone on the network "
                        "path can read and change this traffic");
    Diag << Url->Scheme.lower() << Target;
    if (std::optional<FixItHint> Fix = secureSchemeFix(*Literal, *Url, SM))
      Diag << *Fix;
  }
  if (Host.ForbidsCleartext)
    diag(policyLocation(SM, *Policy, Host.CleartextWhere),
         "cleartextTrafficPermitted=\"false\" applies to '%0' here",
         DiagnosticIDs::Note)
        << Url->Host;
}

void CleartextUrlCheck::onEndOfTranslationUnit() {
  ApiRuleCheck::onEndOfTranslationUnit();
  std::string StartTlsRemedies;
  for (const api::StartTlsOption &Row : api::startTlsOptions())
    StartTlsRemedies +=
        (StartTlsRemedies.empty() ? "" : " or ") + Row.Remedy.str();
  if (!ForcesStartTls)
    for (const StartTlsUrl &Url : PendingStartTlsUrls)
      diag(Url.Loc, "cleartext %0:// URL to '%1': nothing in this file forces "
                    "STARTTLS%select{| (%3)}2, so credentials and mail can "
                    "travel unencrypted")
          << Url.Scheme << Url.Host << !StartTlsRemedies.empty()
          << StartTlsRemedies;
  PendingStartTlsUrls.clear();
  ForcesStartTls = false;
  ComparedLiterals.clear();
  PrefixingLiterals.clear();
  ReportedLiterals.clear();
}

} // namespace tlslint
