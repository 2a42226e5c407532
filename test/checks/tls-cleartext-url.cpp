// RUN: %check_tls %s %t -- -std=c++17
// RUN: %check_tls --check-suffix=ALLOW %s %t-allow --config="{CheckOptions: {tls-cleartext-url.AllowedHosts: 'intranet.corp;*.example.org'}}" -- -std=c++17

#include <curl/curl.h>
#include <string>

#define TELEMETRY_URL "http://telemetry.example.com/v1"

void urls(CURL *Curl) {
  curl_easy_setopt(Curl, CURLOPT_URL, "http://api.example.com/v2/charges");
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: cleartext http:// URL to 'api.example.com': anyone on the network path can read and change this traffic [tls-cleartext-url]
  // CHECK-MESSAGES-ALLOW: :[[@LINE-2]]:39: warning: cleartext http:// URL to 'api.example.com'
  // CHECK-FIXES: curl_easy_setopt(Curl, CURLOPT_URL, "https://api.example.com/v2/charges");
  std::string Socket = "ws://chat.example.com/socket";
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: cleartext ws:// URL to 'chat.example.com'
  // CHECK-MESSAGES-ALLOW: :[[@LINE-2]]:24: warning: cleartext ws:// URL to 'chat.example.com'
  // CHECK-FIXES: std::string Socket = "wss://chat.example.com/socket";
  std::string Built = std::string("http://") + "cdn.example.com" + "/img";
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: cleartext http:// URL to a host built at run time
  // CHECK-MESSAGES-ALLOW: :[[@LINE-2]]:35: warning: cleartext http:// URL to a host built at run time
  const char *Files = "ftp://files.example.com/pub";
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: cleartext ftp:// URL to 'files.example.com'
  // CHECK-MESSAGES-ALLOW: :[[@LINE-2]]:23: warning: cleartext ftp:// URL to 'files.example.com'
  const char *Directory = "ldap://ldap.intranet.corp/dc=corp";
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: cleartext ldap:// URL to 'ldap.intranet.corp'
  // CHECK-MESSAGES-ALLOW: :[[@LINE-2]]:27: warning: cleartext ldap:// URL to 'ldap.intranet.corp'
  const char *Shell = "telnet://router.example.org";
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: cleartext telnet:// URL to 'router.example.org'
  const char *Upper = "HTTP://Legacy.Example.com";
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: cleartext http:// URL to 'Legacy.Example.com'
  // CHECK-MESSAGES-ALLOW: :[[@LINE-2]]:23: warning: cleartext http:// URL to 'Legacy.Example.com'
  // CHECK-FIXES: const char *Upper = "https://Legacy.Example.com";
  // A macro's body is reported where it is used, and not rewritten.
  curl_easy_setopt(Curl, CURLOPT_URL, TELEMETRY_URL);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: cleartext http:// URL to 'telemetry.example.com'
  // CHECK-MESSAGES-ALLOW: :[[@LINE-2]]:39: warning: cleartext http:// URL to 'telemetry.example.com'
  // CHECK-FIXES: curl_easy_setopt(Curl, CURLOPT_URL, TELEMETRY_URL);
  const char *Mail = "smtp://mail.example.com:25";
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: cleartext smtp:// URL to 'mail.example.com': nothing in this file forces STARTTLS (CURLOPT_USE_SSL = CURLUSESSL_ALL), so credentials and mail can travel unencrypted [tls-cleartext-url]
  // CHECK-MESSAGES-ALLOW: :[[@LINE-2]]:22: warning: cleartext smtp:// URL
  (void)Files, (void)Directory, (void)Shell, (void)Upper, (void)Mail;
}

// Not reported.
void fine(CURL *Curl) {
  curl_easy_setopt(Curl, CURLOPT_URL, "https://api.example.com/v2");
  const char *Secure = "wss://chat.example.com";
  const char *Loopback[] = {"http://localhost:8080/", "http://127.0.0.1/x",
                            "http://[::1]:3000", "http://10.0.2.2:8000/api"};
  const char *Namespaces[] = {"http://schemas.android.com/apk/res/android",
                              "http://www.w3.org/2001/XMLSchema-instance"};
  const char *Prose = "Documentation lives at http://docs.example.com";
  const char *Local = "file:///sdcard/config.json";
  const char *Intranet = "http://intranet.corp/wiki";
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: cleartext http:// URL to 'intranet.corp'
  const char *Wildcard = "http://build.example.org/";
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: cleartext http:// URL to 'build.example.org'
  const char *Suppressed = "http://legacy.example.net"; // NOLINT(tls-cleartext-url)
  (void)Secure, (void)Loopback, (void)Namespaces, (void)Prose, (void)Local,
      (void)Intranet, (void)Wildcard, (void)Suppressed;
}
