// libcurl options in C. The second run makes clang claim GCC 4.9, so curl.h
// turns curl_easy_setopt into typecheck-gcc.h's statement-expression macro,
// which copies the option into a local `_curl_opt` first.
// RUN: %check_tls %s %t -- -std=c11
// RUN: %check_tls %s %t-typecheck -- -std=gnu11 -fgnuc-version=4.9

#include <curl/curl.h>

#define NO_CHECK 0L

void insecure(CURL *curl, CURL *easy) {
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: CURLOPT_SSL_VERIFYPEER set to 0 disables certificate verification; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  // CHECK-FIXES: curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_PROXY_SSL_VERIFYPEER, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: CURLOPT_PROXY_SSL_VERIFYPEER set to 0 disables
  // CHECK-FIXES: curl_easy_setopt(curl, CURLOPT_PROXY_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_DOH_SSL_VERIFYPEER, NO_CHECK);
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: CURLOPT_DOH_SSL_VERIFYPEER set to 0 disables
  // A macro's body is not rewritten.
  // CHECK-FIXES: curl_easy_setopt(curl, CURLOPT_DOH_SSL_VERIFYPEER, NO_CHECK);
  curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: CURLOPT_SSL_VERIFYHOST set to 0 disables host name verification; a valid certificate for any other host is accepted [tls-hostname-verification-disabled]
  // CHECK-FIXES: curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(easy, CURLOPT_PROXY_SSL_VERIFYHOST, 1L);
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: CURLOPT_PROXY_SSL_VERIFYHOST set to 1 is not host name verification: libcurl before 7.28.1 only checked that the certificate names some host, and later versions rejected the value; use 2 [tls-hostname-verification-disabled]
  // CHECK-FIXES: curl_easy_setopt(easy, CURLOPT_PROXY_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(easy, CURLOPT_DOH_SSL_VERIFYHOST, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: CURLOPT_DOH_SSL_VERIFYHOST set to 0 disables
  curl_easy_setopt(curl, CURLOPT_USE_SSL, CURLUSESSL_NONE);
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: CURLOPT_USE_SSL set to CURLUSESSL_NONE sends the session, credentials included, in cleartext [tls-cleartext-url]
  curl_easy_setopt(curl, CURLOPT_USE_SSL, (long)CURLUSESSL_TRY);
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: CURLOPT_USE_SSL set to CURLUSESSL_TRY silently falls back to cleartext when STARTTLS fails or is stripped; use CURLUSESSL_ALL [tls-cleartext-url]
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_0);
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: CURLOPT_SSLVERSION allows protocol versions older than TLS 1.2 [tls-weak-protocol-version]
  curl_easy_setopt(curl, CURLOPT_PROXY_SSLVERSION, CURL_SSLVERSION_SSLv3);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: CURLOPT_PROXY_SSLVERSION allows protocol versions older than TLS 1.2
  curl_easy_setopt(curl, CURLOPT_SSLVERSION,
                   CURL_SSLVERSION_TLSv1_2 | CURL_SSLVERSION_MAX_TLSv1_1);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: CURLOPT_SSLVERSION caps the protocol version below TLS 1.2
}

void valuesNotSpellings(CURL *curl, CURL *easy) {
  const long off = 0;
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, off);
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: CURLOPT_SSL_VERIFYPEER set to 0
  long host = 0;
  curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, host);
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: CURLOPT_SSL_VERIFYHOST set to 0
  CURLoption option = CURLOPT_SSL_VERIFYPEER;
  curl_easy_setopt(curl, option, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: CURLOPT_SSL_VERIFYPEER set to 0
}

// Look-alikes that are fine.
void secure(CURL *curl, int insecure) {
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_USE_SSL, CURLUSESSL_ALL);
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_DEFAULT);
  curl_easy_setopt(curl, CURLOPT_SSLVERSION,
                   CURL_SSLVERSION_TLSv1_2 | CURL_SSLVERSION_MAX_DEFAULT);
  // Other options that take 0.
  curl_easy_setopt(curl, CURLOPT_VERBOSE, 0L);
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
  // A value chosen at run time is not reported by default.
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, insecure ? 0L : 1L);
  long verify = 0;
  if (!insecure)
    verify = 1;
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, verify);
}
