//===-- HostnameVerificationCheck.h ---------------------------*- C++ -*-===//

#ifndef TLSLINT_CHECKS_HOSTNAMEVERIFICATIONCHECK_H
#define TLSLINT_CHECKS_HOSTNAMEVERIFICATIONCHECK_H

#include "checks/utils/ApiRuleCheck.h"

namespace tlslint {

/// Certificates verified without matching their name to the host: libcurl's
/// *_SSL_VERIFYHOST 0 or 1. See docs/rules/tls-hostname-verification-disabled.md.
class HostnameVerificationCheck : public ApiRuleCheck {
public:
  HostnameVerificationCheck(llvm::StringRef Name,
                            clang::tidy::ClangTidyContext *Context)
      : ApiRuleCheck(Name, Context, RuleId::HostnameVerificationDisabled) {}
};

} // namespace tlslint

#endif
