// CURLOPT_PINNEDPUBLICKEY values that cannot protect anything.
// RUN: %check_tls %s %t -- -std=c11

#include <curl/curl.h>

#define PIN_A "sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
#define PIN_B "sha256//AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE="

void pinned(CURL *curl) {
  curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, PIN_A);
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: CURLOPT_PINNEDPUBLICKEY has a single pin and no backup; when the server's key changes, every installed copy of the app loses the connection until it is updated [tls-missing-pin]
  curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, PIN_A ";" PIN_A);
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: CURLOPT_PINNEDPUBLICKEY has a single pin and no backup
  curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, "sha256//AAAA;" PIN_B);
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: CURLOPT_PINNEDPUBLICKEY has a single pin and no backup
  // CHECK-MESSAGES: :[[@LINE-2]]:51: warning: pin 'AAAA' in CURLOPT_PINNEDPUBLICKEY decodes to 3 bytes, not the 32 of a SHA-256 digest; it can never match, so the entry protects nothing [tls-missing-pin]
  curl_easy_setopt(curl, CURLOPT_PROXY_PINNEDPUBLICKEY, "sha256//not*base64");
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: pin 'not*base64' in CURLOPT_PROXY_PINNEDPUBLICKEY is not valid base64; it can never match
}

// Not reported: a backup pin, or a key file.
void fine(CURL *curl) {
  curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, PIN_A ";" PIN_B);
  curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, "/data/local/server-pubkey.der");
}
