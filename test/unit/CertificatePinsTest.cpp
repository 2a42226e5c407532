//===-- CertificatePinsTest.cpp - Pins of certificate and key files -------===//
//
// Known answers: a certificate and a public key (no private key) whose pins
// were computed with `openssl x509 -pubkey | openssl pkey -pubin -outform der
// | openssl dgst -sha256 -binary | base64`.
//
//===----------------------------------------------------------------------===//

#include "lib/pin/CertificatePins.h"
#include "llvm/Support/Base64.h"
#include "gtest/gtest.h"

using namespace tlslint;

namespace {

const char *const CertificatePem = R"(-----BEGIN CERTIFICATE-----
MIIBnzCCAUagAwIBAgIBATAKBggqhkjOPQQDAjAuMRQwEgYDVQQDDAtrYXQuZXhh
bXBsZTEWMBQGA1UECgwNdGxzbGludCB0ZXN0czAgFw0yNjExMjMxNTE1NTNaGA8y
MTI2MTAzMDE1MTU1M1owLjEUMBIGA1UEAwwLa2F0LmV4YW1wbGUxFjAUBgNVBAoM
DXRsc2xpbnQgdGVzdHMwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQ2Q/azTn2c
7c4cY9lnFvSy4nKx5GZntPB2kRinfaau9tjHyfPsvLqDa7XWjYcOVLgZmZwbNIJg
V8Ebuf8chlXYo1MwUTAdBgNVHQ4EFgQUSqmmv3FXeTsFyx5TNjcr8evrz3kwHwYD
VR0jBBgwFoAUSqmmv3FXeTsFyx5TNjcr8evrz3kwDwYDVR0TAQH/BAUwAwEB/zAK
BggqhkjOPQQDAgNHADBEAiBDAPAJHSs6jC5f8q1mdOkOVHiEkUsR3bZc3rYXX7jo
AAIgHucRHj9NOweNiFH0JGFp0FuvXBqwxTTMN3QeBrnIJS0=
-----END CERTIFICATE-----
)";

// The certificate's own public key.
const char *const PublicKeyPem = R"(-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENkP2s059nO3OHGPZZxb0suJyseRm
Z7TwdpEYp32mrvbYx8nz7Ly6g2u11o2HDlS4GZmcGzSCYFfBG7n/HIZV2A==
-----END PUBLIC KEY-----
)";

const char *const Pin = "E6iaxtwn38Tpa3hFhbTDhhQdvLz0EikIKYcjLVVcQgA=";
const int64_t NotAfter2126_10_30 = 57280;

/// The DER inside a one-block PEM text.
std::string derOf(llvm::StringRef Pem) {
  llvm::SmallVector<llvm::StringRef, 16> Lines;
  Pem.split(Lines, '\n', -1, /*KeepEmpty=*/false);
  std::string Base64;
  for (llvm::StringRef Line : Lines)
    if (!Line.starts_with("-----"))
      Base64 += Line.str();
  std::vector<char> Der;
  EXPECT_FALSE(bool(llvm::decodeBase64(Base64, Der)));
  return std::string(Der.begin(), Der.end());
}

/// One PEM block of DER bytes.
std::string pemOf(llvm::StringRef Der) {
  std::string Base64 = llvm::encodeBase64(Der);
  std::string Pem = "-----BEGIN CERTIFICATE-----\n";
  for (size_t I = 0; I < Base64.size(); I += 64)
    Pem += Base64.substr(I, 64) + "\n";
  return Pem + "-----END CERTIFICATE-----\n";
}

std::string errorOf(llvm::StringRef Bytes) {
  auto Keys = readPinnedKeys(Bytes);
  if (Keys)
    return "no error";
  return llvm::toString(Keys.takeError());
}

