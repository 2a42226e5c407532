//===-- KeyAlgorithm.h - Names of key algorithms and sizes ------*- C++ -*-===//

#ifndef TLSLINT_LIB_KEYS_KEYALGORITHM_H
#define TLSLINT_LIB_KEYS_KEYALGORITHM_H

#include <openssl/types.h>
#include <string>

namespace tlslint::keys {

/// Algorithm and size, e.g. "RSA 2048", "EC P-256", "ED25519". When Key is
/// null (libcrypto cannot use the algorithm), the algorithm's OID from Spki,
/// as "key algorithm 1.2.3".
std::string keyAlgorithmName(const EVP_PKEY *Key,
                             const X509_PUBKEY *Spki = nullptr);

} // namespace tlslint::keys

#endif
