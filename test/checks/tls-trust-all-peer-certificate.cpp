// With verification off, a peer certificate trusted without a look at
// SSL_get_verify_result. OpenSSL 3 spells SSL_get_peer_certificate as a macro
// over SSL_get1_peer_certificate.
// RUN: split-file %s %t
// RUN: %check_tls %t/unchecked.cpp %t/unchecked -- -std=c++17
// RUN: %check_tls %t/checked.cpp %t/checked -- -std=c++17

//--- unchecked.cpp
#include <openssl/ssl.h>
#include <openssl/x509.h>

bool pinnedLeaf(SSL_CTX *Ctx, SSL *Ssl) {
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_NONE, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
  X509 *Cert = SSL_get_peer_certificate(Ssl);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: the peer certificate from 'SSL_get1_peer_certificate' is used while verification is off (SSL_VERIFY_NONE) and SSL_get_verify_result is never checked; any certificate, or none at all, is trusted [tls-trust-all-certificates]
  bool Ok = Cert != nullptr;
  X509_free(Cert);
  return Ok;
}

//--- checked.cpp
#include <openssl/ssl.h>
#include <openssl/x509.h>

// Verification off during the handshake, but the result is checked after:
// OpenSSL still verifies the chain under SSL_VERIFY_NONE and keeps the
// verdict, so nothing is reported (any message would fail this test).
// CHECK-MESSAGES-NOT: SSL_VERIFY_NONE
bool verifiedAfterwards(SSL_CTX *Ctx, SSL *Ssl) {
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_NONE, nullptr);
  X509 *Cert = SSL_get1_peer_certificate(Ssl);
  bool Ok = Cert && SSL_get_verify_result(Ssl) == X509_V_OK;
  X509_free(Cert);
  return Ok;
}
