// BoringSSL (android-libboringssl-dev), where SSL_CTX_set_min_proto_version
// is a real function taking uint16_t.
// RUN: %check_tls %s %t -- -std=c++17 -I/usr/include/android

#include <openssl/ssl.h>

void boring(SSL_CTX *Ctx, SSL *Ssl) {
  SSL_CTX_set_min_proto_version(Ctx, TLS1_1_VERSION);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: the minimum protocol version is set below TLS 1.2 [tls-weak-protocol-version]
  SSL_set_min_proto_version(Ssl, TLS1_VERSION);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: the minimum protocol version is set below TLS 1.2
  SSL_CTX_set_options(Ctx, SSL_OP_NO_TLSv1_2);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'SSL_CTX_set_options' with SSL_OP_NO_TLSv1_2 switches TLS 1.2 off
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_NONE, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE disables certificate verification on a client
}

void boringFine(SSL_CTX *Ctx) {
  SSL_CTX_set_min_proto_version(Ctx, TLS1_2_VERSION);
  SSL_CTX_set_options(Ctx, SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, nullptr);
}

// These clients bind the host name, so tls-hostname-verification-disabled
// stays quiet here (see tls-hostname-verification-openssl.cpp).
void bindHostName(SSL *Ssl) { SSL_set1_host(Ssl, "api.example.com"); }
