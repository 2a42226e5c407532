// GnuTLS: a verification status that is never read (only the return value
// is), and priority strings that enable old protocol versions or broken
// algorithms.
// RUN: %check_tls %s %t -- -std=c11

#include <gnutls/gnutls.h>

#define LEGACY_PRIORITY "NORMAL:+VERS-TLS1.0:+3DES-CBC"

int verifyReturnOnly(gnutls_session_t session) {
  unsigned status;
  if (gnutls_certificate_verify_peers3(session, "api.example.com", &status) < 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:68: warning: the status that 'gnutls_certificate_verify_peers3' writes is never read; the call returns success even when the status says the certificate is invalid, so any certificate is accepted [tls-trust-all-certificates]
    return -1;
  return 0;
}

int verifyReturnOnly2(gnutls_session_t session) {
  unsigned int status = 0;
  return gnutls_certificate_verify_peers2(session, &status);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: the status that 'gnutls_certificate_verify_peers2' writes is never read
}

// Safe: the status is what decides.
int verifyStatus(gnutls_session_t session) {
  unsigned status;
  if (gnutls_certificate_verify_peers3(session, "api.example.com", &status) < 0)
    return -1;
  return status == 0 ? 0 : -1;
}

// Safe: the status leaves the function, its caller reads it.
int verifyInto(gnutls_session_t session, unsigned *status) {
  return gnutls_certificate_verify_peers2(session, status);
}

void priorities(gnutls_session_t session, gnutls_priority_t *cache) {
  gnutls_priority_set_direct(session, LEGACY_PRIORITY, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: the priority string enables broken algorithms: 3DES (from '+3DES-CBC'); an attacker on the network can downgrade the connection to them [tls-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-2]]:39: warning: the priority string enables protocol versions older than TLS 1.2: TLS 1.0 (from '+VERS-TLS1.0'); remove them (-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2) [tls-weak-protocol-version]
  gnutls_priority_init(cache, "NONE:+VERS-SSL3.0:+ARCFOUR-128:+RSA:+SHA1:+COMP-NULL", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: the priority string enables broken algorithms: RC4 (from '+ARCFOUR-128')
  // CHECK-MESSAGES: :[[@LINE-2]]:31: warning: the priority string enables protocol versions older than TLS 1.2: SSL 3.0 (from '+VERS-SSL3.0')
  gnutls_priority_set_direct(session, "NORMAL:+VERS-ALL:-VERS-SSL3.0:-VERS-TLS1.0:-VERS-TLS1.1", NULL);
  gnutls_priority_set_direct(session, "SECURE256:-VERS-TLS1.1:+VERS-TLS1.3", NULL);
  gnutls_priority_init2(cache, "%SERVER_PRECEDENCE", NULL, GNUTLS_PRIORITY_INIT_DEF_APPEND);
}
