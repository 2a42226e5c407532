#include "lib/report/Emitters.h"
#include "lib/report/Finding.h"
#include "lib/support/LineIndex.h"
#include "llvm/Support/JSON.h"
#include "gtest/gtest.h"

using namespace tlslint;

namespace {

Finding makeFinding(std::string File, unsigned Line, RuleId Rule,
                    Severity Level = Severity::Warning) {
  Finding F{Rule, Level, "message", {}, {}, {}};
  F.Where.File = std::move(File);
  F.Where.Line = Line;
  F.Where.Column = 3;
  return F;
}

TEST(LineIndexTest, MapsOffsetsToOneBasedPositions) {
  LineIndex Index("ab\ncd\n\nx");
  EXPECT_EQ(Index.lineAndColumn(0), std::make_pair(1u, 1u));
  EXPECT_EQ(Index.lineAndColumn(1), std::make_pair(1u, 2u));
  EXPECT_EQ(Index.lineAndColumn(3), std::make_pair(2u, 1u));
  EXPECT_EQ(Index.lineAndColumn(6), std::make_pair(3u, 1u));
  EXPECT_EQ(Index.lineAndColumn(7), std::make_pair(4u, 1u));
  // Past the end clamps to the end.
  EXPECT_EQ(Index.lineAndColumn(100), std::make_pair(4u, 2u));
}

TEST(ReportTest, NormalizeSortsAndDropsHeaderDuplicates) {
  Report R;
  R.Findings.push_back(makeFinding("b.h", 2, RuleId::CleartextUrl));
  R.Findings.push_back(makeFinding("a.cpp", 9, RuleId::TrustAllCertificates));
  R.Findings.push_back(makeFinding("b.h", 2, RuleId::CleartextUrl));
  R.normalize();
  ASSERT_EQ(R.Findings.size(), 2u);
  EXPECT_EQ(R.Findings[0].Where.File, "a.cpp");
  EXPECT_EQ(R.Findings[1].Where.File, "b.h");
}

TEST(ReportTest, ExitCodes) {
  Report R;
  EXPECT_EQ(exitCodeFor(R, Severity::Warning), ExitClean);
  R.Findings.push_back(
      makeFinding("a.cpp", 1, RuleId::HstsNotEnforced, Severity::Note));
  EXPECT_EQ(exitCodeFor(R, Severity::Warning), ExitClean);
  EXPECT_EQ(exitCodeFor(R, Severity::Note), ExitFindings);
  R.Errors.push_back({"bad.xml", "not XML"});
  EXPECT_EQ(exitCodeFor(R, Severity::Note), ExitToolError);
}

TEST(ReportTest, TextIsClangStyle) {
  Report R;
  Finding F =
      makeFinding("a.cpp", 4, RuleId::TrustAllCertificates, Severity::Error);
  F.Notes.push_back({"declared here", {"n.xml", 7, 5, 0, 0}});
  R.Findings.push_back(F);
  R.Errors.push_back({"broken.xml", "unexpected end of file"});
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  emitText(R, OS);
  EXPECT_EQ(OS.str(), "broken.xml: error: unexpected end of file\n"
                      "a.cpp:4:3: error: message [tls-trust-all-certificates]\n"
                      "n.xml:7:5: note: declared here\n");
}

TEST(ReportTest, JsonCarriesSchemaVersionAndRule) {
  Report R;
  R.Findings.push_back(makeFinding("a.cpp", 4, RuleId::CleartextUrl));
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  emitJson(R, OS);
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(OS.str());
  ASSERT_TRUE(bool(Parsed)) << llvm::toString(Parsed.takeError());
  const llvm::json::Object *Root = Parsed->getAsObject();
  ASSERT_TRUE(Root);
  EXPECT_EQ(Root->getInteger("schemaVersion"), JsonSchemaVersion);
  const llvm::json::Array *Findings = Root->getArray("findings");
  ASSERT_TRUE(Findings && Findings->size() == 1);
  const llvm::json::Object *First = (*Findings)[0].getAsObject();
  EXPECT_EQ(First->getString("ruleId"), "tls-cleartext-url");
  EXPECT_EQ(First->getString("cwe"), "CWE-319");
  EXPECT_EQ(First->getObject("location")->getInteger("line"), 4);
}

} // namespace
