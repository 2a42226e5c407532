//===-- KeyFileRules.cpp - tls-embedded-private-key for key files ---------===//
//
// The file-tree half of tls-embedded-private-key: key files the build packs
// into the app (lib/keys says where and what they hold) become findings.
// The private key in a key file (PEM or DER, or a PKCS#12, JKS or BKS key
// store holding one) is reported and, as a note, each certificate of that
// key valid for more than MaxClientCertificateDays, in the same file or in a
// certificate file beside it. An unreadable file is a ToolError; a file
// holding no private key is not reported.
//
//===----------------------------------------------------------------------===//

#include "lib/keys/KeyStores.h"
#include "lib/keys/PackagedFiles.h"
#include "lib/keys/PrivateKeys.h"
#include "lib/support/LineIndex.h"
#include "lib/xmllint/Detector.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace tlslint {
namespace xmllint {
namespace {

/// Certificates valid for longer than this many days are worth a note: a
/// key provisioned at run time gets a certificate that expires within days.
constexpr int64_t MaxClientCertificateDays = 7;

/// Key files and certificates are a few kilobytes; anything much larger is
/// something else with the same extension.
constexpr uint64_t MaxKeyFileSize = 1 << 20;

/// The file's bytes; nullopt (and an error for an unreadable one) when it
/// cannot be key material.
std::optional<std::string> readKeyFile(llvm::StringRef Path, Emitter *E) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer) {
    if (E)
      E->error(Path, "cannot read: " + Buffer.getError().message());
    return std::nullopt;
  }
  if ((*Buffer)->getBufferSize() > MaxKeyFileSize)
    return std::nullopt;
  return (*Buffer)->getBuffer().str();
}

/// Where in File an object starts: a PEM block's line, or the whole file
/// (no position) for DER and key stores.
Location locate(llvm::StringRef File, llvm::StringRef Bytes,
                keys::KeyEncoding Encoding, size_t Offset) {
  Location L;
  L.File = File.str();
  if (Encoding == keys::KeyEncoding::Pem)
    std::tie(L.Line, L.Column) = LineIndex(Bytes).lineAndColumn(Offset);
  return L;
}

/// The private key a file holds, as the rule reports it.
struct KeyInFile {
  std::string Description;
  /// Encrypted under a password, which the app must carry too.
  bool Encrypted = false;
  Location Where;
  /// Its public half, to find its certificate; empty when encrypted.
  std::string PublicKeyDer;
  /// Its certificates in the same file: every certificate of a PEM bundle
  /// (matched by public key below), or a key store's key certificates.
  std::vector<keys::Certificate> Certificates;
};

std::optional<KeyInFile> readKey(llvm::StringRef Path, llvm::StringRef Bytes) {
  if (std::optional<keys::PrivateKey> Key = keys::findPrivateKey(Bytes)) {
    KeyInFile K;
    K.Description = Key->description();
    K.Encrypted = Key->Encrypted;
    K.Where = locate(Path, Bytes, Key->Encoding, Key->Offset);
    K.PublicKeyDer = Key->PublicKeyDer;
    K.Certificates = keys::findCertificates(Bytes);
    return K;
  }
  std::optional<keys::KeyStore> Store = keys::readKeyStore(Bytes);
  if (!Store || Store->Contents != keys::StoreContents::PrivateKey)
    return std::nullopt;
  KeyInFile K;
  K.Description =
      Store->Format + " key store with a private key (" + Store->KeyEntry + ")";
  K.Encrypted = true;
  K.Where = locate(Path, Bytes, keys::KeyEncoding::Der, 0);
  K.Certificates = Store->KeyCertificates;
  return K;
}

bool isCertificateFileName(llvm::StringRef Path) {
  llvm::StringRef Extension = llvm::sys::path::extension(Path);
  return llvm::any_of(
      std::initializer_list<llvm::StringRef>{".pem", ".crt", ".cer", ".der"},
      [&](llvm::StringRef Known) {
        return Extension.equals_insensitive(Known);
      });
}

