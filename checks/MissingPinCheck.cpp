//===-- MissingPinCheck.cpp -----------------------------------------------===//

#include "checks/MissingPinCheck.h"
#include "checks/api/ArgumentRules.h"
#include "checks/utils/ArgumentRuleChecker.h"
#include "checks/utils/ReportLocation.h"
#include "lib/pin/SpkiPin.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {

namespace {
/// A call to a function the project defines or declares outside system
/// headers: a host can reach a connection through its parameters.
AST_MATCHER(CallExpr, callsProjectFunction) {
  const FunctionDecl *Callee = Node.getDirectCallee();
  return Callee && Callee->getNumParams() != 0 &&
         !Finder->getASTContext().getSourceManager().isInSystemHeader(
             Callee->getLocation());
}
} // namespace

MissingPinCheck::MissingPinCheck(StringRef Name,
                                 tidy::ClangTidyContext *Context)
    : ApiRuleCheck(Name, Context, Rule), Policy(loadNetworkPolicy()) {
  if (Policy && !Policy->hasPins())
    Policy.reset();
}

void MissingPinCheck::registerMatchers(MatchFinder *Finder) {
  ApiRuleCheck::registerMatchers(Finder);
  if (Policy)
    Finder->addMatcher(callExpr(callsProjectFunction()).bind("projectCall"),
                       this);
}

void MissingPinCheck::check(const MatchFinder::MatchResult &Result) {
  Context = Result.Context;
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("projectCall")) {
    Connections.addProjectCall(*Call);
    return;
  }
  ApiRuleCheck::check(Result);
}

std::vector<StringRef> MissingPinCheck::calledFunctions() const {
  std::vector<StringRef> Names =
      api::stringArgumentFunctions(api::StringKind::CurlPinnedKeys);
  if (Policy)
    llvm::append_range(Names, api::connectionAndPinningFunctions());
  return Names;
}

std::vector<StringRef> MissingPinCheck::constructedClasses() const {
  if (!Policy)
    return {};
  return api::connectionClasses();
}

void MissingPinCheck::checkConstruct(const CXXConstructExpr &Construct,
                                     StringRef,
                                     const MatchFinder::MatchResult &Result) {
  Connections.addSite(*ApiSite::of(Construct), ValueEvaluator(*Result.Context),
                      *Result.SourceManager);
}

void MissingPinCheck::checkCall(const CallExpr &Call, StringRef,
                                const MatchFinder::MatchResult &Result) {
  ValueEvaluator Values(*Result.Context);
  if (Policy)
    Connections.addSite(*ApiSite::of(Call), Values, *Result.SourceManager);
  if (std::optional<ApiSite> Site = ApiSite::of(Call); Policy && Site)
    for (const api::HandlePinOption &Row : api::handlePinOptions())
      if (Site->calls(Row.Function) &&
          std::max(Row.HandleArg, Row.ValueArg) < Site->Args.size() &&
          callHasKey(*Site, Row.KeyArg, Row.Key, Values))
        Connections.addHandlePins(
            Row, *Site, Values.evaluateString(Site->Args[Row.ValueArg]), Values,
            *Result.SourceManager);

  for (const MatchedString &Match : matchStringArguments(
           &Call, api::StringKind::CurlPinnedKeys, Values, *Result.Context)) {
    CurlPinnedPublicKey Pins = parseCurlPinnedPublicKey(Match.Value.Text);
    if (Pins.IsFile)
      continue;
    SourceLocation Loc = reportLocation(Match.Arg, *Result.SourceManager);
    if (isInLibraryHeader(Loc, *Result.SourceManager))
      continue;
    for (const CurlPin &Pin : Pins.Pins)
      if (!Pin.Problem.empty())
        diag(Loc, "pin '%0' in %1 %2; it can never match, so the entry "
                  "protects nothing")
            << Pin.Text << Match.Row->Key << Pin.Problem;
    if (Pins.validDistinctPins() == 1)
      diag(Loc, "%0 has a single pin and no backup; when the server's key "
                "changes, every installed copy of the app loses the "
                "connection until it is updated")
          << Match.Row->Key;
  }
}

