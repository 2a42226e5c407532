// Crash and usage telemetry, sent from native code.
#include <curl/curl.h>

namespace telemetry {

void upload(const char *json) {
  CURL *curl = curl_easy_init();
  if (!curl)
    return;
  curl_easy_setopt(curl, CURLOPT_URL, "http://telemetry.example-payments.com/v1/events");
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, json);
  // The collector's certificate expired once; this "fixed" it.
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
  curl_easy_perform(curl);
  curl_easy_cleanup(curl);
}

} // namespace telemetry
