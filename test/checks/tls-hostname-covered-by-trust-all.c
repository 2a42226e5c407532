// VERIFYHOST 0 beside VERIFYPEER 0 on the same handle, in the same function
// and under the same condition, is one decision (curl's -k): the trust-all
// finding says it all, so no hostname finding is added. On another handle,
// or when only one of them is conditional, both are reported.
// RUN: %check_tls %s %t -- -std=c11

#include <curl/curl.h>

void both_off(CURL *curl) {
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: CURLOPT_SSL_VERIFYPEER set to 0 disables certificate verification; {{.*}} [tls-trust-all-certificates]
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
  curl_easy_setopt(curl, CURLOPT_PROXY_SSL_VERIFYPEER, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: CURLOPT_PROXY_SSL_VERIFYPEER set to 0 {{.*}} [tls-trust-all-certificates]
  curl_easy_setopt(curl, CURLOPT_PROXY_SSL_VERIFYHOST, 0L);
}

void insecure_option(CURL *curl, int insecure) {
  if (insecure) {
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: when `insecure` is set, CURLOPT_SSL_VERIFYPEER set to 0 {{.*}} [tls-trust-all-certificates]
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
  }
}

// Not covered: another handle, the proxy's peer check for the server's host
// check, or a peer check that is off only under a condition.
void not_covered(CURL *curl, CURL *other, int insecure) {
  curl_easy_setopt(other, CURLOPT_SSL_VERIFYPEER, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: CURLOPT_SSL_VERIFYPEER set to 0 {{.*}} [tls-trust-all-certificates]
  curl_easy_setopt(curl, CURLOPT_PROXY_SSL_VERIFYPEER, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: CURLOPT_PROXY_SSL_VERIFYPEER set to 0 {{.*}} [tls-trust-all-certificates]
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: CURLOPT_SSL_VERIFYHOST set to 0 disables host name verification; {{.*}} [tls-hostname-verification-disabled]
  if (insecure)
    curl_easy_setopt(other, CURLOPT_PROXY_SSL_VERIFYPEER, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: when `insecure` is set, CURLOPT_PROXY_SSL_VERIFYPEER set to 0 {{.*}} [tls-trust-all-certificates]
  curl_easy_setopt(other, CURLOPT_PROXY_SSL_VERIFYHOST, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: CURLOPT_PROXY_SSL_VERIFYHOST set to 0 {{.*}} [tls-hostname-verification-disabled]
}