namespace {

/// The valid SHA-256 pins of a pin-set, as base64.
std::vector<std::string> xmlDigests(const nsc::PinSet &Pins) {
  std::vector<std::string> Digests;
  for (const nsc::Pin &Pin : Pins.Pins)
    if (Pin.Valid && !llvm::is_contained(Digests, Pin.Text))
      Digests.push_back(Pin.Text);
  return Digests;
}

} // namespace

void MissingPinCheck::reportUnpinned(const ResolvedConnection &Connection,
                                     const HostPolicy &Host,
                                     SourceManager &SM) {
  StringRef Stack = api::stackName(Connection.Stack);
  diag(Connection.Where,
       "%0 connection to '%1' is not pinned: the app's network security "
       "config pins this domain, but only the Java stack enforces it; %0 "
       "never reads the config and accepts a certificate from any trusted CA")
      << Stack << Connection.Host;
  if (Connection.Origin.isValid())
    diag(Connection.Origin, "'%0' reaches the connection from here",
         DiagnosticIDs::Note)
        << Connection.Host;
  std::string Pins = formatCurlPinnedPublicKey(xmlDigests(*Host.Pins));
  if (const api::HandlePinOption *Option =
          api::handlePinOption(Connection.Stack))
    diag(policyLocation(SM, *Policy, Host.Pins->Where),
         "pin-set for '%0' declared here; the same pins for %1: %2 \"%3\"",
         DiagnosticIDs::Note)
        << Connection.Host << Stack << Option->Key << Pins;
  else
    diag(policyLocation(SM, *Policy, Host.Pins->Where),
         "pin-set for '%0' declared here; compare the SHA-256 of the peer's "
         "SubjectPublicKeyInfo with these pins in the %1 verify callback",
         DiagnosticIDs::Note)
        << Connection.Host << Stack;
}

void MissingPinCheck::reportMismatch(const ResolvedConnection &Connection,
                                     const HostPolicy &Host,
                                     SourceManager &SM) {
  std::vector<std::string> Xml = xmlDigests(*Host.Pins);
  const std::vector<std::string> &Native = Connection.Pins->Digests;
  unsigned OnlyNative = llvm::count_if(Native, [&](const std::string &D) {
    return !llvm::is_contained(Xml, D);
  });
  unsigned OnlyXml = llvm::count_if(Xml, [&](const std::string &D) {
    return !llvm::is_contained(Native, D);
  });
  if (OnlyNative == 0 && OnlyXml == 0)
    return;
  bool Disjoint = OnlyNative == Native.size();
  diag(Connection.Pins->Where,
       "%4 for '%0' %select{differs from|shares no pin with}1 the app's "
       "pin-set for this domain (%2 only here, %3 only in the network "
       "security config): a key rotation was applied to one of them, so "
       "after the next one %select{a stack loses|each stack trusts a "
       "different key and one loses}1 the connection")
      << Connection.Host << Disjoint << OnlyNative << OnlyXml
      << Connection.Pins->Row->Key;
  diag(policyLocation(SM, *Policy, Host.Pins->Where),
       "pin-set for '%0' declared here; the same pins for %1: \"%2\"",
       DiagnosticIDs::Note)
      << Connection.Host << api::stackName(Connection.Stack)
      << formatCurlPinnedPublicKey(Xml);
}

void MissingPinCheck::onEndOfTranslationUnit() {
  ApiRuleCheck::onEndOfTranslationUnit();
  if (Policy && Context) {
    SourceManager &SM = Context->getSourceManager();
    ValueEvaluator Values(*Context);
    llvm::StringSet<> Reported;
    for (const ResolvedConnection &Connection :
         Connections.resolve(Values, SM)) {
      HostPolicy Host = Policy->forHost(Connection.Host);
      if (!Host.Pins || isInLibraryHeader(Connection.Where, SM))
        continue;
      std::string Key = Connection.Where.printToString(SM) + " " +
                        Connection.Host + " " +
                        Connection.Origin.printToString(SM);
      if (!Reported.insert(Key).second)
        continue;
      if (!Connection.Pinned)
        reportUnpinned(Connection, Host, SM);
      else if (Connection.Pins)
        reportMismatch(Connection, Host, SM);
    }
  }
  Connections.clear();
  Context = nullptr;
}

} // namespace tlslint
