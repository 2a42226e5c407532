// A setting that is insecure only when a user opts in (a command-line -k, a
// configuration value, a caller's flag) is a conditional finding: the
// message names the setting and a note points at the condition. A branch
// that tests the handle itself or a call's result is no opt-in.
// RUN: %check_tls %s %t -- -std=c11

#include <curl/curl.h>
#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>
#include <stddef.h>
#include <string.h>

struct config {
  int insecure_ok;
  int cert_reqs;
  const char *psk;
  unsigned flags;
  SSL_CTX *ctx;
};
#define ALLOW_SELF_SIGNED 0x4u

void curl_insecure_option(CURL *curl, const struct config *config) {
  if (config->insecure_ok) {
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: when `config->insecure_ok` is set, CURLOPT_SSL_VERIFYPEER set to 0 disables certificate verification; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
    // CHECK-MESSAGES: :[[@LINE-3]]:7: note: the insecure setting applies only when this condition holds
  }
}

void openssl_cert_reqs(const struct config *config, SSL_CTX *ctx) {
  if (config->cert_reqs == 0)
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: when `config->cert_reqs == 0`, 'SSL_CTX_set_verify' with SSL_VERIFY_NONE disables certificate verification on a client; {{.*}} [tls-trust-all-certificates]
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: the insecure setting applies only when this condition holds
  else
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
}

void openssl_psk_only(const struct config *config, SSL_CTX *ctx) {
  if (config->psk)
    SSL_CTX_set_options(ctx, SSL_OP_NO_TLSv1_3);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: when `config->psk` is set, 'SSL_CTX_set_options' with SSL_OP_NO_TLSv1_3 switches TLS 1.3 off [tls-weak-protocol-version]
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: the insecure setting applies only when this condition holds
}

// The else branch: insecure unless the parameter is set.
void verify_unless(CURL *curl, int verify) {
  if (verify)
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  else
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: unless `verify` is set, CURLOPT_SSL_VERIFYHOST set to 0 disables host name verification; {{.*}} [tls-hostname-verification-disabled]
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: the insecure setting applies only when this condition does not hold
}

// A switch on a mode, and a flag tested with a mask.
void by_mode(CURL *curl, int mode, unsigned flags) {
  switch (mode) {
  case 1:
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    break;
  case 0:
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: when `mode` is 0, CURLOPT_SSL_VERIFYPEER {{.*}} [tls-trust-all-certificates]
    // CHECK-MESSAGES: :[[@LINE-7]]:11: note: the insecure setting applies only when this condition holds
    break;
  }
  if (flags & ALLOW_SELF_SIGNED)
    curl_easy_setopt(curl, CURLOPT_PROXY_SSL_VERIFYPEER, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: when `ALLOW_SELF_SIGNED` is set in `flags`, CURLOPT_PROXY_SSL_VERIFYPEER {{.*}} [tls-trust-all-certificates]
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: the insecure setting applies only when this condition holds
}

// A verify callback that accepts a self-signed chain only under the
// caller's flag; the error code read from the store is a result, not a
// setting, so the flag names the condition.
static unsigned connection_flags;

static int verify_callback(int preverify_ok, X509_STORE_CTX *store) {
  int err = X509_STORE_CTX_get_error(store);
  if (err == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT &&
      (connection_flags & ALLOW_SELF_SIGNED)) {
    X509_STORE_CTX_set_error(store, X509_V_OK);
    return 1;
  }
  return preverify_ok;
}

void install_callback(SSL *ssl) {
  SSL_set_verify(ssl, SSL_VERIFY_PEER, verify_callback);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: when `ALLOW_SELF_SIGNED` is set in `connection_flags`, the verify callback given to 'SSL_set_verify' clears the verification error with X509_STORE_CTX_set_error(ctx, X509_V_OK), so chain errors are accepted [tls-trust-all-certificates]
  // CHECK-MESSAGES: :[[@LINE-9]]:5: note: error cleared here
  // CHECK-MESSAGES: :[[@LINE-11]]:7: note: the insecure setting applies only when this condition holds
}

// Not an opt-in: the handle exists (`if (curl)`), a call's result, a
// constant condition. These stay unconditional findings.
enum { kDebugBuild = 1 };

void not_opt_in(const struct config *config) {
  CURL *curl = curl_easy_init();
  if (curl) {
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: CURLOPT_SSL_VERIFYPEER set to 0 disables certificate verification; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  }
  int loaded = SSL_CTX_load_verify_locations(config->ctx, "ca.pem", NULL);
  if (loaded != 1)
    SSL_CTX_set_verify(config->ctx, SSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE {{.*}} [tls-trust-all-certificates]
  if (config->ctx != NULL)
    SSL_CTX_set_options(config->ctx, SSL_OP_NO_TLSv1_3);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'SSL_CTX_set_options' with SSL_OP_NO_TLSv1_3 switches TLS 1.3 off [tls-weak-protocol-version]
  if (kDebugBuild)
    curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_0);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: CURLOPT_SSLVERSION allows protocol versions older than TLS 1.2 [tls-weak-protocol-version]
}

// This file binds the host, so the verify-mode calls above are not also
// reported as never checking it.
void bind_host(SSL *ssl) { SSL_set1_host(ssl, "example.com"); }

// An option looked up by name (a command-line switch, an environment
// variable) is a setting, whatever object the lookup goes through.
struct context;
struct context *context_of(void *owner);
int option_set(struct context *cx, const char *name);
#include <stdlib.h>

void named_options(void *owner, CURL *curl) {
  struct context *cx = context_of(owner);
  if (option_set(cx, "-k"))
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: when `option_set(cx, "-k")`, CURLOPT_SSL_VERIFYPEER set to 0 {{.*}} [tls-trust-all-certificates]
  if (getenv("APP_TLS_INSECURE"))
    curl_easy_setopt(curl, CURLOPT_PROXY_SSL_VERIFYPEER, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: when `getenv("APP_TLS_INSECURE")` is set, CURLOPT_PROXY_SSL_VERIFYPEER set to 0 {{.*}} [tls-trust-all-certificates]
}
