// C++ spellings of the same: comparisons with == and the std::string
// members that search are data; a scheme that starts a concatenation builds
// a URL and is reported.
// RUN: %check_tls %s %t -- -std=c++20

#include <string>
#include <string_view>

bool isPlainHttp(const std::string &Url, std::string_view View) {
  return Url == "http://legacy.example.com" ||
         Url.starts_with("http://") || Url.compare("ws://chat.example.com") == 0 ||
         Url.find("http://cdn.example.com") != std::string::npos ||
         View.starts_with("ws://");
}

std::string endpoint(const std::string &Host) {
  return "http://" + Host + "/v1";
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: cleartext http:// URL to a host built at run time
}

std::string legacy() {
  std::string Url = "http://legacy.example.com/feed";
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: cleartext http:// URL to 'legacy.example.com'
  // CHECK-FIXES: std::string Url = "https://legacy.example.com/feed";
  return Url;
}
