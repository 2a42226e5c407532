//===-- CertificateDir.h - Certificate files per domain ---------*- C++ -*-===//
//
// How `tlslint pin --check --certs DIR` finds the chain a server serves for a
// domain: DIR/<domain>.<ext> and every DIR/<domain>/*.<ext>, where <ext> is
// pem, crt, cer or der and names compare without regard to case. Other files
// are ignored, so a README or a key beside them does no harm.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_PIN_CERTIFICATEDIR_H
#define TLSLINT_LIB_PIN_CERTIFICATEDIR_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace tlslint {

/// True for the extensions DIR's certificate files may have.
bool isCertificateFileName(llvm::StringRef Name);

class CertificateDir {
public:
  /// Lists Dir once; the error says why it cannot be listed.
  static llvm::Expected<CertificateDir> open(llvm::StringRef Dir);

  /// The certificate files for Domain (lower case), sorted by path, and
  /// remembers that they were claimed.
  std::vector<std::string> claimFilesFor(llvm::StringRef Domain);

  /// Where claimFilesFor looks, for messages: "DIR/d.{pem,crt,cer,der} or
  /// DIR/d/".
  std::string placesFor(llvm::StringRef Domain) const;

  /// Certificate files and directories no claimFilesFor call took, sorted:
  /// usually a typo in a domain name.
  std::vector<std::string> unclaimed() const;

private:
  struct Entry {
    std::string Path;
    std::string Domain; ///< File name without extension, or directory name,
                        ///< in lower case.
    bool IsDirectory = false;
    bool Claimed = false;
  };
  explicit CertificateDir(std::string Dir) : Dir(std::move(Dir)) {}
  std::string Dir;
  std::vector<Entry> Entries;
};

} // namespace tlslint

#endif
