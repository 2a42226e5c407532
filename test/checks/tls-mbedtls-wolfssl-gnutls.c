// Mbed TLS 2.x, wolfSSL (native and OpenSSL-compatibility names) and GnuTLS
// against the real headers, in C. Notes point back at the callbacks by
// absolute line: keep them first.
// RUN: %check_tls %s %t --

#include <gnutls/gnutls.h>
#include <mbedtls/ssl.h>
#include <stddef.h>
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>

static int clearsAll(void *Data, mbedtls_x509_crt *Crt, int Depth,
                     uint32_t *Flags) {
  *Flags = 0;
  return 0;
}
static int clearsSome(void *Data, mbedtls_x509_crt *Crt, int Depth,
                      uint32_t *Flags) {
  if (Depth > 0)
    *Flags &= ~MBEDTLS_X509_BADCERT_NOT_TRUSTED;
  return 0;
}
static int wolfAccept(int Preverify, WOLFSSL_X509_STORE_CTX *Store) {
  return 1;
}
static int wolfChecked(int Preverify, WOLFSSL_X509_STORE_CTX *Store) {
  return Preverify;
}
static int gnuAccept(gnutls_session_t Session) { return 0; }
static int gnuVerify(gnutls_session_t Session) {
  unsigned Status = 0;
  if (gnutls_certificate_verify_peers3(Session, "example.com", &Status) < 0)
    return -1;
  return Status != 0 ? GNUTLS_E_CERTIFICATE_ERROR : 0;
}

void mbedInsecure(mbedtls_ssl_config *Conf, mbedtls_ssl_context *Ssl) {
  mbedtls_ssl_config_defaults(Conf, MBEDTLS_SSL_IS_CLIENT,
                              MBEDTLS_SSL_TRANSPORT_STREAM,
                              MBEDTLS_SSL_PRESET_DEFAULT);
  mbedtls_ssl_conf_authmode(Conf, MBEDTLS_SSL_VERIFY_NONE);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'mbedtls_ssl_conf_authmode' with MBEDTLS_SSL_VERIFY_NONE disables certificate
  mbedtls_ssl_conf_authmode(Conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'mbedtls_ssl_conf_authmode' with MBEDTLS_SSL_VERIFY_OPTIONAL completes the handshake with
  mbedtls_ssl_conf_min_version(Conf, MBEDTLS_SSL_MAJOR_VERSION_3,
                               MBEDTLS_SSL_MINOR_VERSION_1);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 'mbedtls_ssl_conf_min_version' allows protocol versions older than TLS 1.2 (a minor
  mbedtls_ssl_conf_verify(Conf, clearsAll, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: the verify callback given to 'mbedtls_ssl_conf_verify' sets *flags to 0 on every path,
  // CHECK-MESSAGES: :14:3: note: flags cleared here
  mbedtls_ssl_set_hostname(Ssl, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'mbedtls_ssl_set_hostname' with NULL turns host name verification off; a valid
}

void mbedSecure(mbedtls_ssl_config *Conf, mbedtls_ssl_context *Ssl) {
  mbedtls_ssl_conf_authmode(Conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  mbedtls_ssl_conf_min_version(Conf, MBEDTLS_SSL_MAJOR_VERSION_3,
                               MBEDTLS_SSL_MINOR_VERSION_3);
  mbedtls_ssl_conf_verify(Conf, clearsSome, NULL);
  mbedtls_ssl_set_hostname(Ssl, "api.example.com");
}

void wolf(void) {
  WOLFSSL_CTX *Old = wolfSSL_CTX_new(wolfTLSv1_1_client_method());
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'wolfTLSv1_1_client_method' speaks only TLS 1.1, which is older than TLS 1.2; use
  WOLFSSL_CTX *Ctx = wolfSSL_CTX_new(wolfTLS_client_method());
  wolfSSL_CTX_set_verify(Ctx, WOLFSSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'wolfSSL_CTX_set_verify' with WOLFSSL_VERIFY_NONE disables certificate verification on a
  wolfSSL_CTX_set_verify(Ctx, WOLFSSL_VERIFY_PEER, wolfAccept);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: the verify callback given to 'wolfSSL_CTX_set_verify' returns non-zero on every path, so
  // CHECK-MESSAGES: :23:12: note: verify callback defined here
  wolfSSL_CTX_set_verify(Ctx, WOLFSSL_VERIFY_PEER, wolfChecked);
  wolfSSL_CTX_SetMinVersion(Ctx, WOLFSSL_TLSV1);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'wolfSSL_CTX_SetMinVersion' allows protocol versions older than TLS 1.2 [tls-weak-protocol-version]
  wolfSSL_CTX_SetMinVersion(Ctx, WOLFSSL_TLSV1_2);
  WOLFSSL *Ssl = wolfSSL_new(Ctx);
  wolfSSL_check_domain_name(Ssl, "api.example.com");
}

void wolfServer(void) {
  WOLFSSL_CTX *Server = wolfSSL_CTX_new(wolfTLSv1_2_server_method());
  wolfSSL_CTX_set_verify(Server, WOLFSSL_VERIFY_NONE, NULL);
}

void gnu(gnutls_certificate_credentials_t Cred) {
  gnutls_certificate_set_verify_function(Cred, gnuAccept);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: the verify function given to 'gnutls_certificate_set_verify_function' returns 0 (accept)
  // CHECK-MESSAGES: :29:12: note: verify callback defined here
  gnutls_certificate_set_verify_function(Cred, gnuVerify);
}
