//===-- HandleRole.cpp ----------------------------------------------------===//

#include "checks/utils/HandleRole.h"
#include "checks/api/OpenSSL.h"
#include "checks/utils/ArgumentRuleChecker.h"
#include "checks/utils/Matchers.h"
#include "checks/utils/ValueEvaluator.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {
namespace {

constexpr unsigned MaxDepth = 4;

/// What every value of a handle is proved to come from.
enum class Origin {
  Server,
  /// A library's SSL_CTX whose connections it checks the host name of.
  HostCheckingLibrary,
};

class OriginFinder {
public:
  OriginFinder(ASTContext &Context, const ValueEvaluator &Values, Origin Wanted)
      : Context(Context), Values(Values), Wanted(Wanted) {}

  /// Whether every value Handle can hold comes from the wanted origin.
  bool comesFromOrigin(const Expr *Handle, unsigned Depth) const {
    if (!Handle || Depth > MaxDepth)
      return false;
    // Casts too: wolfSSL's compatibility macros cast the method.
    Handle = Handle->IgnoreImplicit()->IgnoreParenCasts();
    // `new Context(...)`, and `ptr->` of a smart pointer (Poco's
    // Context::Ptr): the object is what was constructed.
    if (const auto *New = dyn_cast<CXXNewExpr>(Handle))
      return comesFromOrigin(New->getConstructExpr(), Depth + 1);
    if (const auto *Deref = dyn_cast<CXXOperatorCallExpr>(Handle);
        Deref && Deref->getNumArgs() == 1 &&
        (Deref->getOperator() == OO_Arrow || Deref->getOperator() == OO_Star))
      return comesFromOrigin(Deref->getArg(0), Depth + 1);
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Handle))
      return isOriginConstruction(Construct, Depth);
    if (const auto *Call = dyn_cast<CallExpr>(Handle))
      return isOriginCall(Call, Depth);
    // `listener->ssl_ctx`, made in one function and configured in another.
    if (const auto *Member = dyn_cast<MemberExpr>(Handle))
      if (const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl()))
        return allComeFromOrigin(valuesStoredIn(Field), Depth);
    const auto *Var = dyn_cast_or_null<VarDecl>(Values.referencedDecl(Handle));
    const Stmt *Body = Var ? functionBody(Var) : nullptr;
    if (!Body)
      return false;
    if (Wanted == Origin::Server && hasServerRoleCall(Var, Body))
      return true;
    return allComeFromOrigin(Values.valuesAssignedTo(Var, Body), Depth);
  }

private:
  /// SSL_CTX_new(TLS_server_method()) or SSL_new(<server context>); for a
  /// library's context, cli.ssl_context() or SSL_new(cli.ssl_context()).
  bool isOriginCall(const CallExpr *Call, unsigned Depth) const {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || !Callee->getIdentifier())
      return false;
    llvm::StringRef Name = Callee->getName();
    if (Wanted == Origin::Server ? api::openssl::isServerMethod(Name)
                                 : isHostCheckedContextGetter(*Call))
      return true;
    std::optional<unsigned> SourceArg = api::openssl::derivedFromArg(Name);
    if (!SourceArg || *SourceArg >= Call->getNumArgs())
      return false;
    return comesFromOrigin(Call->getArg(*SourceArg), Depth + 1);
  }

  /// ssl::context(ssl::context::tls_server), or a stream built on a server
  /// context: the C++ APIs name methods with enumerators.
  bool isOriginConstruction(const CXXConstructExpr *Construct,
                            unsigned Depth) const {
    if (Construct->getNumArgs() == 0)
      return false;
    const auto *Method =
        dyn_cast<DeclRefExpr>(Construct->getArg(0)->IgnoreParenImpCasts());
    if (Wanted == Origin::Server && Method &&
        isa<EnumConstantDecl>(Method->getDecl()) &&
        api::openssl::isServerMethod(Method->getDecl()->getName()))
      return true;
    // A copy, or a smart pointer taking ownership of a raw one.
    if (Construct->getNumArgs() == 1 &&
        (Construct->getConstructor()->isCopyOrMoveConstructor() ||
         Construct->getArg(0)->getType()->isPointerType()))
      return comesFromOrigin(Construct->getArg(0), Depth + 1);
    std::optional<unsigned> SourceArg =
        api::openssl::derivedFromArg(constructedClassName(*Construct));
    return SourceArg && *SourceArg < Construct->getNumArgs() &&
           comesFromOrigin(Construct->getArg(*SourceArg), Depth + 1);
  }

  static bool isHostCheckedContextGetter(const CallExpr &Call) {
    std::optional<ApiSite> Site = ApiSite::of(Call);
    return Site && llvm::any_of(api::openssl::hostCheckedContextGetters(),
                                [&](llvm::StringRef Getter) {
                                  return Site->calls(Getter);
                                });
  }

  static const Stmt *functionBody(const VarDecl *Var) {
    const auto *Function =
        dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
    return Function ? Function->getBody() : nullptr;
  }

  bool hasServerRoleCall(const VarDecl *Var, const Stmt *Body) const {
    auto Matches =
        match(findAll(callTo(api::openssl::serverRoleCallNames()).bind("call")),
              *Body, Context);
    for (const BoundNodes &Node : Matches) {
      const auto *Call = Node.getNodeAs<CallExpr>("call");
      std::optional<ApiSite> Site = ApiSite::of(*Call);
      for (const api::openssl::ServerRoleCall &Row :
           api::openssl::serverRoleCalls())
        if (calleeName(*Call) == Row.Function &&
            Values.referencedDecl(handleArgument(*Call, Row.HandleArg)) ==
                Var &&
            callHasKey(*Site, Row.KeyArg, Row.Key, Values))
          return true;
    }
    return false;
  }

  /// Whether Sources hold a handle and every one comes from the origin.
  bool allComeFromOrigin(llvm::ArrayRef<const Expr *> Sources,
                         unsigned Depth) const {
    // `SSL_CTX *ctx = NULL;` before the real value holds no handle at all.
    bool Any = false;
    for (const Expr *Source : Sources) {
      if (Source->isNullPointerConstant(Context,
                                        Expr::NPC_ValueDependentIsNotNull))
        continue;
      if (!comesFromOrigin(Source, Depth + 1))
        return false;
      Any = true;
    }
    return Any;
  }

  /// Every value the main file stores in Field: assignments in its function
  /// bodies, constructor initialisers and the default member initialiser.
  /// What other files store is unknown here, so a field only they set holds
  /// nothing provable.
  llvm::SmallVector<const Expr *, 4>
  valuesStoredIn(const FieldDecl *Field) const {
    llvm::SmallVector<const Expr *, 4> Sources;
    if (const Expr *Default = Field->getInClassInitializer())
      Sources.push_back(Default);
    auto Assignment = binaryOperator(isAssignmentOperator(),
                                     hasLHS(ignoringParenImpCasts(memberExpr(
                                         member(equalsNode(Field))))))
                          .bind("assign");
    for (const FunctionDecl *Function : mainFileFunctions()) {
      if (const auto *Constructor = dyn_cast<CXXConstructorDecl>(Function))
        for (const CXXCtorInitializer *Init : Constructor->inits())
          if (Init->getMember() == Field && Init->isWritten())
            Sources.push_back(Init->getInit());
      for (const BoundNodes &Node :
           match(findAll(Assignment), *Function->getBody(), Context))
        Sources.push_back(Node.getNodeAs<BinaryOperator>("assign")->getRHS());
    }
    return Sources;
  }

  /// The function definitions the main file spells, through namespaces,
  /// extern "C" blocks and classes.
  std::vector<const FunctionDecl *> mainFileFunctions() const {
    std::vector<const FunctionDecl *> Functions;
    const SourceManager &SM = Context.getSourceManager();
    llvm::SmallVector<const DeclContext *, 8> Work = {
        Context.getTranslationUnitDecl()};
    while (!Work.empty()) {
      const DeclContext *DC = Work.pop_back_val();
      for (const Decl *D : DC->decls()) {
        if (!SM.isInMainFile(SM.getExpansionLoc(D->getLocation())))
          continue;
        if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D))
          D = Template->getTemplatedDecl();
        if (const auto *Function = dyn_cast<FunctionDecl>(D)) {
          if (Function->doesThisDeclarationHaveABody())
            Functions.push_back(Function);
        } else if (isa<NamespaceDecl, LinkageSpecDecl, CXXRecordDecl>(D)) {
          Work.push_back(cast<DeclContext>(D));
        }
      }
    }
    return Functions;
  }

  ASTContext &Context;
  const ValueEvaluator &Values;
  Origin Wanted;
};

} // namespace

