// smtp/imap/pop3 URLs are fine when the file forces STARTTLS.
// RUN: %check_tls %s %t -- -std=c11

#include <curl/curl.h>

void sendMail(CURL *curl) {
  curl_easy_setopt(curl, CURLOPT_URL, "smtp://mail.example.com:587");
  curl_easy_setopt(curl, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, "<app@example.com>");
  curl_easy_setopt(curl, CURLOPT_URL, "http://example.com/after");
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: cleartext http:// URL to 'example.com'
  // CHECK-FIXES: curl_easy_setopt(curl, CURLOPT_URL, "https://example.com/after");
}
