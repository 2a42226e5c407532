// Mutual TLS to the card network's partner gateway. The gateway wants a
// client certificate, so its key was put into assets/ "for the pilot" and
// the app copies the assets to its working directory at first start.
#include <curl/curl.h>

#include <string>

namespace partner {

bool authorize(const std::string &payload) {
  CURL *curl = curl_easy_init();
  if (!curl)
    return false;
  curl_easy_setopt(curl, CURLOPT_URL, "https://gateway.example-cards.com/v1/authorize");
  curl_easy_setopt(curl, CURLOPT_SSLCERT, "assets/client.crt");
  curl_easy_setopt(curl, CURLOPT_SSLKEY, "assets/client.key");
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, payload.c_str());
  CURLcode result = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return result == CURLE_OK;
}

} // namespace partner
