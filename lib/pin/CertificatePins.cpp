//===-- CertificatePins.cpp -----------------------------------------------===//
//
// All X.509 and key parsing is libcrypto's: we only pick the decoder for each
// PEM block (or try them in turn on DER) and hash what it re-encodes.
//
//===----------------------------------------------------------------------===//

#include "lib/pin/CertificatePins.h"
#include "lib/keys/KeyAlgorithm.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/MemoryBuffer.h"
#include <limits>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace tlslint {
namespace {

using keys::keyAlgorithmName;

template <typename T, void (*Free)(T *)> struct OpenSslDeleter {
  void operator()(T *P) const { Free(P); }
};
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509, X509_free>>;
using ReqPtr =
    std::unique_ptr<X509_REQ, OpenSslDeleter<X509_REQ, X509_REQ_free>>;
using KeyPtr =
    std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY, EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO, BIO_free_all>>;

void freeOpenSslBytes(unsigned char *P) { OPENSSL_free(P); }
void freeOpenSslChars(char *P) { OPENSSL_free(P); }
using DerPtr = std::unique_ptr<unsigned char,
                               OpenSslDeleter<unsigned char, freeOpenSslBytes>>;
using CharsPtr = std::unique_ptr<char, OpenSslDeleter<char, freeOpenSslChars>>;

/// "OpenSSL: " and the reason OpenSSL recorded first (the root cause; later
/// entries only say which wrapper failed), leaving the queue clean.
std::string takeOpenSslReason() {
  unsigned long Code = ERR_peek_error();
  const char *Reason = Code ? ERR_reason_error_string(Code) : nullptr;
  ERR_clear_error();
  return std::string("OpenSSL: ") + (Reason ? Reason : "unknown error");
}

std::string nameText(const X509_NAME *Name) {
  BioPtr Out(BIO_new(BIO_s_mem()));
  if (!Out || X509_NAME_print_ex(Out.get(), Name, 0, XN_FLAG_RFC2253) < 0)
    return "";
  char *Data = nullptr;
  long Len = BIO_get_mem_data(Out.get(), &Data);
  return std::string(Data, Len > 0 ? Len : 0);
}

/// Days since 1970-01-01 of a time, rounded down. ASN1_TIME_diff handles any
/// year, where time_t conversions may not.
std::optional<int64_t> dayOf(const ASN1_TIME *Time) {
  std::unique_ptr<ASN1_TIME, OpenSslDeleter<ASN1_TIME, ASN1_TIME_free>> Epoch(
      ASN1_TIME_set(nullptr, 0));
  int Days = 0, Seconds = 0;
  if (!Epoch || !ASN1_TIME_diff(&Days, &Seconds, Epoch.get(), Time))
    return std::nullopt;
  return Days - (Seconds < 0 ? 1 : 0);
}

/// The key of a certificate or request, or null where libcrypto cannot use
/// it (an unknown algorithm, a bad point): the pin is still defined then, so
/// the reason libcrypto queued is dropped rather than left to be reported as
/// the reason the next object fails.
template <typename T>
const EVP_PKEY *usableKey(T *Holder, EVP_PKEY *(*Get)(T *)) {
  ERR_set_mark();
  const EVP_PKEY *Key = Get(Holder);
  ERR_pop_to_mark();
  return Key;
}

/// Pins the DER SubjectPublicKeyInfo that Encode (an i2d function) writes
/// for Object.
template <typename T>
std::optional<Sha256Digest>
digestOf(const T *Object, int (*Encode)(const T *, unsigned char **)) {
  if (!Object)
    return std::nullopt;
  unsigned char *Der = nullptr;
  int Len = Encode(Object, &Der);
  DerPtr Owner(Der);
  if (Len <= 0)
    return std::nullopt;
  return sha256Of(llvm::ArrayRef<uint8_t>(Der, Len));
}

/// Turns one DER object into a key; nullptr-like results leave the reason in
/// OpenSSL's error queue. P advances past what was read.
using Decoder = std::optional<PinnedKey> (*)(const unsigned char *&P, long Len);

std::optional<PinnedKey> fromCertificate(X509 *Cert) {
  // Hash the SubjectPublicKeyInfo as the certificate encodes it, not a
  // re-encoding of the parsed key, so unusual parameters keep their pin.
  X509_PUBKEY *Spki = X509_get_X509_PUBKEY(Cert);
  auto Digest = digestOf<X509_PUBKEY>(Spki, i2d_X509_PUBKEY);
  if (!Digest)
    return std::nullopt;
  PinnedKey K;
  K.Holder = KeyHolder::Certificate;
  K.Subject = nameText(X509_get_subject_name(Cert));
  K.KeyType =
      keyAlgorithmName(usableKey<const X509>(Cert, X509_get0_pubkey), Spki);
  K.NotAfterDay = dayOf(X509_get0_notAfter(Cert));
  K.Digest = *Digest;
  return K;
}

std::optional<PinnedKey> decodeCertificate(const unsigned char *&P, long Len) {
  X509Ptr Cert(d2i_X509(nullptr, &P, Len));
  return Cert ? fromCertificate(Cert.get()) : std::nullopt;
}

/// OpenSSL's "TRUSTED CERTIFICATE": a certificate followed by trust settings.
std::optional<PinnedKey> decodeTrustedCertificate(const unsigned char *&P,
                                                  long Len) {
  X509Ptr Cert(d2i_X509_AUX(nullptr, &P, Len));
  return Cert ? fromCertificate(Cert.get()) : std::nullopt;
}

std::optional<PinnedKey> decodeRequest(const unsigned char *&P, long Len) {
  ReqPtr Req(d2i_X509_REQ(nullptr, &P, Len));
  if (!Req)
    return std::nullopt;
  X509_PUBKEY *Spki = X509_REQ_get_X509_PUBKEY(Req.get());
  auto Digest = digestOf<X509_PUBKEY>(Spki, i2d_X509_PUBKEY);
  if (!Digest)
    return std::nullopt;
  PinnedKey K;
  K.Holder = KeyHolder::CertificateRequest;
  K.Subject = nameText(X509_REQ_get_subject_name(Req.get()));
  K.KeyType = keyAlgorithmName(
      usableKey<X509_REQ>(Req.get(), X509_REQ_get0_pubkey), Spki);
  K.Digest = *Digest;
  return K;
}

std::optional<PinnedKey> fromKey(KeyPtr Key, KeyHolder Holder) {
  if (!Key)
    return std::nullopt;
  // i2d_PUBKEY writes the public half of a private key too.
  auto Digest = digestOf<EVP_PKEY>(Key.get(), i2d_PUBKEY);
  if (!Digest)
    return std::nullopt;
  PinnedKey K;
  K.Holder = Holder;
  K.KeyType = keyAlgorithmName(Key.get(), nullptr);
  K.Digest = *Digest;
  return K;
}

std::optional<PinnedKey> decodePublicKey(const unsigned char *&P, long Len) {
  return fromKey(KeyPtr(d2i_PUBKEY(nullptr, &P, Len)), KeyHolder::PublicKey);
}

/// PKCS#1 "RSA PUBLIC KEY", which has no algorithm identifier of its own.
std::optional<PinnedKey> decodeRsaPublicKey(const unsigned char *&P, long Len) {
  return fromKey(KeyPtr(d2i_PublicKey(EVP_PKEY_RSA, nullptr, &P, Len)),
                 KeyHolder::PublicKey);
}

/// Unencrypted PKCS#8 and the traditional RSA, EC and DSA forms. d2i never
/// asks for a passphrase, so an encrypted key fails instead of prompting.
std::optional<PinnedKey> decodePrivateKey(const unsigned char *&P, long Len) {
  return fromKey(KeyPtr(d2i_AutoPrivateKey(nullptr, &P, Len)),
                 KeyHolder::PrivateKey);
}

struct PemKind {
  llvm::StringRef Name;
  Decoder Decode;
};

const PemKind PemKinds[] = {
    {PEM_STRING_X509, decodeCertificate},
    {PEM_STRING_X509_OLD, decodeCertificate},
    {PEM_STRING_X509_TRUSTED, decodeTrustedCertificate},
    {PEM_STRING_X509_REQ, decodeRequest},
    {PEM_STRING_X509_REQ_OLD, decodeRequest},
    {PEM_STRING_PUBLIC, decodePublicKey},
    {PEM_STRING_RSA_PUBLIC, decodeRsaPublicKey},
    {PEM_STRING_PKCS8INF, decodePrivateKey},
    {PEM_STRING_RSA, decodePrivateKey},
    {PEM_STRING_ECPRIVATEKEY, decodePrivateKey},
    {PEM_STRING_DSA, decodePrivateKey},
};

/// Decodes exactly Der with Decode; trailing bytes are an error because they
/// usually mean the wrong decoder or a damaged file.
llvm::Expected<PinnedKey> decodeWhole(Decoder Decode,
                                      llvm::ArrayRef<uint8_t> Der) {
  const unsigned char *P = Der.data();
  std::optional<PinnedKey> K = Decode(P, static_cast<long>(Der.size()));
  if (!K)
    return llvm::createStringError(takeOpenSslReason());
  size_t Used = P - Der.data();
  if (Used != Der.size())
    return llvm::createStringError("%zu bytes follow the DER object",
                                   Der.size() - Used);
  return std::move(*K);
}

/// Why a PEM block we do not read is refused; empty when it is skipped.
std::string unreadablePemBlock(llvm::StringRef Name, llvm::StringRef Header) {
  if (Name == PEM_STRING_PKCS8 || Header.contains("ENCRYPTED"))
    return "is an encrypted private key; give its public key instead "
           "('openssl pkey -pubout')";
  if (Name == PEM_STRING_PKCS7 || Name == PEM_STRING_PKCS7_SIGNED)
    return "is PKCS#7, which is not supported; extract the certificates "
           "with 'openssl pkcs7 -print_certs'";
  // Parameters (e.g. before an EC key from 'openssl ecparam -genkey') carry
  // no public key.
  if (Name.ends_with("PARAMETERS"))
    return "";
  return "is not a certificate, certificate request or key";
}

llvm::Expected<std::vector<PinnedKey>> readPem(llvm::StringRef Bytes) {
  if (Bytes.size() > size_t(std::numeric_limits<int>::max()))
    return llvm::createStringError("is too large");
  BioPtr In(BIO_new_mem_buf(Bytes.data(), static_cast<int>(Bytes.size())));
  if (!In)
    return llvm::createStringError("out of memory");
  std::vector<PinnedKey> Keys;
  for (unsigned Block = 1;; ++Block) {
    char *NameP = nullptr, *HeaderP = nullptr;
    unsigned char *DataP = nullptr;
    long Len = 0;
    if (!PEM_read_bio(In.get(), &NameP, &HeaderP, &DataP, &Len)) {
      unsigned long Code = ERR_peek_last_error();
      // "No start line" at the end of input is the normal way out.
      if (ERR_GET_LIB(Code) == ERR_LIB_PEM &&
          ERR_GET_REASON(Code) == PEM_R_NO_START_LINE) {
        ERR_clear_error();
        if (Block == 1)
          return llvm::createStringError("has no readable PEM block");
        break;
      }
      return llvm::createStringError("PEM block " + llvm::Twine(Block) +
                                     " is malformed (" + takeOpenSslReason() +
                                     ")");
    }
    CharsPtr Name(NameP), Header(HeaderP);
    DerPtr Data(DataP);
    llvm::StringRef BlockName(NameP), BlockHeader(HeaderP);
    const auto *Kind = llvm::find_if(
        PemKinds, [&](const PemKind &K) { return K.Name == BlockName; });
    if (Kind == std::end(PemKinds) || BlockHeader.contains("ENCRYPTED")) {
      std::string Why = unreadablePemBlock(BlockName, BlockHeader);
      if (Why.empty())
        continue;
      return llvm::createStringError("PEM block " + llvm::Twine(Block) + " (" +
                                     BlockName + ") " + Why);
    }
    auto Key = decodeWhole(Kind->Decode, llvm::ArrayRef<uint8_t>(DataP, Len));
    if (!Key)
      return llvm::createStringError("PEM block " + llvm::Twine(Block) + " (" +
                                     BlockName + ") cannot be decoded (" +
                                     llvm::toString(Key.takeError()) + ")");
    Keys.push_back(std::move(*Key));
  }
  if (Keys.empty())
    return llvm::createStringError("holds no certificate or key");
  return Keys;
}

llvm::Expected<std::vector<PinnedKey>> readDer(llvm::ArrayRef<uint8_t> Der) {
  // Every object we read is an ASN.1 SEQUENCE; anything else is not DER at
  // all, and OpenSSL's reasons for it ("too long") would only confuse.
  if (Der.front() != 0x30)
    return llvm::createStringError(
        "is neither PEM (no '-----BEGIN' line) nor DER");
  // Certificates back to back, as some servers' chain files are.
  const unsigned char *P = Der.data(), *End = Der.data() + Der.size();
  std::vector<PinnedKey> Keys;
  std::string CertificateReason;
  while (P < End) {
    std::optional<PinnedKey> K = decodeCertificate(P, End - P);
    if (!K) {
      CertificateReason = takeOpenSslReason();
      if (Keys.empty())
        break;
      return llvm::createStringError(
          "DER certificate " + llvm::Twine(Keys.size() + 1) +
          " cannot be decoded (" + CertificateReason + ")");
    }
    Keys.push_back(std::move(*K));
  }
  if (!Keys.empty())
    return Keys;

  // One object of another kind. When none fits, the certificate's reason
  // explains the failure best: certificates are what we expect most.
  static const Decoder OtherKinds[] = {decodePublicKey, decodeRequest,
                                       decodePrivateKey, decodeRsaPublicKey};
  for (Decoder Decode : OtherKinds) {
    auto K = decodeWhole(Decode, Der);
    if (K) {
      Keys.push_back(std::move(*K));
      return Keys;
    }
    llvm::consumeError(K.takeError());
  }
  return llvm::createStringError(
      "is neither PEM nor a DER certificate, certificate request or key (" +
      CertificateReason + ")");
}

} // namespace

