//===-- SpkiPin.h - SPKI SHA-256 pins ---------------------------*- C++ -*-===//
//
// A pin is the base64 of the SHA-256 digest of a certificate's
// SubjectPublicKeyInfo (RFC 7469), as Android's <pin digest="SHA-256"> and
// libcurl's CURLOPT_PINNEDPUBLICKEY "sha256//" entries write it.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_PIN_SPKIPIN_H
#define TLSLINT_LIB_PIN_SPKIPIN_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace tlslint {

using Sha256Digest = std::array<uint8_t, 32>;

/// Decodes strict base64 of exactly 32 bytes; the error says what is wrong.
llvm::Expected<Sha256Digest> decodeSha256Pin(llvm::StringRef Base64);

/// One entry of a CURLOPT_PINNEDPUBLICKEY value.
struct CurlPin {
  std::string Text;    ///< The base64 after "sha256//".
  std::string Problem; ///< Empty when the pin is a valid digest.
};

struct CurlPinnedPublicKey {
  /// The value names a key file instead of listing digests.
  bool IsFile = false;
  std::vector<CurlPin> Pins;
  /// Distinct valid digests.
  unsigned validDistinctPins() const;
};

/// Reads a CURLOPT_PINNEDPUBLICKEY value: "sha256//A;sha256//B", or a path.
CurlPinnedPublicKey parseCurlPinnedPublicKey(llvm::StringRef Value);
/// The CURLOPT_PINNEDPUBLICKEY value that pins base64 SHA-256 Digests.
std::string formatCurlPinnedPublicKey(llvm::ArrayRef<std::string> Digests);

} // namespace tlslint

#endif
