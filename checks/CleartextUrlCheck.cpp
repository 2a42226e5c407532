//===-- CleartextUrlCheck.cpp ---------------------------------------------===//

#include "checks/CleartextUrlCheck.h"
#include "checks/utils/ArgumentRuleChecker.h"
#include "checks/utils/FixIts.h"
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

// CURLUSESSL_CONTROL and CURLUSESSL_ALL: STARTTLS is required.
static constexpr int64_t CurlUseSslControl = 2;

CleartextUrlCheck::CleartextUrlCheck(StringRef Name,
                                     tidy::ClangTidyContext *Context)
    : ApiRuleCheck(Name, Context, RuleId::CleartextUrl),
      RawAllowedHosts(Options.get("AllowedHosts", "")) {
  for (StringRef Host : tidy::utils::options::parseStringList(RawAllowedHosts))
    AllowedHosts.push_back(Host.str());
  std::string Path = networkSecurityConfigOption(*Context);
  if (Path.empty())
    return;
  llvm::Expected<std::shared_ptr<const NetworkPolicy>> Loaded =
      NetworkPolicy::load(Path);
  if (Loaded)
    Policy = std::move(*Loaded);
  else if (Context->isCheckEnabled("tls-missing-pin"))
    llvm::consumeError(Loaded.takeError()); // tls-missing-pin reports it.
  else
    configurationDiag("cannot read the network security config given by "
                      "NetworkSecurityConfig: %0",
                      DiagnosticIDs::Error)
        << llvm::toString(Loaded.takeError());
}

void CleartextUrlCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  ApiRuleCheck::storeOptions(Opts);
  Options.store(Opts, "AllowedHosts", RawAllowedHosts);
}

void CleartextUrlCheck::registerMatchers(MatchFinder *Finder) {
  ApiRuleCheck::registerMatchers(Finder);
  Finder->addMatcher(stringLiteral(mayHoldUrl()).bind("literal"), this);
}

void CleartextUrlCheck::check(const MatchFinder::MatchResult &Result) {
  ApiRuleCheck::check(Result);
  if (const auto *Literal = Result.Nodes.getNodeAs<StringLiteral>("literal"))
    checkLiteral(Literal, *Result.SourceManager);
}

std::vector<StringRef> CleartextUrlCheck::calledFunctions() const {
  return {"curl_easy_setopt", "CreateChannel", "CreateCustomChannel",
          "lws_client_connect_via_info"};
}

namespace {

/// Whether E builds its value from a call to Function, through the copies,
/// temporaries and conversions of a std::shared_ptr argument, and locals
/// that hold it.
bool comesFromCallTo(const Expr *E, StringRef Function,
                     const ValueEvaluator &Values) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    E = E->IgnoreImplicit();
    if (const auto *Call = dyn_cast<CallExpr>(E))
      return calleeName(*Call) == Function;
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

void CleartextUrlCheck::checkCall(const CallExpr &Call, StringRef Callee,
                                  const MatchFinder::MatchResult &Result) {
  // A library's own connections are its business; its CURLOPT_USE_SSL
  // still counts for the file.
  bool InLibrary = isInLibraryHeader(
      reportLocation(&Call, *Result.SourceManager), *Result.SourceManager);
  if (Callee == "CreateChannel" || Callee == "CreateCustomChannel") {
    if (!InLibrary)
      checkGrpcChannel(Call, *Result.Context, *Result.SourceManager);
    return;
  }
  if (Callee == "lws_client_connect_via_info") {
    if (!InLibrary)
      checkLwsConnect(Call, *Result.Context, *Result.SourceManager);
    return;
  }
  if (Callee != "curl_easy_setopt" || Call.getNumArgs() != 3)
    return;
  ValueEvaluator Values(*Result.Context);
  if (!callHasKey(&Call, 1, "CURLOPT_USE_SSL", Values, *Result.Context))
    return;
  IntValue Level = Values.evaluateInt(Call.getArg(2));
  if (Level.isConstant() && Level.constant() >= CurlUseSslControl)
    ForcesStartTls = true;
}

void CleartextUrlCheck::checkGrpcChannel(const CallExpr &Call,
                                         ASTContext &Context,
                                         const SourceManager &SM) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || Call.getNumArgs() < 2 ||
      !StringRef(Callee->getQualifiedNameAsString()).starts_with("grpc::") ||
      !comesFromCallTo(Call.getArg(1), "InsecureChannelCredentials",
                       ValueEvaluator(Context)))
    return;
  std::optional<StringValue> Target =
      ValueEvaluator(Context).evaluateString(Call.getArg(0));
  if (!Target)
    return;
  std::string Host = connectionHost(PeerForm::GrpcTarget, Target->Text);
  if (Host.empty() || isLoopbackHost(Host) ||
      hostMatchesAny(Host, AllowedHosts))
    return;
  diag(reportLocation(Call.getArg(1), SM),
       "grpc::InsecureChannelCredentials() sends the channel to '%0' in "
       "cleartext; use grpc::SslCredentials (insecure credentials are for "
       "loopback and Unix sockets)")
      << Host;
}

