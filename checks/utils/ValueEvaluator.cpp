//===-- ValueEvaluator.cpp ------------------------------------------------===//

#include "checks/utils/ValueEvaluator.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;

namespace tlslint {

// Chains of variables copying variables are short in practice; the limit only
// guards against pathological or cyclic input.
static constexpr unsigned MaxDepth = 8;

static const Expr *strip(const Expr *E) {
  return E ? E->IgnoreParenImpCasts() : nullptr;
}

static bool refersTo(const Expr *E, const VarDecl *Var) {
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(strip(E));
  return Ref && Ref->getDecl() == Var;
}

/// Finds any way a scope could change a variable after its initialiser:
/// assignment, ++/--, its address taken, a non-const reference or a
/// reference capture. A single linear walk: clang's ExprMutationAnalyzer is
/// more precise but takes seconds on libcurl's type-checking macros.
class WriteFinder : public RecursiveASTVisitor<WriteFinder> {
public:
  explicit WriteFinder(const VarDecl *Var) : Var(Var) {}
  bool Written = false;

  bool VisitBinaryOperator(BinaryOperator *Op) {
    if (Op->isAssignmentOp() && refersTo(Op->getLHS(), Var))
      Written = true;
    return !Written;
  }
  bool VisitUnaryOperator(UnaryOperator *Op) {
    if ((Op->isIncrementDecrementOp() || Op->getOpcode() == UO_AddrOf) &&
        refersTo(Op->getSubExpr(), Var))
      Written = true;
    return !Written;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *Call) {
    if (Call->isAssignmentOp() && Call->getNumArgs() > 0 &&
        refersTo(Call->getArg(0), Var))
      Written = true;
    return !Written;
  }
  bool VisitCallExpr(CallExpr *Call) {
    // Only a reference parameter can write an argument; variadic and
    // by-value arguments are copies, and C has no references at all.
    const FunctionProtoType *Proto = nullptr;
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      Proto = Callee->getType()->getAs<FunctionProtoType>();
    else if (const Type *CalleeType =
                 Call->getCallee()->getType().getTypePtrOrNull())
      if (const auto *Pointer = CalleeType->getAs<PointerType>())
        Proto = Pointer->getPointeeType()->getAs<FunctionProtoType>();
    for (unsigned I = 0; I < Call->getNumArgs(); ++I) {
      if (!refersTo(Call->getArg(I), Var))
        continue;
      if (!Proto ? Call->getCallee()->getType()->isDependentType()
                 : I < Proto->getNumParams() &&
                       isNonConstReference(Proto->getParamType(I)))
        Written = true;
    }
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      if (refersTo(Member->getImplicitObjectArgument(), Var) &&
          Member->getMethodDecl() && !Member->getMethodDecl()->isConst())
        Written = true;
    return !Written;
  }
  bool VisitVarDecl(VarDecl *Other) {
    if (Other != Var && Other->hasInit() &&
        isNonConstReference(Other->getType()) &&
        refersTo(Other->getInit(), Var))
      Written = true;
    return !Written;
  }
  bool VisitLambdaExpr(LambdaExpr *Lambda) {
    for (const LambdaCapture &Capture : Lambda->captures())
      if (Capture.capturesVariable() && Capture.getCapturedVar() == Var &&
          Capture.getCaptureKind() == LCK_ByRef)
        Written = true;
    return !Written;
  }

private:
  static bool isNonConstReference(QualType T) {
    return T->isReferenceType() && !T.getNonReferenceType().isConstQualified();
  }
  const VarDecl *Var;
};

/// The body of the function a local variable lives in: all that can write
/// it. The walk over it is linear; the parent map a narrower scope would need
/// costs more than the walk on large translation units.
static const Stmt *enclosingScope(const VarDecl *Var) {
  const DeclContext *DC = Var->getParentFunctionOrMethod();
  if (!DC)
    return nullptr;
  if (const auto *FD = dyn_cast<FunctionDecl>(DC))
    return FD->getBody();
  if (const auto *BD = dyn_cast<BlockDecl>(DC))
    return BD->getBody();
  if (const auto *MD = dyn_cast<ObjCMethodDecl>(DC))
    return MD->getBody();
  return nullptr;
}

llvm::SmallVector<const Expr *, 4>
ValueEvaluator::valuesAssignedTo(const VarDecl *Var, const Stmt *Body) const {
  using namespace clang::ast_matchers;
  llvm::SmallVector<const Expr *, 4> Sources;
  if (Var->hasInit())
    Sources.push_back(Var->getInit());
  auto Matches =
      match(findAll(binaryOperator(isAssignmentOperator(),
                                   hasLHS(ignoringParenImpCasts(declRefExpr(
                                       to(varDecl(equalsNode(Var)))))))
                        .bind("assign")),
            *Body, Context);
  for (const BoundNodes &Node : Matches)
    Sources.push_back(Node.getNodeAs<BinaryOperator>("assign")->getRHS());
  return Sources;
}

const Expr *ValueEvaluator::singleAssignment(const VarDecl *Var) const {
  if (!Var || !Var->hasInit() || isa<ParmVarDecl>(Var))
    return nullptr;
  const Expr *Init = Var->getInit();
  if (Var->getType().isConstQualified())
    return Init;
  if (!Var->isLocalVarDecl() || Var->isStaticLocal())
    return nullptr;
  auto Known = SingleAssignments.find(Var);
  if (Known != SingleAssignments.end())
    return Known->second;
  const Stmt *Scope = enclosingScope(Var);
  const Expr *Result = nullptr;
  if (Scope) {
    WriteFinder Finder(Var);
    Finder.TraverseStmt(const_cast<Stmt *>(Scope));
    if (!Finder.Written)
      Result = Init;
  }
  SingleAssignments[Var] = Result;
  return Result;
}

const ValueDecl *ValueEvaluator::referencedDecl(const Expr *E) const {
  for (unsigned Depth = 0; Depth < MaxDepth; ++Depth) {
    const auto *Ref = dyn_cast_or_null<DeclRefExpr>(strip(E));
    if (!Ref)
      return nullptr;
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Var)
      return Ref->getDecl();
    const Expr *Init = singleAssignment(Var);
    if (!Init || !isa<DeclRefExpr>(strip(Init)))
      return Var;
    E = Init;
  }
  return nullptr;
}

