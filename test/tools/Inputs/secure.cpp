#include <openssl/ssl.h>

void connect(SSL_CTX *Ctx, SSL *Ssl) {
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, nullptr);
  SSL_set1_host(Ssl, "api.example.com");
}
