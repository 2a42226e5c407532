#include "lib/rules/Rules.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "gtest/gtest.h"

using namespace tlslint;

namespace {

TEST(RulesTest, IdsAreUniqueAndStable) {
  llvm::StringSet<> Seen;
  for (const Rule &R : allRules()) {
    EXPECT_TRUE(R.Id.starts_with("tls-")) << R.Id.str();
    EXPECT_TRUE(Seen.insert(R.Id).second) << "duplicate id " << R.Id.str();
    EXPECT_EQ(&getRule(R.Enum), &R);
    EXPECT_FALSE(R.Summary.empty());
    EXPECT_TRUE(R.Summary.ends_with(".")) << R.Id.str();
  }
  EXPECT_EQ(allRules().size(), 16u);
}

TEST(RulesTest, FindsRulesByIdAndAlias) {
  const Rule *Trust = findRule("tls-trust-all-certificates");
  ASSERT_NE(Trust, nullptr);
  EXPECT_EQ(Trust->Cwe, 295u);
  EXPECT_EQ(Trust->DefaultSeverity, Severity::Error);

  const Rule *Backup = findRule("MissingBackupPin");
  ASSERT_NE(Backup, nullptr);
  EXPECT_EQ(Backup->Id, "tls-missing-backup-pin");
  // Android Lint matches issue ids without regard to case.
  EXPECT_EQ(findRule("missingbackuppin"), Backup);
  EXPECT_EQ(findRule("tls-no-such-rule"), nullptr);
  EXPECT_EQ(findRule(""), nullptr);
}

TEST(RulesTest, AliasesPointBackToTheirRule) {
  auto Aliases = aliasesOf(RuleId::UserTrustAnchors);
  ASSERT_EQ(Aliases.size(), 1u);
  EXPECT_EQ(Aliases[0], "AcceptsUserCertificates");
}

TEST(RulesTest, SeveritiesRoundTripAndOrder) {
  for (Severity S : {Severity::Note, Severity::Warning, Severity::Error})
    EXPECT_EQ(parseSeverity(severityName(S)), S);
  EXPECT_FALSE(parseSeverity("fatal"));
  EXPECT_LT(Severity::Note, Severity::Warning);
  EXPECT_LT(Severity::Warning, Severity::Error);
}

TEST(RulesTest, EveryRuleHasADocPage) {
  for (const Rule &R : allRules()) {
    std::string Path = std::string(TLSLINT_SOURCE_DIR) + "/" + R.docPath();
    EXPECT_TRUE(llvm::sys::fs::exists(Path)) << "missing " << R.docPath();
  }
}

// SARIF's rule metadata and the HTML report read these; a rule added without
// TLS_RULE_DETAILS would show up there without severity or advice.
TEST(RulesTest, EveryRuleHasDetails) {
  for (const Rule &R : allRules()) {
    const RuleDetails &D = getRuleDetails(R.Enum);
    EXPECT_EQ(D.Enum, R.Enum) << R.Id.str();
    EXPECT_FALSE(D.Name.empty()) << R.Id.str();
    EXPECT_TRUE(D.Rationale.ends_with(".")) << R.Id.str();
    EXPECT_TRUE(D.Remediation.ends_with(".")) << R.Id.str();
    double Score = -1;
    EXPECT_FALSE(D.SecuritySeverity.getAsDouble(Score)) << R.Id.str();
    EXPECT_GT(Score, 0.0) << R.Id.str();
    EXPECT_LE(Score, 10.0) << R.Id.str();
  }
  EXPECT_EQ(getRuleDetails(RuleId::TrustAllCertificates).Name,
            "TrustAllCertificates");
  EXPECT_EQ(precisionName(getRuleDetails(RuleId::InvalidPin).Prec),
            "very-high");
}

} // namespace

#include "lib/rules/CheckGlobs.h"

namespace {

TEST(CheckGlobsTest, KeepsOnlyTlsEntries) {
  EXPECT_EQ(keepTlsGlobs("-*,bugprone-*"), "");
  EXPECT_EQ(keepTlsGlobs("-*, bugprone-*,-tls-cleartext-url\n,tls-weak-*"),
            "-tls-cleartext-url,tls-weak-*");
  EXPECT_EQ(keepTlsGlobs("tls-*"), "tls-*");
  EXPECT_EQ(keepTlsGlobs(""), "");
}

} // namespace