bool onlyConfiguresServers(const Expr *Holder, ASTContext &Context,
                           const ValueEvaluator &Values) {
  const auto *Var = dyn_cast_or_null<VarDecl>(
      Holder ? Values.referencedDecl(Holder) : nullptr);
  const auto *Function =
      Var ? dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod())
          : nullptr;
  if (!Function || !Function->getBody())
    return false;
  auto Matches = match(
      findAll(cxxConstructExpr(hasAnyArgument(ignoringParenImpCasts(
                                   declRefExpr(to(varDecl(equalsNode(Var)))))))
                  .bind("construct")),
      *Function->getBody(), Context);
  return !Matches.empty() && llvm::all_of(Matches, [&](const BoundNodes &Node) {
    return isProvablyServerHandle(Node.getNodeAs<CXXConstructExpr>("construct"),
                                  Context, Values);
  });
}

const Expr *handleArgument(const CallExpr &Call, int Index) {
  if (Index == api::ObjectArg) {
    const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call);
    return Member ? Member->getImplicitObjectArgument() : nullptr;
  }
  if (Index < 0 || static_cast<unsigned>(Index) >= Call.getNumArgs())
    return nullptr;
  return Call.getArg(Index);
}

ClientVerifyMode clientVerifyMode(const CallExpr *Call, ASTContext &Context,
                                  const ValueEvaluator &Values) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  const api::openssl::VerifyModeCall *Row =
      Callee && Callee->getIdentifier()
          ? api::openssl::findVerifyModeCall(Callee->getName())
          : nullptr;
  if (!Row || Row->ModeArg >= Call->getNumArgs() ||
      Row->HandleArg >= Call->getNumArgs())
    return ClientVerifyMode::Unknown;
  IntValue Mode = Values.evaluateInt(Call->getArg(Row->ModeArg));
  if (!Mode.isConstant() ||
      isProvablyServerHandle(Call->getArg(Row->HandleArg), Context, Values))
    return ClientVerifyMode::Unknown;
  return (Mode.constant() & api::openssl::VerifyPeerBit)
             ? ClientVerifyMode::VerifiesPeer
             : ClientVerifyMode::VerifiesNothing;
}

bool isProvablyServerHandle(const Expr *Handle, ASTContext &Context,
                            const ValueEvaluator &Values) {
  return OriginFinder(Context, Values, Origin::Server)
      .comesFromOrigin(Handle, 0);
}

bool isHostCheckedByLibrary(const Expr *Handle, ASTContext &Context,
                            const ValueEvaluator &Values) {
  return OriginFinder(Context, Values, Origin::HostCheckingLibrary)
      .comesFromOrigin(Handle, 0);
}

} // namespace tlslint
