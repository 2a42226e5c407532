//===-- PrivateKeys.h - Private keys and certificates in bytes --*- C++ -*-===//
//
// Whether some bytes hold a private key, and which: the facts behind
// tls-embedded-private-key in both halves (a string literal or byte array in
// C/C++ sources, a key file packaged into an app). Every answer comes from
// libcrypto's decoders; nothing is guessed from a few bytes. The cheap tests
// (derSequenceSize, mayBeDerPrivateKey) only decide what is worth decoding.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_KEYS_PRIVATEKEYS_H
#define TLSLINT_LIB_KEYS_PRIVATEKEYS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tlslint::keys {

/// Where a client key belongs instead of the app; every finding of
/// tls-embedded-private-key ends with it.
inline constexpr llvm::StringLiteral KeyStoreAdvice =
    "keep the key in AndroidKeyStore, with a short-lived certificate issued "
    "at run time";

/// The fewest bytes a DER private key takes: an Ed25519 or X25519 key in
/// PKCS#8 is 48 bytes; RSA and EC keys are larger.
inline constexpr size_t MinDerPrivateKeySize = 48;

/// The encoded size (header and contents) of the definite-length DER
/// SEQUENCE that Prefix starts, read from its first two to six bytes;
/// nullopt when Prefix does not start one.
std::optional<size_t> derSequenceSize(llvm::ArrayRef<uint8_t> Prefix);

/// Whether Size bytes that start with Prefix can be one DER private key: a
/// SEQUENCE of at least MinDerPrivateKeySize bytes that fills them exactly.
/// Cheap enough to run on every candidate before readDerPrivateKey.
bool mayBeDerPrivateKey(llvm::ArrayRef<uint8_t> Prefix, size_t Size);

/// Whether Text may hold PEM: it has a "-----BEGIN " line marker.
inline bool mayHoldPem(llvm::StringRef Text) {
  return Text.contains("-----BEGIN ");
}

enum class KeyEncoding { Der, Pem };

/// A private key found in some bytes.
struct PrivateKey {
  /// "RSA 2048", "EC P-256", "ED25519"; empty when the key is encrypted.
  std::string Algorithm;
  /// "PKCS#8", "PKCS#1", "SEC 1" or "DSA", prefixed with "encrypted " for an
  /// encrypted key.
  std::string Format;
  bool Encrypted = false;
  KeyEncoding Encoding = KeyEncoding::Der;
  /// Where its PEM block starts ("-----BEGIN"); 0 for DER.
  size_t Offset = 0;
  /// The DER SubjectPublicKeyInfo of its public half, to find its
  /// certificate; empty when the key is encrypted.
  std::string PublicKeyDer;

  /// "RSA 2048 private key (PKCS#8 PEM)", "encrypted private key (encrypted
  /// PKCS#8 DER)".
  std::string description() const;
};

/// The private key that exactly fills Der: unencrypted PKCS#8 (any algorithm
/// libcrypto knows), traditional RSA (PKCS#1), EC (SEC 1) or DSA, or an
/// encrypted PKCS#8 EncryptedPrivateKeyInfo whose algorithm is a password
/// based encryption scheme. Nullopt for anything else.
std::optional<PrivateKey> readDerPrivateKey(llvm::ArrayRef<uint8_t> Der);

/// The first private key in Bytes: a PEM block anywhere in it (text around
/// the blocks is ignored), including legacy encrypted PEM ("Proc-Type:
/// 4,ENCRYPTED" with a DEK-Info cipher libcrypto knows); or, when Bytes has
/// no PEM, Bytes as one DER key.
std::optional<PrivateKey> findPrivateKey(llvm::StringRef Bytes);

/// A certificate found in some bytes.
struct Certificate {
  /// From notBefore to notAfter, in whole days, rounded up: a certificate
  /// valid one second longer than 7 days counts 8.
  int64_t ValidityDays = 0;
  std::string PublicKeyDer;
  KeyEncoding Encoding = KeyEncoding::Der;
  /// Where its PEM block starts; 0 for DER.
  size_t Offset = 0;
};

/// The certificate that exactly fills Der, if it is one.
std::optional<Certificate> readDerCertificate(llvm::ArrayRef<uint8_t> Der);

/// Every certificate in Bytes, in order: PEM blocks, or Bytes as one DER
/// certificate.
std::vector<Certificate> findCertificates(llvm::StringRef Bytes);

/// Whether Bytes is public material and nothing else: PEM blocks that all
/// decode as certificates, public keys, certificate requests or parameters,
/// or one DER certificate, public key or request. A key-loading API given
/// such bytes is loading a public key.
bool isPublicMaterial(llvm::StringRef Bytes);

} // namespace tlslint::keys

#endif
