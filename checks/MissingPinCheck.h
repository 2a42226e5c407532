//===-- MissingPinCheck.h - tls-missing-pin -------------------*- C++ -*-===//

#ifndef TLSLINT_CHECKS_MISSINGPINCHECK_H
#define TLSLINT_CHECKS_MISSINGPINCHECK_H

#include "clang-tidy/ClangTidyCheck.h"

namespace tlslint {

/// Native pins that cannot work: CURLOPT_PINNEDPUBLICKEY entries that are not
/// SHA-256 digests, or a single pin with no backup.
/// See docs/rules/tls-missing-pin.md.
///
/// Options:
///   NetworkSecurityConfig (""): path of the app's network security config;
///   read by the checks that compare native connections with its pin-sets.
class MissingPinCheck : public clang::tidy::ClangTidyCheck {
public:
  MissingPinCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context),
        NetworkSecurityConfig(Options.get("NetworkSecurityConfig", "")) {}
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  const std::string NetworkSecurityConfig;
};

} // namespace tlslint

#endif