std::optional<int64_t> ValueEvaluator::enumeratorValue(StringRef Name) const {
  for (const NamedDecl *Found :
       Context.getTranslationUnitDecl()->lookup(&Context.Idents.get(Name)))
    if (const auto *Enumerator = dyn_cast<EnumConstantDecl>(Found))
      return Enumerator->getInitVal().getExtValue();
  return std::nullopt;
}

IntValue ValueEvaluator::evaluateInt(const Expr *E) const {
  return evaluateInt(E, 0);
}

IntValue ValueEvaluator::evaluateInt(const Expr *E, unsigned Depth) const {
  IntValue Result;
  E = strip(E);
  if (!E || Depth > MaxDepth || E->isValueDependent() || E->containsErrors())
    return Result;

  // Literals, macros, enumerators, constexpr and C++ const variables.
  Expr::EvalResult Folded;
  if (E->EvaluateAsInt(Folded, Context)) {
    Result.Kind = IntValue::Constant;
    Result.Values.push_back(Folded.Val.getInt().getExtValue());
    return Result;
  }

  // A conditional: a constant condition picks a branch, otherwise the value
  // is a run-time choice between the two.
  if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
    bool CondValue;
    if (Cond->getCond()->EvaluateAsBooleanCondition(CondValue, Context))
      return evaluateInt(CondValue ? Cond->getTrueExpr() : Cond->getFalseExpr(),
                         Depth + 1);
    IntValue True = evaluateInt(Cond->getTrueExpr(), Depth + 1);
    IntValue False = evaluateInt(Cond->getFalseExpr(), Depth + 1);
    if (True.Kind == IntValue::Unknown || False.Kind == IntValue::Unknown)
      return Result;
    Result.Kind = IntValue::RuntimeChoice;
    Result.Values.append(True.Values);
    Result.Values.append(False.Values);
    return Result;
  }

  // A variable whose value is its initialiser wherever it is read (C const
  // locals, or a local assigned once and never written again).
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (const Expr *Init = singleAssignment(Var))
        return evaluateInt(Init, Depth + 1);

  return Result;
}

std::optional<StringValue> ValueEvaluator::evaluateString(const Expr *E) const {
  return evaluateString(E, 0);
}

std::optional<StringValue>
ValueEvaluator::evaluateStringPrefix(const Expr *E) const {
  return evaluateString(E, 0, /*AllowPrefix=*/true);
}

