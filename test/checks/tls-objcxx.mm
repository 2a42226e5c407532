// Objective-C++ (.mm): OpenSSL and libcurl called from C++ inside Objective-C
// methods, blocks and lambdas. Debian has no Apple frameworks, so the class
// is its own root class; the compiler picks Objective-C++ by the extension.
// RUN: %check_tls %s %t -- -std=c++17 -fblocks

#include <curl/curl.h>
#include <openssl/ssl.h>
#include <string>

__attribute__((objc_root_class))
@interface TlsClient {
  SSL_CTX *ctx;
  CURL *curl;
}
- (void)connect:(const char *)host;
- (void)fetch;
+ (int)acceptAll:(int)ok;
@end

static int acceptAll(int, X509_STORE_CTX *) { return 1; }

@implementation TlsClient
- (void)connect:(const char *)host {
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE disables certificate verification on a client; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, acceptAll);
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: the verify callback given to 'SSL_CTX_set_verify' returns non-zero on every path, so it accepts every certificate chain, even a forged one [tls-trust-all-certificates]
  // CHECK-MESSAGES: :[[@LINE-8]]:12: note: verify callback defined here
  void (^legacy)(void) = ^{
    SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
    // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: the minimum protocol version is set below TLS 1.2 [tls-weak-protocol-version]
  };
  legacy();
  SSL *ssl = SSL_new(ctx);
  SSL_set1_host(ssl, host);
}

- (void)fetch {
  std::string url = "http://api.example.com/v1/items";
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: cleartext http:// URL to 'api.example.com': anyone on the network path can read and change this traffic [tls-cleartext-url]
  // CHECK-FIXES: std::string url = "https://api.example.com/v1/items";
  auto insecure = [self]() {
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: CURLOPT_SSL_VERIFYHOST set to 0 disables host name verification; a valid certificate for any other host is accepted [tls-hostname-verification-disabled]
  };
  insecure();
  [self connect:"api.example.com"];
  // Secure look-alikes.
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_URL, "https://api.example.com/v1/items");
}

+ (int)acceptAll:(int)ok {
  return ok;
}
@end
