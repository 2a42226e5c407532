//===-- WeakCipherCheck.h - tls-weak-cipher -------------------*- C++ -*-===//

#ifndef TLSLINT_CHECKS_WEAKCIPHERCHECK_H
#define TLSLINT_CHECKS_WEAKCIPHERCHECK_H

#include "clang-tidy/ClangTidyCheck.h"

namespace tlslint {

/// Cipher lists (SSL_CTX_set_cipher_list, CURLOPT_SSL_CIPHER_LIST) that leave
/// NULL, anonymous, export, RC4, DES/3DES, MD5 or low-strength suites
/// enabled. See docs/rules/tls-weak-cipher.md.
class WeakCipherCheck : public clang::tidy::ClangTidyCheck {
public:
  using ClangTidyCheck::ClangTidyCheck;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace tlslint

#endif
