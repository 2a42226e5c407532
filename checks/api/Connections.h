//===-- Connections.h - Where native code names the peer it connects to ---===//
//
// The rows that say which argument of a connection API holds the peer's URL
// or host, and which calls are evidence that code pins the peer's key. The
// checks that compare native code with the app's network security config
// read them: the host decides which policy applies.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CHECKS_API_CONNECTIONS_H
#define TLSLINT_CHECKS_API_CONNECTIONS_H

#include "checks/api/ArgumentRules.h"
#include "lib/url/Url.h"

namespace tlslint::api {

/// The TLS library a native connection goes through.
enum class TlsStack {
  Curl,
  OpenSSL,
  WolfSSL,
  MbedTLS,
  GnuTLS,
  Boost,
  Qt,
  Poco,
  HttpLib,
  CppRest,
  Grpc,
};

/// The library's name as users know it ("libcurl", "Boost.Asio").
llvm::StringRef stackName(TlsStack Stack);

/// Whether a pinning call of library Evidence can pin connections made
/// through Connection: the same library, or OpenSSL under a wrapper that
/// hands out its SSL_CTX (Boost.Asio, cpp-httplib, cpprestsdk, Poco).
bool pinningApplies(TlsStack Evidence, TlsStack Connection);

/// An argument that names the peer of a connection.
struct ConnectionArgument {
  llvm::StringRef Function;
  int KeyArg; ///< As in ArgumentRule; NoArg when the function says it all.
  llvm::StringRef Key;
  llvm::StringRef Param; ///< Parameter name (overloads); empty: by position.
  unsigned PeerArg;
  PeerForm Form;
  TlsStack Stack;
};

/// A call that compares the peer's key or certificate with known values.
struct PinningCall {
  llvm::StringRef Function;
  TlsStack Stack;
};

/// An option that pins the connections of one handle: a value at ValueArg
/// when KeyArg holds Key, on the handle at HandleArg. The connection rows of
/// the same Function and Stack name their handle at HandleArg too.
struct HandlePinOption {
  llvm::StringRef Function;
  unsigned HandleArg;
  int KeyArg;
  llvm::StringRef Key;
  unsigned ValueArg;
  TlsStack Stack;
};

llvm::ArrayRef<ConnectionArgument> connectionArguments();
llvm::ArrayRef<HandlePinOption> handlePinOptions();
/// The handle-pin option of a stack, if it has one.
const HandlePinOption *handlePinOption(TlsStack Stack);
llvm::ArrayRef<PinningCall> pinningCalls();

/// The names the fast matchers look up (see unqualifiedName): functions of
/// the three kinds of rows, and classes whose constructors name a peer.
std::vector<llvm::StringRef> connectionAndPinningFunctions();
std::vector<llvm::StringRef> connectionClasses();

} // namespace tlslint::api

#endif
