// libcurl options in C++, where curl_easy_setopt is a plain variadic call.
// RUN: %check_tls %s %t -- -std=c++17
// RUN: %check_tls --check-suffix=COND %s %t-cond --config="{CheckOptions: {tls-trust-all-certificates.ReportConditional: true}}" -- -std=c++17

#include <curl/curl.h>

constexpr long kVerifyPeer = 0;
enum class Mode : long { Insecure = 0, Secure = 1 };

void insecure(CURL *curl, CURL *easy, bool debug) {
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, kVerifyPeer);
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: CURLOPT_SSL_VERIFYPEER set to 0 disables certificate verification; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  // CHECK-MESSAGES-COND: :[[@LINE-2]]:50: warning: CURLOPT_SSL_VERIFYPEER set to 0
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, static_cast<long>(Mode::Insecure));
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: CURLOPT_SSL_VERIFYPEER set to 0
  // CHECK-MESSAGES-COND: :[[@LINE-2]]:50: warning: CURLOPT_SSL_VERIFYPEER set to 0
  curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, false);
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: CURLOPT_SSL_VERIFYHOST set to 0 disables host name verification
  // CHECK-MESSAGES-COND: :[[@LINE-2]]:50: warning: CURLOPT_SSL_VERIFYHOST set to 0
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, debug ? 0L : 1L);
  // CHECK-MESSAGES-COND: :[[@LINE-1]]:50: remark: a value chosen at run time may be insecure here: CURLOPT_SSL_VERIFYPEER set to 0 disables certificate verification; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
}

void readVerifyFromConfig(long &Value);
void readVerifyInto(long *Value);

void secure(CURL *curl) {
  // Locals that something else may write are not constants.
  long ByReference = 0;
  readVerifyFromConfig(ByReference);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, ByReference);
  long ByPointer = 0;
  readVerifyInto(&ByPointer);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, ByPointer);
  long Aliased = 0;
  long &Alias = Aliased;
  Alias = 1;
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, Aliased);
  long Captured = 0;
  [&] { Captured = 1; }();
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, Captured);

  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, static_cast<long>(Mode::Secure));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 0L);
}
