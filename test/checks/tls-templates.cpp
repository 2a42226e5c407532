// Templates: a finding in a template is reported once, where the template
// is written, however often it is instantiated. A value that comes from a
// template argument is judged per instantiation, and reported at the
// template when any instantiation is insecure; a template never
// instantiated with an insecure value is silent.
// RUN: %check_tls %s %t -- -std=c++17

#include <curl/curl.h>
#include <openssl/ssl.h>

// Instantiated twice, with two types.
template <typename T> void trustAll(SSL_CTX *Ctx, T) {
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_NONE, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE disables certificate verification on a client; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
}

// The mode is a template argument: one of the two instantiations is bad.
template <int Mode> void withMode(SSL_CTX *Ctx) {
  SSL_CTX_set_verify(Ctx, Mode, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
}

// Only ever instantiated with a secure mode.
template <int Mode> void withSecureMode(SSL_CTX *Ctx) {
  SSL_CTX_set_verify(Ctx, Mode, nullptr);
}

// The call only resolves in the instantiation (the handle's type is a
// template parameter).
template <typename Handle> void dependentHandle(Handle *Ctx) {
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_NONE, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
}

// Never instantiated: nothing is known about Mode.
template <int Mode> void neverUsed(SSL_CTX *Ctx) {
  SSL_CTX_set_verify(Ctx, Mode, nullptr);
}

// Members of a class template, a member template, and an explicit
// instantiation on top of the implicit ones.
template <typename T> struct Client {
  void connect(SSL_CTX *Ctx) {
    SSL_CTX_set_min_proto_version(Ctx, TLS1_VERSION);
    // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: the minimum protocol version is set below TLS 1.2 [tls-weak-protocol-version]
  }
  template <typename U> void fetch(CURL *Curl, U) {
    curl_easy_setopt(Curl, CURLOPT_URL, "http://api.example.com/");
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: cleartext http:// URL to 'api.example.com': anyone on the network path can read and change this traffic [tls-cleartext-url]
    // CHECK-FIXES: curl_easy_setopt(Curl, CURLOPT_URL, "https://api.example.com/");
  }
  static int acceptAll(int, X509_STORE_CTX *) { return 1; }
  void verifyWith(SSL_CTX *Ctx) {
    SSL_CTX_set_verify(Ctx, SSL_VERIFY_PEER, acceptAll);
    // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: the verify callback given to 'SSL_CTX_set_verify' returns non-zero on every path, so it accepts every certificate chain, even a forged one [tls-trust-all-certificates]
    // CHECK-MESSAGES: :[[@LINE-4]]:14: note: verify callback defined here
  }
};
template struct Client<double>;

template <typename T> constexpr long kVerifyPeer = 0L;

template <typename T> void variableTemplate(CURL *Curl) {
  curl_easy_setopt(Curl, CURLOPT_SSL_VERIFYPEER, kVerifyPeer<T>);
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: CURLOPT_SSL_VERIFYPEER set to 0 disables certificate verification
}

// Only the branch an instantiation keeps counts; the fix is made once.
template <bool Insecure> void constexprIf(CURL *Curl) {
  if constexpr (Insecure)
    curl_easy_setopt(Curl, CURLOPT_SSL_VERIFYHOST, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: CURLOPT_SSL_VERIFYHOST set to 0 disables host name verification; a valid certificate for any other host is accepted [tls-hostname-verification-disabled]
  // CHECK-FIXES: curl_easy_setopt(Curl, CURLOPT_SSL_VERIFYHOST, 2L);
  else
    curl_easy_setopt(Curl, CURLOPT_SSL_VERIFYPEER, 1L);
}

// A constant written in the template is reported even when this TU keeps
// only the other branch: it is a build switch another TU can turn on.
template <bool Debug> void debugSwitch(CURL *Curl) {
  if constexpr (Debug)
    curl_easy_setopt(Curl, CURLOPT_SSL_VERIFYPEER, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: CURLOPT_SSL_VERIFYPEER set to 0 disables certificate verification
  // CHECK-FIXES: curl_easy_setopt(Curl, CURLOPT_SSL_VERIFYPEER, 1L);
}

void use(SSL_CTX *Ctx, SSL *Ssl, CURL *Curl) {
  SSL_set1_host(Ssl, "api.example.com");
  trustAll(Ctx, 1);
  trustAll(Ctx, 'c');
  withMode<SSL_VERIFY_NONE>(Ctx);
  withMode<SSL_VERIFY_PEER>(Ctx);
  withSecureMode<SSL_VERIFY_PEER>(Ctx);
  withSecureMode<SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT>(Ctx);
  dependentHandle(Ctx);
  Client<int>().connect(Ctx);
  Client<long>().connect(Ctx);
  Client<int>().fetch(Curl, 1);
  Client<long>().fetch(Curl, 1.0);
  Client<int>().verifyWith(Ctx);
  Client<long>().verifyWith(Ctx);
  variableTemplate<int>(Curl);
  variableTemplate<long>(Curl);
  constexprIf<true>(Curl);
  constexprIf<false>(Curl);
  debugSwitch<false>(Curl);
  // A generic lambda, called with the same type twice and with another.
  auto Generic = [](auto *Handle) {
    SSL_CTX_set_verify(Handle, SSL_VERIFY_NONE, nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE
  };
  Generic(Ctx);
  Generic(Ctx);
}
