//===-- KeyStores.h - Private keys inside key stores ------------*- C++ -*-===//
//
// Key stores hold their private keys encrypted under a password we do not
// know, so what can be said is what their structure shows: a PKCS#12 key or
// shrouded key bag, a JKS/JCEKS private-key entry (tag 1), a Bouncy Castle
// (BKS) private-key entry or a sealed key entry with a certificate chain
// (Java only gives chains to private keys). PKCS#12 is read with libcrypto;
// libcrypto cannot read the Java formats, whose plain structure is walked
// here.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_KEYS_KEYSTORES_H
#define TLSLINT_LIB_KEYS_KEYSTORES_H

#include "lib/keys/PrivateKeys.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace tlslint::keys {

/// What the readable part of a key store shows.
enum class StoreContents {
  PrivateKey,   ///< It holds a private key.
  NoPrivateKey, ///< Every entry was read and none is a private key.
  Unknown,      ///< Some entries are locked or in a form we cannot skip.
};

struct KeyStore {
  /// "PKCS#12", "JKS", "JCEKS" or "BKS".
  std::string Format;
  StoreContents Contents = StoreContents::Unknown;
  /// What holds the key: "a shrouded key bag", "private-key entry
  /// 'client'"; empty unless Contents is PrivateKey.
  std::string KeyEntry;
  /// The certificates issued for its private keys that can be read without
  /// the password: a JKS or BKS entry's first chain certificate, a PKCS#12
  /// certificate bag tied to a key (localKeyID) in a safe without a password.
  std::vector<Certificate> KeyCertificates;
};

/// Reads Bytes as a PKCS#12 file (a DER PFX), a JKS or JCEKS key store
/// (magic 0xFEEDFEED or 0xCECECECE) or a BKS key store (version 0 to 2 and a
/// 20-byte salt). Nullopt when Bytes is none of them. PKCS#12 safes are
/// opened when they are not encrypted or their password is empty.
std::optional<KeyStore> readKeyStore(llvm::StringRef Bytes);

} // namespace tlslint::keys

#endif
