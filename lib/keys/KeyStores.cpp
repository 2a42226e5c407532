//===-- KeyStores.cpp -----------------------------------------------------===//
//
// The Java formats, as Java's JavaKeyStore and Bouncy Castle's BcKeyStoreSpi
// write them (all integers big-endian, strings as DataOutput.writeUTF: a
// 16-bit length and the bytes):
//
// JKS/JCEKS: magic u32, version u32 (1 or 2), count u32, then per entry
//   tag u32, alias, date u64, and
//   tag 1, private key: u32 length + EncryptedPrivateKeyInfo, u32 chain
//          length, per certificate [version 2: type string] u32 length + DER;
//   tag 2, trusted certificate: [version 2: type string] u32 length + DER;
//   tag 3, JCEKS secret key: a serialized Java object we cannot skip.
// BKS: version u32 (0 to 2), u32 salt length (20) + salt, iterations u32,
//   then per entry type u8 (0 ends the list), alias, date u64, u32 chain
//   length and per certificate type string + u32 length + DER, and
//   type 1, certificate: type string + u32 length + DER;
//   type 2, key: key type u8 (0 private, 1 public, 2 secret), format
//          string, algorithm string, u32 length + encoded key;
//   type 3, secret, and 4, sealed (encrypted) key: u32 length + bytes.
//
//===----------------------------------------------------------------------===//

#include "lib/keys/KeyStores.h"
#include "lib/keys/OpenSsl.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Endian.h"
#include <limits>
#include <openssl/objects.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace tlslint::keys {
namespace {

/// Reads big-endian integers and Java strings; once a read runs past the
/// end, every later read fails too.
class JavaReader {
public:
  explicit JavaReader(llvm::StringRef Data) : Data(Data) {}

  bool ok() const { return !Failed; }
  uint8_t u8() { return take(1).empty() ? 0 : uint8_t(Data[Pos - 1]); }
  uint16_t u16() { return readBig<uint16_t>(); }
  uint32_t u32() { return readBig<uint32_t>(); }
  uint64_t u64() { return readBig<uint64_t>(); }
  llvm::StringRef bytes(size_t N) { return take(N); }
  /// DataOutput.writeUTF's string.
  llvm::StringRef utf() { return take(u16()); }
  /// A u32 length and that many bytes.
  llvm::StringRef block() { return take(u32()); }

private:
  template <typename T> T readBig() {
    llvm::StringRef Bytes = take(sizeof(T));
    if (Bytes.size() != sizeof(T))
      return 0;
    return llvm::support::endian::read<T, llvm::endianness::big>(Bytes.data());
  }
  llvm::StringRef take(size_t N) {
    if (Failed || N > Data.size() - Pos) {
      Failed = true;
      return "";
    }
    Pos += N;
    return Data.substr(Pos - N, N);
  }

  llvm::StringRef Data;
  size_t Pos = 0;
  bool Failed = false;
};

llvm::ArrayRef<uint8_t> bytesOf(llvm::StringRef Text) {
  return llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(Text.data()),
                                 Text.size());
}

void addCertificate(llvm::StringRef Der, KeyStore &Store) {
  if (std::optional<Certificate> C = readDerCertificate(bytesOf(Der)))
    Store.KeyCertificates.push_back(std::move(*C));
}

constexpr uint32_t JksMagic = 0xFEEDFEED;
constexpr uint32_t JceksMagic = 0xCECECECE;

