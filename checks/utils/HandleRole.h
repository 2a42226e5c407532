//===-- HandleRole.h - Where a TLS handle provably comes from ---*- C++ -*-===//
//
// SSL_VERIFY_NONE is the normal setting on a server that does not ask for
// client certificates, so the trust checks exempt handles that are provably
// server-side. "Provably" means every value the variable holds in the
// function was built from a server method, or the function puts the
// connection in the server role. Likewise, the hostname check exempts
// contexts of libraries that match the host name themselves.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CHECKS_UTILS_HANDLEROLE_H
#define TLSLINT_CHECKS_UTILS_HANDLEROLE_H

namespace clang {
class ASTContext;
class CallExpr;
class Expr;
class Stmt;
} // namespace clang

namespace tlslint {

class ValueEvaluator;

/// True when Handle (an SSL_CTX* or SSL*, a Boost.Asio context or stream, a
/// QSslSocket, an mbedtls_ssl_config) provably belongs to a server: built
/// from a server method, put in the server role in its function, or held by
/// a local whose every value in its function is.
bool isProvablyServerHandle(const clang::Expr *Handle,
                            clang::ASTContext &Context,
                            const ValueEvaluator &Values);

/// True when Handle (an SSL_CTX* or SSL*) provably belongs to a library
/// that checks the server's host name itself on its connections
/// (cpp-httplib's SSLClient::ssl_context(), Poco's Context::sslContext()):
/// from such a getter, or held by a local whose every value in its
/// function is.
bool isHostCheckedByLibrary(const clang::Expr *Handle,
                            clang::ASTContext &Context,
                            const ValueEvaluator &Values);

/// True when Holder, a local whose field a rule saw set (Poco's
/// Context::Params), is handed in its function only to constructions that
/// provably build a server's handle (`Context(Context::SERVER_USE, params)`).
bool onlyConfiguresServers(const clang::Expr *Holder,
                           clang::ASTContext &Context,
                           const ValueEvaluator &Values);

/// The handle a row names: argument Index, or the object of a method call
/// for api::ObjectArg. Null when the call has none.
const clang::Expr *handleArgument(const clang::CallExpr &Call, int Index);

/// What an OpenSSL verify-mode call (api::openssl::VerifyModeCall rows) does
/// on a client. Unknown covers servers and modes chosen at run time.
enum class ClientVerifyMode { Unknown, VerifiesNothing, VerifiesPeer };

ClientVerifyMode clientVerifyMode(const clang::CallExpr *Call,
                                  clang::ASTContext &Context,
                                  const ValueEvaluator &Values);

} // namespace tlslint

#endif
