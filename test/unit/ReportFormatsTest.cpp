#include "lib/report/Baseline.h"
#include "lib/report/Emitters.h"
#include "lib/report/ReportPaths.h"
#include "lib/report/SourceCache.h"
#include "llvm/Support/JSON.h"
#include "gtest/gtest.h"

using namespace tlslint;

namespace {

Finding finding(std::string File, unsigned Line, unsigned Column,
                RuleId Rule = RuleId::TrustAllCertificates) {
  Finding F{Rule, getRule(Rule).DefaultSeverity, "message", {}, {}, {}};
  F.Where = {std::move(File), Line, Column, 0, 0};
  return F;
}

ReportContext context() {
  ReportContext Ctx;
  Ctx.SourceRoot = "/src";
  Ctx.ToolVersion = "1.2.3";
  Ctx.InformationUri = "https://example.test/tlslint";
  Ctx.RuleHelpBaseUri = "https://example.test/tlslint/";
  return Ctx;
}

TEST(SourceCacheTest, LinesWithoutBreaksAndUnreadableFiles) {
  SourceCache Sources;
  Sources.addFile("/src/a.cpp", "one\r\ntwo\n\nlast");
  EXPECT_EQ(Sources.line("/src/a.cpp", 1), llvm::StringRef("one"));
  EXPECT_EQ(Sources.line("/src/a.cpp", 2), llvm::StringRef("two"));
  EXPECT_EQ(Sources.line("/src/a.cpp", 3), llvm::StringRef(""));
  EXPECT_EQ(Sources.line("/src/a.cpp", 4), llvm::StringRef("last"));
  EXPECT_FALSE(Sources.line("/src/a.cpp", 5));
  EXPECT_FALSE(Sources.line("/src/a.cpp", 0));
  EXPECT_FALSE(Sources.line("/no/such/file.cpp", 1));
}

TEST(SourceCacheTest, MemoryOnlyReadsNoFile) {
  // A file that exists: this source file itself.
  const char *Real = TLSLINT_SOURCE_DIR "/test/unit/ReportFormatsTest.cpp";
  SourceCache Disk;
  EXPECT_TRUE(Disk.line(Real, 1));
  SourceCache Memory(/*ReadsFiles=*/false);
  EXPECT_FALSE(Memory.line(Real, 1));
  Memory.addFile("/src/a.cpp", "only\n");
  EXPECT_EQ(Memory.line("/src/a.cpp", 1), llvm::StringRef("only"));
}

TEST(SourceCacheTest, DisplayRegionCoversTheToken) {
  auto End = [](llvm::StringRef File, llvm::StringRef Line, unsigned Column) {
    return displayRegion({File.str(), 1, Column, 0, 0}, Line).EndColumn;
  };
  // An identifier, a C string with an escaped quote, one punctuator.
  EXPECT_EQ(End("a.cpp", "f(SSL_VERIFY_NONE, 0);", 3), 18u);
  EXPECT_EQ(End("a.cpp", R"(u("http://a\"b", 1))", 3), 16u);
  EXPECT_EQ(End("a.cpp", "a + b", 3), 4u);
  // XML: an element name with its '<', an attribute with its value.
  EXPECT_EQ(End("n.xml", "  <pin-set expiration=\"x\">", 3), 11u);
  EXPECT_EQ(End("n.xml", "<a android:usesCleartextTraffic=\"true\">", 4), 39u);
  // An explicit end, an unreadable line and a column past the end stay.
  Location Given{"a.cpp", 1, 2, 1, 3};
  EXPECT_EQ(displayRegion(Given, llvm::StringRef("abcdef")).EndColumn, 3u);
  EXPECT_EQ(displayRegion({"a.cpp", 1, 2, 0, 0}, std::nullopt).EndLine, 0u);
  EXPECT_EQ(displayRegion({"a.cpp", 1, 9, 0, 0}, llvm::StringRef("ab")).EndLine,
            0u);
}

TEST(SourceCacheTest, CodePointColumns) {
  // "é" is two bytes: byte column 5 of "café;" is code point column 4.
  EXPECT_EQ(codePointColumn("caf\xc3\xa9;", 6), 5u);
  EXPECT_EQ(codePointColumn("caf\xc3\xa9;", 4), 4u);
  EXPECT_EQ(codePointColumn("abc", 1), 1u);
  EXPECT_EQ(codePointColumn("abc", 6), 6u); // Past the end, byte for byte.
}

TEST(ReportPathsTest, RelativeToRootAndUris) {
  EXPECT_EQ(pathUnderRoot("/src/app/a.cpp", "/src"), "app/a.cpp");
  EXPECT_EQ(pathUnderRoot("/src/app/../b.xml", "/src/"), "b.xml");
  EXPECT_FALSE(pathUnderRoot("/srcother/a.cpp", "/src"));
  EXPECT_FALSE(pathUnderRoot("/src", "/src"));
  EXPECT_EQ(uriEncodePath("dir with space/a#1%.cpp"),
            "dir%20with%20space/a%231%25.cpp");
  EXPECT_EQ(fileUri("/src/x y", /*IsDirectory=*/true), "file:///src/x%20y/");
}

TEST(TextEmitterTest, CaretUnderTheColumnAndNothingForUnreadableFiles) {
  SourceCache Sources;
  Sources.addFile("/src/a.cpp", "int x;\n\tcall(0L);\n");
  Report R;
  Finding F = finding("/src/a.cpp", 2, 7);
  F.Fixes.push_back({{"/src/a.cpp", 2, 7, 2, 9}, "1L"});
  R.Findings.push_back(F);
  R.Findings.push_back(finding("/gone/b.cpp", 3, 1));
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  emitText(R, OS, &Sources);
  EXPECT_EQ(Out, "/src/a.cpp:2:7: error: message [tls-trust-all-certificates]\n"
                 "    2 |         call(0L);\n"
                 "      |              ^~\n"
                 "      |              1L\n"
                 "/gone/b.cpp:3:1: error: message "
                 "[tls-trust-all-certificates]\n");
}

llvm::json::Object parse(const std::string &Text) {
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Text);
  EXPECT_TRUE(bool(V)) << llvm::toString(V.takeError());
  return std::move(*V->getAsObject());
}

TEST(SarifEmitterTest, RulesResultsFixesAndRelatedLocations) {
  SourceCache Sources;
  Sources.addFile("/src/app/t.cpp", "x;\n  set(c, caf\xc3\xa9, 0L);\n");
  Report R;
  Finding F = finding("/src/app/t.cpp", 2, 17);
  F.Notes.push_back({"declared here", {"/src/app/t.cpp", 1, 1, 0, 0}});
  F.Fixes.push_back({{"/src/app/t.cpp", 2, 17, 2, 19}, "1L"});
  R.Findings.push_back(F);
  R.Errors.push_back({"/elsewhere/bad.xml", "not XML"});
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  emitSarif(R, context(), Sources, OS);
  llvm::json::Object Root = parse(Out);
  EXPECT_EQ(Root.getString("version"), "2.1.0");
  const llvm::json::Object &Run = *(*Root.getArray("runs"))[0].getAsObject();

  const llvm::json::Object *Driver = Run.getObject("tool")->getObject("driver");
  const llvm::json::Array &Rules = *Driver->getArray("rules");
  ASSERT_EQ(Rules.size(), allRules().size());
  const llvm::json::Object &Trust = *Rules[0].getAsObject();
  EXPECT_EQ(Trust.getString("id"), "tls-trust-all-certificates");
  EXPECT_EQ(Trust.getString("helpUri"),
            "https://example.test/tlslint/docs/rules/"
            "tls-trust-all-certificates.md");
  EXPECT_EQ(Trust.getObject("defaultConfiguration")->getString("level"),
            "error");
  const llvm::json::Object *Props = Trust.getObject("properties");
  EXPECT_EQ(Props->getString("security-severity"), "9.1");
  EXPECT_EQ(Props->getString("precision"), "high");
  EXPECT_EQ((*Props->getArray("tags"))[1].getAsString(),
            "external/cwe/cwe-295");

  const llvm::json::Object &Result =
      *(*Run.getArray("results"))[0].getAsObject();
  EXPECT_EQ(Result.getInteger("ruleIndex"), 0);
  EXPECT_EQ(Result.getObject("message")->getString("text"), "message.");
  const llvm::json::Object *Physical =
      (*Result.getArray("locations"))[0].getAsObject()->getObject(
          "physicalLocation");
  EXPECT_EQ(Physical->getObject("artifactLocation")->getString("uri"),
            "app/t.cpp");
  EXPECT_EQ(Physical->getObject("artifactLocation")->getString("uriBaseId"),
            "%SRCROOT%");
  // Byte column 17 follows a two-byte "é": code point column 16.
  const llvm::json::Object *Region = Physical->getObject("region");
  EXPECT_EQ(Region->getInteger("startColumn"), 16);
  EXPECT_EQ(Region->getInteger("endColumn"), 18);
  EXPECT_EQ(Region->getObject("snippet")->getString("text"), "0L");

  const llvm::json::Object &Related =
      *(*Result.getArray("relatedLocations"))[0].getAsObject();
  EXPECT_EQ(Related.getInteger("id"), 1);
  EXPECT_EQ(Related.getObject("message")->getString("text"), "declared here.");

  const llvm::json::Object &Fix = *(*Result.getArray("fixes"))[0].getAsObject();
  EXPECT_EQ(Fix.getObject("description")->getString("text"),
            "replace '0L' with '1L'.");
  const llvm::json::Object &Replacement =
      *(*(*Fix.getArray("artifactChanges"))[0].getAsObject()->getArray(
          "replacements"))[0]
           .getAsObject();
  EXPECT_EQ(Replacement.getObject("insertedContent")->getString("text"), "1L");
  EXPECT_EQ(Replacement.getObject("deletedRegion")->getInteger("startLine"), 2);

  const llvm::json::Object &Invocation =
      *(*Run.getArray("invocations"))[0].getAsObject();
  EXPECT_EQ(Invocation.getBoolean("executionSuccessful"), false);
  const llvm::json::Object &Note =
      *(*Invocation.getArray("toolExecutionNotifications"))[0].getAsObject();
  EXPECT_EQ(Note.getString("level"), "error");
  // Outside the source root: an absolute file URI, no uriBaseId.
  EXPECT_EQ((*Note.getArray("locations"))[0]
                .getAsObject()
                ->getObject("physicalLocation")
                ->getObject("artifactLocation")
                ->getString("uri"),
            "file:///elsewhere/bad.xml");
}

std::string fingerprintOf(const Report &R, SourceCache &Sources, size_t I) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  emitSarif(R, context(), Sources, OS);
  llvm::json::Object Root = parse(Out);
  const llvm::json::Object &Run = *(*Root.getArray("runs"))[0].getAsObject();
  return (*Run.getArray("results"))[I]
      .getAsObject()
      ->getObject("partialFingerprints")
      ->getString("tlslintFingerprint/v1")
      ->str();
}

TEST(SarifEmitterTest, FingerprintsSurviveLineShiftsButTellTwinsApart) {
  SourceCache Before, After;
  Before.addFile("/src/a.cpp", "  bad(0);\n  bad(0);\n");
  After.addFile("/src/a.cpp", "// new line\n\nbad(0);\n  bad(0);\n");
  Report RB, RA;
  RB.Findings = {finding("/src/a.cpp", 1, 3), finding("/src/a.cpp", 2, 3)};
  RA.Findings = {finding("/src/a.cpp", 3, 1), finding("/src/a.cpp", 4, 3)};
  EXPECT_EQ(fingerprintOf(RB, Before, 0), fingerprintOf(RA, After, 0));
  EXPECT_EQ(fingerprintOf(RB, Before, 1), fingerprintOf(RA, After, 1));
  EXPECT_NE(fingerprintOf(RB, Before, 0), fingerprintOf(RB, Before, 1));
  EXPECT_EQ(fingerprintOf(RB, Before, 0).size(), 64u);
}

TEST(BaselineTest, ParsesReportTextFromMemory) {
  SourceCache Sources(/*ReadsFiles=*/false);
  Sources.addFile("/src/a.cpp", "  bad(0);\n  worse(0);\n");
  Report Old;
  Old.Findings = {finding("/src/a.cpp", 1, 3)};
  for (bool Sarif : {false, true}) {
    std::string Text;
    llvm::raw_string_ostream OS(Text);
    if (Sarif)
      emitSarif(Old, context(), Sources, OS);
    else
      emitJson(Old, OS);
    llvm::Expected<Baseline> B =
        Baseline::parse("old.json", Text, "/src", Sources);
    ASSERT_TRUE(bool(B)) << llvm::toString(B.takeError());
    Report New;
    New.Findings = {finding("/src/a.cpp", 1, 3), finding("/src/a.cpp", 2, 3)};
    EXPECT_EQ(B->suppress(New, "/src", Sources), 1u) << Text;
    ASSERT_EQ(New.Findings.size(), 1u);
    EXPECT_EQ(New.Findings[0].Where.Line, 2u);
  }
  llvm::Expected<Baseline> Bad =
      Baseline::parse("bad.json", "{\"runs\": [{}]}", "/src", Sources);
  ASSERT_FALSE(bool(Bad));
  EXPECT_EQ(llvm::toString(Bad.takeError()),
            "bad.json: not a tlslint JSON or SARIF report: a SARIF run "
            "without results");
}

TEST(HtmlEmitterTest, EscapesEverythingAndFetchesNothing) {
  SourceCache Sources;
  Sources.addFile("/src/<b>.xml", "<x a=\"</script><img src=x>\"/>\n");
  Report R;
  Finding F = finding("/src/<b>.xml", 1, 4, RuleId::CleartextTrafficPermitted);
  F.Message = "to '<script>alert(1)</script>' & \"more\"";
  R.Findings.push_back(F);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  emitHtml(R, context(), Sources, OS);
  EXPECT_EQ(Out.find("<script>alert"), std::string::npos);
  EXPECT_EQ(Out.find("<img src=x>"), std::string::npos);
  EXPECT_EQ(Out.find("/src/<b>"), std::string::npos);
  EXPECT_NE(Out.find("&lt;script&gt;alert(1)&lt;/script&gt;"),
            std::string::npos);
  EXPECT_NE(Out.find("data-file=\"&lt;b&gt;.xml\""), std::string::npos);
  EXPECT_NE(Out.find("<mark>a=&quot;&lt;/script&gt;&lt;img src=x&gt;&quot;"
                     "</mark>"),
            std::string::npos);
  // Exactly one script element: ours.
  size_t First = Out.find("<script>");
  ASSERT_NE(First, std::string::npos);
  EXPECT_EQ(Out.find("<script>", First + 1), std::string::npos);
  EXPECT_NE(Out.find("default-src 'none'"), std::string::npos);
  // No remediation text is lost: the rule's advice shows without a fix-it.
  EXPECT_NE(Out.find("cleartextTrafficPermitted=&quot;false&quot;"),
            std::string::npos);
}

} // namespace
