//===-- JniChecker.h - Native code behind Java's TLS callbacks --*- C++ -*-===//
//
// JNI code can implement a TrustManager or HostnameVerifier natively, or look
// up Java's insecure TLS helpers by name. This engine finds both for the rule
// it is built for, driven by checks/api/Jni.def.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CHECKS_UTILS_JNICHECKER_H
#define TLSLINT_CHECKS_UTILS_JNICHECKER_H

#include "clang-tidy/ClangTidyCheck.h"
#include "lib/rules/Rules.h"
#include <vector>

namespace tlslint {

class JniChecker {
public:
  explicit JniChecker(RuleId Rule) : Rule(Rule) {}

  void registerMatchers(clang::ast_matchers::MatchFinder *Finder,
                        clang::tidy::ClangTidyCheck *Check) const;
  /// Handles a match registered above; ignores any other.
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result,
             clang::tidy::ClangTidyCheck &Check);
  /// The JNIEnv functions that look up Java classes and methods by name. The
  /// owning check matches their calls and hands them to checkLookup(), so
  /// that every call in the TU goes through one call matcher per check.
  static llvm::ArrayRef<llvm::StringRef> lookupFunctions();
  /// Handles a call to one of lookupFunctions(); ignores any other.
  void checkLookup(const clang::CallExpr &Call,
                   const clang::ast_matchers::MatchFinder::MatchResult &Result,
                   clang::tidy::ClangTidyCheck &Check);
  /// Reports what needs the whole TU: SSLContext.init looked up in a file
  /// whose native TrustManager accepts everything.
  void onEndOfTranslationUnit(clang::tidy::ClangTidyCheck &Check);

private:
  RuleId Rule;
  bool HasPermissiveTrustManager = false;
  std::vector<clang::SourceLocation> ContextInitLookups;
};

} // namespace tlslint

#endif
