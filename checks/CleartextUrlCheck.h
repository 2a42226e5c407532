//===-- CleartextUrlCheck.h - tls-cleartext-url ---------------*- C++ -*-===//

#ifndef TLSLINT_CHECKS_CLEARTEXTURLCHECK_H
#define TLSLINT_CHECKS_CLEARTEXTURLCHECK_H

#include "checks/api/Cleartext.h"
#include "checks/utils/ApiRuleCheck.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"
#include <string>
#include <vector>

namespace tlslint {

/// Cleartext network URLs in string literals (http, ws, ftp, telnet, ldap,
/// and smtp/imap/pop3 unless the TU forces STARTTLS), the argument rows of
/// the rule, and the connections of checks/api/Cleartext.h: channels with
/// insecure credentials, connection structs without their TLS flag.
/// See docs/rules/tls-cleartext-url.md.
///
/// Given the app's network security config (the shared
/// NetworkSecurityConfig option), a cleartext URL to a host whose policy
/// forbids cleartext is an error: the native stack sends it anyway.
///
/// Options: the rule's rows of lib/rules/Options.def (AllowedHosts,
/// ReportConditional, the shared NetworkSecurityConfig).
class CleartextUrlCheck : public ApiRuleCheck {
public:
  /// The registry rule this check reports; the plugin registers it
  /// under that rule's id.
  static constexpr RuleId Rule = RuleId::CleartextUrl;

  CleartextUrlCheck(llvm::StringRef Name,
                    clang::tidy::ClangTidyContext *Context);
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

private:
  struct StartTlsUrl {
    clang::SourceLocation Loc;
    std::string Scheme;
    std::string Host;
  };

  std::vector<llvm::StringRef> calledFunctions() const override;
  void checkCall(
      const clang::CallExpr &Call, llvm::StringRef Callee,
      const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void checkInsecureChannel(const api::InsecureChannelFactory &Row,
                            const ApiSite &Site, clang::ASTContext &Context,
                            const clang::SourceManager &SM);
  void checkRequiredFlag(const api::RequiredFlag &Row, const ApiSite &Site,
                         clang::ASTContext &Context,
                         const clang::SourceManager &SM);
  /// A host a connection names, unless it is loopback or allowed; empty
  /// otherwise.
  std::string reportableHost(PeerForm Form, llvm::StringRef Text) const;
  void checkLiteral(const clang::StringLiteral *Literal,
                    clang::SourceManager &SM);

  std::vector<std::string> AllowedHosts;
  /// The app's network security config, if given; null otherwise.
  const std::shared_ptr<const NetworkPolicy> Policy;
  /// smtp/imap/pop3 URLs wait for the end of the TU: forcing STARTTLS
  /// anywhere in it (a TLS_STARTTLS_OPTION row's value) makes them safe.
  std::vector<StartTlsUrl> PendingStartTlsUrls;
  bool ForcesStartTls = false;
  /// Literals compared, searched or measured (TLS_STRING_COMPARISON rows,
  /// `==`): data, not connections. A call or operator is matched before the
  /// literals inside it, so the set is complete when checkLiteral() asks.
  llvm::DenseSet<const clang::StringLiteral *> ComparedLiterals;
  /// Scheme-only literals that begin a concatenation (`"http://" + Host`).
  llvm::DenseSet<const clang::StringLiteral *> PrefixingLiterals;
  /// "file:line:text" of each URL reported: a macro used twice on a line
  /// is one finding.
  llvm::StringSet<> ReportedLiterals;
};

} // namespace tlslint

#endif
