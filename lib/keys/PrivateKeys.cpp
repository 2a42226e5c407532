//===-- PrivateKeys.cpp ---------------------------------------------------===//
//
// libcrypto decides: PEM_read_bio splits the armour, the d2i functions decode
// exactly the bytes given (trailing bytes mean "not this structure"), and the
// PBE table says whether an EncryptedPrivateKeyInfo's algorithm encrypts
// keys with a password.
//
//===----------------------------------------------------------------------===//

#include "lib/keys/PrivateKeys.h"
#include "lib/keys/KeyAlgorithm.h"
#include "lib/keys/OpenSsl.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Twine.h"
#include <limits>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace tlslint::keys {

OpenSslErrorScope::OpenSslErrorScope() { ERR_set_mark(); }
OpenSslErrorScope::~OpenSslErrorScope() { ERR_pop_to_mark(); }

namespace {

using BioPtr = OpenSslPtr<BIO, BIO_free_all>;
using KeyPtr = OpenSslPtr<EVP_PKEY, EVP_PKEY_free>;
using Pkcs8Ptr = OpenSslPtr<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>;
using SigPtr = OpenSslPtr<X509_SIG, X509_SIG_free>;
using X509Ptr = OpenSslPtr<X509, X509_free>;
using ReqPtr = OpenSslPtr<X509_REQ, X509_REQ_free>;
using AsnTimePtr = OpenSslPtr<ASN1_TIME, ASN1_TIME_free>;

void freeOpenSslBytes(unsigned char *P) { OPENSSL_free(P); }
void freeOpenSslChars(char *P) { OPENSSL_free(P); }
using BytesPtr = OpenSslPtr<unsigned char, freeOpenSslBytes>;
using CharsPtr = OpenSslPtr<char, freeOpenSslChars>;

/// Decodes Der with a d2i-style function and keeps the result only when it
/// used every byte.
template <typename T, void (*Free)(T *), typename DecodeT>
OpenSslPtr<T, Free> decodeWhole(llvm::ArrayRef<uint8_t> Der, DecodeT Decode) {
  if (Der.empty() || Der.size() > size_t(std::numeric_limits<long>::max()))
    return nullptr;
  const unsigned char *P = Der.data();
  OpenSslPtr<T, Free> Object(Decode(&P, static_cast<long>(Der.size())));
  if (Object && P != Der.data() + Der.size())
    return nullptr;
  return Object;
}

/// The DER encoding an i2d function writes for Object.
template <typename T>
std::string encode(const T *Object,
                   int (*Encode)(const T *, unsigned char **)) {
  unsigned char *Der = nullptr;
  int Len = Encode(Object, &Der);
  BytesPtr Owner(Der);
  return Len > 0 ? std::string(reinterpret_cast<char *>(Der), Len) : "";
}

PrivateKey unencryptedKey(const EVP_PKEY *Key, llvm::StringRef Format) {
  PrivateKey K;
  K.Algorithm = keyAlgorithmName(Key);
  K.Format = Format.str();
  K.PublicKeyDer = encode<EVP_PKEY>(Key, i2d_PUBKEY);
  return K;
}

PrivateKey encryptedKey(llvm::StringRef Format) {
  PrivateKey K;
  K.Format = ("encrypted " + llvm::Twine(Format)).str();
  K.Encrypted = true;
  return K;
}

std::optional<PrivateKey> readPkcs8(llvm::ArrayRef<uint8_t> Der) {
  Pkcs8Ptr Info = decodeWhole<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>(
      Der, [](const unsigned char **P, long Len) {
        return d2i_PKCS8_PRIV_KEY_INFO(nullptr, P, Len);
      });
  if (!Info)
    return std::nullopt;
  // The structure alone is not enough: the key inside must decode too.
  KeyPtr Key(EVP_PKCS82PKEY(Info.get()));
  if (!Key)
    return std::nullopt;
  return unencryptedKey(Key.get(), "PKCS#8");
}

/// An EncryptedPrivateKeyInfo has the shape of a signature's DigestInfo
/// (an algorithm and an octet string); only a password based encryption
/// algorithm makes it a key.
std::optional<PrivateKey> readEncryptedPkcs8(llvm::ArrayRef<uint8_t> Der) {
  SigPtr Sig = decodeWhole<X509_SIG, X509_SIG_free>(
      Der, [](const unsigned char **P, long Len) {
        return d2i_X509_SIG(nullptr, P, Len);
      });
  if (!Sig)
    return std::nullopt;
  const X509_ALGOR *Algorithm = nullptr;
  const ASN1_OCTET_STRING *Data = nullptr;
  X509_SIG_get0(Sig.get(), &Algorithm, &Data);
  const ASN1_OBJECT *Oid = nullptr;
  X509_ALGOR_get0(&Oid, nullptr, nullptr, Algorithm);
  if (!EVP_PBE_find(EVP_PBE_TYPE_OUTER, OBJ_obj2nid(Oid), nullptr, nullptr,
                    nullptr))
    return std::nullopt;
  return encryptedKey("PKCS#8");
}

struct TraditionalForm {
  int Type;
  llvm::StringLiteral Format;
};

constexpr TraditionalForm TraditionalForms[] = {
    {EVP_PKEY_RSA, "PKCS#1"}, {EVP_PKEY_EC, "SEC 1"}, {EVP_PKEY_DSA, "DSA"}};

std::optional<PrivateKey> readTraditional(llvm::ArrayRef<uint8_t> Der) {
  for (const TraditionalForm &Form : TraditionalForms) {
    KeyPtr Key = decodeWhole<EVP_PKEY, EVP_PKEY_free>(
        Der, [&](const unsigned char **P, long Len) {
          return d2i_PrivateKey(Form.Type, nullptr, P, Len);
        });
    if (Key)
      return unencryptedKey(Key.get(), Form.Format);
  }
  return std::nullopt;
}

/// One PEM block of a text.
struct PemBlock {
  std::string Name;
  std::string Header;
  std::string Der;
  size_t Offset;
};

/// The PEM blocks libcrypto can read in Text. A damaged block is skipped:
/// the blocks after it still count.
std::vector<PemBlock> readPemBlocks(llvm::StringRef Text) {
  std::vector<PemBlock> Blocks;
  if (Text.size() > size_t(std::numeric_limits<int>::max()))
    return Blocks;
  BioPtr In(BIO_new_mem_buf(Text.data(), static_cast<int>(Text.size())));
  if (!In)
    return Blocks;
  for (;;) {
    size_t PendingBefore = BIO_ctrl_pending(In.get());
    char *NameP = nullptr, *HeaderP = nullptr;
    unsigned char *DataP = nullptr;
    long Len = 0;
    int Read = PEM_read_bio(In.get(), &NameP, &HeaderP, &DataP, &Len);
    CharsPtr Name(NameP), Header(HeaderP);
    BytesPtr Data(DataP);
    size_t PendingAfter = BIO_ctrl_pending(In.get());
    if (!Read) {
      // "No start line" is the end of the text; anything else is a damaged
      // block, after which reading goes on unless nothing was consumed.
      unsigned long Code = ERR_peek_last_error();
      if ((ERR_GET_LIB(Code) == ERR_LIB_PEM &&
           ERR_GET_REASON(Code) == PEM_R_NO_START_LINE) ||
          PendingAfter >= PendingBefore)
        break;
      continue;
    }
    size_t End = Text.size() - PendingAfter;
    size_t Begin =
        Text.take_front(End).rfind(("-----BEGIN " + llvm::Twine(NameP)).str());
    Blocks.push_back({NameP, HeaderP ? HeaderP : "",
                      std::string(reinterpret_cast<char *>(DataP), Len),
                      Begin == llvm::StringRef::npos ? 0 : Begin});
  }
  return Blocks;
}

llvm::ArrayRef<uint8_t> bytesOf(llvm::StringRef Text) {
  return llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(Text.data()),
                                 Text.size());
}

