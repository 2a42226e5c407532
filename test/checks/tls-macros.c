// Macros: the user's macros around calls, values and URLs, stacked on the
// libraries' own macros from system headers (OpenSSL 3's
// SSL_CTX_set_min_proto_version is a macro over SSL_CTX_ctrl; with a GCC
// version set, curl_easy_setopt is curl's type-checking macro). Every
// finding is placed where the user wrote it: at a macro argument when the
// value is one, else at the macro's use. Fix-its never edit a macro's body.
// RUN: %check_tls %s %t-c -- -std=gnu11 -fgnuc-version=4.9
// RUN: %check_tls %s %t-cxx -- -x c++ -std=c++17

#include <curl/curl.h>
#include <openssl/ssl.h>

#define VERIFY_MODE(ctx, mode) SSL_CTX_set_verify(ctx, mode, NULL)
#define NO_VERIFY SSL_VERIFY_NONE
#define LEGACY_MINIMUM(ctx) SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION)
#define SET_MINIMUM(ctx, v) SSL_CTX_set_min_proto_version(ctx, v)
#define OLDEST TLS1_VERSION
#define SETTER(what) SSL_CTX_set_##what
#define CURL_TRUST_ALL(c) curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L)
#define CURL_OPTION(c, option, value) curl_easy_setopt(c, CURLOPT_##option, value)
#define UPDATE_URL "http://updates.example.com/"
#define URL_OF(host) "http://" #host "/"
// The macros' bodies are left as they are.
// CHECK-FIXES: #define CURL_TRUST_ALL(c) curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L)
// CHECK-FIXES: #define UPDATE_URL "http://updates.example.com/"

void openssl(SSL_CTX *Ctx) {
  VERIFY_MODE(Ctx, SSL_VERIFY_NONE);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE disables certificate verification on a client; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  VERIFY_MODE(Ctx, NO_VERIFY);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
  SSL_CTX_set_verify(Ctx, NO_VERIFY, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
  SETTER(verify)(Ctx, SSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
  LEGACY_MINIMUM(Ctx);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the minimum protocol version is set below TLS 1.2 [tls-weak-protocol-version]
  LEGACY_MINIMUM(Ctx);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the minimum protocol version is set below TLS 1.2
  SET_MINIMUM(Ctx, OLDEST);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: the minimum protocol version is set below TLS 1.2
  SSL_CTX_set_min_proto_version(Ctx, OLDEST);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: the minimum protocol version is set below TLS 1.2
}

void curl(CURL *Curl, CURL *Easy) {
  CURL_TRUST_ALL(Curl);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: CURLOPT_SSL_VERIFYPEER set to 0 disables certificate verification; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  CURL_OPTION(Easy, SSL_VERIFYHOST, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: CURLOPT_SSL_VERIFYHOST set to 0 disables host name verification; a valid certificate for any other host is accepted [tls-hostname-verification-disabled]
  // CHECK-FIXES: CURL_OPTION(Easy, SSL_VERIFYHOST, 2L);
  curl_easy_setopt(Curl, CURLOPT_URL, UPDATE_URL);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: cleartext http:// URL to 'updates.example.com': anyone on the network path can read and change this traffic [tls-cleartext-url]
  curl_easy_setopt(Curl, CURLOPT_URL, URL_OF(api.example.com));
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: cleartext http:// URL to 'api.example.com'
  curl_easy_setopt(Easy, CURLOPT_SSL_VERIFYHOST, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: CURLOPT_SSL_VERIFYHOST set to 0 disables host name verification
  // CHECK-FIXES: curl_easy_setopt(Easy, CURLOPT_SSL_VERIFYHOST, 2L);
}

// Look-alikes that are fine.
#define SECURE_MINIMUM(ctx) SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION)
#define VERIFY_PEER_MODE SSL_VERIFY_PEER

void secure(SSL_CTX *Ctx, SSL *Ssl, CURL *Curl) {
  SSL_set1_host(Ssl, "api.example.com");
  SECURE_MINIMUM(Ctx);
  VERIFY_MODE(Ctx, VERIFY_PEER_MODE);
  SET_MINIMUM(Ctx, TLS1_3_VERSION);
  CURL_OPTION(Curl, SSL_VERIFYPEER, 1L);
  curl_easy_setopt(Curl, CURLOPT_URL, URL_OF(localhost));
}
