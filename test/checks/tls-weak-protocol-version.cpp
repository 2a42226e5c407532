// OpenSSL 3 (libssl-dev), where SSL_CTX_set_min_proto_version is a macro over
// SSL_CTX_ctrl and SSL_OP_NO_* are 64-bit bit macros.
// RUN: %check_tls %s %t -- -std=c++17

#include <openssl/ssl.h>

void fixedVersionMethods() {
  SSL_CTX *A = SSL_CTX_new(TLSv1_client_method());
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'TLSv1_client_method' speaks only TLS 1.0, which is older than TLS 1.2; use TLS_client_method() or TLS_server_method() with a minimum version [tls-weak-protocol-version]
  SSL_CTX *B = SSL_CTX_new(TLSv1_1_method());
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'TLSv1_1_method' speaks only TLS 1.1
  SSL_CTX *C = SSL_CTX_new(TLSv1_1_server_method());
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'TLSv1_1_server_method' speaks only TLS 1.1
  SSL_CTX *D = SSL_CTX_new(DTLSv1_client_method());
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'DTLSv1_client_method' speaks only DTLS 1.0
  SSL_CTX_free(A);
  SSL_CTX_free(B);
  SSL_CTX_free(C);
  SSL_CTX_free(D);
}

void minimumVersion(SSL_CTX *Ctx, SSL *Ssl) {
  SSL_CTX_set_min_proto_version(Ctx, TLS1_VERSION);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: the minimum protocol version is set below TLS 1.2 [tls-weak-protocol-version]
  SSL_set_min_proto_version(Ssl, TLS1_1_VERSION);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: the minimum protocol version is set below TLS 1.2
  const int Legacy = SSL3_VERSION;
  SSL_CTX_set_min_proto_version(Ctx, Legacy);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: the minimum protocol version is set below TLS 1.2
}

void disabledVersions(SSL_CTX *Ctx, SSL *Ssl) {
  SSL_CTX_set_options(Ctx, SSL_OP_NO_TLSv1_2);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'SSL_CTX_set_options' with SSL_OP_NO_TLSv1_2 switches TLS 1.2 off, leaving older or fewer versions [tls-weak-protocol-version]
  SSL_set_options(Ssl, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1_3);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'SSL_set_options' with SSL_OP_NO_TLSv1_3 switches TLS 1.3 off [tls-weak-protocol-version]
}

// Look-alikes that are fine.
void modern(SSL_CTX *Ctx, SSL *Ssl) {
  SSL_CTX *Client = SSL_CTX_new(TLS_client_method());
  SSL_CTX *Server = SSL_CTX_new(TLS_server_method());
  SSL_CTX_set_min_proto_version(Ctx, TLS1_2_VERSION);
  SSL_set_min_proto_version(Ssl, TLS1_3_VERSION);
  // 0 asks for the library's lowest enabled version, TLS 1.2 by default.
  SSL_CTX_set_min_proto_version(Ctx, 0);
  SSL_CTX_set_max_proto_version(Ctx, TLS1_1_VERSION == 0 ? 0 : TLS1_3_VERSION);
  // Switching the old versions off is the secure direction.
  SSL_CTX_set_options(Ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);
  SSL_CTX_set_options(Ctx, SSL_OP_NO_COMPRESSION);
  // Other ctrl commands share SSL_CTX_ctrl.
  SSL_CTX_set_session_cache_mode(Ctx, SSL_SESS_CACHE_CLIENT);
  SSL_CTX_free(Client);
  SSL_CTX_free(Server);
}
