//===-- CertificatePins.h - Pins of certificates and keys -------*- C++ -*-===//
//
// Reads certificates, certificate chains, certificate requests and keys in
// PEM or DER with OpenSSL's libcrypto and computes the RFC 7469 pin of each
// public key: the SHA-256 of its DER SubjectPublicKeyInfo. This is what
// `tlslint pin` prints and what `tlslint pin --check` compares with the pins
// of a network security config.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_PIN_CERTIFICATEPINS_H
#define TLSLINT_LIB_PIN_CERTIFICATEPINS_H

#include "lib/pin/SpkiPin.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tlslint {

/// What a public key was found in.
enum class KeyHolder { Certificate, CertificateRequest, PublicKey, PrivateKey };

/// "certificate", "certificate request", "public key" or "private key".
llvm::StringRef keyHolderName(KeyHolder H);

/// One public key read from a file, with its pin.
struct PinnedKey {
  KeyHolder Holder = KeyHolder::Certificate;
  /// RFC 2253 subject of a certificate or request; empty for bare keys.
  std::string Subject;
  /// Algorithm and size, e.g. "RSA 2048", "EC P-256", "ED25519".
  std::string KeyType;
  /// Certificates only: the day of notAfter, in days since 1970-01-01 (UTC).
  std::optional<int64_t> NotAfterDay;
  Sha256Digest Digest{};

  /// The pin as Android's <pin> and curl's "sha256//" write it: base64.
  std::string pin() const;
};

/// Base64 (with padding) of a digest, as <pin digest="SHA-256"> holds it.
std::string encodePin(const Sha256Digest &Digest);

/// SHA-256 of DER bytes: the pin of a DER SubjectPublicKeyInfo.
Sha256Digest sha256Of(llvm::ArrayRef<uint8_t> Der);

/// Reads every key in Bytes, in file order. PEM (any number of blocks, text
/// around them ignored) or DER (one object, or certificates back to back).
/// The error says what is wrong, without the file name; nothing is returned
/// for a file with one bad object, so a chain is never half-read.
llvm::Expected<std::vector<PinnedKey>> readPinnedKeys(llvm::StringRef Bytes);

/// The same for a file; the error also covers an unreadable file.
llvm::Expected<std::vector<PinnedKey>>
readPinnedKeysFromFile(llvm::StringRef Path);

} // namespace tlslint

#endif
