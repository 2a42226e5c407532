// A TLS wrapper library's header, for tls-library-header-code.cpp: its own
// inline code does what every check reports. Installed (-isystem) it is the
// library's business; vendored (-I) it is the project's own code.
#ifndef INSECURELIB_H
#define INSECURELIB_H

#include <openssl/ssl.h>

namespace insecurelib {

inline int acceptAll(int, X509_STORE_CTX *) { return 1; }

inline SSL_CTX *legacyContext() {
  SSL_CTX *Ctx = SSL_CTX_new(TLSv1_client_method());
  SSL_CTX_set_min_proto_version(Ctx, TLS1_VERSION);
  SSL_CTX_set_cipher_list(Ctx, "RC4-MD5");
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, acceptAll);
  SSL_CTX_use_PrivateKey_file(Ctx, "/etc/insecurelib/key.pem",
                              SSL_FILETYPE_PEM);
  return Ctx;
}

inline X509 *peerOf(SSL_CTX *Ctx, SSL *Ssl) {
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_NONE, nullptr);
  SSL_set_tlsext_host_name(Ssl, "api.example.com");
  return SSL_get1_peer_certificate(Ssl);
}

inline const char *updateUrl() { return "http://updates.example.com/"; }

} // namespace insecurelib

// The library's macro: expanded in the user's code, it is the user's call.
#define INSECURELIB_TRUST_ALL(ctx) SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr)

#endif
