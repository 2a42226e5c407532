// SSL_OP_NO_* masks are judged as a whole: switching TLS 1.2 off is weak
// unless every older version is off too, leaving TLS 1.3 alone.
// RUN: %check_tls %s %t -- -std=c11

#include <openssl/ssl.h>

void onlyTls13(SSL_CTX *Ctx, SSL *Ssl) {
  SSL_CTX_set_options(Ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 |
                               SSL_OP_NO_TLSv1_1 | SSL_OP_NO_TLSv1_2);
  SSL_set_options(Ssl, SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1 | SSL_OP_NO_TLSv1_2);
}

void olderLeftOn(SSL_CTX *Ctx) {
  SSL_CTX_set_options(Ctx, SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_2);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'SSL_CTX_set_options' with SSL_OP_NO_TLSv1_2 switches TLS 1.2 off, leaving older or fewer versions [tls-weak-protocol-version]
  SSL_CTX_set_options(Ctx, SSL_OP_NO_TLSv1_1 | SSL_OP_NO_TLSv1_2);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'SSL_CTX_set_options' with SSL_OP_NO_TLSv1_2 switches TLS 1.2 off
}

void nothingLeft(SSL_CTX *Ctx) {
  SSL_CTX_set_options(Ctx, SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1 |
                               SSL_OP_NO_TLSv1_2 | SSL_OP_NO_TLSv1_3);
  // CHECK-MESSAGES: :[[@LINE-2]]:28: warning: 'SSL_CTX_set_options' with SSL_OP_NO_TLSv1_2 switches TLS 1.2 off
  // CHECK-MESSAGES: :[[@LINE-3]]:28: warning: 'SSL_CTX_set_options' with SSL_OP_NO_TLSv1_3 switches TLS 1.3 off
}

void oldOnesOff(SSL_CTX *Ctx) {
  SSL_CTX_set_options(Ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);
}
