//===-- Rules.h - The tlslint rule registry ---------------------*- C++ -*-===//
//
// Rule metadata (Android Lint's "Issue"): what a rule is, not how it is
// detected. The table itself lives in Rules.def.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_RULES_RULES_H
#define TLSLINT_LIB_RULES_RULES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace tlslint {

enum class RuleId {
#define TLS_RULE(Enum, Id, Family, Severity, Cwe, Halves, Summary) Enum,
#include "lib/rules/Rules.def"
};

enum class RuleFamily {
  CertificateTrust,
  Hostname,
  Cleartext,
  Pinning,
  Protocol,
  ConfigValidity,
  KeyHygiene,
  WebView,
};

/// Ordered from least to most severe, so severities compare with `<`.
enum class Severity { Note, Warning, Error };

/// Which analyzer can report a rule: the C/C++ checks, the XML linter, or both.
enum class RuleHalves { Cxx, Xml, CxxAndXml };

struct Rule {
  RuleId Enum;
  llvm::StringRef Id;
  RuleFamily Family;
  Severity DefaultSeverity;
  unsigned Cwe; ///< 0 when no CWE applies.
  RuleHalves Halves;
  llvm::StringRef Summary;

  bool hasCxxCheck() const { return Halves != RuleHalves::Xml; }
  bool hasXmlCheck() const { return Halves != RuleHalves::Cxx; }
  /// Repository-relative path of the rule's documentation page.
  std::string docPath() const;
};

/// How often a rule's findings are true positives (SARIF's "precision").
enum class Precision { VeryHigh, High, Medium, Low };

/// What reports show beside a rule's findings (TLS_RULE_DETAILS in
/// Rules.def): GitHub code scanning's ranking data and the advice for people.
struct RuleDetails {
  RuleId Enum;
  llvm::StringRef Name; ///< The enumerator, e.g. "TrustAllCertificates".
  llvm::StringRef SecuritySeverity; ///< "0.0".."10.0"; empty when unknown.
  Precision Prec;
  llvm::StringRef Rationale;
  llvm::StringRef Remediation;
};

llvm::ArrayRef<Rule> allRules();
const Rule &getRule(RuleId Id);

/// Looks up a rule by its id or by an alias (Android Lint's ids).
/// Matching of aliases is case-insensitive, as Android Lint's is.
const Rule *findRule(llvm::StringRef IdOrAlias);

/// The aliases of one rule, in table order.
llvm::SmallVector<llvm::StringRef, 2> aliasesOf(RuleId Id);

/// The rule's details; empty strings when Rules.def has no TLS_RULE_DETAILS
/// for it (a unit test forbids that).
const RuleDetails &getRuleDetails(RuleId Id);

llvm::StringRef familyName(RuleFamily Family);
/// SARIF's spelling: "very-high", "high", "medium" or "low".
llvm::StringRef precisionName(Precision P);
llvm::StringRef severityName(Severity S);
std::optional<Severity> parseSeverity(llvm::StringRef Name);

/// How a C/C++ check's note at a condition begins when its finding holds
/// only when a user opts in (checks/utils/Conditions.h); tlslint scan knows
/// conditional findings by it.
inline constexpr llvm::StringLiteral ConditionalFindingNote =
    "the insecure setting applies only when this condition";

} // namespace tlslint

#endif
