//===-- KeysTest.cpp - Private keys, certificates and key stores ----------===//
//
// Every key is generated here, at test time, with libcrypto: no private key
// is committed. The Java key stores are written byte by byte after the
// layout in lib/keys/KeyStores.cpp; test/xml/ checks keytool's own JKS.
//
//===----------------------------------------------------------------------===//

#include "lib/keys/KeyStores.h"
#include "lib/keys/PackagedFiles.h"
#include "lib/keys/PrivateKeys.h"
#include "gtest/gtest.h"
#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

using namespace tlslint::keys;

namespace {

struct KeyFree {
  void operator()(EVP_PKEY *K) const { EVP_PKEY_free(K); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;
struct CertFree {
  void operator()(X509 *C) const { X509_free(C); }
};
using Cert = std::unique_ptr<X509, CertFree>;

Key rsaKey() {
  return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(1024)));
}
Key ecKey() { return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")); }
Key ed25519Key() { return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519")); }

/// What a libcrypto writer puts into a memory BIO.
template <typename WriteT> std::string written(WriteT Write) {
  BIO *Out = BIO_new(BIO_s_mem());
  EXPECT_TRUE(Write(Out));
  char *Data = nullptr;
  long Len = BIO_get_mem_data(Out, &Data);
  std::string Bytes(Data, Len > 0 ? Len : 0);
  BIO_free(Out);
  return Bytes;
}

std::string pkcs8Der(EVP_PKEY *K) {
  return written([&](BIO *B) {
    return i2d_PKCS8PrivateKey_bio(B, K, nullptr, nullptr, 0, nullptr, nullptr);
  });
}
std::string traditionalDer(EVP_PKEY *K) {
  return written([&](BIO *B) { return i2d_PrivateKey_bio(B, K); });
}
std::string encryptedPkcs8Der(EVP_PKEY *K) {
  return written([&](BIO *B) {
    return i2d_PKCS8PrivateKey_bio(B, K, EVP_aes_256_cbc(), nullptr, 0, nullptr,
                                   const_cast<char *>("secret"));
  });
}
std::string pkcs8Pem(EVP_PKEY *K) {
  return written([&](BIO *B) {
    return PEM_write_bio_PrivateKey(B, K, nullptr, nullptr, 0, nullptr,
                                    nullptr);
  });
}
std::string publicDer(EVP_PKEY *K) {
  return written([&](BIO *B) { return i2d_PUBKEY_bio(B, K); });
}
std::string publicPem(EVP_PKEY *K) {
  return written([&](BIO *B) { return PEM_write_bio_PUBKEY(B, K); });
}

Cert selfSigned(EVP_PKEY *K, long Days) {
  Cert C(X509_new());
  X509_set_version(C.get(), X509_VERSION_3);
  ASN1_INTEGER_set(X509_get_serialNumber(C.get()), 1);
  X509_gmtime_adj(X509_getm_notBefore(C.get()), 0);
  X509_gmtime_adj(X509_getm_notAfter(C.get()), Days * 24 * 3600);
  X509_NAME *Name = X509_get_subject_name(C.get());
  X509_NAME_add_entry_by_txt(Name, "CN", MBSTRING_ASC,
                             reinterpret_cast<const unsigned char *>("client"),
                             -1, -1, 0);
  X509_set_issuer_name(C.get(), Name);
  X509_set_pubkey(C.get(), K);
  X509_sign(C.get(), K, EVP_sha256());
  return C;
}
std::string certDer(X509 *C) {
  return written([&](BIO *B) { return i2d_X509_bio(B, C); });
}
std::string certPem(X509 *C) {
  return written([&](BIO *B) { return PEM_write_bio_X509(B, C); });
}

llvm::ArrayRef<uint8_t> bytes(const std::string &S) {
  return llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(S.data()),
                                 S.size());
}

TEST(KeysTest, ReadsDerSequenceSizes) {
  EXPECT_EQ(derSequenceSize(bytes(std::string("\x30\x05", 2))), 7u);
  EXPECT_EQ(derSequenceSize(bytes(std::string("\x30\x81\x80", 3))), 131u);
  EXPECT_EQ(derSequenceSize(bytes(std::string("\x30\x82\x04\xbd", 4))), 1217u);
  // Indefinite length (BER), a truncated header, not a SEQUENCE.
  EXPECT_EQ(derSequenceSize(bytes(std::string("\x30\x80", 2))), std::nullopt);
  EXPECT_EQ(derSequenceSize(bytes(std::string("\x30\x82\x04", 3))),
            std::nullopt);
  EXPECT_EQ(derSequenceSize(bytes(std::string("\x31\x05", 2))), std::nullopt);

  EXPECT_TRUE(mayBeDerPrivateKey(bytes(std::string("\x30\x2e", 2)), 48));
  EXPECT_FALSE(mayBeDerPrivateKey(bytes(std::string("\x30\x2d", 2)), 47));
  EXPECT_FALSE(mayBeDerPrivateKey(bytes(std::string("\x30\x2e", 2)), 49));
}

TEST(KeysTest, ConfirmsDerPrivateKeysWithLibcrypto) {
  Key Rsa = rsaKey(), Ec = ecKey(), Ed = ed25519Key();
  ASSERT_TRUE(Rsa && Ec && Ed);

  auto Pkcs8 = readDerPrivateKey(bytes(pkcs8Der(Rsa.get())));
  ASSERT_TRUE(Pkcs8);
  EXPECT_EQ(Pkcs8->Algorithm, "RSA 1024");
  EXPECT_EQ(Pkcs8->Format, "PKCS#8");
  EXPECT_FALSE(Pkcs8->Encrypted);
  EXPECT_EQ(Pkcs8->PublicKeyDer, publicDer(Rsa.get()));
  EXPECT_EQ(Pkcs8->description(), "RSA 1024 private key (PKCS#8 DER)");

  auto Pkcs1 = readDerPrivateKey(bytes(traditionalDer(Rsa.get())));
  ASSERT_TRUE(Pkcs1);
  EXPECT_EQ(Pkcs1->Format, "PKCS#1");

  auto Sec1 = readDerPrivateKey(bytes(traditionalDer(Ec.get())));
  ASSERT_TRUE(Sec1);
  EXPECT_EQ(Sec1->Algorithm, "EC P-256");
  EXPECT_EQ(Sec1->Format, "SEC 1");

  std::string EdDer = pkcs8Der(Ed.get());
  EXPECT_EQ(EdDer.size(), MinDerPrivateKeySize);
  auto EdKey = readDerPrivateKey(bytes(EdDer));
  ASSERT_TRUE(EdKey);
  EXPECT_EQ(EdKey->Algorithm, "ED25519");

  auto Encrypted = readDerPrivateKey(bytes(encryptedPkcs8Der(Ec.get())));
  ASSERT_TRUE(Encrypted);
  EXPECT_TRUE(Encrypted->Encrypted);
  EXPECT_EQ(Encrypted->Format, "encrypted PKCS#8");
  EXPECT_TRUE(Encrypted->PublicKeyDer.empty());
  EXPECT_EQ(Encrypted->description(),
            "encrypted private key (encrypted PKCS#8 DER)");
}

TEST(KeysTest, RejectsLookAlikes) {
  Key Ec = ecKey();
  ASSERT_TRUE(Ec);
  Cert C = selfSigned(Ec.get(), 30);
  EXPECT_FALSE(readDerPrivateKey(bytes(publicDer(Ec.get()))));
  EXPECT_FALSE(readDerPrivateKey(bytes(certDer(C.get()))));

  // A SEQUENCE with a correct length and nothing a decoder accepts.
  std::string Random(100, '\x5a');
  Random[0] = 0x30;
  Random[1] = 98;
  EXPECT_TRUE(mayBeDerPrivateKey(bytes(Random), Random.size()));
  EXPECT_FALSE(readDerPrivateKey(bytes(Random)));

  // A signature's DigestInfo has the shape of an EncryptedPrivateKeyInfo;
  // its algorithm (SHA-256) is no password based encryption.
  X509_SIG *Sig = X509_SIG_new();
  X509_ALGOR *Algorithm = nullptr;
  ASN1_OCTET_STRING *Digest = nullptr;
  X509_SIG_getm(Sig, &Algorithm, &Digest);
  X509_ALGOR_set0(Algorithm, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
  ASN1_OCTET_STRING_set(Digest,
                        reinterpret_cast<const unsigned char *>(
                            "0123456789abcdef0123456789abcdef"),
                        32);
  unsigned char *Der = nullptr;
  int Len = i2d_X509_SIG(Sig, &Der);
  ASSERT_GE(Len, int(MinDerPrivateKeySize));
  EXPECT_FALSE(readDerPrivateKey(llvm::ArrayRef<uint8_t>(Der, Len)));
  OPENSSL_free(Der);
  X509_SIG_free(Sig);

  // A key followed by one more byte is not exactly a key.
  std::string Padded = pkcs8Der(Ec.get()) + std::string(1, '\0');
  EXPECT_FALSE(readDerPrivateKey(bytes(Padded)));
}

TEST(KeysTest, FindsPemKeysAmongOtherBlocks) {
  Key Ec = ecKey(), Rsa = rsaKey();
  ASSERT_TRUE(Ec && Rsa);
  Cert C = selfSigned(Ec.get(), 30);
  std::string Certificate = certPem(C.get());
  std::string Text = "client bundle\n" + Certificate + pkcs8Pem(Ec.get());
  auto Found = findPrivateKey(Text);
  ASSERT_TRUE(Found);
  EXPECT_EQ(Found->Encoding, KeyEncoding::Pem);
  EXPECT_EQ(Found->Offset, 14 + Certificate.size());
  EXPECT_EQ(Found->description(), "EC P-256 private key (PKCS#8 PEM)");

  // A damaged block does not hide the key after it.
  std::string Damaged =
      "-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----\n" +
      pkcs8Pem(Rsa.get());
  ASSERT_TRUE(findPrivateKey(Damaged));
  EXPECT_EQ(findPrivateKey(Damaged)->Algorithm, "RSA 1024");

  // A PEM parser's marker, a truncated key, public material.
  EXPECT_FALSE(findPrivateKey("-----BEGIN PRIVATE KEY-----"));
  std::string Pem = pkcs8Pem(Ec.get());
  EXPECT_FALSE(findPrivateKey(Pem.substr(0, Pem.size() / 2)));
  EXPECT_FALSE(findPrivateKey(publicPem(Ec.get()) + Certificate));
}

TEST(KeysTest, FindsEncryptedPemKeys) {
  Key Rsa = rsaKey();
  ASSERT_TRUE(Rsa);
  std::string Pkcs8 = written([&](BIO *B) {
    return PEM_write_bio_PKCS8PrivateKey(B, Rsa.get(), EVP_aes_256_cbc(),
                                         nullptr, 0, nullptr,
                                         const_cast<char *>("secret"));
  });
  ASSERT_TRUE(llvm::StringRef(Pkcs8).starts_with(
      "-----BEGIN ENCRYPTED PRIVATE KEY-----"));
  auto Found = findPrivateKey(Pkcs8);
  ASSERT_TRUE(Found);
  EXPECT_EQ(Found->description(),
            "encrypted private key (encrypted PKCS#8 PEM)");

  std::string Legacy = written([&](BIO *B) {
    return PEM_write_bio_PrivateKey_traditional(B, Rsa.get(), EVP_aes_128_cbc(),
                                                nullptr, 0, nullptr,
                                                const_cast<char *>("secret"));
  });
  ASSERT_TRUE(llvm::StringRef(Legacy).contains("Proc-Type: 4,ENCRYPTED"));
  Found = findPrivateKey(Legacy);
  ASSERT_TRUE(Found);
  EXPECT_EQ(Found->Format, "encrypted PKCS#1");
}

TEST(KeysTest, TellsPublicMaterial) {
  Key Ec = ecKey();
  ASSERT_TRUE(Ec);
  Cert C = selfSigned(Ec.get(), 30);
  EXPECT_TRUE(isPublicMaterial(publicPem(Ec.get())));
  EXPECT_TRUE(isPublicMaterial(certPem(C.get()) + publicPem(Ec.get())));
  EXPECT_TRUE(isPublicMaterial(publicDer(Ec.get())));
  EXPECT_TRUE(isPublicMaterial(certDer(C.get())));
  EXPECT_FALSE(isPublicMaterial(certPem(C.get()) + pkcs8Pem(Ec.get())));
  EXPECT_FALSE(isPublicMaterial(pkcs8Der(Ec.get())));
  EXPECT_FALSE(isPublicMaterial("not a key"));
  EXPECT_FALSE(isPublicMaterial(""));
}

TEST(KeysTest, ReadsCertificateValidity) {
  Key Ec = ecKey();
  ASSERT_TRUE(Ec);
  Cert Year = selfSigned(Ec.get(), 365), Week = selfSigned(Ec.get(), 7);
  std::vector<Certificate> Found =
      findCertificates("chain\n" + certPem(Year.get()) + certPem(Week.get()));
  ASSERT_EQ(Found.size(), 2u);
  EXPECT_EQ(Found[0].ValidityDays, 365);
  EXPECT_EQ(Found[0].Offset, 6u);
  EXPECT_EQ(Found[0].PublicKeyDer, publicDer(Ec.get()));
  EXPECT_EQ(Found[1].ValidityDays, 7);
  Found = findCertificates(certDer(Week.get()));
  ASSERT_EQ(Found.size(), 1u);
  EXPECT_EQ(Found[0].Encoding, KeyEncoding::Der);
  EXPECT_TRUE(findCertificates(pkcs8Pem(Ec.get())).empty());
}

/// PKCS12_create's defaults (OpenSSL 3): the key in a shrouded key bag in a
/// plain safe, the certificates in a safe encrypted under the password.
/// CertNid -1 leaves the certificate safe unencrypted.
std::string pkcs12(EVP_PKEY *K, X509 *C, int CertNid) {
  PKCS12 *P12 =
      PKCS12_create("secret", "client", K, C, nullptr, 0, CertNid, 0, 0, 0);
  EXPECT_TRUE(P12);
  std::string Der = written([&](BIO *B) { return i2d_PKCS12_bio(B, P12); });
  PKCS12_free(P12);
  return Der;
}

TEST(KeysTest, ReadsPkcs12WithoutItsPassword) {
  Key Ec = ecKey();
  ASSERT_TRUE(Ec);
  Cert C = selfSigned(Ec.get(), 365);

  auto Store = readKeyStore(pkcs12(Ec.get(), C.get(), 0));
  ASSERT_TRUE(Store);
  EXPECT_EQ(Store->Format, "PKCS#12");
  EXPECT_EQ(Store->Contents, StoreContents::PrivateKey);
  EXPECT_EQ(Store->KeyEntry, "a shrouded key bag");
  EXPECT_TRUE(Store->KeyCertificates.empty()); // Encrypted.

  Store = readKeyStore(pkcs12(Ec.get(), C.get(), -1));
  ASSERT_TRUE(Store);
  ASSERT_EQ(Store->KeyCertificates.size(), 1u);
  EXPECT_EQ(Store->KeyCertificates[0].ValidityDays, 365);

  // Trust stores: certificates only, locked or in the clear.
  Store = readKeyStore(pkcs12(nullptr, C.get(), 0));
  ASSERT_TRUE(Store);
  EXPECT_EQ(Store->Contents, StoreContents::Unknown);
  Store = readKeyStore(pkcs12(nullptr, C.get(), -1));
  ASSERT_TRUE(Store);
  EXPECT_EQ(Store->Contents, StoreContents::NoPrivateKey);

  EXPECT_FALSE(readKeyStore(pkcs8Der(Ec.get())));
}

/// Writes what Java's DataOutputStream writes.
class JavaWriter {
public:
  JavaWriter &u8(uint8_t V) { return raw(std::string(1, char(V))); }
  JavaWriter &u16(uint16_t V) { return big(V, 2); }
  JavaWriter &u32(uint32_t V) { return big(V, 4); }
  JavaWriter &u64(uint64_t V) { return big(V, 8); }
  JavaWriter &utf(llvm::StringRef S) { return u16(S.size()).raw(S); }
  JavaWriter &block(llvm::StringRef S) { return u32(S.size()).raw(S); }
  JavaWriter &raw(llvm::StringRef S) {
    Bytes += S.str();
    return *this;
  }
  std::string Bytes;

private:
  JavaWriter &big(uint64_t V, int Size) {
    for (int I = Size - 1; I >= 0; --I)
      Bytes += char((V >> (8 * I)) & 0xff);
    return *this;
  }
};

TEST(KeysTest, ReadsJksEntries) {
  Key Ec = ecKey();
  ASSERT_TRUE(Ec);
  Cert Ca = selfSigned(Ec.get(), 3650), Client = selfSigned(Ec.get(), 30);
  std::string Sealed = encryptedPkcs8Der(Ec.get());

  JavaWriter Jks;
  Jks.u32(0xFEEDFEED).u32(2).u32(2);
  Jks.u32(2).utf("ca").u64(0).utf("X.509").block(certDer(Ca.get()));
  Jks.u32(1).utf("client").u64(0).block(Sealed).u32(2);
  Jks.utf("X.509").block(certDer(Client.get()));
  Jks.utf("X.509").block(certDer(Ca.get()));
  auto Store = readKeyStore(Jks.Bytes);
  ASSERT_TRUE(Store);
  EXPECT_EQ(Store->Format, "JKS");
  EXPECT_EQ(Store->Contents, StoreContents::PrivateKey);
  EXPECT_EQ(Store->KeyEntry, "private-key entry 'client'");
  ASSERT_EQ(Store->KeyCertificates.size(), 1u);
  EXPECT_EQ(Store->KeyCertificates[0].ValidityDays, 30);

  JavaWriter TrustStore; // Version 1: certificates have no type string.
  TrustStore.u32(0xFEEDFEED).u32(1).u32(1);
  TrustStore.u32(2).utf("ca").u64(0).block(certDer(Ca.get()));
  Store = readKeyStore(TrustStore.Bytes);
  ASSERT_TRUE(Store);
  EXPECT_EQ(Store->Contents, StoreContents::NoPrivateKey);

  // Truncated, and a JCEKS secret key we cannot skip.
  Store = readKeyStore(Jks.Bytes.substr(0, 40));
  ASSERT_TRUE(Store);
  EXPECT_EQ(Store->Contents, StoreContents::Unknown);
  JavaWriter Jceks;
  Jceks.u32(0xCECECECE).u32(2).u32(2).u32(3).utf("aes").u64(0).raw("\xac\xed");
  Store = readKeyStore(Jceks.Bytes);
  ASSERT_TRUE(Store);
  EXPECT_EQ(Store->Format, "JCEKS");
  EXPECT_EQ(Store->Contents, StoreContents::Unknown);
}

JavaWriter bksHeader() {
  JavaWriter W;
  W.u32(2).block(std::string(20, 's')).u32(1024);
  return W;
}

TEST(KeysTest, ReadsBksEntries) {
  Key Ec = ecKey();
  ASSERT_TRUE(Ec);
  Cert Client = selfSigned(Ec.get(), 400);

  JavaWriter Sealed = bksHeader();
  Sealed.u8(1).utf("ca").u64(0).u32(0).utf("X.509").block(
      certDer(Client.get()));
  Sealed.u8(4).utf("client").u64(0).u32(1).utf("X.509").block(
      certDer(Client.get()));
  Sealed.block("encrypted key").u8(0);
  auto Store = readKeyStore(Sealed.Bytes);
  ASSERT_TRUE(Store);
  EXPECT_EQ(Store->Format, "BKS");
  EXPECT_EQ(Store->Contents, StoreContents::PrivateKey);
  EXPECT_EQ(Store->KeyEntry, "sealed key entry 'client'");
  ASSERT_EQ(Store->KeyCertificates.size(), 1u);
  EXPECT_EQ(Store->KeyCertificates[0].ValidityDays, 400);

  JavaWriter Clear = bksHeader();
  Clear.u8(2).utf("client").u64(0).u32(0).u8(0).utf("PKCS#8").utf("EC").block(
      pkcs8Der(Ec.get()));
  Clear.u8(0);
  Store = readKeyStore(Clear.Bytes);
  ASSERT_TRUE(Store);
  EXPECT_EQ(Store->KeyEntry, "private-key entry 'client'");

  // A secret key (sealed, no chain) and a public key are not private keys.
  JavaWriter Secrets = bksHeader();
  Secrets.u8(4).utf("aes").u64(0).u32(0).block("encrypted key");
  Secrets.u8(2).utf("pub").u64(0).u32(0).u8(1).utf("X.509").utf("EC").block(
      publicDer(Ec.get()));
  Secrets.u8(0);
  Store = readKeyStore(Secrets.Bytes);
  ASSERT_TRUE(Store);
  EXPECT_EQ(Store->Contents, StoreContents::NoPrivateKey);

  // Not BKS: a salt of another size.
  JavaWriter Other;
  Other.u32(2).block(std::string(16, 's')).u32(1024).u8(0);
  EXPECT_FALSE(readKeyStore(Other.Bytes));
}

TEST(KeysTest, KnowsWhereTheBuildPackagesFiles) {
  EXPECT_EQ(packagedLocation("app/src/main/assets/client.key"),
            PackagedLocation::Assets);
  EXPECT_EQ(packagedLocation("app/src/main/assets/certs/deep/client.key"),
            PackagedLocation::Assets);
  EXPECT_EQ(packagedLocation("app/src/main/res/raw/client.p12"),
            PackagedLocation::RawResources);
  EXPECT_EQ(packagedLocation("app/src/main/res/raw-en/client.p12"),
            PackagedLocation::RawResources);
  EXPECT_EQ(packagedLocation("app/src/main/jniLibs/arm64-v8a/client.pem"),
            PackagedLocation::JniLibs);
  EXPECT_EQ(packagedLocation("app/src/debug/resources/client.jks"),
            PackagedLocation::JavaResources);
  EXPECT_EQ(packagedLocation("app/src/main/res/xml/client.pem"),
            PackagedLocation::None);
  EXPECT_EQ(packagedLocation("server/raw/client.pem"), PackagedLocation::None);
  EXPECT_EQ(packagedLocation("resources/client.pem"), PackagedLocation::None);
  EXPECT_EQ(packagedLocation("assets"), PackagedLocation::None);
  EXPECT_EQ(packagedLocationName(PackagedLocation::RawResources), "res/raw");

  EXPECT_TRUE(hasKeyFileExtension("a/client.PEM"));
  EXPECT_TRUE(hasKeyFileExtension("client.p12"));
  EXPECT_TRUE(hasKeyFileExtension("release.keystore"));
  EXPECT_FALSE(hasKeyFileExtension("client.crt"));
  EXPECT_FALSE(hasKeyFileExtension("key"));
}

} // namespace
