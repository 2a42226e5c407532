//===-- GnutlsPriority.h - What a GnuTLS priority string enables -*- C++
//-*-===//
//
// GnuTLS configures versions and ciphers with one priority string
// ("NORMAL:-VERS-ALL:+VERS-TLS1.2"). Keywords set a base; "+X" adds an
// item, "-X" and "!X" remove it, in order.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_CIPHER_GNUTLSPRIORITY_H
#define TLSLINT_LIB_CIPHER_GNUTLSPRIORITY_H

#include "lib/cipher/CipherList.h"
#include <string>
#include <vector>

namespace tlslint {

struct GnutlsPriorityUse {
  /// The protocol versions older than TLS 1.2 that stay enabled after the
  /// whole string ("SSL 3.0", "TLS 1.0", "TLS 1.1"), each with the item that
  /// enabled it.
  std::vector<std::pair<std::string, std::string>> WeakVersions;
  /// Broken ciphers, key exchanges and MACs that stay enabled.
  std::vector<WeakCipherUse> WeakCiphers;
};

/// Reads a priority string. Only what the string adds explicitly counts:
/// the keywords' own sets follow the system's policy, which is not known
/// here.
GnutlsPriorityUse readGnutlsPriority(llvm::StringRef Priority);

/// The priority items that leave only TLS 1.3 and 1.2 enabled: the remedy
/// for a priority string with older versions.
constexpr llvm::StringLiteral GnutlsModernVersions =
    "-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2";

} // namespace tlslint

#endif
