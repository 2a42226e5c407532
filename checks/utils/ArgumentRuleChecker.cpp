//===-- ArgumentRuleChecker.cpp -------------------------------------------===//

#include "checks/utils/ArgumentRuleChecker.h"
#include "checks/api/ArgumentRules.h"
#include "checks/utils/FixIts.h"
#include "checks/utils/HandleRole.h"
#include "checks/utils/ReportLocation.h"
#include "checks/utils/ValueEvaluator.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {
bool callHasKey(const CallExpr *Call, int KeyArg, StringRef Key,
                const ValueEvaluator &Values, ASTContext &) {
  std::optional<ApiSite> Site = ApiSite::of(*Call);
  return callHasKey(*Site, KeyArg, Key, Values);
}

bool callHasKey(const ApiSite &Site, int KeyArg, StringRef Key,
                const ValueEvaluator &Values) {
  if (KeyArg == api::NoArg)
    return true;
  if (static_cast<unsigned>(KeyArg) >= Site.Args.size())
    return false;
  IntValue Value = Values.evaluateInt(Site.Args[KeyArg]);
  int64_t Number;
  std::optional<int64_t> Wanted = Key.getAsInteger(0, Number)
                                      ? Values.enumeratorValue(Key)
                                      : std::optional<int64_t>(Number);
  return Value.isConstant() && Wanted && Value.constant() == *Wanted;
}

llvm::SmallVector<MatchedString, 1>
matchStringArguments(const CallExpr *Call, api::StringKind Kind,
                     const ValueEvaluator &Values, ASTContext &Context) {
  llvm::SmallVector<MatchedString, 1> Matches;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->getIdentifier())
    return Matches;
  for (const api::StringArgument &Row : api::stringArguments()) {
    if (Row.Kind != Kind || Callee->getName() != Row.Function ||
        Row.ValueArg >= Call->getNumArgs() ||
        !callHasKey(Call, Row.KeyArg, Row.Key, Values, Context))
      continue;
    const Expr *Arg = Call->getArg(Row.ValueArg);
    if (std::optional<StringValue> Value = Values.evaluateString(Arg))
      Matches.push_back({&Row, Arg, std::move(*Value)});
  }
  return Matches;
}

std::optional<ApiSite> ApiSite::of(const Expr &Node) {
  if (const auto *Call = dyn_cast<CallExpr>(&Node))
    return ApiSite{Call, Call->getDirectCallee(),
                   llvm::ArrayRef(Call->getArgs(), Call->getNumArgs())};
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(&Node))
    return ApiSite{
        Construct, Construct->getConstructor(),
        llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs())};
  return std::nullopt;
}

// Its name and its enclosing classes and namespaces, innermost first, with
// nothing but the TU (or inline namespaces) beyond them.
bool hasQualifiedName(const NamedDecl &D, StringRef Qualified) {
  SmallVector<StringRef, 6> Parts;
  Qualified.split(Parts, "::");
  const DeclContext *Context = D.getDeclContext();
  // A constructor is named after its class: "A::A".
  const NamedDecl *Named = &D;
  if (isa<CXXConstructorDecl>(D))
    Named = cast<CXXConstructorDecl>(D).getParent();
  if (!Named->getIdentifier() || Named->getName() != Parts.back())
    return false;
  for (StringRef Part : llvm::reverse(llvm::ArrayRef(Parts).drop_back())) {
    while (Context &&
           (Context->isInlineNamespace() || isa<LinkageSpecDecl>(Context)))
      Context = Context->getParent();
    const auto *Scope = dyn_cast_or_null<NamedDecl>(Context);
    if (!Scope || !Scope->getIdentifier() || Scope->getName() != Part)
      return false;
    Context = Context->getParent();
  }
  while (Context &&
         (Context->isInlineNamespace() || isa<LinkageSpecDecl>(Context)))
    Context = Context->getParent();
  return Context && Context->isTranslationUnit();
}

bool ApiSite::calls(StringRef Function) const {
  if (!Callee)
    return false;
  if (Function.contains("::"))
    return hasQualifiedName(*Callee, Function);
  return Callee->getIdentifier() && Callee->getName() == Function;
}

