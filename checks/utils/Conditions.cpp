//===-- Conditions.cpp ----------------------------------------------------===//

#include "checks/utils/Conditions.h"
#include "checks/utils/ReportLocation.h"
#include "checks/utils/ValueEvaluator.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "lib/rules/Rules.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace tlslint {
namespace {

/// Longer conditions are named by the setting they read, not spelled out.
constexpr size_t MaxConditionText = 60;

/// The variables and fields an expression reads. Of `cfg->tls.verify` only
/// the field `verify` counts: the same object (`cfg`) holds both the handle
/// a call configures and the settings that guard it.
class ReadCollector : public RecursiveASTVisitor<ReadCollector> {
public:
  llvm::SmallPtrSet<const ValueDecl *, 4> Reads;
  bool HasCall = false;

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    if (!InBase && isa<VarDecl>(Ref->getDecl()))
      Reads.insert(Ref->getDecl());
    return true;
  }
  bool TraverseMemberExpr(MemberExpr *Member) {
    if (!InBase && isa<FieldDecl>(Member->getMemberDecl()))
      Reads.insert(Member->getMemberDecl());
    bool WasInBase = InBase;
    InBase = true;
    bool Continue = TraverseStmt(Member->getBase());
    InBase = WasInBase;
    return Continue;
  }
  bool VisitCallExpr(CallExpr *Call) {
    HasCall = true;
    for (const Expr *Arg : Call->arguments())
      HasNamedLookup |= isa<StringLiteral>(Arg->IgnoreParenImpCasts());
    return true;
  }
  /// A call given a name to look up: `getenv("TLS_INSECURE")`,
  /// `cmdline_option(argc, argv, "-k")`, `config_bool(cfg, "insecure")`.
  bool HasNamedLookup = false;

private:
  bool InBase = false;
};

ReadCollector readsOf(const Expr *E) {
  ReadCollector Collector;
  Collector.TraverseStmt(const_cast<Expr *>(E));
  return Collector;
}

/// A local variable some value computed by a call reaches (`err =
/// X509_STORE_CTX_get_error(ctx)`, `rc = load_ca(...)`): a result, not a
/// setting someone chose.
bool holdsCallResult(const VarDecl &Var, ASTContext &Context) {
  const auto *Function =
      dyn_cast_or_null<FunctionDecl>(Var.getParentFunctionOrMethod());
  if (!Function || !Function->getBody())
    return Var.hasInit() && readsOf(Var.getInit()).HasCall;
  return llvm::any_of(
      ValueEvaluator(Context).valuesAssignedTo(&Var, Function->getBody()),
      [](const Expr *Value) { return readsOf(Value).HasCall; });
}

/// A variable (not a field) someone sets rather than a result.
bool isSetting(const ValueDecl *Read, ASTContext &Context) {
  const auto *Var = cast<VarDecl>(Read);
  if (isa<ParmVarDecl>(Var) || !Var->isLocalVarDecl() || Var->isStaticLocal())
    return true;
  return !holdsCallResult(*Var, Context);
}

/// A test of whether a pointer is set: `p`, `!p`, `p != NULL`, `p == NULL`.
struct PointerTest {
  const Expr *Pointer;
  /// Whether the condition is true when the pointer is set.
  bool TrueWhenSet;
};

std::optional<PointerTest> pointerTest(const Expr *Condition,
                                       ASTContext &Context) {
  const Expr *E = Condition->IgnoreParenImpCasts();
  bool TrueWhenSet = true;
  if (const auto *Not = dyn_cast<UnaryOperator>(E);
      Not && Not->getOpcode() == UO_LNot) {
    E = Not->getSubExpr()->IgnoreParenImpCasts();
    TrueWhenSet = false;
  }
  if (const auto *Compare = dyn_cast<BinaryOperator>(E);
      Compare && Compare->isEqualityOp()) {
    auto IsNull = [&](const Expr *Side) {
      return Side->isNullPointerConstant(Context,
                                         Expr::NPC_ValueDependentIsNotNull);
    };
    const Expr *Other = IsNull(Compare->getRHS())   ? Compare->getLHS()
                        : IsNull(Compare->getLHS()) ? Compare->getRHS()
                                                    : nullptr;
    if (!Other)
      return std::nullopt;
    E = Other->IgnoreParenImpCasts();
    if (Compare->getOpcode() == BO_EQ)
      TrueWhenSet = !TrueWhenSet;
  }
  if (!E->getType()->isPointerType())
    return std::nullopt;
  return PointerTest{E, TrueWhenSet};
}

/// Whether a branch taken when Condition is !OnFalse can be an opt-in as far
/// as pointers go. Whether an object exists (`if (conn->ctx)`) is no
/// setting; a string that is set (`if (cfg->psk)`) switches a feature on;
/// one that is missing (`if (!cfg->ca_file)`) is a fallback the user never
/// asked for, so insecure code there is no opt-in.
bool mayBeOptIn(const Expr *Condition, bool OnFalse, ASTContext &Context) {
  std::optional<PointerTest> Test = pointerTest(Condition, Context);
  if (!Test)
    return true;
  if (!Test->Pointer->getType()->getPointeeType()->isAnyCharacterType())
    return false;
  return Test->TrueWhenSet != OnFalse;
}

