//===-- ArgumentRuleChecker.cpp -------------------------------------------===//

#include "checks/utils/ArgumentRuleChecker.h"
#include "checks/api/ArgumentRules.h"
#include "checks/utils/FixIts.h"
#include "checks/utils/HandleRole.h"
#include "checks/utils/ValueEvaluator.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {
bool callHasKey(const CallExpr *Call, int KeyArg, StringRef Key,
                const ValueEvaluator &Values, ASTContext &Context) {
  if (KeyArg == api::NoArg)
    return true;
  if (static_cast<unsigned>(KeyArg) >= Call->getNumArgs())
    return false;
  IntValue Value = Values.evaluateInt(Call->getArg(KeyArg));
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

std::vector<StringRef> ArgumentRuleChecker::functions() const {
  return api::argumentRuleFunctions(Rule);
}

void ArgumentRuleChecker::checkCall(const CallExpr &CallNode,
                                    const MatchFinder::MatchResult &Result,
                                    tidy::ClangTidyCheck &Check) const {
  const CallExpr *Call = &CallNode;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return;
  const SourceManager &SM = *Result.SourceManager;
  ValueEvaluator Values(*Result.Context);

  for (const api::ArgumentRule &Row : api::argumentRules()) {
    if (Row.Rule != Rule || Callee->getName() != Row.Function ||
        Row.ValueArg >= Call->getNumArgs() ||
        !callHasKey(Call, Row.KeyArg, Row.Key, Values, *Result.Context))
      continue;
    const Expr *Arg = Call->getArg(Row.ValueArg);
    IntValue Value = Values.evaluateInt(Arg);
    bool AlwaysInsecure =
        Value.isConstant() && Row.isInsecure(Value.constant());
    bool MaybeInsecure =
        Value.Kind == IntValue::RuntimeChoice &&
        Value.anyAlternative([&](int64_t V) { return Row.isInsecure(V); });
    if (!AlwaysInsecure && !(MaybeInsecure && ReportConditional))
      continue;
    if (Row.ServerHandleArg != api::NoArg &&
        static_cast<unsigned>(Row.ServerHandleArg) < Call->getNumArgs() &&
        isProvablyServerHandle(Call->getArg(Row.ServerHandleArg),
                               *Result.Context, Values))
      continue;

    SourceLocation Loc = reportLocation(Arg, SM);
    if (!AlwaysInsecure) {
      auto Diag = Check.diag(Loc,
                             "a value chosen at run time may be "
                             "insecure here: " +
                                 Row.Message.str(),
                             DiagnosticIDs::Remark);
      if (Row.hasKey())
        Diag << Row.Key;
      else
        Diag << Callee;
      continue;
    }
    auto Diag = Check.diag(Loc, Row.Message);
    if (Row.hasKey())
      Diag << Row.Key;
    else
      Diag << Callee;
    if (!Row.Fix.empty() && isa<IntegerLiteral>(Arg->IgnoreParenImpCasts()))
      if (auto Range = userWrittenRange(Arg->IgnoreParenImpCasts(), SM))
        Diag << FixItHint::CreateReplacement(*Range, Row.Fix);
  }
}

} // namespace tlslint