const Expr *ApiSite::argument(StringRef Param, unsigned Index) const {
  if (!Param.empty()) {
    Index = Args.size();
    for (unsigned I = 0; Callee && I < Callee->getNumParams(); ++I)
      if (Callee->getParamDecl(I)->getName() == Param)
        Index = I;
  }
  if (Index >= Args.size())
    return nullptr;
  const Expr *Arg = Args[Index];
  // A default argument is the header's value, not the user's.
  if (isa<CXXDefaultArgExpr>(Arg->IgnoreImplicit()))
    return nullptr;
  return Arg;
}

namespace {

/// For a value of enum type Type, the enumerator among Names ('|'-separated)
/// that it holds; empty if none.
StringRef matchingEnumerator(QualType Type, int64_t Value, StringRef Names) {
  const auto *Enum = Type.getNonReferenceType()->getAs<EnumType>();
  if (!Enum)
    return "";
  SmallVector<StringRef, 8> Wanted;
  Names.split(Wanted, '|');
  for (const EnumConstantDecl *Constant : Enum->getDecl()->enumerators())
    if (Constant->getInitVal().getSExtValue() == Value &&
        llvm::is_contained(Wanted, Constant->getName()))
      return Constant->getName();
  return "";
}

/// The type of the parameter that receives Arg.
QualType parameterType(const ApiSite &Site, const Expr *Arg) {
  unsigned Index = llvm::find(Site.Args, Arg) - Site.Args.begin();
  if (Index >= Site.Callee->getNumParams())
    return QualType();
  return Site.Callee->getParamDecl(Index)->getType();
}

/// The integer that reaches Arg, with NULL as 0 for a pointer parameter
/// (mbedtls_ssl_set_hostname(ssl, NULL)).
IntValue valueOf(const Expr *Arg, const ValueEvaluator &Values,
                 ASTContext &Context) {
  IntValue Value = Values.evaluateInt(Arg);
  if (Value.Kind == IntValue::Unknown &&
      Arg->isNullPointerConstant(Context, Expr::NPC_ValueDependentIsNotNull)) {
    Value.Kind = IntValue::Constant;
    Value.Values = {0};
  }
  return Value;
}

/// `&status` where status is a local of the enclosing function that nothing
/// else in the function refers to.
bool isUnreadOutput(const Expr *Arg, ASTContext &Context) {
  const auto *AddressOf = dyn_cast<UnaryOperator>(Arg->IgnoreParenImpCasts());
  if (!AddressOf || AddressOf->getOpcode() != UO_AddrOf)
    return false;
  const auto *Ref =
      dyn_cast<DeclRefExpr>(AddressOf->getSubExpr()->IgnoreParenImpCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->isLocalVarDecl() || Var->isStaticLocal())
    return false;
  const auto *Function =
      dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  if (!Function || !Function->getBody())
    return false;
  // Bound, so that each reference is its own match.
  return match(findAll(declRefExpr(to(varDecl(equalsNode(Var)))).bind("ref")),
               *Function->getBody(), Context)
             .size() == 1;
}

const FunctionDecl *enclosingFunction(const Stmt &S, ASTContext &Context) {
  DynTypedNode Node = DynTypedNode::create(S);
  for (;;) {
    DynTypedNodeList Parents = Context.getParents(Node);
    if (Parents.empty())
      return nullptr;
    if (const auto *Function = Parents[0].get<FunctionDecl>())
      return Function;
    Node = Parents[0];
  }
}

/// Whether the file used any of the names that cancel a waiting finding.
bool cancelled(const api::ArgumentRule &Row, const llvm::StringSet<> &Used) {
  return llvm::any_of(Row.unlessFileUses(),
                      [&](StringRef Name) { return Used.contains(Name); });
}

} // namespace

std::vector<StringRef> ArgumentRuleChecker::functions() const {
  return api::argumentRuleFunctions(Rule);
}

std::vector<StringRef> ArgumentRuleChecker::fields() const {
  return api::argumentRuleFields(Rule);
}

