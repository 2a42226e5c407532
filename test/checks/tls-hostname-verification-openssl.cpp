// An OpenSSL client that verifies the chain but never binds the host name
// accepts any valid certificate for any host.
// RUN: split-file %s %t
// RUN: %check_tls %t/unbound.cpp %t/unbound -- -std=c++17
// RUN: %check_tls %t/bound.cpp %t/bound -- -std=c++17
// RUN: %check_tls %t/checked.cpp %t/checked -- -std=c++17
// RUN: %check_tls %t/unchecked.cpp %t/unchecked -- -std=c++17
// RUN: %check_tls %t/server.cpp %t/server -- -std=c++17

//--- unbound.cpp
#include <openssl/ssl.h>

SSL *connect(SSL_CTX *Ctx, int Fd) {
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_verify' turns certificate verification on, but this file never binds the expected host name (SSL_set1_host, X509_VERIFY_PARAM_set1_host, or a checked X509_check_host); a valid certificate for any other host is accepted [tls-hostname-verification-disabled]
  SSL *Ssl = SSL_new(Ctx);
  SSL_set_verify(Ssl, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_set_verify' turns certificate verification on, but this file never binds
  // SNI is not verification: it only tells the server which name to present.
  SSL_set_tlsext_host_name(Ssl, "api.example.com");
  SSL_set_fd(Ssl, Fd);
  return Ssl;
}

//--- bound.cpp
#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>

// CHECK-MESSAGES-NOT: warning:
SSL *connect(SSL_CTX *Ctx) {
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, nullptr);
  X509_VERIFY_PARAM *Param = SSL_CTX_get0_param(Ctx);
  X509_VERIFY_PARAM_set1_host(Param, "api.example.com", 0);
  return SSL_new(Ctx);
}

//--- checked.cpp
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

// CHECK-MESSAGES-NOT: warning:
bool connect(SSL_CTX *Ctx, SSL *Ssl) {
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, nullptr);
  X509 *Cert = SSL_get1_peer_certificate(Ssl);
  bool Ok = X509_check_host(Cert, "api.example.com", 0, 0, nullptr) == 1;
  X509_free(Cert);
  return Ok;
}

//--- unchecked.cpp
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

// X509_check_host whose result is thrown away checks nothing.
void connect(SSL_CTX *Ctx, SSL *Ssl) {
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_verify' turns certificate verification on, but this file never binds
  X509 *Cert = SSL_get1_peer_certificate(Ssl);
  X509_check_host(Cert, "api.example.com", 0, 0, nullptr);
  (void)X509_check_host(Cert, "api.example.com", 0, 0, nullptr);
  X509_free(Cert);
}

//--- server.cpp
#include <openssl/ssl.h>

// A server asking for client certificates has no host name to check.
// CHECK-MESSAGES-NOT: warning:
SSL_CTX *mutualTlsServer() {
  SSL_CTX *Ctx = SSL_CTX_new(TLS_server_method());
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT,
                     nullptr);
  return Ctx;
}
