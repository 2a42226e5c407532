// RUN: %check_tls %s %t -- -std=c++17
// RUN: %check_tls --check-suffix=COND %s %t-cond --config="{CheckOptions: {tls-trust-all-certificates.ReportConditional: true}}" -- -std=c++17

// Compiled against the real <openssl/ssl.h> (libssl-dev), where
// SSL_VERIFY_NONE and SSL_VERIFY_PEER are macros.
#include <openssl/ssl.h>

void clientContext(SSL_CTX *Ctx) {
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_NONE, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE disables certificate verification on a client; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  // CHECK-MESSAGES-COND: :[[@LINE-2]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
}

void clientConnection(SSL *Ssl) {
  SSL_set_verify(Ssl, 0, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'SSL_set_verify' with SSL_VERIFY_NONE
  // CHECK-MESSAGES-COND: :[[@LINE-2]]:23: warning: 'SSL_set_verify' with SSL_VERIFY_NONE
}

void newClientContext() {
  SSL_CTX *Ctx = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_NONE, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
  // CHECK-MESSAGES-COND: :[[@LINE-2]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
  SSL_CTX_free(Ctx);
}

// The value reaches the argument through a constant, a local assigned once,
// and a user's wrapper macro.
static const int kNoVerify = SSL_VERIFY_NONE;
#define INSECURE_VERIFY(ctx) SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr)

void valuesNotSpellings(SSL_CTX *Ctx) {
  SSL_CTX_set_verify(Ctx, kNoVerify, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
  // CHECK-MESSAGES-COND: :[[@LINE-2]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
  int Mode = SSL_VERIFY_NONE;
  SSL_CTX_set_verify(Ctx, Mode, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
  // CHECK-MESSAGES-COND: :[[@LINE-2]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
  INSECURE_VERIFY(Ctx);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
  // CHECK-MESSAGES-COND: :[[@LINE-2]]:3: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
  SSL_CTX_set_verify(Ctx, true ? SSL_VERIFY_NONE : SSL_VERIFY_PEER, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
  // CHECK-MESSAGES-COND: :[[@LINE-2]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
}

// Look-alikes that are fine.

void verifiesPeer(SSL_CTX *Ctx) {
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, nullptr);
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT,
                     nullptr);
}

void localChangedLater(SSL_CTX *Ctx, bool Strict) {
  int Mode = SSL_VERIFY_NONE;
  if (Strict)
    Mode = SSL_VERIFY_PEER;
  SSL_CTX_set_verify(Ctx, Mode, nullptr);
}

// A server that does not ask for client certificates: SSL_VERIFY_NONE is the
// normal setting there.
void serverContext() {
  SSL_CTX *Ctx = SSL_CTX_new(TLS_server_method());
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_NONE, nullptr);
  SSL *Ssl = SSL_new(Ctx);
  SSL_set_verify(Ssl, SSL_VERIFY_NONE, nullptr);
  SSL_free(Ssl);
  SSL_CTX_free(Ctx);
}

void acceptingConnection(SSL *Ssl) {
  SSL_set_accept_state(Ssl);
  SSL_set_verify(Ssl, SSL_VERIFY_NONE, nullptr);
}

// A mode chosen at run time: silent by default, a remark with
// ReportConditional.
void runtimeChoice(SSL_CTX *Ctx, bool Insecure) {
  SSL_CTX_set_verify(Ctx, Insecure ? SSL_VERIFY_NONE : SSL_VERIFY_PEER,
                     nullptr);
  // CHECK-MESSAGES-COND: :[[@LINE-2]]:27: remark: a value chosen at run time may be insecure here: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE disables certificate verification on a client; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
}

// A suppressed finding.
void suppressed(SSL_CTX *Ctx) {
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_NONE, nullptr); // NOLINT(tls-trust-all-certificates)
}

// These clients bind the host name, so tls-hostname-verification-disabled
// stays quiet here (see tls-hostname-verification-openssl.cpp).
void bindHostName(SSL *Ssl) { SSL_set1_host(Ssl, "api.example.com"); }