TEST(CertificatePinsTest, EncodesDigestsAsPaddedBase64) {
  EXPECT_EQ(encodePin(Sha256Digest{}),
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
  // SHA-256 of nothing, a digest everyone can check.
  EXPECT_EQ(encodePin(sha256Of({})),
            "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
}

TEST(CertificatePinsTest, PinsCertificatesInPemAndDer) {
  for (const std::string &Bytes :
       {std::string(CertificatePem), derOf(CertificatePem)}) {
    auto Keys = readPinnedKeys(Bytes);
    ASSERT_TRUE(bool(Keys)) << llvm::toString(Keys.takeError());
    ASSERT_EQ(Keys->size(), 1u);
    const PinnedKey &K = Keys->front();
    EXPECT_EQ(K.Holder, KeyHolder::Certificate);
    EXPECT_EQ(K.pin(), Pin);
    EXPECT_EQ(K.Subject, "O=tlslint tests,CN=kat.example");
    EXPECT_EQ(K.KeyType, "EC P-256");
    EXPECT_EQ(K.NotAfterDay, NotAfter2126_10_30);
  }
}

TEST(CertificatePinsTest, PinsPublicKeysLikeTheirCertificates) {
  for (const std::string &Bytes :
       {std::string(PublicKeyPem), derOf(PublicKeyPem)}) {
    auto Keys = readPinnedKeys(Bytes);
    ASSERT_TRUE(bool(Keys)) << llvm::toString(Keys.takeError());
    ASSERT_EQ(Keys->size(), 1u);
    EXPECT_EQ(Keys->front().Holder, KeyHolder::PublicKey);
    EXPECT_EQ(Keys->front().pin(), Pin);
    EXPECT_TRUE(Keys->front().Subject.empty());
    EXPECT_FALSE(Keys->front().NotAfterDay);
  }
}

TEST(CertificatePinsTest, ReadsChainsAndSkipsTextAroundBlocks) {
  std::string Pem = std::string("subject=CN = kat.example\n") + CertificatePem +
                    "issuer=...\n" + PublicKeyPem;
  auto Keys = readPinnedKeys(Pem);
  ASSERT_TRUE(bool(Keys)) << llvm::toString(Keys.takeError());
  ASSERT_EQ(Keys->size(), 2u);
  EXPECT_EQ((*Keys)[0].Holder, KeyHolder::Certificate);
  EXPECT_EQ((*Keys)[1].Holder, KeyHolder::PublicKey);

  std::string Der = derOf(CertificatePem);
  auto DerChain = readPinnedKeys(Der + Der);
  ASSERT_TRUE(bool(DerChain)) << llvm::toString(DerChain.takeError());
  EXPECT_EQ(DerChain->size(), 2u);
}

TEST(CertificatePinsTest, SaysWhatIsWrong) {
  EXPECT_EQ(errorOf(""), "is empty");
  EXPECT_EQ(errorOf("hello"), "is neither PEM (no '-----BEGIN' line) nor DER");
  EXPECT_EQ(errorOf("-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n"),
            "PEM block 1 (X509 CRL) is not a certificate, certificate request "
            "or key");
  EXPECT_EQ(errorOf("-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n"
                    "-----END EC PARAMETERS-----\n"),
            "holds no certificate or key");
  EXPECT_EQ(errorOf("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: "
                    "4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n"
                    "-----END RSA PRIVATE KEY-----\n"),
            "PEM block 1 (RSA PRIVATE KEY) is an encrypted private key; give "
            "its public key instead ('openssl pkey -pubout')");
  // A second certificate that is cut short spoils the whole chain.
  std::string Der = derOf(CertificatePem);
  EXPECT_EQ(llvm::StringRef(errorOf(Der + Der.substr(0, 40))).split(" (").first,
            "DER certificate 2 cannot be decoded");
  // A public key block holding a certificate: the wrong decoder, reported.
  std::string Mislabelled = CertificatePem;
  Mislabelled.replace(Mislabelled.find("BEGIN CERTIFICATE"), 17,
                      "BEGIN PUBLIC KEY");
  Mislabelled.replace(Mislabelled.find("END CERTIFICATE"), 15,
                      "END PUBLIC KEY");
  EXPECT_EQ(llvm::StringRef(errorOf(Mislabelled)).split(" (").first,
            "PEM block 1");
}

TEST(CertificatePinsTest, AKeyLibcryptoCannotUseIsNoErrorOfTheNextBlock) {
  // The certificate's EC point with an invalid first byte (0x07 instead of
  // 0x04, uncompressed): the certificate parses and has a pin, but libcrypto
  // cannot make a key of it and queues a reason for that.
  std::string Der = derOf(CertificatePem);
  size_t Point = Der.find("\x04\x36\x43\xf6");
  ASSERT_NE(Point, std::string::npos);
  std::string BadPoint = Der;
  BadPoint[Point] = '\x07';
  auto Keys = readPinnedKeys(pemOf(BadPoint));
  ASSERT_TRUE(bool(Keys)) << llvm::toString(Keys.takeError());
  ASSERT_EQ(Keys->size(), 1u);
  EXPECT_EQ(Keys->front().KeyType, "key algorithm id-ecPublicKey");
  // A damaged certificate after it gets its own reason, not that one.
  std::string Cut = pemOf(Der.substr(0, 50));
  EXPECT_EQ(errorOf(Cut), "PEM block 1 (CERTIFICATE) cannot be decoded "
                          "(OpenSSL: too long)");
  EXPECT_EQ(errorOf(pemOf(BadPoint) + Cut),
            "PEM block 2 (CERTIFICATE) cannot be decoded (OpenSSL: too long)");
}

} // namespace
