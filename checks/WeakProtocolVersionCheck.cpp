//===-- WeakProtocolVersionCheck.cpp --------------------------------------===//

#include "checks/WeakProtocolVersionCheck.h"
#include "checks/api/OpenSSL.h"
#include "checks/utils/FixIts.h"
#include "checks/utils/Matchers.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {

void WeakProtocolVersionCheck::registerMatchers(MatchFinder *Finder) {
  ApiRuleCheck::registerMatchers(Finder);
  Finder->addMatcher(callTo(api::openssl::weakMethodNames()).bind("weakMethod"),
                     this);
}

void WeakProtocolVersionCheck::check(const MatchFinder::MatchResult &Result) {
  ApiRuleCheck::check(Result);
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("weakMethod");
  if (!Call || !Call->getDirectCallee())
    return;
  std::optional<StringRef> Version =
      api::openssl::weakMethodVersion(Call->getDirectCallee()->getName());
  if (!Version)
    return;
  diag(reportLocation(Call, *Result.SourceManager),
       "%0 speaks only %1, which is older than TLS 1.2; use "
       "TLS_client_method() or TLS_server_method() with a minimum version")
      << Call->getDirectCallee() << *Version;
}

} // namespace tlslint