/// A PEM block encrypted the legacy way: "Proc-Type: 4,ENCRYPTED" and a
/// DEK-Info line naming a cipher libcrypto knows, around a traditional key.
std::optional<PrivateKey> readLegacyEncryptedPem(const PemBlock &Block) {
  llvm::StringRef Name(Block.Name);
  if (!Name.ends_with("PRIVATE KEY") ||
      !llvm::StringRef(Block.Header).contains("ENCRYPTED"))
    return std::nullopt;
  std::string Header = Block.Header; // libcrypto parses it in place.
  EVP_CIPHER_INFO Cipher;
  if (!PEM_get_EVP_CIPHER_INFO(Header.data(), &Cipher) || !Cipher.cipher)
    return std::nullopt;
  llvm::StringRef Format = Name == PEM_STRING_RSA            ? "PKCS#1"
                           : Name == PEM_STRING_ECPRIVATEKEY ? "SEC 1"
                           : Name == PEM_STRING_DSA          ? "DSA"
                                                             : "PEM";
  return encryptedKey(Format);
}

int64_t validityDays(const X509 *Cert) {
  int Days = 0, Seconds = 0;
  if (!ASN1_TIME_diff(&Days, &Seconds, X509_get0_notBefore(Cert),
                      X509_get0_notAfter(Cert)))
    return 0;
  return Days + (Seconds > 0 ? 1 : 0);
}

std::optional<Certificate> certificateOf(const X509 *Cert) {
  const X509_PUBKEY *Spki = X509_get_X509_PUBKEY(Cert);
  if (!Spki)
    return std::nullopt;
  Certificate C;
  C.ValidityDays = validityDays(Cert);
  C.PublicKeyDer = encode<X509_PUBKEY>(Spki, i2d_X509_PUBKEY);
  return C;
}

