// A raw TLS socket to the payment backend, written when the team needed
// something "quick" that worked behind the test proxy.
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <string>

namespace payments {

// Used to switch verification off for the staging proxy; never switched back.
static constexpr int kVerifyMode = SSL_VERIFY_NONE;

SSL_CTX *makeClientContext() {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (!ctx)
    return nullptr;
  SSL_CTX_set_verify(ctx, kVerifyMode, nullptr);
  return ctx;
}

SSL *connectTo(SSL_CTX *ctx, int fd, const std::string &host) {
  SSL *ssl = SSL_new(ctx);
  SSL_set_fd(ssl, fd);
  SSL_set_tlsext_host_name(ssl, host.c_str());
  if (SSL_connect(ssl) != 1) {
    SSL_free(ssl);
    return nullptr;
  }
  return ssl;
}

} // namespace payments
