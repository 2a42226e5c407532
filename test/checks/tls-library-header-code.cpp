// Code inside an installed library's header (a system header) is the
// library's own: nothing is reported there, even with system headers shown
// and the policy-driven checks on. The user's calls, and the library's
// macros expanded in the user's code, are reported where the user wrote
// them. The same header vendored into the project (-I) is the project's own
// code, and every check reports it.
// RUN: %check_tls --check-suffix=INSTALLED --config="{HeaderFilterRegex: '.*', SystemHeaders: true, CheckOptions: {tls-missing-pin.NetworkSecurityConfig: %S/Inputs/library/nsc.xml}}" %s %t -- -std=c++17 -isystem %S/Inputs/library
// RUN: %check_tls --check-suffix=VENDORED --config="{HeaderFilterRegex: '.*', SystemHeaders: true, CheckOptions: {tls-missing-pin.NetworkSecurityConfig: %S/Inputs/library/nsc.xml}}" %s %t -- -std=c++17 -I %S/Inputs/library

#include <insecurelib/insecurelib.h>

void user(SSL_CTX *Ctx, SSL *Ssl) {
  SSL_CTX *Legacy = insecurelib::legacyContext();
  X509 *Peer = insecurelib::peerOf(Ctx, Ssl);
  const char *Url = insecurelib::updateUrl();
  INSECURELIB_TRUST_ALL(Ctx);
  // CHECK-MESSAGES-INSTALLED: tls-library-header-code.cpp:[[@LINE-1]]:3: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE disables certificate verification on a client; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  // CHECK-MESSAGES-VENDORED: tls-library-header-code.cpp:[[@LINE-2]]:3: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE disables
  SSL_CTX_set_min_proto_version(Ctx, TLS1_1_VERSION);
  // CHECK-MESSAGES-INSTALLED: tls-library-header-code.cpp:[[@LINE-1]]:38: warning: the minimum protocol version is set below TLS 1.2 [tls-weak-protocol-version]
  // CHECK-MESSAGES-VENDORED: tls-library-header-code.cpp:[[@LINE-2]]:38: warning: the minimum protocol version is set below TLS 1.2
}

// CHECK-MESSAGES-VENDORED: insecurelib.h:14:30: warning: 'TLSv1_client_method' speaks only TLS 1.0, which is older than TLS 1.2; use TLS_client_method() or TLS_server_method() with a minimum version [tls-weak-protocol-version]
// CHECK-MESSAGES-VENDORED: insecurelib.h:15:38: warning: the minimum protocol version is set below TLS 1.2 [tls-weak-protocol-version]
// CHECK-MESSAGES-VENDORED: insecurelib.h:16:32: warning: the cipher list enables broken cipher suites: RC4 (from 'RC4-MD5'), MD5 (from 'RC4-MD5'); {{.*}} [tls-weak-cipher]
// CHECK-MESSAGES-VENDORED: insecurelib.h:17:3: warning: 'SSL_CTX_set_verify' turns certificate verification on, but this file never binds the expected host name {{.*}} [tls-hostname-verification-disabled]
// CHECK-MESSAGES-VENDORED: insecurelib.h:17:44: warning: the verify callback given to 'SSL_CTX_set_verify' returns non-zero on every path, {{.*}} [tls-trust-all-certificates]
// CHECK-MESSAGES-VENDORED: insecurelib.h:11:12: note: verify callback defined here
// CHECK-MESSAGES-VENDORED: insecurelib.h:18:36: warning: 'SSL_CTX_use_PrivateKey_file' loads a private key from the fixed path '/etc/insecurelib/key.pem'; {{.*}} [tls-embedded-private-key]
// CHECK-MESSAGES-VENDORED: insecurelib.h:24:27: warning: 'SSL_CTX_set_verify' with SSL_VERIFY_NONE disables certificate verification on a client; {{.*}} [tls-trust-all-certificates]
// CHECK-MESSAGES-VENDORED: insecurelib.h:25:3: warning: OpenSSL connection to 'api.example.com' is not pinned: {{.*}} [tls-missing-pin]
// CHECK-MESSAGES-VENDORED: nsc.xml:6:5: note: pin-set for 'api.example.com' declared here
// CHECK-MESSAGES-VENDORED: insecurelib.h:26:10: warning: the peer certificate from 'SSL_get1_peer_certificate' is used while verification is off {{.*}} [tls-trust-all-certificates]
// CHECK-MESSAGES-VENDORED: insecurelib.h:29:41: error: cleartext http:// URL to 'updates.example.com', which the app's network security config keeps on TLS: {{.*}} [tls-cleartext-url]
// CHECK-MESSAGES-VENDORED: nsc.xml:3:16: note: cleartextTrafficPermitted="false" applies to 'updates.example.com' here