/// Whether Condition reads a setting and none of the call's subjects.
bool readsSetting(const Expr *Condition,
                  const llvm::SmallPtrSetImpl<const ValueDecl *> &Subjects,
                  ASTContext &Context) {
  // A constant condition (`if (kDebug)`) is decided when the code is built.
  if (Condition->isValueDependent() || Condition->isEvaluatable(Context))
    return false;
  ReadCollector Reads = readsOf(Condition);
  if (llvm::any_of(Reads.Reads,
                   [&](const ValueDecl *D) { return Subjects.contains(D); }))
    return false;
  if (Reads.HasNamedLookup)
    return true;
  if (Reads.Reads.empty())
    return false;
  // A field is a setting, whatever object it is read through
  // (`wsi->tls.use_ssl & FLAG`, where wsi comes from a lookup).
  if (llvm::any_of(Reads.Reads,
                   [](const ValueDecl *D) { return isa<FieldDecl>(D); }))
    return true;
  return llvm::all_of(
      Reads.Reads, [&](const ValueDecl *D) { return isSetting(D, Context); });
}

/// The conjuncts of `A && B && C`, or E alone.
void conjuncts(const Expr *E, SmallVectorImpl<const Expr *> &Out) {
  const auto *And = dyn_cast<BinaryOperator>(E->IgnoreParens());
  if (And && And->getOpcode() == BO_LAnd) {
    conjuncts(And->getLHS(), Out);
    conjuncts(And->getRHS(), Out);
    return;
  }
  Out.push_back(E);
}

std::string spelling(const Expr *E, ASTContext &Context) {
  const SourceManager &SM = Context.getSourceManager();
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E->getSourceRange()), SM,
      Context.getLangOpts());
  if (Range.isInvalid())
    return "";
  std::string Text =
      Lexer::getSourceText(Range, SM, Context.getLangOpts()).str();
  // One line, single spaces: conditions wrap in real code.
  std::string Flat;
  for (char C : Text) {
    bool Space = C == ' ' || C == '\t' || C == '\n' || C == '\r';
    if (Space && (Flat.empty() || Flat.back() == ' '))
      continue;
    Flat += Space ? ' ' : C;
  }
  while (!Flat.empty() && Flat.back() == ' ')
    Flat.pop_back();
  return Flat;
}

bool isPlainRead(const Expr *E) {
  return isa<DeclRefExpr, MemberExpr>(E->IgnoreParenImpCasts());
}

/// "when `X` is set", "when `F` is set in `X`", "when `X == 0`", and the
/// opposite for the false branch.
std::optional<std::string> wording(const Expr *Condition, bool OnFalse,
                                   ASTContext &Context) {
  const Expr *E = Condition->IgnoreParenImpCasts();
  if (const auto *Not = dyn_cast<UnaryOperator>(E);
      Not && Not->getOpcode() == UO_LNot) {
    E = Not->getSubExpr()->IgnoreParenImpCasts();
    OnFalse = !OnFalse;
  }
  std::string Text = spelling(E, Context);
  if (Text.empty() || Text.size() > MaxConditionText)
    return std::nullopt;
  StringRef When = OnFalse ? "unless" : "when";
  if (isPlainRead(E) || E->getType()->isPointerType())
    return (When + " `" + Text + "` is set").str();
  if (const auto *Mask = dyn_cast<BinaryOperator>(E);
      Mask && Mask->getOpcode() == BO_And && isPlainRead(Mask->getLHS())) {
    std::string Flag = spelling(Mask->getRHS()->IgnoreParens(), Context);
    std::string Holder = spelling(Mask->getLHS(), Context);
    if (!Flag.empty() && !Holder.empty())
      return (When + " `" + Flag + "` is set in `" + Holder + "`").str();
  }
  return (When + " `" + Text + "`").str();
}

/// The opt-in of one branch: Condition, taken when it is !OnFalse.
std::optional<OptIn>
optInOf(const Expr *Condition, bool OnFalse,
        const llvm::SmallPtrSetImpl<const ValueDecl *> &Subjects,
        ASTContext &Context) {
  // In the taken branch of `a && b` both hold, so one setting among them
  // names the opt-in; when the branch is taken on false, any may be false,
  // so the whole condition must be a setting.
  SmallVector<const Expr *, 4> Parts;
  if (OnFalse)
    Parts.push_back(Condition);
  else
    conjuncts(Condition, Parts);
  for (const Expr *Part : Parts) {
    if (!mayBeOptIn(Part, OnFalse, Context) ||
        !readsSetting(Part, Subjects, Context))
      continue;
    std::optional<std::string> Words = wording(Part, OnFalse, Context);
    if (!Words)
      continue;
    return OptIn{std::move(*Words),
                 reportLocation(Part, Context.getSourceManager()), OnFalse};
  }
  return std::nullopt;
}

