//===-- WeakCipherCheck.cpp -----------------------------------------------===//

#include "checks/WeakCipherCheck.h"
#include "checks/api/ArgumentRules.h"
#include "checks/utils/ArgumentRuleChecker.h"
#include "checks/utils/FixIts.h"
#include "checks/utils/ValueEvaluator.h"
#include "lib/cipher/CipherList.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {

std::vector<StringRef> WeakCipherCheck::calledFunctions() const {
  return api::stringArgumentFunctions(api::StringKind::CipherList);
}

void WeakCipherCheck::checkCall(const CallExpr &Call, StringRef,
                                const MatchFinder::MatchResult &Result) {
  ValueEvaluator Values(*Result.Context);
  for (const MatchedString &Match : matchStringArguments(
           &Call, api::StringKind::CipherList, Values, *Result.Context)) {
    std::vector<WeakCipherUse> Uses = weakCiphersEnabled(Match.Value.Text);
    if (Uses.empty())
      continue;
    std::string Classes;
    for (const WeakCipherUse &Use : Uses) {
      if (!Classes.empty())
        Classes += ", ";
      Classes += describe(Use.Class).str() + " (from '" + Use.Entry + "')";
    }
    diag(reportLocation(Match.Arg, *Result.SourceManager),
         "the cipher list enables broken cipher suites: %0; an attacker on "
         "the network can downgrade the connection to them")
        << Classes;
  }
}

} // namespace tlslint
