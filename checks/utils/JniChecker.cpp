//===-- JniChecker.cpp ----------------------------------------------------===//

#include "checks/utils/JniChecker.h"
#include "checks/api/Jni.h"
#include "checks/utils/Callbacks.h"
#include "checks/utils/Matchers.h"
#include "checks/utils/ReportLocation.h"
#include "checks/utils/ValueEvaluator.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {
namespace {

/// A native method exported by name. The name test comes first: linkage
/// (isExternC) is costly to compute for the thousands of functions in system
/// headers.
AST_MATCHER(FunctionDecl, isJniExportDefinition) {
  return Node.getIdentifier() &&
         Node.getName().starts_with(api::jni::ExportPrefix) &&
         Node.isThisDeclarationADefinition() && Node.isExternC();
}

/// The braces of a JNINativeMethod array (`static JNINativeMethod M[] = {...}`)
/// outside system headers. Matched at the initialiser rather than the
/// variable: the checks would otherwise test every parameter of every
/// prototype in the headers. The element type is recognised by its typedef:
/// the canonical type is an anonymous struct.
AST_MATCHER(InitListExpr, isJniMethodTable) {
  // The syntactic and semantic forms are both visited; take one.
  if (!Node.isSemanticForm())
    return false;
  const ArrayType *Array = Node.getType()->getAsArrayTypeUnsafe();
  const auto *Element =
      Array ? Array->getElementType()->getAs<TypedefType>() : nullptr;
  return Element &&
         Element->getDecl()->getName() == api::jni::MethodTableType &&
         !Finder->getASTContext().getSourceManager().isInSystemHeader(
             Node.getBeginLoc());
}

/// Java_pkg_Class_method, or Java_pkg_Class_method__Signature when overloaded.
bool isJniImplementationOf(const FunctionDecl *F, StringRef Method) {
  if (!F->getIdentifier())
    return false;
  StringRef Name = F->getName();
  if (!Name.starts_with(api::jni::ExportPrefix))
    return false;
  std::string Suffix = ("_" + Method).str();
  return Name.ends_with(Suffix) || Name.contains(Suffix + "__");
}

/// How deep lambdas called from lambdas are followed.
constexpr unsigned MaxLambdaDepth = 3;

/// A native checkServerTrusted rejects only by leaving a Java exception
/// pending: a Throw/ThrowNew, a call back into Java (Call*Method, e.g. the
/// platform TrustManager), a helper that gets the JNIEnv (Env) and may do
/// either, or a lambda of F, called in F, that does one of these.
bool mayThrow(const FunctionDecl *F, const ParmVarDecl *Env,
              unsigned Depth = 0) {
  for (const CallExpr *Call : ownCalls(F)) {
    StringRef Name = calleeName(Call);
    if (api::jni::mayThrowJavaException(Name))
      return true;
    if (Call->getDirectCallee() && Env)
      for (const Expr *Arg : Call->arguments())
        if (const auto *Ref = dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts()))
          if (Ref->getDecl() == Env)
            return true;
    const auto *Method =
        dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee());
    if (Method && Method->getParent()->isLambda() && Depth < MaxLambdaDepth &&
        mayThrow(Method, Env, Depth + 1))
      return true;
  }
  return false;
}

bool mayThrow(const FunctionDecl *F) {
  return mayThrow(F, F->getNumParams() ? F->getParamDecl(0) : nullptr);
}

const api::jni::NativeMethod *ruleMethod(RuleId Rule) {
  auto Kind = Rule == RuleId::TrustAllCertificates
                  ? api::jni::NativeKind::MustThrow
                  : api::jni::NativeKind::MustReturnFalseSometimes;
  for (const api::jni::NativeMethod &Method : api::jni::nativeMethods())
    if (Method.Kind == Kind)
      return &Method;
  return nullptr;
}

} // namespace

void JniChecker::registerMatchers(MatchFinder *Finder,
                                  tidy::ClangTidyCheck *Check) const {
  Finder->addMatcher(functionDecl(isJniExportDefinition()).bind("jniNative"),
                     Check);
  Finder->addMatcher(initListExpr(isJniMethodTable()).bind("jniTable"), Check);
}

ArrayRef<StringRef> JniChecker::lookupFunctions() {
  return api::jni::lookupFunctions();
}

