// A context made with a server method in one function, kept in a struct
// field and configured in another, is a server's: SSL_VERIFY_NONE there
// only means no client certificate is asked for, and no host is bound. A
// client's context kept the same way is still reported. Only what this
// file stores in the field counts.
// RUN: %check_tls %s %t -- -std=c11

#include <openssl/ssl.h>

struct listener {
  SSL_CTX *ssl_ctx;
  int require_certificate;
};

struct client {
  SSL_CTX *ssl_ctx;
};

int make_server_ctx(struct listener *l) {
  if (l->ssl_ctx)
    SSL_CTX_free(l->ssl_ctx);
  l->ssl_ctx = NULL;
  l->ssl_ctx = SSL_CTX_new(TLS_server_method());
  return l->ssl_ctx != NULL;
}

void load_server_certs(struct listener *l) {
  if (l->require_certificate)
    SSL_CTX_set_verify(l->ssl_ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
  else
    SSL_CTX_set_verify(l->ssl_ctx, SSL_VERIFY_NONE, NULL);
}

int make_client_ctx(struct client *c) {
  c->ssl_ctx = SSL_CTX_new(TLS_client_method());
  return c->ssl_ctx != NULL;
}

void configure_client(struct client *c) {
  SSL_CTX_set_verify(c->ssl_ctx, SSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE disables certificate verification on a client; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
}

/* Set only by another file: nothing here proves a server. */
struct elsewhere {
  SSL_CTX *ctx;
};
void configure_elsewhere(struct elsewhere *e) {
  SSL_CTX_set_verify(e->ctx, SSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
}
