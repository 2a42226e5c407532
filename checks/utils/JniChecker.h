//===-- JniChecker.h - Native code behind Java's TLS callbacks --*- C++ -*-===//
//
// JNI code can implement a TrustManager or HostnameVerifier natively, or look
// up Java's insecure TLS helpers by name. This engine finds both for the rule
// it is built for, driven by checks/api/Jni.def.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CHECKS_UTILS_JNICHECKER_H
#define TLSLINT_CHECKS_UTILS_JNICHECKER_H

#include "checks/api/Jni.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "lib/rules/Rules.h"
#include <utility>
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
  /// Reports what needs the whole TU: install lookups (SSLContext.init) in
  /// a file whose native implementation accepts everything.
  void onEndOfTranslationUnit(clang::tidy::ClangTidyCheck &Check);

private:
  RuleId Rule;
  /// The TU implements the rule's native method permissively.
  bool HasPermissiveNative = false;
  /// Install lookups of the rule's method kind, reported at the end of the
  /// TU if HasPermissiveNative.
  std::vector<std::pair<const api::jni::InstallLookup *, clang::SourceLocation>>
      PendingInstalls;
};

} // namespace tlslint

#endif