KeyStore readJks(llvm::StringRef Bytes) {
  JavaReader In(Bytes);
  KeyStore Store;
  Store.Format = In.u32() == JksMagic ? "JKS" : "JCEKS";
  uint32_t Version = In.u32();
  uint32_t Count = In.u32();
  if (Version != 1 && Version != 2)
    return Store;
  for (uint32_t I = 0; I < Count && In.ok(); ++I) {
    uint32_t Tag = In.u32();
    llvm::StringRef Alias = In.utf();
    In.u64(); // Date.
    if (Tag == 1) {
      In.block(); // The encrypted key.
      uint32_t ChainLength = In.u32();
      if (Version == 2 && ChainLength > 0)
        In.utf(); // Certificate type.
      llvm::StringRef First = ChainLength > 0 ? In.block() : "";
      if (!In.ok())
        return Store;
      Store.Contents = StoreContents::PrivateKey;
      Store.KeyEntry = (llvm::Twine("private-key entry '") + Alias + "'").str();
      addCertificate(First, Store);
      return Store;
    }
    if (Tag != 2)
      return Store; // A JCEKS secret key, or damage: nothing more to read.
    if (Version == 2)
      In.utf();
    In.block();
  }
  if (In.ok())
    Store.Contents = StoreContents::NoPrivateKey;
  return Store;
}

constexpr uint32_t BksSaltSize = 20;

/// A BKS store, or nullopt when the header is not one.
std::optional<KeyStore> readBks(llvm::StringRef Bytes) {
  JavaReader In(Bytes);
  uint32_t Version = In.u32();
  uint32_t SaltSize = In.u32();
  In.bytes(SaltSize);
  uint32_t Iterations = In.u32();
  if (!In.ok() || Version > 2 || SaltSize != BksSaltSize || Iterations == 0)
    return std::nullopt;
  KeyStore Store;
  Store.Format = "BKS";
  for (uint8_t Type = In.u8(); Type != 0 && In.ok(); Type = In.u8()) {
    llvm::StringRef Alias = In.utf();
    In.u64(); // Date.
    uint32_t ChainLength = In.u32();
    llvm::StringRef First;
    for (uint32_t I = 0; I < ChainLength && In.ok(); ++I) {
      In.utf(); // Certificate type.
      llvm::StringRef Der = In.block();
      if (I == 0)
        First = Der;
    }
    bool PrivateKey = false;
    switch (Type) {
    case 1: // Certificate.
      In.utf();
      In.block();
      break;
    case 2: { // Key in the clear.
      uint8_t KeyType = In.u8();
      In.utf(); // Format.
      In.utf(); // Algorithm.
      In.block();
      PrivateKey = KeyType == 0;
      break;
    }
    case 3: // Secret.
      In.block();
      break;
    case 4: // Sealed key: encrypted, private when it has a chain.
      In.block();
      PrivateKey = ChainLength > 0;
      break;
    default:
      return Store; // Damage, or an encrypted (UBER) body.
    }
    if (!In.ok())
      return Store;
    if (PrivateKey) {
      Store.Contents = StoreContents::PrivateKey;
      Store.KeyEntry = (llvm::Twine(Type == 4 ? "sealed key entry '"
                                              : "private-key entry '") +
                        Alias + "'")
                           .str();
      addCertificate(First, Store);
      return Store;
    }
  }
  if (In.ok())
    Store.Contents = StoreContents::NoPrivateKey;
  return Store;
}

using Pkcs12Ptr = OpenSslPtr<PKCS12, PKCS12_free>;
using X509Ptr = OpenSslPtr<X509, X509_free>;

void freeSafes(STACK_OF(PKCS7) * Safes) {
  sk_PKCS7_pop_free(Safes, PKCS7_free);
}
void freeBags(STACK_OF(PKCS12_SAFEBAG) * Bags) {
  sk_PKCS12_SAFEBAG_pop_free(Bags, PKCS12_SAFEBAG_free);
}
using SafesPtr = OpenSslPtr<STACK_OF(PKCS7), freeSafes>;
using BagsPtr = OpenSslPtr<STACK_OF(PKCS12_SAFEBAG), freeBags>;

