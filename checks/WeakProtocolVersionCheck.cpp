//===-- WeakProtocolVersionCheck.cpp --------------------------------------===//

#include "checks/WeakProtocolVersionCheck.h"
#include "checks/api/ArgumentRules.h"
#include "checks/api/OpenSSL.h"
#include "checks/utils/ArgumentRuleChecker.h"
#include "checks/utils/ReportLocation.h"
#include "lib/cipher/GnutlsPriority.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {

std::vector<StringRef> WeakProtocolVersionCheck::calledFunctions() const {
  std::vector<StringRef> Names = api::openssl::weakMethodNames();
  llvm::append_range(
      Names, api::stringArgumentFunctions(api::StringKind::GnutlsPriority));
  return Names;
}

void WeakProtocolVersionCheck::checkCall(
    const CallExpr &Call, StringRef Callee,
    const MatchFinder::MatchResult &Result) {
  if (isInLibraryHeader(reportLocation(&Call, *Result.SourceManager),
                        *Result.SourceManager))
    return;
  ValueEvaluator Values(*Result.Context);
  for (const MatchedString &Match : matchStringArguments(
           &Call, api::StringKind::GnutlsPriority, Values, *Result.Context)) {
    GnutlsPriorityUse Use = readGnutlsPriority(Match.Value.Text);
    std::string Versions;
    for (const auto &[Version, Item] : Use.WeakVersions)
      Versions +=
          (Versions.empty() ? "" : ", ") + Version + " (from '" + Item + "')";
    if (Versions.empty())
      continue;
    std::optional<OptIn> Condition = findOptIn(Call, *Result.Context);
    diag(reportLocation(Match.Arg, *Result.SourceManager),
         conditionalMessage(Condition,
                            "the priority string enables protocol versions "
                            "older than TLS 1.2: %0; remove them (%1)"))
        << Versions << GnutlsModernVersions;
    noteCondition(Condition, *this);
  }
  std::optional<StringRef> Version = api::openssl::weakMethodVersion(Callee);
  if (!Version)
    return;
  std::optional<OptIn> Condition = findOptIn(Call, *Result.Context);
  diag(reportLocation(&Call, *Result.SourceManager),
       conditionalMessage(
           Condition, api::openssl::message(api::openssl::Message::WeakMethod)))
      << Call.getDirectCallee() << *Version;
  noteCondition(Condition, *this);
}

} // namespace tlslint
