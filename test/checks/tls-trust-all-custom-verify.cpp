// BoringSSL's custom verify callbacks.
// RUN: %check_tls %s %t -- -std=c++17 -I/usr/include/android

#include <openssl/ssl.h>

static ssl_verify_result_t trustEverything(SSL *, uint8_t *Alert) {
  (void)Alert;
  return ssl_verify_ok;
}

static ssl_verify_result_t checksPin(SSL *Ssl, uint8_t *Alert) {
  const STACK_OF(CRYPTO_BUFFER) *Chain = SSL_get0_peer_certificates(Ssl);
  if (Chain == nullptr) {
    *Alert = SSL_AD_CERTIFICATE_UNKNOWN;
    return ssl_verify_invalid;
  }
  return ssl_verify_ok;
}

void install(SSL_CTX *Ctx, SSL *Ssl) {
  SSL_CTX_set_custom_verify(Ctx, SSL_VERIFY_PEER, trustEverything);
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: the custom verify callback given to 'SSL_CTX_set_custom_verify' returns ssl_verify_ok on every path; no certificate chain is ever rejected [tls-trust-all-certificates]
  // CHECK-MESSAGES: :6:28: note: verify callback defined here
  SSL_set_custom_verify(Ssl, SSL_VERIFY_PEER,
                        [](SSL *, uint8_t *) { return ssl_verify_ok; });
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: the custom verify callback given to 'SSL_set_custom_verify' returns ssl_verify_ok on every path
  // CHECK-MESSAGES: :[[@LINE-2]]:25: note: verify callback defined here
  SSL_CTX_set_custom_verify(Ctx, SSL_VERIFY_PEER, checksPin);
}

// These clients bind the host name, so tls-hostname-verification-disabled
// stays quiet here (see tls-hostname-verification-openssl.cpp).
void bindHostName(SSL *Ssl) { SSL_set1_host(Ssl, "api.example.com"); }