void ArgumentRuleChecker::checkField(const FieldDecl &Field, const Expr &Stored,
                                     const Expr *Holder,
                                     const MatchFinder::MatchResult &Result,
                                     tidy::ClangTidyCheck &Check) {
  if (isInLibraryHeader(reportLocation(&Stored, *Result.SourceManager),
                        *Result.SourceManager))
    return;
  ValueEvaluator Values(*Result.Context);
  for (const api::ArgumentRule &Row : api::argumentRules()) {
    if (!Row.IsField || Row.Rule != Rule ||
        !hasQualifiedName(Field, Row.Function))
      continue;
    IntValue Value = valueOf(&Stored, Values, *Result.Context);
    auto IsInsecure = [&](int64_t V) {
      return Row.Enumerators.empty()
                 ? Row.isInsecure(V)
                 : !matchingEnumerator(Field.getType(), V, Row.Enumerators)
                        .empty();
    };
    bool AlwaysInsecure = Value.isConstant() && IsInsecure(Value.constant());
    bool MaybeInsecure = Value.Kind == IntValue::RuntimeChoice &&
                         Value.anyAlternative(IsInsecure);
    if ((AlwaysInsecure || (MaybeInsecure && ReportConditional)) &&
        !onlyConfiguresServers(Holder, *Result.Context, Values))
      report(Row, reportLocation(&Stored, *Result.SourceManager), "", &Field,
             std::nullopt, !AlwaysInsecure,
             findOptIn(Stored,
                       Holder ? llvm::ArrayRef<const Expr *>(Holder)
                              : llvm::ArrayRef<const Expr *>(),
                       *Result.Context),
             Check);
  }
}

std::vector<StringRef> ArgumentRuleChecker::classes() const {
  return api::argumentRuleClasses(Rule);
}

void ArgumentRuleChecker::report(const api::ArgumentRule &Row,
                                 SourceLocation Loc, StringRef Subject,
                                 const NamedDecl *SubjectDecl,
                                 std::optional<FixItHint> Fix,
                                 bool RuntimeChoice,
                                 const std::optional<OptIn> &Condition,
                                 tidy::ClangTidyCheck &Check) {
  if (!Row.UnlessFileUses.empty() && !RuntimeChoice) {
    PendingFindings.push_back(
        {&Row, Loc, Subject.str(), SubjectDecl, Condition});
    return;
  }
  if (!RuntimeChoice) {
    emit(Row, Loc, Subject, SubjectDecl, std::move(Fix), Condition, Check);
    return;
  }
  auto Diag = Check.diag(Loc,
                         "a value chosen at run time may be insecure here: " +
                             Row.Message.str(),
                         DiagnosticIDs::Remark);
  if (SubjectDecl)
    Diag << SubjectDecl;
  else
    Diag << Subject;
}

void ArgumentRuleChecker::emit(const api::ArgumentRule &Row, SourceLocation Loc,
                               StringRef Subject, const NamedDecl *SubjectDecl,
                               std::optional<FixItHint> Fix,
                               const std::optional<OptIn> &Condition,
                               tidy::ClangTidyCheck &Check) {
  {
    auto Diag = Check.diag(Loc, conditionalMessage(Condition, Row.Message));
    if (SubjectDecl)
      Diag << SubjectDecl;
    else
      Diag << Subject;
    if (Fix)
      Diag << *Fix;
  }
  noteCondition(Condition, Check);
}

void ArgumentRuleChecker::onEndOfTranslationUnit(tidy::ClangTidyCheck &Check) {
  for (const Pending &Finding : PendingFindings)
    if (!cancelled(*Finding.Row, UsedInFile))
      emit(*Finding.Row, Finding.Loc, Finding.Subject, Finding.SubjectDecl,
           std::nullopt, Finding.Condition, Check);
  PendingFindings.clear();
  UsedInFile.clear();
  CallsTo.clear();
  CallsIndexed = false;
}

