//===-- CertPinsFuzzer.cpp - Fuzz target: certificate and key files -------===//
//
// Arbitrary bytes as a file given to `tlslint pin` or found by `pin --check`
// under --certs: PEM with any blocks, or DER certificates and keys. libcrypto
// does the decoding; this finds mistakes in how we drive it (error queue,
// ownership, lengths) and in what we make of the result.
//
//===----------------------------------------------------------------------===//

#include "fuzz/FuzzCheck.h"
#include "lib/pin/CertificatePins.h"
#include <cstddef>
#include <cstdint>
#include <openssl/err.h>

using namespace tlslint;

// libFuzzer's entry point: the name is not ours to choose.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Bytes(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<std::vector<PinnedKey>> Keys = readPinnedKeys(Bytes);
  // A reason left in the queue would be blamed on the next file.
  TLSLINT_FUZZ_CHECK(ERR_peek_error() == 0, "OpenSSL's error queue not empty");
  if (!Keys) {
    llvm::consumeError(Keys.takeError());
    return 0;
  }
  TLSLINT_FUZZ_CHECK(!Keys->empty(), "success without a key");
  for (const PinnedKey &K : *Keys) {
    std::string Pin = K.pin();
    llvm::Expected<Sha256Digest> Back = decodeSha256Pin(Pin);
    TLSLINT_FUZZ_CHECK(Back && *Back == K.Digest,
                       "the printed pin does not decode to the digest");
    (void)keyHolderName(K.Holder);
  }
  return 0;
}
