//===-- MissingPinCheck.cpp -----------------------------------------------===//

#include "checks/MissingPinCheck.h"
#include "checks/api/ArgumentRules.h"
#include "checks/utils/ArgumentRuleChecker.h"
#include "checks/utils/FixIts.h"
#include "lib/pin/SpkiPin.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {

void MissingPinCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  ApiRuleCheck::storeOptions(Opts);
  Options.store(Opts, "NetworkSecurityConfig", NetworkSecurityConfig);
}

std::vector<StringRef> MissingPinCheck::calledFunctions() const {
  return api::stringArgumentFunctions(api::StringKind::CurlPinnedKeys);
}

void MissingPinCheck::checkCall(const CallExpr &Call, StringRef,
                                const MatchFinder::MatchResult &Result) {
  ValueEvaluator Values(*Result.Context);
  for (const MatchedString &Match : matchStringArguments(
           &Call, api::StringKind::CurlPinnedKeys, Values, *Result.Context)) {
    CurlPinnedPublicKey Pins = parseCurlPinnedPublicKey(Match.Value.Text);
    if (Pins.IsFile)
      continue;
    SourceLocation Loc = reportLocation(Match.Arg, *Result.SourceManager);
    for (const CurlPin &Pin : Pins.Pins)
      if (!Pin.Problem.empty())
        diag(Loc, "pin '%0' in %1 %2; it can never match, so the entry "
                  "protects nothing")
            << Pin.Text << Match.Row->Key << Pin.Problem;
    if (Pins.validDistinctPins() == 1)
      diag(Loc, "%0 has a single pin and no backup; when the server's key "
                "changes, every installed copy of the app loses the "
                "connection until it is updated")
          << Match.Row->Key;
  }
}

} // namespace tlslint
