// RUN: %check_tls %s %t -- -std=c11

// The same check in C, where OpenSSL's headers take other paths.
#include <openssl/ssl.h>
#include <stddef.h>

void clientContext(SSL_CTX *ctx) {
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE disables certificate verification on a client
}

void constLocal(SSL *ssl) {
  const int mode = SSL_VERIFY_NONE;
  SSL_set_verify(ssl, mode, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'SSL_set_verify' with SSL_VERIFY_NONE
}

void serverContext(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  SSL_CTX_free(ctx);
}

void verifiesPeer(SSL_CTX *ctx) {
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
}

/* Binds the host name, so only certificate trust is tested here. */
void bindHostName(SSL *ssl) { SSL_set1_host(ssl, "api.example.com"); }
