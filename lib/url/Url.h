//===-- Url.h - Classify URLs found in code ---------------------*- C++ -*-===//
//
// Decides whether a string is a URL that sends traffic in cleartext, and
// whether that matters: loopback hosts, XML namespace identifiers and hosts
// the user allows are not network traffic anyone can intercept.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_URL_URL_H
#define TLSLINT_LIB_URL_URL_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace tlslint {

/// The start of a URL: "scheme://host[:port]".
struct UrlPrefix {
  llvm::StringRef Scheme; ///< Lower-case letters as written, without "://".
  llvm::StringRef Host;   ///< Without brackets or port; may be empty.
  /// Nothing follows "://": a scheme prefix to compare or strip, no URL.
  bool SchemeOnly = false;
  /// The authority names a port ("host:8080"): another scheme there would
  /// speak to the same port.
  bool HasPort = false;
};

/// Parses Text as a URL that starts at its first character. Text that only
/// mentions a URL inside a sentence is not a URL.
std::optional<UrlPrefix> parseUrlPrefix(llvm::StringRef Text);

enum class SchemeSecurity {
  Encrypted,
  Cleartext,
  /// smtp/imap/pop3: cleartext unless the client forces STARTTLS.
  CleartextUnlessStartTls,
  /// Not a network scheme we know (file:, custom app schemes).
  Unknown,
};

SchemeSecurity schemeSecurity(llvm::StringRef Scheme);

/// localhost, 127.0.0.0/8, ::1 and the Android emulator's host alias
/// 10.0.2.2: traffic that never leaves the device or the developer's machine.
bool isLoopbackHost(llvm::StringRef Host);

/// Identifiers that look like URLs but are never fetched: XML namespaces and
/// schema ids (http://schemas.android.com/apk/res/android, http://www.w3.org/).
bool isNamespaceIdentifier(llvm::StringRef Url);

/// Host matches one of Patterns: "example.com" (exactly), "*.example.com"
/// (any subdomain, and the domain itself). Case-insensitive.
bool hostMatchesAny(llvm::StringRef Host, llvm::ArrayRef<std::string> Patterns);

/// The secure scheme to replace a cleartext one with, where it is a drop-in
/// replacement (http -> https, ws -> wss), else empty.
llvm::StringRef secureCounterpart(llvm::StringRef Scheme);

/// How a connection API names its peer.
enum class PeerForm {
  Url,        ///< "https://host:port/path".
  Host,       ///< "host", "host:port" or "[v6]:port".
  UrlOrHost,  ///< Either (cpp-httplib's Client).
  GrpcTarget, ///< "host:port", "dns:///host:port", "ipv4:...", "unix:...".
};

/// The host a connection string names, lower-cased; empty when there is
/// none (a Unix socket, a URL without a host).
std::string connectionHost(PeerForm Form, llvm::StringRef Text);

} // namespace tlslint

#endif
