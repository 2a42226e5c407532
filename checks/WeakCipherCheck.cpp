//===-- WeakCipherCheck.cpp -----------------------------------------------===//

#include "checks/WeakCipherCheck.h"
#include "checks/api/ArgumentRules.h"
#include "checks/utils/ArgumentRuleChecker.h"
#include "checks/utils/Conditions.h"
#include "checks/utils/ReportLocation.h"
#include "checks/utils/ValueEvaluator.h"
#include "lib/cipher/CipherList.h"
#include "lib/cipher/GnutlsPriority.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {

std::vector<StringRef> WeakCipherCheck::calledFunctions() const {
  std::vector<StringRef> Names =
      api::stringArgumentFunctions(api::StringKind::CipherList);
  llvm::append_range(
      Names, api::stringArgumentFunctions(api::StringKind::GnutlsPriority));
  return Names;
}

/// "3DES (from '+3DES-CBC'), RC4 (from 'RC4-SHA')".
static std::string describeAll(llvm::ArrayRef<WeakCipherUse> Uses) {
  std::string Classes;
  for (const WeakCipherUse &Use : Uses) {
    if (!Classes.empty())
      Classes += ", ";
    Classes += describe(Use.Class).str() + " (from '" + Use.Entry + "')";
  }
  return Classes;
}

void WeakCipherCheck::checkCall(const CallExpr &Call, StringRef,
                                const MatchFinder::MatchResult &Result) {
  if (isInLibraryHeader(reportLocation(&Call, *Result.SourceManager),
                        *Result.SourceManager))
    return;
  ValueEvaluator Values(*Result.Context);
  auto Report = [&](const MatchedString &Match, StringRef Message,
                    llvm::ArrayRef<WeakCipherUse> Uses) {
    std::optional<OptIn> Condition = findOptIn(Call, *Result.Context);
    diag(reportLocation(Match.Arg, *Result.SourceManager),
         conditionalMessage(Condition, Message))
        << describeAll(Uses);
    noteCondition(Condition, *this);
  };
  for (const MatchedString &Match : matchStringArguments(
           &Call, api::StringKind::CipherList, Values, *Result.Context))
    if (std::vector<WeakCipherUse> Uses = weakCiphersEnabled(Match.Value.Text);
        !Uses.empty())
      Report(Match,
             "the cipher list enables broken cipher suites: %0; an attacker "
             "on the network can downgrade the connection to them",
             Uses);
  for (const MatchedString &Match : matchStringArguments(
           &Call, api::StringKind::GnutlsPriority, Values, *Result.Context))
    if (GnutlsPriorityUse Use = readGnutlsPriority(Match.Value.Text);
        !Use.WeakCiphers.empty())
      Report(Match,
             "the priority string enables broken algorithms: %0; an attacker "
             "on the network can downgrade the connection to them",
             Use.WeakCiphers);
}

} // namespace tlslint
