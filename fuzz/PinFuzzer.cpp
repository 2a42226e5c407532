//===-- PinFuzzer.cpp - Fuzz target: pin text ------------------*- C++ -*-===//
//
// Arbitrary bytes as the text of a pin: a CURLOPT_PINNEDPUBLICKEY value
// (what the C++ checks read from a string literal), one "sha256//" digest,
// the base64 of an Android <pin> and a pin-set's expiration date.
//
//===----------------------------------------------------------------------===//

#include "fuzz/FuzzCheck.h"
#include "lib/nsc/Parser.h"
#include "lib/pin/SpkiPin.h"
#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace tlslint;

// libFuzzer's entry point: the name is not ours to choose.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);

  CurlPinnedPublicKey Curl = parseCurlPinnedPublicKey(Text);
  TLSLINT_FUZZ_CHECK(Curl.IsFile == !Text.trim().starts_with("sha256//"),
                     "file name and digest list told apart wrongly");
  TLSLINT_FUZZ_CHECK(!Curl.IsFile || Curl.Pins.empty(),
                     "pins read from a file name");
  TLSLINT_FUZZ_CHECK(Curl.validDistinctPins() <= Curl.Pins.size(),
                     "more distinct pins than pins");

  std::optional<std::vector<uint8_t>> Android = nsc::decodeAndroidBase64(Text);
  llvm::Expected<Sha256Digest> Strict = decodeSha256Pin(Text);
  if (Strict) {
    // The same pin must mean the same key to the C++ half (curl's strict
    // base64) and to the XML half (Android's lenient decoder).
    TLSLINT_FUZZ_CHECK(
        Android && Android->size() == Strict->size() &&
            std::equal(Strict->begin(), Strict->end(), Android->begin()),
        "a valid curl pin decodes differently on Android");
  } else {
    llvm::consumeError(Strict.takeError());
  }

  if (std::optional<nsc::Day> Day = nsc::parseExpirationDate(Text))
    // Years have at most nine digits: the day fits easily.
    TLSLINT_FUZZ_CHECK(*Day > daysFromCivil(0, 1, 1) &&
                           *Day < daysFromCivil(1000000000, 1, 1),
                       "expiration day out of range");
  return 0;
}
