//===-- BaselineFuzzer.cpp - Fuzz target: --baseline reports --------------===//
//
// Arbitrary bytes as the JSON or SARIF report given to --baseline, then used
// to suppress a small report. The sources behind fingerprints come from
// memory only, so file names in the input never open a file.
//
//===----------------------------------------------------------------------===//

#include "fuzz/FuzzCheck.h"
#include "lib/report/Baseline.h"
#include <cstddef>
#include <cstdint>

using namespace tlslint;

namespace {

/// The root and file the seeds' findings name.
constexpr llvm::StringLiteral Root = "/src";
constexpr llvm::StringLiteral File = "/src/app/tls.cpp";

Report currentReport() {
  Report R;
  for (unsigned Line : {1, 2, 2}) {
    Finding F;
    F.Rule = RuleId::TrustAllCertificates;
    F.Level = Severity::Warning;
    F.Message = "message";
    F.Where.File = File.str();
    F.Where.Line = Line;
    F.Where.Column = 3;
    R.Findings.push_back(std::move(F));
  }
  return R;
}

} // namespace

// libFuzzer's entry point: the name is not ours to choose.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  SourceCache Sources(/*ReadsFiles=*/false);
  Sources.addFile(File, "  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, 0);\n"
                        "  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);\n");
  llvm::Expected<Baseline> B =
      Baseline::parse("fuzz.json", Text, Root, Sources);
  if (!B) {
    llvm::consumeError(B.takeError());
    return 0;
  }
  Report R = currentReport();
  size_t Before = R.Findings.size();
  size_t Removed = B->suppress(R, Root, Sources);
  TLSLINT_FUZZ_CHECK(Removed + R.Findings.size() == Before,
                     "suppress miscounted");
  return 0;
}
