#include "lib/rules/Options.h"
#include "lib/rules/Rules.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "gtest/gtest.h"
#include <map>

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

// Options.def's rows name real rules and parse as their type.
TEST(RulesTest, OptionRowsAreWellFormed) {
  llvm::StringSet<> Names;
  for (const OptionInfo &Info : allOptions()) {
    EXPECT_EQ(&getOption(Info.Enum), &Info);
    EXPECT_TRUE(Names.insert(Info.Name).second) << Info.Name.str();
    EXPECT_TRUE(Info.Doc.ends_with(".")) << Info.Name.str();
    EXPECT_FALSE(rulesReading(Info.Enum).empty())
        << Info.Name.str() << " is read by no rule";
    if (Info.Type == OptionType::Bool)
      EXPECT_TRUE(parseBoolOption(Info.Default)) << Info.Name.str();
    if (Info.Type == OptionType::Unsigned)
      EXPECT_TRUE(parseUnsignedOption(Info.Default)) << Info.Name.str();
    for (RuleId Reader : rulesReading(Info.Enum)) {
      const Rule &R = getRule(Reader);
      EXPECT_TRUE(Info.Half == OptionHalf::Cxx ? R.hasCxxCheck()
                                               : R.hasXmlCheck())
          << R.Id.str() << " reads " << Info.Name.str()
          << " in a half it does not have";
    }
  }
}

TEST(RulesTest, OptionKeysAndLookupOrder) {
  EXPECT_EQ(optionKey(OptionId::AllowedHosts, RuleId::CleartextUrl),
            "tls-cleartext-url.AllowedHosts");
  EXPECT_EQ(optionKey(OptionId::NetworkSecurityConfig, RuleId::CleartextUrl),
            "NetworkSecurityConfig");

  std::map<std::string, std::string> Set;
  auto Lookup = [&](llvm::StringRef Key) -> std::optional<llvm::StringRef> {
    auto It = Set.find(Key.str());
    if (It == Set.end())
      return std::nullopt;
    return llvm::StringRef(It->second);
  };
  auto Shared = [&](RuleId Reader) {
    return readOption(OptionId::NetworkSecurityConfig, Reader, Lookup);
  };
  EXPECT_EQ(Shared(RuleId::CleartextUrl), "");
  Set["NetworkSecurityConfig"] = " global.xml ";
  EXPECT_EQ(Shared(RuleId::CleartextUrl), "global.xml");
  // Either reader's own key sets it for both, and wins over the shared key.
  Set["tls-cleartext-url.NetworkSecurityConfig"] = "cleartext.xml";
  EXPECT_EQ(Shared(RuleId::MissingPin), "cleartext.xml");
  Set["tls-missing-pin.NetworkSecurityConfig"] = "pin.xml";
  EXPECT_EQ(Shared(RuleId::CleartextUrl), "pin.xml");
  EXPECT_EQ(Shared(RuleId::MissingPin), "pin.xml");
  // A blank value is unset.
  Set["tls-missing-pin.NetworkSecurityConfig"] = "  ";
  EXPECT_EQ(Shared(RuleId::MissingPin), "cleartext.xml");

  // A rule's own option is only its own key.
  Set["ExpiryHorizonDays"] = "5";
  EXPECT_EQ(readOption(OptionId::ExpiryHorizonDays, RuleId::PinSetExpiry,
                       Lookup),
            "30");
  EXPECT_EQ(defaultUnsigned(OptionId::ExpiryHorizonDays), 30u);
}

TEST(RulesTest, OptionValuesParseAsClangTidyReadsThem) {
  EXPECT_EQ(parseBoolOption("true"), true);
  EXPECT_EQ(parseBoolOption("False"), false);
  EXPECT_EQ(parseBoolOption("1"), true);
  EXPECT_EQ(parseBoolOption("0"), false);
  EXPECT_EQ(parseBoolOption("maybe"), std::nullopt);
  EXPECT_EQ(parseUnsignedOption("60"), 60u);
  EXPECT_EQ(parseUnsignedOption("-1"), std::nullopt);
  EXPECT_EQ(parseUnsignedOption("+1"), std::nullopt);
  EXPECT_EQ(parseUnsignedOption(""), std::nullopt);
  EXPECT_EQ(parseUnsignedOption("99999999999"), std::nullopt);
}

// Each rule's page documents each of its options, under its key and with
// its default.
TEST(RulesTest, EveryOptionIsOnItsRulesDocPage) {
  for (const Rule &R : allRules()) {
    auto Page = llvm::MemoryBuffer::getFile(std::string(TLSLINT_SOURCE_DIR) +
                                            "/" + R.docPath());
    ASSERT_TRUE(Page) << R.docPath();
    for (OptionId Id : optionsOf(R.Enum)) {
      const OptionInfo &Info = getOption(Id);
      std::string Default = Info.Type == OptionType::Bool ||
                                    Info.Type == OptionType::Unsigned
                                ? "`" + Info.Default.str() + "`"
                                : "`\"" + Info.Default.str() + "\"`";
      std::string Row =
          "| `" + optionKey(Id, R.Enum) + "` | " + Default + " | ";
      EXPECT_TRUE((*Page)->getBuffer().contains(Row))
          << R.docPath() << " has no options row starting " << Row;
    }
  }
}

} // namespace