/// `case 0:` of `switch (mode)`: "when `mode` is 0".
std::optional<OptIn>
caseOptIn(const CaseStmt &Case, const SwitchStmt &Switch,
          const llvm::SmallPtrSetImpl<const ValueDecl *> &Subjects,
          ASTContext &Context) {
  const Expr *Condition = Switch.getCond();
  if (!Condition || Case.getRHS() ||
      !readsSetting(Condition, Subjects, Context))
    return std::nullopt;
  std::string Text = spelling(Condition, Context);
  std::string Value = spelling(Case.getLHS(), Context);
  if (Text.empty() || Value.empty() || Text.size() > MaxConditionText)
    return std::nullopt;
  return OptIn{"when `" + Text + "` is " + Value,
               reportLocation(Condition, Context.getSourceManager()), false};
}

/// The last `case` label among Body's statements before Child.
const CaseStmt *labelBefore(const CompoundStmt &Body, const Stmt &Child) {
  const CaseStmt *Label = nullptr;
  for (const Stmt *S : Body.body()) {
    if (S == &Child)
      return Label;
    if (isa<SwitchCase>(S))
      Label = dyn_cast<CaseStmt>(S);
  }
  return nullptr;
}

} // namespace

std::optional<OptIn> findOptIn(const Stmt &Guarded,
                               llvm::ArrayRef<const Expr *> SubjectArgs,
                               ASTContext &Context,
                               llvm::ArrayRef<const ValueDecl *> Results) {
  llvm::SmallPtrSet<const ValueDecl *, 8> Subjects(Results.begin(),
                                                   Results.end());
  for (const Expr *Arg : SubjectArgs)
    if (Arg) {
      ReadCollector Reads = readsOf(Arg);
      Subjects.insert(Reads.Reads.begin(), Reads.Reads.end());
    }

  DynTypedNode Child = DynTypedNode::create(Guarded);
  const CaseStmt *InCase = nullptr;
  for (;;) {
    DynTypedNodeList Parents = Context.getParents(Child);
    if (Parents.empty())
      return std::nullopt;
    const DynTypedNode &Parent = Parents[0];
    // The function's own body ends the search: callers are other sites. A
    // local's initializer goes on to its declaration statement.
    if (const Decl *D = Parent.get<Decl>(); D && !isa<VarDecl>(D))
      return std::nullopt;
    if (Parent.get<LambdaExpr>() || Parent.get<BlockExpr>())
      return std::nullopt;
    const Stmt *ChildStmt = Child.get<Stmt>();
    std::optional<OptIn> Found;
    if (const auto *If = Parent.get<IfStmt>()) {
      if (ChildStmt && ChildStmt == If->getThen() && If->getCond())
        Found = optInOf(If->getCond(), false, Subjects, Context);
      else if (ChildStmt && ChildStmt == If->getElse() && If->getCond())
        Found = optInOf(If->getCond(), true, Subjects, Context);
    } else if (const auto *Choice = Parent.get<ConditionalOperator>()) {
      if (ChildStmt == Choice->getTrueExpr())
        Found = optInOf(Choice->getCond(), false, Subjects, Context);
      else if (ChildStmt == Choice->getFalseExpr())
        Found = optInOf(Choice->getCond(), true, Subjects, Context);
    } else if (const auto *And = Parent.get<BinaryOperator>()) {
      if (And->getOpcode() == BO_LAnd && ChildStmt == And->getRHS())
        Found = optInOf(And->getLHS(), false, Subjects, Context);
    } else if (const auto *Case = Parent.get<CaseStmt>()) {
      InCase = Case;
    } else if (const auto *Body = Parent.get<CompoundStmt>()) {
      // Statements after `case 0:` are its siblings in the switch's body.
      if (!InCase && ChildStmt)
        InCase = labelBefore(*Body, *ChildStmt);
    } else if (const auto *Switch = Parent.get<SwitchStmt>()) {
      if (InCase && ChildStmt == Switch->getBody())
        Found = caseOptIn(*InCase, *Switch, Subjects, Context);
      InCase = nullptr;
    }
    if (Found)
      return Found;
    Child = Parent;
  }
}

std::optional<OptIn> findOptIn(const CallExpr &Call, ASTContext &Context) {
  return findOptIn(Call, llvm::ArrayRef(Call.getArgs(), Call.getNumArgs()),
                   Context);
}

std::string conditionalMessage(const std::optional<OptIn> &Condition,
                               StringRef Message) {
  if (!Condition)
    return Message.str();
  std::string Escaped;
  for (char C : Condition->Wording) {
    if (C == '%')
      Escaped += '%';
    Escaped += C;
  }
  return Escaped + ", " + Message.str();
}

void noteCondition(const std::optional<OptIn> &Condition,
                   tidy::ClangTidyCheck &Check) {
  if (!Condition)
    return;
  Check.diag(Condition->Where,
             (ConditionalFindingNote +
              (Condition->OnFalse ? " does not hold" : " holds"))
                 .str(),
             DiagnosticIDs::Note);
}

} // namespace tlslint