const Expr *ValueEvaluator::wrappedString(const Expr *E) const {
  // std::string("..."), QString("..."), and similar one-argument wrappers.
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
    return Cast->getSubExpr();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    return Construct->getNumArgs() >= 1 ? Construct->getArg(0) : nullptr;
  if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
    return Bind->getSubExpr();
  if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E))
    return Temp->getSubExpr();
  if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
    return Cleanups->getSubExpr();
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E))
    // s.c_str() / s.data() on a string with a known value.
    if (const auto *Method = Member->getMethodDecl())
      if (Method->getName() == "c_str" || Method->getName() == "data")
        return Member->getImplicitObjectArgument();
  if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
    bool CondValue;
    if (Cond->getCond()->EvaluateAsBooleanCondition(CondValue, Context))
      return CondValue ? Cond->getTrueExpr() : Cond->getFalseExpr();
    return nullptr;
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      return singleAssignment(Var);
  return nullptr;
}

std::optional<StringValue>
ValueEvaluator::evaluateString(const Expr *E, unsigned Depth,
                               bool AllowPrefix) const {
  E = strip(E);
  if (!E || Depth > MaxDepth)
    return std::nullopt;
  if (const auto *Literal = dyn_cast<StringLiteral>(E)) {
    if (Literal->getCharByteWidth() != 1)
      return std::nullopt;
    return StringValue{Literal->getString().str(), Literal};
  }
  if (AllowPrefix)
    if (const auto *Plus = dyn_cast<CXXOperatorCallExpr>(E);
        Plus && Plus->getOperator() == OO_Plus && Plus->getNumArgs() == 2) {
      std::optional<StringValue> Prefix =
          evaluateString(Plus->getArg(0), Depth + 1, AllowPrefix);
      if (Prefix)
        Prefix->Literal = nullptr;
      return Prefix;
    }
  return evaluateString(wrappedString(E), Depth + 1, AllowPrefix);
}

const ParmVarDecl *ValueEvaluator::sourceParameter(const Expr *E) const {
  for (unsigned Depth = 0; E && Depth <= MaxDepth; ++Depth) {
    E = strip(E);
    if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
      if (const auto *Param = dyn_cast<ParmVarDecl>(Ref->getDecl()))
        return Param;
    E = E ? wrappedString(E) : nullptr;
  }
  return nullptr;
}

namespace {

/// Whether an array's initialiser fills it: `char Key[] = "..."` or
/// `unsigned char Key[] = {...}`, not a larger buffer for run-time data.
bool initializerFillsArray(const VarDecl &Var, const Expr &Init,
                           const ASTContext &Context) {
  const auto *Array = Context.getAsConstantArrayType(Var.getType());
  if (!Array)
    return false;
  uint64_t Size = Array->getSize().getZExtValue();
  if (const auto *Literal = dyn_cast<StringLiteral>(&Init))
    return Size <= Literal->getLength() + 1;
  if (const auto *List = dyn_cast<InitListExpr>(&Init))
    return !List->hasArrayFiller() && List->getNumInits() == Size;
  return false;
}

/// A constructor that carries its argument's bytes: from a pointer
/// (std::string(const char *), QByteArray(const char *, qsizetype),
/// const_buffer(const void *, size_t)), or a copy or move.
bool constructsFromBytes(const CXXConstructExpr &Construct) {
  const CXXConstructorDecl *Constructor = Construct.getConstructor();
  if (Construct.getNumArgs() == 0 || Constructor->getNumParams() == 0)
    return false;
  if (Constructor->isCopyOrMoveConstructor())
    return true;
  QualType First = Constructor->getParamDecl(0)->getType();
  return First->isPointerType() &&
         (First->getPointeeType()->isCharType() ||
          First->getPointeeType()->isVoidType() ||
          First->getPointeeType()->isSpecificBuiltinType(BuiltinType::UChar));
}

} // namespace

std::optional<std::string>
ValueEvaluator::initListBytes(const InitListExpr &List) const {
  const auto *Array = Context.getAsConstantArrayType(List.getType());
  if (!Array || !Array->getElementType()->isIntegerType() ||
      Context.getTypeSize(Array->getElementType()) != 8)
    return std::nullopt;
  std::string Bytes;
  Bytes.reserve(List.getNumInits());
  for (const Expr *Init : List.inits()) {
    Expr::EvalResult Value;
    if (!Init || Init->isValueDependent() ||
        !Init->EvaluateAsInt(Value, Context))
      return std::nullopt;
    Bytes.push_back(static_cast<char>(Value.Val.getInt().getExtValue()));
  }
  return Bytes;
}