bool isPublicObject(llvm::ArrayRef<uint8_t> Der) {
  auto Decode = [](auto D2i) {
    return [D2i](const unsigned char **P, long Len) {
      return D2i(nullptr, P, Len);
    };
  };
  return decodeWhole<X509, X509_free>(Der, Decode(d2i_X509)) ||
         decodeWhole<X509, X509_free>(Der, Decode(d2i_X509_AUX)) ||
         decodeWhole<EVP_PKEY, EVP_PKEY_free>(Der, Decode(d2i_PUBKEY)) ||
         decodeWhole<X509_REQ, X509_REQ_free>(Der, Decode(d2i_X509_REQ)) ||
         decodeWhole<EVP_PKEY, EVP_PKEY_free>(
             Der, [](const unsigned char **P, long Len) {
               return d2i_PublicKey(EVP_PKEY_RSA, nullptr, P, Len);
             });
}

} // namespace

std::optional<size_t> derSequenceSize(llvm::ArrayRef<uint8_t> Prefix) {
  if (Prefix.size() < 2 || Prefix[0] != 0x30)
    return std::nullopt;
  if (Prefix[1] < 0x80)
    return 2 + size_t(Prefix[1]);
  // Long form: the low bits count the length bytes that follow. 0x80 alone
  // is BER's indefinite length, which DER forbids; keys never need more than
  // four length bytes.
  size_t LengthBytes = Prefix[1] & 0x7f;
  if (LengthBytes == 0 || LengthBytes > 4 || Prefix.size() < 2 + LengthBytes)
    return std::nullopt;
  size_t Length = 0;
  for (size_t I = 0; I < LengthBytes; ++I)
    Length = (Length << 8) | Prefix[2 + I];
  return 2 + LengthBytes + Length;
}

bool mayBeDerPrivateKey(llvm::ArrayRef<uint8_t> Prefix, size_t Size) {
  if (Size < MinDerPrivateKeySize)
    return false;
  std::optional<size_t> Encoded = derSequenceSize(Prefix);
  return Encoded && *Encoded == Size;
}

std::string PrivateKey::description() const {
  std::string Text =
      Encrypted ? "encrypted private key" : Algorithm + " private key";
  Text += " (" + Format + (Encoding == KeyEncoding::Pem ? " PEM)" : " DER)");
  return Text;
}

std::optional<PrivateKey> readDerPrivateKey(llvm::ArrayRef<uint8_t> Der) {
  if (!mayBeDerPrivateKey(Der, Der.size()))
    return std::nullopt;
  OpenSslErrorScope Errors;
  if (std::optional<PrivateKey> Key = readPkcs8(Der))
    return Key;
  if (std::optional<PrivateKey> Key = readEncryptedPkcs8(Der))
    return Key;
  return readTraditional(Der);
}

std::optional<PrivateKey> findPrivateKey(llvm::StringRef Bytes) {
  if (!mayHoldPem(Bytes))
    return readDerPrivateKey(bytesOf(Bytes));
  OpenSslErrorScope Errors;
  for (const PemBlock &Block : readPemBlocks(Bytes)) {
    std::optional<PrivateKey> Key = readLegacyEncryptedPem(Block);
    if (!Key)
      Key = readDerPrivateKey(bytesOf(Block.Der));
    if (Key) {
      Key->Encoding = KeyEncoding::Pem;
      Key->Offset = Block.Offset;
      return Key;
    }
  }
  return std::nullopt;
}

std::optional<Certificate> readDerCertificate(llvm::ArrayRef<uint8_t> Der) {
  OpenSslErrorScope Errors;
  X509Ptr Cert =
      decodeWhole<X509, X509_free>(Der, [](const unsigned char **P, long Len) {
        return d2i_X509(nullptr, P, Len);
      });
  return Cert ? certificateOf(Cert.get()) : std::nullopt;
}

std::vector<Certificate> findCertificates(llvm::StringRef Bytes) {
  std::vector<Certificate> Certificates;
  if (!mayHoldPem(Bytes)) {
    if (std::optional<Certificate> C = readDerCertificate(bytesOf(Bytes)))
      Certificates.push_back(std::move(*C));
    return Certificates;
  }
  OpenSslErrorScope Errors;
  for (const PemBlock &Block : readPemBlocks(Bytes)) {
    if (Block.Name != PEM_STRING_X509 && Block.Name != PEM_STRING_X509_OLD)
      continue;
    if (std::optional<Certificate> C = readDerCertificate(bytesOf(Block.Der))) {
      C->Encoding = KeyEncoding::Pem;
      C->Offset = Block.Offset;
      Certificates.push_back(std::move(*C));
    }
  }
  return Certificates;
}

bool isPublicMaterial(llvm::StringRef Bytes) {
  OpenSslErrorScope Errors;
  if (!mayHoldPem(Bytes))
    return isPublicObject(bytesOf(Bytes));
  std::vector<PemBlock> Blocks = readPemBlocks(Bytes);
  return !Blocks.empty() && llvm::all_of(Blocks, [](const PemBlock &Block) {
    return llvm::StringRef(Block.Name).ends_with("PARAMETERS") ||
           isPublicObject(bytesOf(Block.Der));
  });
}

} // namespace tlslint::keys
