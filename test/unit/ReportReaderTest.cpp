#include "lib/report/ReportReader.h"
#include "lib/report/Emitters.h"
#include "lib/report/ReportPaths.h"
#include "gtest/gtest.h"

using namespace tlslint;

namespace {

// Two lines with a two-byte character before the findings, so that SARIF's
// code point columns differ from the byte columns.
constexpr llvm::StringLiteral File = "/src/app dir/caf\xc3\xa9.cpp";
constexpr llvm::StringLiteral Text =
    "static int accept_all(int, void *) { return 1; }\n"
    "/* \xc3\xa9 */ curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);\n";

Report sample() {
  Finding F{RuleId::TrustAllCertificates,
            Severity::Error,
            "CURLOPT_SSL_VERIFYPEER set to 0",
            {File.str(), 2, 54, 0, 0},
            {{"verify callback defined here", {File.str(), 1, 12, 0, 0}}},
            {{{File.str(), 2, 54, 2, 56}, "1L"}}};
  Finding Outside{RuleId::CleartextUrl,
                  Severity::Note,
                  "cleartext",
                  {"/elsewhere/b.cpp", 3, 1, 0, 0},
                  {},
                  {}};
  Report R;
  R.Findings = {F, Outside};
  R.Errors = {{"/src/broken.cpp", "does not compile: 3:1: oops"},
              {"", "a whole-run error"}};
  return R;
}

void expectSameReport(const Report &A, const Report &B) {
  ASSERT_EQ(A.Findings.size(), B.Findings.size());
  for (size_t I = 0; I != A.Findings.size(); ++I) {
    const Finding &X = A.Findings[I], &Y = B.Findings[I];
    EXPECT_EQ(X.Rule, Y.Rule);
    EXPECT_EQ(X.Level, Y.Level);
    EXPECT_EQ(X.Message, Y.Message);
    EXPECT_EQ(X.Where, Y.Where)
        << X.Where.File << ":" << X.Where.Line << ":" << X.Where.Column
        << " vs " << Y.Where.Line << ":" << Y.Where.Column;
    ASSERT_EQ(X.Notes.size(), Y.Notes.size());
    for (size_t N = 0; N != X.Notes.size(); ++N) {
      EXPECT_EQ(X.Notes[N].Message, Y.Notes[N].Message);
      EXPECT_EQ(X.Notes[N].Where, Y.Notes[N].Where);
    }
    ASSERT_EQ(X.Fixes.size(), Y.Fixes.size());
    for (size_t N = 0; N != X.Fixes.size(); ++N) {
      EXPECT_EQ(X.Fixes[N].Range, Y.Fixes[N].Range);
      EXPECT_EQ(X.Fixes[N].NewText, Y.Fixes[N].NewText);
    }
  }
  ASSERT_EQ(A.Errors.size(), B.Errors.size());
  for (size_t I = 0; I != A.Errors.size(); ++I) {
    EXPECT_EQ(A.Errors[I].File, B.Errors[I].File);
    EXPECT_EQ(A.Errors[I].Message, B.Errors[I].Message);
  }
}

std::string sarifOf(const Report &R, SourceCache &Sources) {
  ReportContext Ctx;
  Ctx.SourceRoot = "/src";
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  emitSarif(R, Ctx, Sources, OS);
  return Out;
}

TEST(ReportReaderTest, JsonRoundTrip) {
  std::string Json;
  llvm::raw_string_ostream OS(Json);
  emitJson(sample(), OS);
  SourceCache Sources(/*ReadsFiles=*/false);
  llvm::Expected<ReadReport> Read =
      parseReport("r.json", Json, "/src", Sources);
  ASSERT_TRUE(bool(Read)) << llvm::toString(Read.takeError());
  EXPECT_FALSE(Read->IsSarif);
  expectSameReport(sample(), Read->Contents);
}

TEST(ReportReaderTest, SarifRoundTripWithSources) {
  SourceCache Sources(/*ReadsFiles=*/false);
  Sources.addFile(File, Text);
  std::string Sarif = sarifOf(sample(), Sources);
  llvm::Expected<ReadReport> Read =
      parseReport("r.sarif", Sarif, "/src", Sources);
  ASSERT_TRUE(bool(Read)) << llvm::toString(Read.takeError());
  EXPECT_TRUE(Read->IsSarif);
  expectSameReport(sample(), Read->Contents);
  ASSERT_EQ(Read->Identities.size(), 2u);
  EXPECT_EQ(Read->Identities[0].Uri, "app%20dir/caf%C3%A9.cpp");
  EXPECT_EQ(Read->Identities[1].Uri, "file:///elsewhere/b.cpp");
  EXPECT_EQ(Read->Identities[0].Fingerprint.size(), 64u);
}

TEST(ReportReaderTest, SarifCarriesItsLinesToAnotherMachine) {
  SourceCache Original(/*ReadsFiles=*/false);
  Original.addFile(File, Text);
  std::string Sarif = sarifOf(sample(), Original);
  // Read under another root, without the sources: the recorded lines give
  // the byte columns back, and the same lines to the next report.
  SourceCache Elsewhere(/*ReadsFiles=*/false);
  llvm::Expected<ReadReport> Read =
      parseReport("r.sarif", Sarif, "/other", Elsewhere);
  ASSERT_TRUE(bool(Read)) << llvm::toString(Read.takeError());
  const Finding &F = Read->Contents.Findings[0];
  EXPECT_EQ(F.Where.File, "/other/app dir/caf\xc3\xa9.cpp");
  EXPECT_EQ(F.Where.Column, 54u);
  EXPECT_EQ(F.Where.EndLine, 0u); // The emitter's token end is not kept.
  EXPECT_EQ(F.Fixes[0].Range.EndColumn, 56u);
  EXPECT_EQ(Elsewhere.line(F.Where.File, 2), Original.line(File, 2));
}

TEST(ReportReaderTest, UnknownRulesAreListedNotFatal) {
  std::string Json = R"({"tool": "tlslint", "findings": [
    {"ruleId": "tls-from-the-future", "location": {"file": "/a.cpp"}},
    {"ruleId": "tls-trust-all-certificates", "location": {"file": "/a.cpp"}},
    {"ruleId": "tls-from-the-future", "location": {"file": "/b.cpp"}}]})";
  SourceCache Sources(/*ReadsFiles=*/false);
  llvm::Expected<ReadReport> Read = parseReport("r.json", Json, "/", Sources);
  ASSERT_TRUE(bool(Read));
  EXPECT_EQ(Read->Contents.Findings.size(), 1u);
  EXPECT_EQ(Read->UnknownRules,
            std::vector<std::string>{"tls-from-the-future"});
}

