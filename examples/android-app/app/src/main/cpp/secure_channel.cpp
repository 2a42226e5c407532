// The local debugging server and the hardened client: both correct.
#include <openssl/ssl.h>

namespace payments {

// The in-app debug server does not ask clients for certificates, so
// SSL_VERIFY_NONE is right here.
SSL_CTX *makeDebugServerContext() {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
  return ctx;
}

SSL *makeVerifiedConnection(SSL_CTX *ctx, const char *host) {
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
  SSL_CTX_set_default_verify_paths(ctx);
  SSL *ssl = SSL_new(ctx);
  SSL_set1_host(ssl, host);
  SSL_set_tlsext_host_name(ssl, host);
  return ssl;
}

} // namespace payments
