//===-- KeyFiles.h - tls-embedded-private-key for key files -----*- C++ -*-===//
//
// The file-tree half of tls-embedded-private-key: key files the build packs
// into the app (lib/keys says where and what they hold) become findings.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_XMLLINT_KEYFILES_H
#define TLSLINT_LIB_XMLLINT_KEYFILES_H

#include "lib/keys/PackagedFiles.h"
#include "lib/report/Finding.h"

namespace tlslint {
namespace xmllint {

/// Certificates valid for longer than this many days are worth a note: a
/// key provisioned at run time gets a certificate that expires within days.
constexpr int64_t MaxClientCertificateDays = 7;

/// Reports the private key in the key file at Path (PEM or DER, or a
/// PKCS#12, JKS or BKS key store holding one), which the build packages at
/// Location (None for a file named on the command line elsewhere); and, as a
/// note, each certificate of that key valid for more than
/// MaxClientCertificateDays, in the same file or in a certificate file
/// beside it. An unreadable file is a ToolError; a file holding no private
/// key is not reported.
void lintKeyFile(llvm::StringRef Path, keys::PackagedLocation Location,
                 Report &R);

} // namespace xmllint
} // namespace tlslint

#endif
