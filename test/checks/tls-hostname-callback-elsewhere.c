// A verify callback defined in another file may bind or check the host
// itself (mosquitto's server-certificate callback calls X509_check_host), so
// a verify-mode call that installs one is not "never binds the host". A
// callback this file defines, or none, is judged as before.
// RUN: %check_tls %s %t -- -std=c11

#include <openssl/ssl.h>
#include <openssl/x509.h>

int verify_in_other_file(int preverify_ok, X509_STORE_CTX *ctx);

static int verify_here(int preverify_ok, X509_STORE_CTX *ctx) {
  (void)ctx;
  return preverify_ok;
}

void client_with_external_check(SSL_CTX *ctx) {
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, verify_in_other_file);
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, &verify_in_other_file);
}

void client_with_local_callback(SSL_CTX *ctx) {
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, verify_here);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_verify' turns certificate verification on, but this file never binds the expected host name
}

void client_without_callback(SSL *ssl) {
  SSL_set_verify(ssl, SSL_VERIFY_PEER, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_set_verify' turns certificate verification on, but this file never binds the expected host name
}
