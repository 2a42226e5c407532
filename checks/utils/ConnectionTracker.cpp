//===-- ConnectionTracker.cpp ---------------------------------------------===//

#include "checks/utils/ConnectionTracker.h"
#include "checks/utils/ReportLocation.h"
#include "lib/pin/SpkiPin.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

using namespace clang;

namespace tlslint {

/// Callers of callers: a URL passed through a client wrapper and a request
/// helper still reaches the connection.
static constexpr unsigned MaxParameterDepth = 3;

void ConnectionTracker::addSite(const ApiSite &Site,
                                const ValueEvaluator &Values,
                                const SourceManager &SM) {
  for (const api::PinningCall &Row : api::pinningCalls())
    if (Site.calls(Row.Function))
      PinningStacks |= 1u << unsigned(Row.Stack);
  for (const api::ConnectionArgument &Row : api::connectionArguments()) {
    if (!Site.calls(Row.Function) ||
        !callHasKey(Site, Row.KeyArg, Row.Key, Values))
      continue;
    const Expr *Peer = Site.argument(Row.Param, Row.PeerArg);
    if (!Peer)
      continue;
    struct Site S;
    S.Stack = Row.Stack;
    S.Form = Row.Form;
    S.Where = reportLocation(Peer, SM);
    if (const api::HandlePinOption *Pins = api::handlePinOption(Row.Stack);
        Pins && Pins->Function == Row.Function &&
        Pins->HandleArg < Site.Args.size())
      S.Handle = Values.referencedDecl(Site.Args[Pins->HandleArg]);
    if (std::optional<StringValue> Text = Values.evaluateStringPrefix(Peer))
      S.Host = connectionHost(Row.Form, Text->Text);
    else
      S.Parameter = Values.sourceParameter(Peer);
    if (!S.Host.empty() || S.Parameter)
      Sites.push_back(std::move(S));
  }
}

void ConnectionTracker::addHandlePins(const api::HandlePinOption &Row,
                                      const ApiSite &Site,
                                      const std::optional<StringValue> &Value,
                                      const ValueEvaluator &Values,
                                      const SourceManager &SM) {
  NativePins Pins{&Row,
                  Values.referencedDecl(Site.Args[Row.HandleArg]),
                  reportLocation(Site.Args[Row.ValueArg], SM),
                  {},
                  false};
  if (Value) {
    CurlPinnedPublicKey Parsed = parseCurlPinnedPublicKey(Value->Text);
    Pins.Readable = !Parsed.IsFile;
    for (const CurlPin &Pin : Parsed.Pins)
      if (Pin.Problem.empty())
        Pins.Digests.push_back(Pin.Text);
  }
  HandlePins.push_back(std::move(Pins));
}

void ConnectionTracker::addProjectCall(const CallExpr &Call) {
  if (const FunctionDecl *Callee = Call.getDirectCallee())
    CallsTo[Callee->getCanonicalDecl()].push_back(&Call);
}

bool ConnectionTracker::passesHandle(const ValueDecl *Handle,
                                     const ValueDecl *Parameter,
                                     const ValueEvaluator &Values) const {
  const auto *Param = dyn_cast<ParmVarDecl>(Parameter);
  const auto *Function =
      Param ? dyn_cast<FunctionDecl>(Param->getDeclContext()) : nullptr;
  if (!Function)
    return false;
  auto Calls = CallsTo.find(Function->getCanonicalDecl());
  if (Calls == CallsTo.end())
    return false;
  unsigned Index = Param->getFunctionScopeIndex();
  return llvm::any_of(Calls->second, [&](const CallExpr *Call) {
    return Index < Call->getNumArgs() &&
           Values.referencedDecl(Call->getArg(Index)) == Handle;
  });
}

ResolvedConnection
ConnectionTracker::pinning(const Site &S, std::string Host,
                           SourceLocation Origin,
                           const ValueEvaluator &Values) const {
  ResolvedConnection Out{std::move(Host), S.Stack, S.Where, Origin};
  for (unsigned Stack = 0; Stack < 32; ++Stack)
    if ((PinningStacks >> Stack & 1) &&
        api::pinningApplies(api::TlsStack(Stack), S.Stack))
      Out.Pinned = true;
  for (const NativePins &Pins : HandlePins) {
    if (Pins.Row->Stack != S.Stack)
      continue;
    // Pins on another handle are this one's when a helper that takes the
    // handle sets them; a handle that is not a variable may be any handle.
    bool SameHandle = Pins.Handle == S.Handle;
    if (!SameHandle && Pins.Handle && S.Handle &&
        !passesHandle(S.Handle, Pins.Handle, Values))
      continue;
    Out.Pinned = true;
    if (SameHandle && Pins.Readable)
      Out.Pins = &Pins;
  }
  return Out;
}

void ConnectionTracker::resolveParameter(
    const Site &S, const ParmVarDecl *Parameter, unsigned Depth,
    const ValueEvaluator &Values, const SourceManager &SM,
    std::vector<ResolvedConnection> &Out) const {
  const auto *Function = dyn_cast<FunctionDecl>(Parameter->getDeclContext());
  if (!Function || Depth > MaxParameterDepth)
    return;
  auto Calls = CallsTo.find(Function->getCanonicalDecl());
  if (Calls == CallsTo.end())
    return;
  unsigned Index = Parameter->getFunctionScopeIndex();
  for (const CallExpr *Call : Calls->second) {
    if (Index >= Call->getNumArgs())
      continue;
    const Expr *Arg = Call->getArg(Index);
    if (std::optional<StringValue> Text = Values.evaluateStringPrefix(Arg)) {
      std::string Host = connectionHost(S.Form, Text->Text);
      if (!Host.empty())
        Out.push_back(
            pinning(S, std::move(Host), reportLocation(Arg, SM), Values));
    } else if (const ParmVarDecl *Outer = Values.sourceParameter(Arg)) {
      resolveParameter(S, Outer, Depth + 1, Values, SM, Out);
    }
  }
}

std::vector<ResolvedConnection>
ConnectionTracker::resolve(const ValueEvaluator &Values,
                           const SourceManager &SM) const {
  std::vector<ResolvedConnection> Out;
  for (const Site &S : Sites) {
    if (!S.Host.empty())
      Out.push_back(pinning(S, S.Host, SourceLocation(), Values));
    else
      resolveParameter(S, S.Parameter, 0, Values, SM, Out);
  }
  return Out;
}

void ConnectionTracker::clear() {
  Sites.clear();
  HandlePins.clear();
  PinningStacks = 0;
  CallsTo.clear();
}

} // namespace tlslint
