#include <openssl/ssl.h>

void connect(SSL_CTX *Ctx) {
  // Chain verification off on a client context.
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_NONE, nullptr);
}

void maybe(SSL_CTX *Ctx, bool Insecure) {
  SSL_CTX_set_verify(Ctx, Insecure ? SSL_VERIFY_NONE : SSL_VERIFY_PEER, nullptr);
}