void ArgumentRuleChecker::checkSite(const ApiSite &Site, StringRef Name,
                                    const MatchFinder::MatchResult &Result,
                                    tidy::ClangTidyCheck &Check) {
  UsedInFile.insert(Name);
  const SourceManager &SM = *Result.SourceManager;
  // A library calling itself (Boost.Asio's ssl::context setting a minimum
  // version for the method the user chose): the user's call is judged.
  if (!Site.Callee || isInLibraryHeader(reportLocation(Site.Node, SM), SM))
    return;
  const FunctionDecl *Callee = Site.Callee;
  ValueEvaluator Values(*Result.Context);

  // Through a wrapper, only what its caller chose: a value or an option it
  // passed. What the wrapper fixes itself is reported in the wrapper.
  bool Forwarded = !ForwardedArgs.empty();
  auto ChosenByCaller = [&](const api::ArgumentRule &Row, const Expr *Arg) {
    return llvm::is_contained(ForwardedArgs, Arg) ||
           (Row.hasKey() &&
            static_cast<size_t>(Row.KeyArg) < Site.Args.size() &&
            llvm::is_contained(ForwardedArgs, Site.Args[Row.KeyArg]));
  };

  for (const api::OutputArgument &Row : api::outputArguments())
    if (!Forwarded && Row.Rule == Rule && Site.calls(Row.Function) &&
        Row.Arg < Site.Args.size() &&
        isUnreadOutput(Site.Args[Row.Arg], *Result.Context))
      Check.diag(reportLocation(Site.Args[Row.Arg], SM), Row.Message) << Callee;

  for (const api::ArgumentRule &Row : api::argumentRules()) {
    if (Row.Rule != Rule || !Site.calls(Row.Function))
      continue;
    if (Row.isCallRule()) {
      if (Forwarded)
        continue;
      if (Row.CallArity == api::AnyArity ||
          Site.Args.size() == static_cast<size_t>(Row.CallArity))
        report(Row, reportLocation(Site.Node, SM), "", Callee, std::nullopt,
               /*RuntimeChoice=*/false,
               findOptIn(*Site.Node, Site.Args, *Result.Context), Check);
      continue;
    }
    if (!callHasKey(Site, Row.KeyArg, Row.Key, Values))
      continue;
    const Expr *Arg = Site.argument(Row.ValueParam, Row.ValueArg);
    if (!Arg || (Forwarded && !ChosenByCaller(Row, Arg)))
      continue;
    if (!Row.WhenParam.empty()) {
      const Expr *Condition = Site.argument(Row.WhenParam, 0);
      IntValue When = Condition ? Values.evaluateInt(Condition) : IntValue();
      if (!When.isConstant() ||
          matchingEnumerator(parameterType(Site, Condition), When.constant(),
                             Row.WhenEnumerators)
              .empty())
        continue;
    }

    IntValue Value = valueOf(Arg, Values, *Result.Context);
    StringRef Enumerator;
    auto IsInsecure = [&](int64_t V) {
      if (Row.Enumerators.empty())
        return Row.isInsecure(V);
      Enumerator =
          matchingEnumerator(parameterType(Site, Arg), V, Row.Enumerators);
      return !Enumerator.empty();
    };
    bool AlwaysInsecure = Value.isConstant() && IsInsecure(Value.constant());
    bool MaybeInsecure = Value.Kind == IntValue::RuntimeChoice &&
                         Value.anyAlternative(IsInsecure);
    if (!AlwaysInsecure && !(MaybeInsecure && ReportConditional))
      continue;
    if (Row.ServerHandleArg != api::NoArg && isa<CallExpr>(Site.Node) &&
        isProvablyServerHandle(Row.ServerHandleArg >= 0
                                   ? Site.argument("", Row.ServerHandleArg)
                                   : handleArgument(*cast<CallExpr>(Site.Node),
                                                    Row.ServerHandleArg),
                               *Result.Context, Values))
      continue;

    std::optional<FixItHint> Fix;
    const Expr *Written = Arg->IgnoreParenImpCasts();
    if (AlwaysInsecure && !Row.Fix.empty() &&
        isa<IntegerLiteral, CXXBoolLiteralExpr>(Written))
      if (auto Range = userWrittenRange(Written, SM))
        Fix = FixItHint::CreateReplacement(*Range, Row.Fix);
    StringRef Subject = Row.hasKey() ? Row.Key : Enumerator;
    std::optional<OptIn> Condition =
        findOptIn(*Site.Node, Site.Args, *Result.Context);
    // Applying the fix would remove the user's option, not a mistake.
    if (Condition)
      Fix.reset();
    report(Row, reportLocation(Arg, SM), Subject,
           Subject.empty() ? Callee : nullptr, Fix, !AlwaysInsecure, Condition,
           Check);
  }
  if (ForwardDepth < MaxForwardDepth)
    checkWrapperCallers(Site, Name, Result, Check);
}

