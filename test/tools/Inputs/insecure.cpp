#include <openssl/ssl.h>

void connect(SSL_CTX *Ctx) {
  // Chain verification off on a client context.
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_NONE, nullptr);
}
