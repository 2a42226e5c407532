//===-- Callbacks.cpp -----------------------------------------------------===//

#include "checks/utils/Callbacks.h"
#include "checks/utils/ValueEvaluator.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace tlslint {
namespace {

/// Visits a function's own statements, not those of nested lambdas or
/// blocks, which are other functions.
class OwnBodyVisitor : public RecursiveASTVisitor<OwnBodyVisitor> {
public:
  llvm::SmallVector<const ReturnStmt *, 4> Returns;
  llvm::SmallVector<const CallExpr *, 4> Calls;

  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool TraverseBlockExpr(BlockExpr *) { return true; }
  bool VisitReturnStmt(ReturnStmt *S) {
    Returns.push_back(S);
    return true;
  }
  bool VisitCallExpr(CallExpr *C) {
    Calls.push_back(C);
    return true;
  }
};

OwnBodyVisitor visitBody(const FunctionDecl *F) {
  OwnBodyVisitor Visitor;
  if (F && F->hasBody())
    Visitor.TraverseStmt(F->getBody());
  return Visitor;
}

} // namespace

const FunctionDecl *callbackDefinition(const Expr *Arg,
                                       const ValueEvaluator &Values) {
  const FunctionDecl *F = callbackFunction(Arg, Values);
  return F ? F->getDefinition() : nullptr;
}

bool isCallbackDefinedElsewhere(const Expr *Arg, const ValueEvaluator &Values) {
  const FunctionDecl *F = callbackFunction(Arg, Values);
  return F && !F->getDefinition();
}

const FunctionDecl *callbackFunction(const Expr *Arg,
                                     const ValueEvaluator &Values) {
  const Expr *E = Arg;
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Lambda = dyn_cast<LambdaExpr>(E))
      return Lambda->getCallOperator();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      if (const auto *F = dyn_cast<FunctionDecl>(Ref->getDecl()))
        return F;
      const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
      E = Var ? Values.singleAssignment(Var) : nullptr;
    } else if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
      E = Unary->getSubExpr(); // &callback, +[] {...}
    } else if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
      E = Member->getImplicitObjectArgument(); // lambda's conversion operator
    } else if (const auto *Cast = dyn_cast<CastExpr>(E)) {
      E = Cast->getSubExpr();
    } else if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = Temp->getSubExpr();
    } else if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E)) {
      E = Cleanups->getSubExpr();
    } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      E = Construct->getNumArgs() == 1 ? Construct->getArg(0) : nullptr;
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

llvm::SmallVector<const ReturnStmt *, 4> ownReturns(const FunctionDecl *F) {
  return visitBody(F).Returns;
}

bool everyReturnIs(const FunctionDecl *F, const ValueEvaluator &Values,
                   llvm::function_ref<bool(int64_t)> Accepts) {
  auto Returns = ownReturns(F);
  if (Returns.empty())
    return false;
  for (const ReturnStmt *Return : Returns) {
    IntValue Value = Values.evaluateInt(Return->getRetValue());
    if (Value.Kind == IntValue::Unknown ||
        Value.anyAlternative([&](int64_t V) { return !Accepts(V); }))
      return false;
  }
  return true;
}

llvm::SmallVector<const CallExpr *, 8> ownCalls(const FunctionDecl *F) {
  auto Calls = visitBody(F).Calls;
  return llvm::SmallVector<const CallExpr *, 8>(Calls.begin(), Calls.end());
}

llvm::SmallVector<const CallExpr *, 2> ownCallsTo(const FunctionDecl *F,
                                                  llvm::StringRef Name) {
  llvm::SmallVector<const CallExpr *, 2> Result;
  for (const CallExpr *Call : visitBody(F).Calls)
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      if (Callee->getIdentifier() && Callee->getName() == Name)
        Result.push_back(Call);
  return Result;
}

} // namespace tlslint