/// The bags of one safe: in the clear, or encrypted under an empty password
/// (libcrypto tells "no password" from "the empty password"); null when it
/// stays locked.
BagsPtr openSafe(PKCS7 *Safe) {
  if (PKCS7_type_is_data(Safe))
    return BagsPtr(PKCS12_unpack_p7data(Safe));
  if (!PKCS7_type_is_encrypted(Safe))
    return nullptr;
  for (const char *Password : {static_cast<const char *>(nullptr), ""})
    if (BagsPtr Bags(PKCS12_unpack_p7encdata(Safe, Password, 0)); Bags)
      return Bags;
  return nullptr;
}

void readBags(const STACK_OF(PKCS12_SAFEBAG) * Bags, KeyStore &Store,
              unsigned Depth) {
  for (int I = 0; I < sk_PKCS12_SAFEBAG_num(Bags); ++I) {
    const PKCS12_SAFEBAG *Bag = sk_PKCS12_SAFEBAG_value(Bags, I);
    switch (PKCS12_SAFEBAG_get_nid(Bag)) {
    case NID_keyBag:
    case NID_pkcs8ShroudedKeyBag:
      if (Store.Contents != StoreContents::PrivateKey) {
        Store.Contents = StoreContents::PrivateKey;
        Store.KeyEntry = PKCS12_SAFEBAG_get_nid(Bag) == NID_keyBag
                             ? "a key bag"
                             : "a shrouded key bag";
      }
      break;
    case NID_certBag: {
      // Only the certificates tied to a key; a chain's CA certificates
      // have no localKeyID.
      if (!PKCS12_SAFEBAG_get0_attr(Bag, NID_localKeyID))
        break;
      X509Ptr Cert(PKCS12_SAFEBAG_get1_cert(Bag));
      unsigned char *Der = nullptr;
      int Len = Cert ? i2d_X509(Cert.get(), &Der) : 0;
      if (Len > 0)
        addCertificate(llvm::StringRef(reinterpret_cast<char *>(Der), Len),
                       Store);
      OPENSSL_free(Der);
      break;
    }
    case NID_safeContentsBag:
      if (Depth < 4)
        readBags(PKCS12_SAFEBAG_get0_safes(Bag), Store, Depth + 1);
      break;
    default:
      break;
    }
  }
}

std::optional<KeyStore> readPkcs12(llvm::StringRef Bytes) {
  if (Bytes.size() > size_t(std::numeric_limits<long>::max()))
    return std::nullopt;
  const auto *P = reinterpret_cast<const unsigned char *>(Bytes.data());
  Pkcs12Ptr Pfx(d2i_PKCS12(nullptr, &P, static_cast<long>(Bytes.size())));
  if (!Pfx || P != reinterpret_cast<const unsigned char *>(Bytes.end()))
    return std::nullopt;
  KeyStore Store;
  Store.Format = "PKCS#12";
  // Public-key integrity mode (signed, not MACed) cannot be unpacked.
  SafesPtr Safes(PKCS12_unpack_authsafes(Pfx.get()));
  if (!Safes)
    return Store;
  bool Locked = false;
  for (int I = 0; I < sk_PKCS7_num(Safes.get()); ++I) {
    BagsPtr Bags = openSafe(sk_PKCS7_value(Safes.get(), I));
    if (!Bags) {
      Locked = true;
      continue;
    }
    readBags(Bags.get(), Store, 0);
  }
  if (Store.Contents != StoreContents::PrivateKey)
    Store.Contents =
        Locked ? StoreContents::Unknown : StoreContents::NoPrivateKey;
  return Store;
}

} // namespace

std::optional<KeyStore> readKeyStore(llvm::StringRef Bytes) {
  if (Bytes.size() < 4)
    return std::nullopt;
  uint32_t Magic = llvm::support::endian::read32be(Bytes.data());
  if (Magic == JksMagic || Magic == JceksMagic)
    return readJks(Bytes);
  OpenSslErrorScope Errors;
  if (Bytes.front() == 0x30)
    if (std::optional<KeyStore> Store = readPkcs12(Bytes))
      return Store;
  return readBks(Bytes);
}

} // namespace tlslint::keys
