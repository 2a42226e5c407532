// cpp-httplib's SSLClient and Poco's sockets match the server's certificate
// against the host name themselves, so SSL_VERIFY_PEER set on the SSL_CTX
// they hand out needs no host binding; on the user's own SSL_CTX it does.
// Poco's check can be turned off, which is reported. Real headers.
// RUN: split-file %s %t
// RUN: %check_tls %t/library.cpp %t/library -- -std=c++17
// RUN: %check_tls %t/own.cpp %t/own -- -std=c++17
// RUN: %check_tls %t/mixed.cpp %t/mixed -- -std=c++17
// RUN: %check_tls %t/poco-off.cpp %t/poco-off -- -std=c++17

//--- library.cpp
#define CPPHTTPLIB_OPENSSL_SUPPORT
#include <Poco/Net/Context.h>
#include <httplib.h>

// CHECK-MESSAGES-NOT: warning:
void httplibDirect(httplib::SSLClient &Cli) {
  SSL_CTX_set_verify(Cli.ssl_context(), SSL_VERIFY_PEER, nullptr);
}

void httplibThroughLocal(httplib::Client &Cli) {
  SSL_CTX *Ctx = nullptr;
  Ctx = Cli.ssl_context();
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT,
                     nullptr);
}

void httplibConnection(httplib::SSLClient *Cli) {
  SSL *Ssl = SSL_new(Cli->ssl_context());
  SSL_set_verify(Ssl, SSL_VERIFY_PEER, nullptr);
}

void poco(Poco::Net::Context::Ptr Context) {
  SSL_CTX_set_verify(Context->sslContext(), SSL_VERIFY_PEER, nullptr);
  Context->enableExtendedCertificateVerification(true);
  Context->enableExtendedCertificateVerification();
}

//--- own.cpp
#define CPPHTTPLIB_OPENSSL_SUPPORT
#include <httplib.h>

// The user's own context, next to an httplib client: still reported.
SSL_CTX *makeContext(httplib::SSLClient &Cli) {
  SSL_CTX *Ctx = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_verify' turns certificate verification on, but this file never binds the expected host name
  SSL_CTX_set_verify(Cli.ssl_context(), SSL_VERIFY_PEER, nullptr);
  return Ctx;
}

// A class with a method of the same name is not httplib's.
struct Wrapper {
  SSL_CTX *ssl_context() const;
};

void lookAlike(const Wrapper &W) {
  SSL_CTX_set_verify(W.ssl_context(), SSL_VERIFY_PEER, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_verify' turns certificate verification on, but this file never binds the expected host name
}

//--- mixed.cpp
#define CPPHTTPLIB_OPENSSL_SUPPORT
#include <httplib.h>

// A local that may hold either context is not provably httplib's.
void either(httplib::SSLClient &Cli, bool Own) {
  SSL_CTX *Ctx = Cli.ssl_context();
  if (Own)
    Ctx = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_verify' turns certificate verification on, but this file never binds the expected host name
}

//--- poco-off.cpp
#include <Poco/Net/Context.h>

using Poco::Net::Context;

void pocoOff(Context &Client) {
  Client.enableExtendedCertificateVerification(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: 'enableExtendedCertificateVerification' with false turns off Poco's check of the certificate against the host name; a valid certificate for any other host is accepted [tls-hostname-verification-disabled]
  // CHECK-FIXES: Client.enableExtendedCertificateVerification(true);
}

Context::Ptr clientContext() {
  Context::Ptr Ctx = new Context(Context::TLS_CLIENT_USE, "", "", "");
  Ctx->enableExtendedCertificateVerification(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: 'enableExtendedCertificateVerification' with false turns off Poco's check
  return Ctx;
}

// A server has no host name to match a client's certificate against.
Context::Ptr serverContext(const std::string &Key, const std::string &Cert) {
  Context::Ptr Ctx = new Context(Context::SERVER_USE, Key, Cert, "");
  Ctx->enableExtendedCertificateVerification(false);
  Context *Raw = new Context(Context::TLS_SERVER_USE, Key, Cert, "");
  Raw->enableExtendedCertificateVerification(false);
  return Ctx;
}
