//===-- MissingPinCheck.h - tls-missing-pin -------------------*- C++ -*-===//

#ifndef TLSLINT_CHECKS_MISSINGPINCHECK_H
#define TLSLINT_CHECKS_MISSINGPINCHECK_H

#include "checks/utils/ApiRuleCheck.h"
#include "checks/utils/ConnectionTracker.h"

namespace tlslint {

/// Native pins that cannot work (CURLOPT_PINNEDPUBLICKEY entries that are
/// not SHA-256 digests, a single pin with no backup) and, given the app's
/// network security config, native connections that escape its pin-sets:
/// a pinned host reached through a library that pins nothing, or native
/// pins that differ from the XML's for the same host.
/// See docs/rules/tls-missing-pin.md.
///
/// Options: the rule's rows of lib/rules/Options.def (the shared
/// NetworkSecurityConfig, which tls-cleartext-url reads too).
class MissingPinCheck : public ApiRuleCheck {
public:
  /// The registry rule this check reports; the plugin registers it
  /// under that rule's id.
  static constexpr RuleId Rule = RuleId::MissingPin;

  MissingPinCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

private:
  std::vector<llvm::StringRef> calledFunctions() const override;
  std::vector<llvm::StringRef> constructedClasses() const override;
  void checkCall(
      const clang::CallExpr &Call, llvm::StringRef Callee,
      const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void checkConstruct(
      const clang::CXXConstructExpr &Construct, llvm::StringRef Class,
      const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void reportUnpinned(const ResolvedConnection &Connection,
                      const HostPolicy &Host, clang::SourceManager &SM);
  void reportMismatch(const ResolvedConnection &Connection,
                      const HostPolicy &Host, clang::SourceManager &SM);

  /// The config, when it has pin-sets to compare with; else null, and the
  /// check only validates native pins.
  std::shared_ptr<const NetworkPolicy> Policy;
  ConnectionTracker Connections;
  clang::ASTContext *Context = nullptr;
};

} // namespace tlslint

#endif
