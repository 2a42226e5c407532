//===-- ReportPaths.h - File names as reports show them ---------*- C++ -*-===//
//
// SARIF and HTML reports name files relative to a source root, so a report
// made on a CI machine means the same thing in a checkout elsewhere and
// fingerprints do not change with the checkout's location.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_REPORT_REPORTPATHS_H
#define TLSLINT_LIB_REPORT_REPORTPATHS_H

#include "lib/support/Paths.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace tlslint {

/// File relative to Root with '/' separators, or nullopt when File is not
/// under Root. Both are made absolute first.
std::optional<std::string> pathUnderRoot(llvm::StringRef File,
                                         llvm::StringRef Root);

/// A relative path as a URI reference: each byte outside RFC 3986's
/// unreserved set and '/' is percent-encoded.
std::string uriEncodePath(llvm::StringRef Path);

/// The inverse of uriEncodePath: %XX escapes decoded; nullopt when an escape
/// is malformed or decodes to a NUL byte.
std::optional<std::string> uriDecodePath(llvm::StringRef Uri);

/// The file an artifact URI of a report names: a "file://" URI's absolute
/// path, or a relative reference under Root (absolute). nullopt for another
/// scheme, a host other than localhost, or a malformed escape.
std::optional<std::string> pathFromReportUri(llvm::StringRef Uri,
                                             llvm::StringRef Root);

/// "file:///abs/path", percent-encoded. A directory gets a trailing '/',
/// as SARIF requires of uriBaseIds.
std::string fileUri(llvm::StringRef AbsolutePath, bool IsDirectory = false);

} // namespace tlslint

#endif
