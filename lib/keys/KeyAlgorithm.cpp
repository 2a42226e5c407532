//===-- KeyAlgorithm.cpp --------------------------------------------------===//

#include "lib/keys/KeyAlgorithm.h"
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

namespace tlslint::keys {

std::string keyAlgorithmName(const EVP_PKEY *Key, const X509_PUBKEY *Spki) {
  if (!Key) {
    // libcrypto cannot use this algorithm, but it can still be named: by its
    // OID.
    ASN1_OBJECT *Alg = nullptr;
    char Oid[80] = "unknown";
    if (Spki && X509_PUBKEY_get0_param(&Alg, nullptr, nullptr, nullptr,
                                       const_cast<X509_PUBKEY *>(Spki)))
      OBJ_obj2txt(Oid, sizeof(Oid), Alg, /*no_name=*/0);
    return std::string("key algorithm ") + Oid;
  }
  const char *Name = EVP_PKEY_get0_type_name(Key);
  std::string Type = Name ? Name : "unknown";
  switch (EVP_PKEY_get_base_id(Key)) {
  case EVP_PKEY_RSA:
  case EVP_PKEY_RSA_PSS:
  case EVP_PKEY_DSA:
    return Type + " " + std::to_string(EVP_PKEY_get_bits(Key));
  case EVP_PKEY_EC: {
    char Group[80];
    if (!EVP_PKEY_get_group_name(Key, Group, sizeof(Group), nullptr))
      return Type;
    const char *Nist = EC_curve_nid2nist(OBJ_sn2nid(Group));
    return Type + " " + (Nist ? Nist : Group);
  }
  default:
    return Type;
  }
}

} // namespace tlslint::keys