llvm::StringRef keyHolderName(KeyHolder H) {
  switch (H) {
  case KeyHolder::Certificate:
    return "certificate";
  case KeyHolder::CertificateRequest:
    return "certificate request";
  case KeyHolder::PublicKey:
    return "public key";
  case KeyHolder::PrivateKey:
    return "private key";
  }
  llvm_unreachable("unknown key holder");
}

std::string encodePin(const Sha256Digest &Digest) {
  // 32 bytes are 44 base64 characters, plus the NUL EVP_EncodeBlock writes.
  unsigned char Text[4 * ((sizeof(Sha256Digest) + 2) / 3) + 1];
  int Len =
      EVP_EncodeBlock(Text, Digest.data(), static_cast<int>(Digest.size()));
  return std::string(reinterpret_cast<char *>(Text), Len);
}

std::string PinnedKey::pin() const { return encodePin(Digest); }

Sha256Digest sha256Of(llvm::ArrayRef<uint8_t> Der) {
  Sha256Digest Digest{};
  unsigned Len = 0;
  EVP_Digest(Der.data(), Der.size(), Digest.data(), &Len, EVP_sha256(),
             nullptr);
  return Digest;
}

llvm::Expected<std::vector<PinnedKey>> readPinnedKeys(llvm::StringRef Bytes) {
  ERR_clear_error();
  if (Bytes.empty())
    return llvm::createStringError("is empty");
  if (Bytes.contains("-----BEGIN "))
    return readPem(Bytes);
  return readDer(llvm::ArrayRef<uint8_t>(
      reinterpret_cast<const uint8_t *>(Bytes.data()), Bytes.size()));
}

llvm::Expected<std::vector<PinnedKey>>
readPinnedKeysFromFile(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return llvm::createStringError("cannot read: " +
                                   Buffer.getError().message());
  return readPinnedKeys((*Buffer)->getBuffer());
}

} // namespace tlslint
