// GnuTLS: a client session that nothing in the file verifies.
// RUN: %check_tls %s %t --
// RUN: %check_tls %s %t --check-suffix=VERIFIED -- -DVERIFY

#include <gnutls/gnutls.h>

int connectTo(const char *Host) {
  gnutls_session_t Session;
  gnutls_init(&Session, GNUTLS_CLIENT | GNUTLS_NONBLOCK);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'gnutls_init' creates a client session, but this file neither calls
#ifdef VERIFY
  gnutls_session_set_verify_cert(Session, Host, 0);
#endif
  return gnutls_handshake(Session);
}
// With the check in place, nothing (any warning fails the test):
// CHECK-MESSAGES-VERIFIED-NOT: warning:
