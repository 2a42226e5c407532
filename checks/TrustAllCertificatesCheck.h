//===-- TrustAllCertificatesCheck.h - tls-trust-all-certificates -*- C++ -*-===//

#ifndef TLSLINT_CHECKS_TRUSTALLCERTIFICATESCHECK_H
#define TLSLINT_CHECKS_TRUSTALLCERTIFICATESCHECK_H

#include "clang-tidy/ClangTidyCheck.h"

namespace tlslint {

/// Finds TLS clients that verify no certificate chain: OpenSSL's
/// SSL_VERIFY_NONE on a handle that is not provably a server.
///
/// Options:
///   ReportConditional (false): also report, as a note, a verification mode
///   chosen at run time whose alternatives include "no verification".
class TrustAllCertificatesCheck : public clang::tidy::ClangTidyCheck {
public:
  TrustAllCertificatesCheck(llvm::StringRef Name,
                            clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  void checkVerifyModeCall(const clang::CallExpr *Call,
                           const clang::Stmt *Body,
                           const clang::ast_matchers::MatchFinder::MatchResult &Result);

  const bool ReportConditional;
};

} // namespace tlslint

#endif
