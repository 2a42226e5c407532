// Scheme prefixes and URLs that are only compared, searched or measured are
// data, not connections: not reported. A URL that reaches a transfer is,
// once per place even when a macro puts it there twice, and its http->https
// fix-it is offered only where the change keeps the port it speaks to.
// RUN: %check_tls %s %t -- -std=c11

#include <curl/curl.h>
#include <string.h>

#define URI_WS "ws://"
#define URI_TCP "tcp://"
#define PROXY_URL "http://proxy.example.com:3128"

static const char *const Schemes[] = {"http://", "https://", "file://"};

/* Scheme matching, as MQTT and HTTP clients parse the URIs they are given. */
int parseUri(const char *Uri, int *WebSocket) {
  if (strncmp(URI_WS, Uri, strlen(URI_WS)) == 0) {
    *WebSocket = 1;
    Uri += strlen(URI_WS);
  } else if (strncmp(URI_TCP, Uri, strlen(URI_TCP)) == 0) {
    Uri += strlen(URI_TCP);
  }
  if (!strncmp(Uri, "http://", 7) || strstr(Uri, "http://localhost.example"))
    return 1;
  if (memcmp(Uri, "http://update.example.com/", 26) == 0)
    return 2;
  if (curl_strnequal(Uri, "ftp://files.example.com", 23))
    return 3;
  return Schemes[0][0] == Uri[0];
}

/* A prefix handed over to be stripped from a proxy setting. */
int stripPrefix(const char **Setting, const char *Prefix);
void configureProxy(const char **Setting) { stripPrefix(Setting, "http://"); }

/* MQTT broker URIs, as paho's MQTTClient_create and mosquitto take them:
   tcp:// and mqtt:// are cleartext (no fix-it: mqtts and ssl use another
   port), ssl:// and mqtts:// are not. */
const char *const Brokers[] = {"tcp://broker.example.com:1883",
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: cleartext tcp:// URL to 'broker.example.com'
                               "mqtt://iot.example.net",
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: cleartext mqtt:// URL to 'iot.example.net'
                               "ssl://broker.example.com:8883",
                               "mqtts://iot.example.net"};

/* The real thing, in the same file. */
void fetch(CURL *Curl) {
  curl_easy_setopt(Curl, CURLOPT_URL, "http://api.example.com/v1");
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: cleartext http:// URL to 'api.example.com': anyone on the network path can read and change this traffic [tls-cleartext-url]
  // CHECK-FIXES: curl_easy_setopt(Curl, CURLOPT_URL, "https://api.example.com/v1");
  curl_easy_setopt(Curl, CURLOPT_URL, "http://api.example.com:8080/v1");
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: cleartext http:// URL to 'api.example.com'
  // CHECK-FIXES: curl_easy_setopt(Curl, CURLOPT_URL, "http://api.example.com:8080/v1");
  curl_easy_setopt(Curl, CURLOPT_PROXY, PROXY_URL), curl_easy_setopt(Curl, CURLOPT_REFERER, PROXY_URL);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: cleartext http:// URL to 'proxy.example.com'
  // One finding for the line: the second use is the same URL in the same place.
}
