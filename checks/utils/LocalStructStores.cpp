//===-- LocalStructStores.cpp ---------------------------------------------===//

#include "checks/utils/LocalStructStores.h"
#include "checks/utils/ArgumentRuleChecker.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {

llvm::SmallVector<const Expr *, 2>
LocalStructStores::storesTo(StringRef QualifiedField) const {
  llvm::SmallVector<const Expr *, 2> Values;
  for (const auto &[Field, Value] : Stores)
    if (hasQualifiedName(*Field, QualifiedField))
      Values.push_back(Value);
  return Values;
}

const VarDecl *addressedLocal(const Expr *Arg) {
  const auto *AddressOf =
      Arg ? dyn_cast<UnaryOperator>(Arg->IgnoreParenImpCasts()) : nullptr;
  const auto *Ref = AddressOf && AddressOf->getOpcode() == UO_AddrOf
                        ? dyn_cast<DeclRefExpr>(
                              AddressOf->getSubExpr()->IgnoreParenImpCasts())
                        : nullptr;
  const auto *Local = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  const auto *Function =
      Local && Local->isLocalVarDecl()
          ? dyn_cast_or_null<FunctionDecl>(Local->getParentFunctionOrMethod())
          : nullptr;
  return Function && Function->getBody() ? Local : nullptr;
}

LocalStructStores localStructStores(const VarDecl &Local, ASTContext &Context) {
  LocalStructStores Out;
  const auto *Function =
      dyn_cast_or_null<FunctionDecl>(Local.getParentFunctionOrMethod());
  const Stmt *Body = Function ? Function->getBody() : nullptr;
  if (!Body)
    return Out;
  if (const auto *Init = dyn_cast_or_null<InitListExpr>(
          Local.getInit() ? Local.getInit()->IgnoreImplicit() : nullptr)) {
    Out.ZeroInitialized = true;
    if (const RecordDecl *Record = Init->getType()->getAsRecordDecl())
      for (const FieldDecl *Field : Record->fields())
        if (Field->getFieldIndex() < Init->getNumInits() &&
            !isa<ImplicitValueInitExpr>(Init->getInit(Field->getFieldIndex())))
          Out.Stores.emplace_back(Field, Init->getInit(Field->getFieldIndex()));
  }
  auto IsLocal = declRefExpr(to(varDecl(equalsNode(&Local))));
  auto Assignments =
      match(findAll(binaryOperator(isAssignmentOperator(),
                                   hasLHS(memberExpr(hasObjectExpression(
                                       ignoringParenImpCasts(IsLocal)))))
                        .bind("store")),
            *Body, Context);
  for (const BoundNodes &Node : Assignments) {
    const auto *Assign = Node.getNodeAs<BinaryOperator>("store");
    const auto *Member =
        cast<MemberExpr>(Assign->getLHS()->IgnoreParenImpCasts());
    if (const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl()))
      Out.Stores.emplace_back(Field, Assign->getRHS());
  }
  // memset(&local, 0, sizeof local): the C idiom for a zeroed struct.
  auto Clears =
      match(findAll(callExpr(callee(functionDecl(hasName("memset"))),
                             hasArgument(0, ignoringParenImpCasts(unaryOperator(
                                                hasOperatorName("&"),
                                                hasUnaryOperand(IsLocal)))))
                        .bind("memset")),
            *Body, Context);
  Out.ZeroInitialized |= !Clears.empty();
  return Out;
}

} // namespace tlslint
