// A project's own function that forwards its parameters to the API (curl's
// tool_setopt_long, a set_verify helper) is judged at each of its calls in
// the file, as the API call it makes there, with the caller's conditions.
// RUN: %check_tls %s %t -- -std=c11

#include <curl/curl.h>
#include <openssl/ssl.h>

static CURLcode set_long(CURL *curl, const char *name, CURLoption tag,
                         long value) {
  (void)name;
  return curl_easy_setopt(curl, tag, value);
}

// A wrapper of the wrapper, as macros and helpers stack up in real code.
static CURLcode set_flag(CURL *curl, CURLoption tag, long value) {
  return set_long(curl, "flag", tag, value);
}

static void set_mode(SSL_CTX *ctx, int mode) { SSL_CTX_set_verify(ctx, mode, NULL); }

struct config {
  int insecure_ok;
};

void configure(CURL *curl, SSL_CTX *ctx, const struct config *config) {
  set_long(curl, "CURLOPT_SSL_VERIFYPEER", CURLOPT_SSL_VERIFYPEER, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:68: warning: CURLOPT_SSL_VERIFYPEER set to 0 disables certificate verification; {{.*}} [tls-trust-all-certificates]
  if (config->insecure_ok)
    set_long(curl, "CURLOPT_PROXY_SSL_VERIFYPEER", CURLOPT_PROXY_SSL_VERIFYPEER, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:82: warning: when `config->insecure_ok` is set, CURLOPT_PROXY_SSL_VERIFYPEER set to 0 {{.*}} [tls-trust-all-certificates]
  set_flag(curl, CURLOPT_DOH_SSL_VERIFYPEER, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: CURLOPT_DOH_SSL_VERIFYPEER set to 0 {{.*}} [tls-trust-all-certificates]
  set_mode(ctx, SSL_VERIFY_NONE);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE disables certificate verification on a client; {{.*}} [tls-trust-all-certificates]
}

// Secure values through the same wrappers are not reported.
void secure(CURL *curl, SSL_CTX *ctx) {
  set_long(curl, "CURLOPT_SSL_VERIFYPEER", CURLOPT_SSL_VERIFYPEER, 1L);
  set_long(curl, "CURLOPT_TIMEOUT", CURLOPT_TIMEOUT, 0L);
  set_flag(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  set_mode(ctx, SSL_VERIFY_PEER);
  SSL_set1_host(SSL_new(ctx), "example.com");
}