void JniChecker::check(const MatchFinder::MatchResult &Result,
                       tidy::ClangTidyCheck &Check) {
  const api::jni::NativeMethod *Method = ruleMethod(Rule);
  ValueEvaluator Values(*Result.Context);
  auto ReportNative = [&](const FunctionDecl *F, SourceLocation Loc,
                          bool ViaTable) {
    if (!Method || !F->hasBody())
      return;
    bool Permissive =
        Method->Kind == api::jni::NativeKind::MustThrow
            ? !mayThrow(F)
            : everyReturnIs(F, Values, [](int64_t V) { return V != 0; });
    if (!Permissive)
      return;
    HasPermissiveNative = true;
    Check.diag(Loc, Method->Message) << Method->Method;
    if (ViaTable)
      Check.diag(F->getLocation(), "native implementation defined here",
                 DiagnosticIDs::Note);
  };

  if (const auto *F = Result.Nodes.getNodeAs<FunctionDecl>("jniNative")) {
    if (Method && isJniImplementationOf(F, Method->Method))
      ReportNative(F, F->getLocation(), /*ViaTable=*/false);
    return;
  }

  if (const auto *Table = Result.Nodes.getNodeAs<InitListExpr>("jniTable")) {
    for (const Expr *Entry : Table->inits()) {
      const auto *Fields = dyn_cast<InitListExpr>(Entry->IgnoreImplicit());
      if (!Method || !Fields || Fields->getNumInits() < 3)
        continue;
      std::optional<StringValue> Name =
          Values.evaluateString(Fields->getInit(0));
      if (!Name || Name->Text != Method->Method)
        continue;
      // Same name, other signature: an unrelated method.
      std::optional<StringValue> Signature =
          Values.evaluateString(Fields->getInit(1));
      if (Signature && Signature->Text != Method->Signature)
        continue;
      if (const FunctionDecl *F =
              callbackDefinition(Fields->getInit(2), Values))
        ReportNative(F, reportLocation(Fields, *Result.SourceManager),
                     /*ViaTable=*/true);
    }
  }
}

void JniChecker::checkLookup(const CallExpr &Call,
                             const MatchFinder::MatchResult &Result,
                             tidy::ClangTidyCheck &Check) {
  // jni.h's own C++ wrappers make the same calls.
  if (!llvm::is_contained(lookupFunctions(), calleeName(Call)) ||
      Result.SourceManager->isInSystemHeader(Call.getBeginLoc()))
    return;
  ValueEvaluator Values(*Result.Context);
  const api::jni::NativeMethod *Method = ruleMethod(Rule);
  // GetMethodID(SSLContext, "init", "([Ljavax/net/ssl/KeyManager;[Ljavax/
  // net/ssl/TrustManager;...)V"): how native code installs a TrustManager.
  for (const api::jni::InstallLookup &Lookup : api::jni::installLookups()) {
    if (!Method || Lookup.Kind != Method->Kind ||
        calleeName(Call) != Lookup.Function)
      continue;
    bool HasName = false, HasSignature = false;
    for (const Expr *Arg : Call.arguments())
      if (std::optional<StringValue> Text = Values.evaluateString(Arg)) {
        HasName |= Text->Text == Lookup.Name;
        HasSignature |=
            StringRef(Text->Text).contains(Lookup.SignatureContains);
      }
    if (HasName && HasSignature)
      PendingInstalls.push_back(
          {&Lookup, reportLocation(&Call, *Result.SourceManager)});
  }
  for (const Expr *Arg : Call.arguments()) {
    std::optional<StringValue> Text = Values.evaluateString(Arg);
    if (!Text)
      continue;
    for (const api::jni::InsecureLookup &Lookup : api::jni::insecureLookups())
      if (Lookup.Rule == Rule && Lookup.matches(Text->Text))
        Check.diag(reportLocation(Arg, *Result.SourceManager), Lookup.Message);
  }
}

void JniChecker::onEndOfTranslationUnit(tidy::ClangTidyCheck &Check) {
  if (HasPermissiveNative)
    for (const auto &[Lookup, Loc] : PendingInstalls)
      Check.diag(Loc, Lookup->Message);
  HasPermissiveNative = false;
  PendingInstalls.clear();
}

} // namespace tlslint