TEST(ReportReaderTest, MalformedReportsNameTheFile) {
  SourceCache Sources(/*ReadsFiles=*/false);
  for (llvm::StringRef Bad :
       {"", "[]", "{\"runs\": [{}]}",
        R"({"runs": [{"results": [{"ruleId": "tls-weak-cipher"}]}]})",
        R"({"runs": [{"results": [{"ruleId": "tls-weak-cipher", "locations":
            [{"physicalLocation": {"artifactLocation": {"uri": "https://x/y"}}}]}]}]})",
        R"({"tool": "tlslint", "findings": [{"ruleId": "tls-weak-cipher"}]})",
        R"({"tool": "other", "findings": []})"}) {
    llvm::Expected<ReadReport> Read =
        parseReport("bad.json", Bad, "/", Sources);
    ASSERT_FALSE(bool(Read)) << Bad.str();
    EXPECT_TRUE(
        llvm::StringRef(llvm::toString(Read.takeError()))
            .starts_with("bad.json: not a tlslint JSON or SARIF report"));
  }
}

TEST(ReportPathsTest, UrisBackToPaths) {
  EXPECT_EQ(uriDecodePath("a%20b/caf%C3%A9.cpp"), "a b/caf\xc3\xa9.cpp");
  EXPECT_FALSE(uriDecodePath("a%2"));
  EXPECT_FALSE(uriDecodePath("a%zz"));
  EXPECT_FALSE(uriDecodePath("a%00b"));
  for (llvm::StringRef Path : {"a b/caf\xc3\xa9.cpp", "x%y.cpp", "plain"})
    EXPECT_EQ(uriDecodePath(uriEncodePath(Path)), Path.str());
  EXPECT_EQ(pathFromReportUri("src/a.cpp", "/root"), "/root/src/a.cpp");
  EXPECT_EQ(pathFromReportUri("file:///abs/a%20b.cpp", "/root"),
            "/abs/a b.cpp");
  EXPECT_EQ(pathFromReportUri("file://localhost/abs/a.cpp", "/root"),
            "/abs/a.cpp");
  EXPECT_EQ(pathFromReportUri(fileUri("/abs/x y.cpp"), "/root"),
            "/abs/x y.cpp");
  EXPECT_FALSE(pathFromReportUri("https://example.com/a.cpp", "/root"));
  EXPECT_FALSE(pathFromReportUri("file://host/a.cpp", "/root"));
  EXPECT_FALSE(pathFromReportUri("/abs/a.cpp", "/root"));
}

TEST(SourceCacheTest, ByteColumnInvertsCodePointColumn) {
  llvm::StringRef Line = "/* \xc3\xa9\xe2\x82\xac */ x";
  for (unsigned Byte : {1u, 4u, 6u, 9u, 10u, 13u, 20u})
    EXPECT_EQ(byteColumn(Line, codePointColumn(Line, Byte)), Byte) << Byte;
  EXPECT_EQ(byteColumn(Line, 0), 0u);
}

TEST(SourceCacheTest, RecordedLinesOnlyStandInForUnreadableFiles) {
  SourceCache Sources(/*ReadsFiles=*/false);
  Sources.addRecordedLine("/gone.cpp", 3, "recorded");
  EXPECT_EQ(Sources.line("/gone.cpp", 3), llvm::StringRef("recorded"));
  EXPECT_FALSE(Sources.line("/gone.cpp", 2));
  Sources.addFile("/here.cpp", "a\nb\nc\n");
  Sources.addRecordedLine("/here.cpp", 3, "stale");
  EXPECT_EQ(Sources.line("/here.cpp", 3), llvm::StringRef("c"));
}

} // namespace
