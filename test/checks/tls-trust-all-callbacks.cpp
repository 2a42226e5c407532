// Verify callbacks that accept every chain, as functions, static members and
// lambdas, against the real <openssl/ssl.h>. Notes point back at the
// callbacks by absolute line: keep the first 30 lines in place.
// RUN: %check_tls %s %t -- -std=c++17

#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>

static int acceptAll(int PreverifyOk, X509_STORE_CTX *Ctx) {
  (void)PreverifyOk;
  return 1;
}

static int ignoresPreverify(int, X509_STORE_CTX *Ctx) {
  X509 *Cert = X509_STORE_CTX_get_current_cert(Ctx);
  return Cert != nullptr;
}

static int clearsError(int PreverifyOk, X509_STORE_CTX *Ctx) {
  if (!PreverifyOk)
    X509_STORE_CTX_set_error(Ctx, X509_V_OK);
  return 1 + PreverifyOk - PreverifyOk;
}

struct Client {
  static int verify(int PreverifyOk, X509_STORE_CTX *) {
    return PreverifyOk ? 1 : 2;
  }
};

static int certVerifyAll(X509_STORE_CTX *, void *) { return 1; }

void install(SSL_CTX *Ctx, SSL *Ssl) {
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, acceptAll);
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: the verify callback given to 'SSL_CTX_set_verify' returns non-zero on every path, so it accepts every certificate chain, even a forged one [tls-trust-all-certificates]
  // CHECK-MESSAGES: :9:12: note: verify callback defined here
  SSL_set_verify(Ssl, SSL_VERIFY_PEER, ignoresPreverify);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: the verify callback given to 'SSL_set_verify' ignores preverify_ok, so the errors OpenSSL found in the certificate chain are discarded [tls-trust-all-certificates]
  // CHECK-MESSAGES: :14:12: note: verify callback defined here
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, clearsError);
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: the verify callback given to 'SSL_CTX_set_verify' clears the verification error with X509_STORE_CTX_set_error(ctx, X509_V_OK), so chain errors are accepted [tls-trust-all-certificates]
  // CHECK-MESSAGES: :21:5: note: error cleared here
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, &Client::verify);
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: the verify callback given to 'SSL_CTX_set_verify' returns non-zero on every path
  // CHECK-MESSAGES: :26:14: note: verify callback defined here
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER,
                     [](int, X509_STORE_CTX *) { return 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: the verify callback given to 'SSL_CTX_set_verify' returns non-zero on every path
  // CHECK-MESSAGES: :[[@LINE-2]]:22: note: verify callback defined here
  SSL_CTX_set_cert_verify_callback(Ctx, certVerifyAll, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: the verify callback given to 'SSL_CTX_set_cert_verify_callback' returns non-zero on every path
  // CHECK-MESSAGES: :31:12: note: verify callback defined here
}

// Look-alikes that are fine.
static int passesThrough(int PreverifyOk, X509_STORE_CTX *Ctx) {
  if (!PreverifyOk) {
    int Depth = X509_STORE_CTX_get_error_depth(Ctx);
    (void)Depth;
  }
  return PreverifyOk;
}

static int allowsOneKnownError(int, X509_STORE_CTX *Ctx) {
  int Error = X509_STORE_CTX_get_error(Ctx);
  return Error == X509_V_OK || Error == X509_V_ERR_CERT_NOT_YET_VALID;
}

static int certVerifyChecks(X509_STORE_CTX *Ctx, void *) {
  return X509_verify_cert(Ctx);
}

int declaredElsewhere(int, X509_STORE_CTX *);

void installFine(SSL_CTX *Ctx) {
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, passesThrough);
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, allowsOneKnownError);
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, nullptr);
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, declaredElsewhere);
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER,
                     [](int Ok, X509_STORE_CTX *) { return Ok; });
  SSL_CTX_set_cert_verify_callback(Ctx, certVerifyChecks, nullptr);
}

// These clients bind the host name, so tls-hostname-verification-disabled
// stays quiet here (see tls-hostname-verification-openssl.cpp).
void bindHostName(SSL *Ssl) { SSL_set1_host(Ssl, "api.example.com"); }
