/* A syslog-over-TLS forwarder (RFC 5425) on GnuTLS 3.7, modelled on the
 * client and server examples of the GnuTLS manual: a client session to the
 * central collector, a verify function for operators who pin by fingerprint,
 * and a listener for relays on the LAN.
 * RUN: %check_tls %s %t -- -std=c11
 * Notes point back at the callbacks by absolute line: keep them first.
 */
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <stdio.h>
#include <string.h>

/* Strict: the chain and the name, as gnutls_session_set_verify_cert does. */
static int verify_collector(gnutls_session_t session) {
  unsigned int status = 0;
  const char *host = gnutls_session_get_ptr(session);
  gnutls_datum_t out;
  if (gnutls_certificate_verify_peers3(session, host, &status) < 0)
    return GNUTLS_E_CERTIFICATE_ERROR;
  if (status != 0) {
    gnutls_certificate_verification_status_print(status, gnutls_certificate_type_get(session),
                                                 &out, 0);
    fprintf(stderr, "collector certificate rejected: %s\n", out.data);
    gnutls_free(out.data);
    return GNUTLS_E_CERTIFICATE_ERROR;
  }
  return 0;
}

/* "Audit mode": report problems, keep forwarding. */
static int verify_audit_only(gnutls_session_t session) {
  unsigned int status = 0;
  gnutls_datum_t out;
  if (gnutls_certificate_verify_peers2(session, &status) >= 0 && status != 0 &&
      gnutls_certificate_verification_status_print(status, GNUTLS_CRT_X509, &out, 0) == 0) {
    fprintf(stderr, "audit: %s\n", out.data);
    gnutls_free(out.data);
  }
  return 0;
}

#define COLLECTOR_PRIORITY "SECURE192:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2"
#define LEGACY_PRIORITY "NORMAL:+VERS-TLS1.0:+3DES-CBC"
#define ALERT_HOOK "http://alerts.example.com/hooks/syslog"

struct fwd_opts {
  const char *ca_file;
  const char *collector;
  int audit_only; /* verify_mode=audit in the config file */
  int by_address; /* the collector is configured as an IP address */
  int legacy;     /* the collector runs a 2012 rsyslog */
};

int fwd_connect(int fd, const struct fwd_opts *opts, gnutls_session_t *out,
                gnutls_certificate_credentials_t *cred_out) {
  gnutls_certificate_credentials_t cred;
  gnutls_session_t session;
  int ret;
  if ((ret = gnutls_certificate_allocate_credentials(&cred)) < 0)
    return ret;
  ret = opts->ca_file ? gnutls_certificate_set_x509_trust_file(cred, opts->ca_file, GNUTLS_X509_FMT_PEM)
                      : gnutls_certificate_set_x509_system_trust(cred);
  if (ret < 0)
    goto fail_cred;
  gnutls_certificate_set_verify_function(cred, verify_collector);
  if ((ret = gnutls_init(&session, GNUTLS_CLIENT | GNUTLS_NO_SIGNAL)) < 0)
    goto fail_cred;
  gnutls_session_set_ptr(session, (void *)opts->collector);
  gnutls_server_name_set(session, GNUTLS_NAME_DNS, opts->collector, strlen(opts->collector));
  gnutls_session_set_verify_cert(session, opts->collector, 0);
  /* A NULL host verifies the chain but matches no name, so any valid
   * certificate is accepted. */
  if (opts->by_address)
    gnutls_session_set_verify_cert(session, NULL, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: when `opts->by_address` is set, 'gnutls_session_set_verify_cert' with a NULL host name verifies the chain but matches no name; a valid certificate for any other host is accepted [tls-hostname-verification-disabled]
  if (opts->audit_only)
    gnutls_session_set_verify_function(session, verify_audit_only);
  // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: when `opts->audit_only` is set, the verify function given to 'gnutls_session_set_verify_function' returns 0 (accept) on every path; no certificate chain is ever rejected [tls-trust-all-certificates]
  // CHECK-MESSAGES: :31:12: note: verify callback defined here
  if ((ret = gnutls_priority_set_direct(session, COLLECTOR_PRIORITY, NULL)) < 0 ||
      (ret = gnutls_credentials_set(session, GNUTLS_CRD_CERTIFICATE, cred)) < 0)
    goto fail_session;
  /* TLS 1.0 and 3DES switched back on. */
  if (opts->legacy && (ret = gnutls_priority_set_direct(session, LEGACY_PRIORITY, NULL)) < 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:66: warning: when `opts->legacy` is set, the priority string enables broken algorithms: 3DES (from '+3DES-CBC')
    // CHECK-MESSAGES: :[[@LINE-2]]:66: warning: when `opts->legacy` is set, the priority string enables protocol versions older than TLS 1.2: TLS 1.0 (from '+VERS-TLS1.0')
    goto fail_session;
  gnutls_transport_set_int(session, fd);
  gnutls_handshake_set_timeout(session, GNUTLS_DEFAULT_HANDSHAKE_TIMEOUT);
  do {
    ret = gnutls_handshake(session);
  } while (ret < 0 && gnutls_error_is_fatal(ret) == 0);
  if (ret < 0) {
    if (ret == GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR)
      fprintf(stderr, "collector: certificate verification failed (status %u)\n",
              gnutls_session_get_verify_cert_status(session));
    goto fail_session;
  }
  *out = session;
  *cred_out = cred;
  return 0;
fail_session:
  gnutls_deinit(session);
fail_cred:
  gnutls_certificate_free_credentials(cred);
  return ret;
}

/* Relays on the LAN connect to us; we do not ask them for certificates. */
int relay_accept(int fd, gnutls_certificate_credentials_t server_cred, gnutls_session_t *out) {
  gnutls_session_t session;
  int ret = gnutls_init(&session, GNUTLS_SERVER);
  if (ret < 0)
    return ret;
  gnutls_set_default_priority(session);
  gnutls_credentials_set(session, GNUTLS_CRD_CERTIFICATE, server_cred);
  gnutls_certificate_server_set_request(session, GNUTLS_CERT_IGNORE);
  gnutls_transport_set_int(session, fd);
  do {
    ret = gnutls_handshake(session);
  } while (ret < 0 && gnutls_error_is_fatal(ret) == 0);
  if (ret < 0) {
    gnutls_deinit(session);
    return ret;
  }
  *out = session;
  return 0;
}

const char *alert_hook_url(void) { return ALERT_HOOK; }
// CHECK-MESSAGES: :[[@LINE-1]]:43: warning: cleartext http:// URL to 'alerts.example.com': anyone on the network path can read and change this traffic [tls-cleartext-url]
