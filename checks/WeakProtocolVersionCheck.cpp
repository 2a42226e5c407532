//===-- WeakProtocolVersionCheck.cpp --------------------------------------===//

#include "checks/WeakProtocolVersionCheck.h"
#include "checks/api/OpenSSL.h"
#include "checks/utils/FixIts.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {

std::vector<StringRef> WeakProtocolVersionCheck::calledFunctions() const {
  return api::openssl::weakMethodNames();
}

void WeakProtocolVersionCheck::checkCall(
    const CallExpr &Call, StringRef Callee,
    const MatchFinder::MatchResult &Result) {
  std::optional<StringRef> Version = api::openssl::weakMethodVersion(Callee);
  if (!Version)
    return;
  diag(reportLocation(&Call, *Result.SourceManager),
       "%0 speaks only %1, which is older than TLS 1.2; use "
       "TLS_client_method() or TLS_server_method() with a minimum version")
      << Call.getDirectCallee() << *Version;
}

} // namespace tlslint
