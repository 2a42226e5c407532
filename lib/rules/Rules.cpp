//===-- Rules.cpp - The tlslint rule registry -----------------------------===//

#include "lib/rules/Rules.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/ADT/Twine.h"

namespace tlslint {
namespace {

const Rule RuleTable[] = {
#define TLS_RULE(Enum, Id, Family, Severity_, Cwe, Halves, Summary)           \
  {RuleId::Enum,        Id,  RuleFamily::Family, Severity::Severity_,          \
   Cwe,                 RuleHalves::Halves,      Summary},
#include "lib/rules/Rules.def"
};

const RuleDetails DetailsTable[] = {
#define TLS_RULE(Enum, Id, Family, Severity_, Cwe, Halves, Summary)
#define TLS_RULE_DETAILS(Enum, SecuritySeverity, Precision_, Rationale,        \
                         Remediation)                                          \
  {RuleId::Enum,          #Enum,     SecuritySeverity,                         \
   Precision::Precision_, Rationale, Remediation},
#include "lib/rules/Rules.def"
};

struct Alias {
  llvm::StringRef Name;
  RuleId Target;
};

const Alias AliasTable[] = {
#define TLS_RULE_ALIAS(Name, Enum) {Name, RuleId::Enum},
#include "lib/rules/Aliases.def"
};

} // namespace

std::string Rule::docPath() const {
  return ("docs/rules/" + llvm::Twine(Id) + ".md").str();
}

llvm::ArrayRef<Rule> allRules() { return RuleTable; }

const Rule &getRule(RuleId Id) { return RuleTable[static_cast<size_t>(Id)]; }

const Rule *findRule(llvm::StringRef IdOrAlias) {
  for (const Rule &R : RuleTable)
    if (R.Id == IdOrAlias)
      return &R;
  for (const Alias &A : AliasTable)
    if (A.Name.equals_insensitive(IdOrAlias))
      return &getRule(A.Target);
  return nullptr;
}

const RuleDetails &getRuleDetails(RuleId Id) {
  for (const RuleDetails &D : DetailsTable)
    if (D.Enum == Id)
      return D;
  static const RuleDetails None{Id, "", "", Precision::Medium, "", ""};
  return None;
}

llvm::SmallVector<llvm::StringRef, 2> aliasesOf(RuleId Id) {
  llvm::SmallVector<llvm::StringRef, 2> Result;
  for (const Alias &A : AliasTable)
    if (A.Target == Id)
      Result.push_back(A.Name);
  return Result;
}

llvm::StringRef familyName(RuleFamily Family) {
  switch (Family) {
  case RuleFamily::CertificateTrust:
    return "certificate-trust";
  case RuleFamily::Hostname:
    return "hostname";
  case RuleFamily::Cleartext:
    return "cleartext";
  case RuleFamily::Pinning:
    return "pinning";
  case RuleFamily::Protocol:
    return "protocol";
  case RuleFamily::ConfigValidity:
    return "config-validity";
  case RuleFamily::KeyHygiene:
    return "key-hygiene";
  case RuleFamily::WebView:
    return "webview";
  }
  llvm_unreachable("unknown rule family");
}

llvm::StringRef precisionName(Precision P) {
  switch (P) {
  case Precision::VeryHigh:
    return "very-high";
  case Precision::High:
    return "high";
  case Precision::Medium:
    return "medium";
  case Precision::Low:
    return "low";
  }
  llvm_unreachable("unknown precision");
}

llvm::StringRef severityName(Severity S) {
  switch (S) {
  case Severity::Note:
    return "note";
  case Severity::Warning:
    return "warning";
  case Severity::Error:
    return "error";
  }
  llvm_unreachable("unknown severity");
}

std::optional<Severity> parseSeverity(llvm::StringRef Name) {
  return llvm::StringSwitch<std::optional<Severity>>(Name)
      .Case("note", Severity::Note)
      .Case("warning", Severity::Warning)
      .Case("error", Severity::Error)
      .Default(std::nullopt);
}

} // namespace tlslint