std::optional<BytesValue>
ValueEvaluator::evaluateBytes(const Expr *E,
                              ViewedArgumentFn ViewedArgument) const {
  return evaluateBytes(E, ViewedArgument, 0);
}

std::optional<BytesValue>
ValueEvaluator::evaluateBytes(const Expr *E, ViewedArgumentFn ViewedArgument,
                              unsigned Depth) const {
  if (!E || Depth > MaxDepth)
    return std::nullopt;
  E = E->IgnoreParenCasts();
  auto Next = [&](const Expr *Inner) {
    return evaluateBytes(Inner, ViewedArgument, Depth + 1);
  };

  if (const auto *Literal = dyn_cast<StringLiteral>(E)) {
    if (Literal->getCharByteWidth() != 1)
      return std::nullopt;
    return BytesValue{Literal->getString().str(), Literal, nullptr};
  }
  if (const auto *List = dyn_cast<InitListExpr>(E)) {
    if (std::optional<std::string> Bytes = initListBytes(*List))
      return BytesValue{std::move(*Bytes), List, nullptr};
    return std::nullopt;
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (!Var)
      return std::nullopt;
    // The bytes of an array's initialiser are in the binary whatever the
    // program does with the array later.
    if (const Expr *Init = Var->getAnyInitializer();
        Init && Var->getType()->isArrayType()) {
      if (!initializerFillsArray(*Var, *Init->IgnoreParenImpCasts(), Context))
        return std::nullopt;
      std::optional<BytesValue> Value = Next(Init);
      if (Value)
        Value->Array = Var;
      return Value;
    }
    return Next(singleAssignment(Var));
  }
  // &Array[0]
  if (const auto *Unary = dyn_cast<UnaryOperator>(E))
    if (Unary->getOpcode() == UO_AddrOf)
      if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(
              Unary->getSubExpr()->IgnoreParens())) {
        IntValue Index = evaluateInt(Subscript->getIdx());
        if (Index.isConstant() && Index.constant() == 0)
          return Next(Subscript->getBase());
        return std::nullopt;
      }
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    return constructsFromBytes(*Construct) ? Next(Construct->getArg(0))
                                           : std::nullopt;
  if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E))
    return Next(Temp->getSubExpr());
  if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
    return Next(Bind->getSubExpr());
  if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
    return Next(Cleanups->getSubExpr());
  if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
    bool CondValue;
    if (Cond->getCond()->EvaluateAsBooleanCondition(CondValue, Context))
      return Next(CondValue ? Cond->getTrueExpr() : Cond->getFalseExpr());
    return std::nullopt;
  }
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E))
    // s.c_str() / s.data() on a string with known bytes.
    if (const auto *Method = Member->getMethodDecl();
        Method && Method->getIdentifier() &&
        (Method->getName() == "c_str" || Method->getName() == "data"))
      return Next(Member->getImplicitObjectArgument());
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (ViewedArgument)
      return Next(ViewedArgument(*Call));
  return std::nullopt;
}

const Expr *ValueEvaluator::memberInitializer(const Expr *E,
                                              StringRef Field) const {
  if (!E)
    return nullptr;
  E = E->IgnoreParenCasts();
  if (const auto *Unary = dyn_cast<UnaryOperator>(E);
      Unary && Unary->getOpcode() == UO_AddrOf)
    E = Unary->getSubExpr()->IgnoreParenCasts();
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  // Its address is what the API takes, which singleAssignment() counts as a
  // write; the braced initialiser is what the struct holds when passed.
  const Expr *Init = Var ? Var->getInit() : nullptr;
  const auto *List =
      Init ? dyn_cast<InitListExpr>(Init->IgnoreParenImpCasts()) : nullptr;
  const RecordDecl *Record =
      List ? List->getType()->getAsRecordDecl() : nullptr;
  if (!Record)
    return nullptr;
  if (List->isSyntacticForm() && List->getSemanticForm())
    List = List->getSemanticForm();
  unsigned Index = 0;
  for (const FieldDecl *Member : Record->fields()) {
    if (Member->getIdentifier() && Member->getName() == Field)
      return Index < List->getNumInits() ? List->getInit(Index) : nullptr;
    ++Index;
  }
  return nullptr;
}

} // namespace tlslint