const std::vector<const CallExpr *> &
ArgumentRuleChecker::callsTo(const FunctionDecl &Function,
                             ASTContext &Context) {
  // One walk of the TU, the first time a wrapper is seen.
  if (!CallsIndexed) {
    CallsIndexed = true;
    for (const BoundNodes &Nodes :
         match(findAll(callExpr().bind("call")), Context)) {
      const auto *Call = Nodes.getNodeAs<CallExpr>("call");
      if (const FunctionDecl *Callee = Call->getDirectCallee())
        CallsTo[Callee->getCanonicalDecl()].push_back(Call);
    }
  }
  return CallsTo[Function.getCanonicalDecl()];
}

void ArgumentRuleChecker::checkWrapperCallers(
    const ApiSite &Site, StringRef Name, const MatchFinder::MatchResult &Result,
    tidy::ClangTidyCheck &Check) {
  const FunctionDecl *Wrapper = enclosingFunction(*Site.Node, *Result.Context);
  if (!Wrapper || Wrapper->isTemplated() || Wrapper->isVariadic())
    return;
  // Which of the call's arguments are the wrapper's parameters, as they are
  // (curl's C macro copies the option into a local first).
  ValueEvaluator Values(*Result.Context);
  SmallVector<std::pair<unsigned, unsigned>, 4> Forwarded;
  for (unsigned I = 0; I != Site.Args.size(); ++I)
    if (const auto *Param = dyn_cast_or_null<ParmVarDecl>(
            Values.referencedDecl(Site.Args[I]->IgnoreParenCasts()));
        Param && Param->getDeclContext() == Wrapper)
      Forwarded.emplace_back(I, Param->getFunctionScopeIndex());
  // Only a wrapper whose caller chooses an option or a value the rows read;
  // passing the handle alone changes nothing.
  auto Decides = [&](std::pair<unsigned, unsigned> Pair) {
    return llvm::any_of(api::argumentRules(),
                        [&](const api::ArgumentRule &Row) {
                          return Row.Rule == Rule && !Row.isCallRule() &&
                                 Site.calls(Row.Function) &&
                                 (static_cast<int>(Pair.first) == Row.KeyArg ||
                                  Site.argument(Row.ValueParam, Row.ValueArg) ==
                                      Site.Args[Pair.first]);
                        });
  };
  if (llvm::none_of(Forwarded, Decides))
    return;
  for (const CallExpr *Caller : callsTo(*Wrapper, *Result.Context)) {
    SmallVector<const Expr *, 4> Args(Site.Args.begin(), Site.Args.end());
    if (llvm::any_of(Forwarded, [&](std::pair<unsigned, unsigned> Pair) {
          return Pair.second >= Caller->getNumArgs();
        }))
      continue;
    SmallVector<const Expr *, 4> Passed;
    for (auto [ApiIndex, ParamIndex] : Forwarded) {
      Args[ApiIndex] = Caller->getArg(ParamIndex);
      Passed.push_back(Args[ApiIndex]);
    }
    // Judged as if the caller made the call, where it made it.
    ApiSite AsCalled{Caller, Site.Callee, Args};
    std::swap(Passed, ForwardedArgs);
    ++ForwardDepth;
    checkSite(AsCalled, Name, Result, Check);
    --ForwardDepth;
    std::swap(Passed, ForwardedArgs);
  }
}

} // namespace tlslint