/// http:// -> https://, ws:// -> wss://: only in a literal the user wrote
/// here, not in a macro's body or a concatenation.
static std::optional<FixItHint> secureSchemeFix(const StringLiteral &Literal,
                                                const UrlPrefix &Url,
                                                const SourceManager &SM) {
  StringRef Secure = secureCounterpart(Url.Scheme);
  if (Secure.empty() || Literal.getNumConcatenated() != 1 ||
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

namespace {

/// What a function stores in the fields of a local lws_client_connect_info:
/// its initializer (a field it leaves out is zero) and its assignments.
struct LwsConnectInfo {
  llvm::SmallVector<const Expr *, 2> SslConnection;
  llvm::SmallVector<const Expr *, 2> Address;
  bool ZeroInitialized = false;
};

LwsConnectInfo lwsStores(const VarDecl &Info, const Stmt &Body,
                         ASTContext &Context) {
  LwsConnectInfo Out;
  auto Store = [&](const FieldDecl &Field, const Expr *Value) {
    if (Field.getName() == "ssl_connection")
      Out.SslConnection.push_back(Value);
    else if (Field.getName() == "address")
      Out.Address.push_back(Value);
  };
  if (const auto *Init = dyn_cast_or_null<InitListExpr>(
          Info.getInit() ? Info.getInit()->IgnoreImplicit() : nullptr)) {
    Out.ZeroInitialized = true;
    const RecordDecl *Record = Init->getType()->getAsRecordDecl();
    for (const FieldDecl *Field : Record->fields())
      if (Field->getFieldIndex() < Init->getNumInits() &&
          !isa<ImplicitValueInitExpr>(Init->getInit(Field->getFieldIndex())))
        Store(*Field, Init->getInit(Field->getFieldIndex()));
  }
  auto Assignments = match(
      findAll(binaryOperator(
                  isAssignmentOperator(),
                  hasLHS(memberExpr(hasObjectExpression(ignoringParenImpCasts(
                      declRefExpr(to(varDecl(equalsNode(&Info)))))))))
                  .bind("store")),
      Body, Context);
  for (const BoundNodes &Node : Assignments) {
    const auto *Assign = Node.getNodeAs<BinaryOperator>("store");
    const auto *Member =
        cast<MemberExpr>(Assign->getLHS()->IgnoreParenImpCasts());
    if (const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl()))
      Store(*Field, Assign->getRHS());
  }
  auto Clears = match(
      findAll(callExpr(callee(functionDecl(hasName("memset"))),
                       hasArgument(0, ignoringParenImpCasts(unaryOperator(
                                          hasOperatorName("&"),
                                          hasUnaryOperand(declRefExpr(to(
                                              varDecl(equalsNode(&Info)))))))))
                  .bind("memset")),
      Body, Context);
  Out.ZeroInitialized |= !Clears.empty();
  return Out;
}

} // namespace

void CleartextUrlCheck::checkLwsConnect(const CallExpr &Call,
                                        ASTContext &Context,
                                        const SourceManager &SM) {
  if (Call.getNumArgs() != 1)
    return;
  const auto *AddressOf =
      dyn_cast<UnaryOperator>(Call.getArg(0)->IgnoreParenImpCasts());
  const auto *Ref = AddressOf && AddressOf->getOpcode() == UO_AddrOf
                        ? dyn_cast<DeclRefExpr>(
                              AddressOf->getSubExpr()->IgnoreParenImpCasts())
                        : nullptr;
  const auto *Info = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  const auto *Function =
      Info && Info->isLocalVarDecl()
          ? dyn_cast_or_null<FunctionDecl>(Info->getParentFunctionOrMethod())
          : nullptr;
  if (!Function || !Function->getBody())
    return;
  LwsConnectInfo Stores = lwsStores(*Info, *Function->getBody(), Context);
  // Cleartext only when every value the flags can hold lacks LCCSCF_USE_SSL
  // (bit 0), the implicit zero included.
  if (Stores.SslConnection.empty() && !Stores.ZeroInitialized)
    return;
  ValueEvaluator Values(Context);
  for (const Expr *Flags : Stores.SslConnection) {
    IntValue Value = Values.evaluateInt(Flags);
    if (!Value.isConstant() || (Value.constant() & 1))
      return;
  }
  std::string Host;
  for (const Expr *Address : Stores.Address) {
    std::optional<StringValue> Text = Values.evaluateString(Address);
    if (!Text)
      return;
    std::string Candidate = connectionHost(PeerForm::Host, Text->Text);
    if (!Candidate.empty() && !isLoopbackHost(Candidate) &&
        !hostMatchesAny(Candidate, AllowedHosts))
      Host = Candidate;
  }
  if (Host.empty())
    return;
  diag(reportLocation(&Call, SM),
       "libwebsockets connection to '%0' without LCCSCF_USE_SSL in "
       "ssl_connection is cleartext: anyone on the network path can read "
       "and change this traffic")
      << Host;
}

void CleartextUrlCheck::checkLiteral(const StringLiteral *Literal,
                                     SourceManager &SM) {
  if (Literal->getCharByteWidth() != 1)
    return;
  StringRef Text = Literal->getString();
  std::optional<UrlPrefix> Url = parseUrlPrefix(Text);
  if (!Url)
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
    diag(Policy->location(SM, Host.CleartextWhere),
         "cleartextTrafficPermitted=\"false\" applies to '%0' here",
         DiagnosticIDs::Note)
        << Url->Host;
}

void CleartextUrlCheck::onEndOfTranslationUnit() {
  ApiRuleCheck::onEndOfTranslationUnit();
  if (!ForcesStartTls)
    for (const StartTlsUrl &Url : PendingStartTlsUrls)
      diag(Url.Loc, "cleartext %0:// URL to '%1': nothing in this file forces "
                    "STARTTLS (CURLOPT_USE_SSL = CURLUSESSL_ALL), so "
                    "credentials and mail can travel unencrypted")
          << Url.Scheme << Url.Host;
  PendingStartTlsUrls.clear();
  ForcesStartTls = false;
}

} // namespace tlslint
