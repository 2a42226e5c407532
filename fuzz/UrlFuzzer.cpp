//===-- UrlFuzzer.cpp - Fuzz target: URL classification -------*- C++ -*-===//
//
// Arbitrary bytes as a string literal the cleartext check looks at: its
// first line is parsed as a URL and classified, the other lines are
// allowlist patterns matched against its host.
//
//===----------------------------------------------------------------------===//

#include "fuzz/FuzzCheck.h"
#include "lib/url/Url.h"
#include "llvm/ADT/SmallVector.h"
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

using namespace tlslint;

namespace {

bool within(llvm::StringRef Part, llvm::StringRef Whole) {
  return Part.empty() ||
         (Part.begin() >= Whole.begin() && Part.end() <= Whole.end());
}

} // namespace

// libFuzzer's entry point: the name is not ours to choose.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  auto [Url, PatternText] = Text.split('\n');
  llvm::SmallVector<llvm::StringRef, 8> Lines;
  PatternText.split(Lines, '\n');
  std::vector<std::string> Patterns(Lines.begin(), Lines.end());

  (void)isNamespaceIdentifier(Url);
  std::optional<UrlPrefix> P = parseUrlPrefix(Url);
  if (!P) {
    (void)isLoopbackHost(Url);
    (void)hostMatchesAny(Url, Patterns);
    return 0;
  }
  // Checks turn these into source ranges and fix-its: they must point into
  // the literal.
  TLSLINT_FUZZ_CHECK(!P->Scheme.empty() && P->Scheme.begin() == Url.begin(),
                     "the scheme is not where the URL starts");
  TLSLINT_FUZZ_CHECK(within(P->Host, Url), "the host is outside the URL");
  SchemeSecurity Security = schemeSecurity(P->Scheme);
  llvm::StringRef Secure = secureCounterpart(P->Scheme);
  TLSLINT_FUZZ_CHECK(Secure.empty() || Security == SchemeSecurity::Cleartext,
                     "a secure counterpart for a scheme that is not "
                     "cleartext");
  TLSLINT_FUZZ_CHECK(Secure.empty() ||
                         schemeSecurity(Secure) == SchemeSecurity::Encrypted,
                     "the secure counterpart is not encrypted");
  (void)isLoopbackHost(P->Host);
  (void)hostMatchesAny(P->Host, Patterns);
  return 0;
}