void reportKey(const KeyInFile &Key, keys::PackagedLocation Location,
               Emitter &E) {
  bool Packaged = Location != keys::PackagedLocation::None;
  std::string Where =
      Packaged
          ? ("packaged in the app's " + keys::packagedLocationName(Location))
                .str()
          : "in a key file";
  llvm::StringRef Reader =
      Packaged ? "anyone who unpacks the APK" : "anyone who can read it";
  std::string Message =
      Key.Encrypted ? (Key.Description + " " + Where +
                       "; its password has to ship with the app too, so " +
                       Reader + " can extract the key; " + keys::KeyStoreAdvice)
                          .str()
                    : (Key.Description + " " + Where + ", where " + Reader +
                       " can extract it; " + keys::KeyStoreAdvice)
                          .str();
  E.addAt(RuleId::EmbeddedPrivateKey,
          getRule(RuleId::EmbeddedPrivateKey).DefaultSeverity, Key.Where,
          std::move(Message));
}

/// A note for a certificate of the key that stays valid too long.
void checkCertificate(const keys::Certificate &Certificate,
                      llvm::StringRef CertificateFile,
                      llvm::StringRef CertificateBytes, llvm::StringRef KeyFile,
                      Emitter &E) {
  if (Certificate.ValidityDays <= MaxClientCertificateDays)
    return;
  E.addAt(RuleId::EmbeddedPrivateKey, Severity::Note,
          locate(CertificateFile, CertificateBytes, Certificate.Encoding,
                 Certificate.Offset),
          ("the certificate of the private key in '" +
           llvm::sys::path::filename(KeyFile) + "' is valid for " +
           llvm::Twine(Certificate.ValidityDays) +
           " days, and whoever extracts the key can use it that long; issue a "
           "certificate valid for " +
           llvm::Twine(MaxClientCertificateDays) +
           " days or less at run time, for a key kept in AndroidKeyStore")
              .str());
}

/// Whether Certificate is the key's: the same public key, or, when the key
/// is encrypted and its public half unknown, the same file or the same name
/// (client.key and client.crt).
bool belongsTo(const keys::Certificate &Certificate, const KeyInFile &Key,
               llvm::StringRef KeyFile, llvm::StringRef CertificateFile) {
  if (!Key.PublicKeyDer.empty())
    return Certificate.PublicKeyDer == Key.PublicKeyDer;
  return CertificateFile == KeyFile || llvm::sys::path::stem(CertificateFile) ==
                                           llvm::sys::path::stem(KeyFile);
}

/// The key's certificates in its own file and in certificate files beside
/// it.
void checkCertificates(const KeyInFile &Key, llvm::StringRef KeyFile,
                       llvm::StringRef KeyBytes, Emitter &E) {
  for (const keys::Certificate &Certificate : Key.Certificates)
    if (belongsTo(Certificate, Key, KeyFile, KeyFile))
      checkCertificate(Certificate, KeyFile, KeyBytes, KeyFile, E);

  llvm::StringRef Dir = llvm::sys::path::parent_path(KeyFile);
  std::vector<std::string> Siblings;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir.empty() ? "." : Dir, EC), End;
       It != End && !EC; It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (Name != llvm::sys::path::filename(KeyFile) &&
        isCertificateFileName(Name) &&
        It->type() == llvm::sys::fs::file_type::regular_file)
      Siblings.push_back(It->path());
  }
  llvm::sort(Siblings);
  for (const std::string &Sibling : Siblings) {
    std::optional<std::string> Bytes = readKeyFile(Sibling, nullptr);
    if (!Bytes)
      continue;
    for (const keys::Certificate &Certificate : keys::findCertificates(*Bytes))
      if (belongsTo(Certificate, Key, KeyFile, Sibling))
        checkCertificate(Certificate, Sibling, *Bytes, KeyFile, E);
  }
}

constexpr RuleId Reports[] = {RuleId::EmbeddedPrivateKey};

void run(const KeyFile &In, Emitter &E) {
  std::optional<std::string> Bytes = readKeyFile(In.Path, &E);
  if (!Bytes)
    return;
  std::optional<KeyInFile> Key = readKey(In.Path, *Bytes);
  if (!Key)
    return;
  reportKey(*Key, In.Location, E);
  checkCertificates(*Key, In.Path, *Bytes, E);
}

} // namespace

const KeyFileFamily KeyFileRules = {"key-files", Reports, run};

} // namespace xmllint
} // namespace tlslint
