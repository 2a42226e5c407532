/* The TLS transport of an MQTT client, ported from OpenSSL to wolfSSL
 * through wolfSSL's OpenSSL compatibility layer (OPENSSL_EXTRA), as many
 * embedded projects do, with a few native wolfSSL calls where the port
 * wanted wolfSSL-only features. Also a TLS listener for the local bridge.
 * RUN: %check_tls %s %t -- -std=c11
 * Notes point back at the callbacks by absolute line: keep them first.
 */
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include <wolfssl/openssl/ssl.h>
#include <stdio.h>

static int verify_log(int preverify_ok, X509_STORE_CTX *store) {
  if (!preverify_ok)
    fprintf(stderr, "tls: %s\n", X509_verify_cert_error_string(X509_STORE_CTX_get_error(store)));
  return preverify_ok;
}

/* Kept from the OpenSSL version: "don't fail the whole fleet on a bad cert". */
static int verify_soft(int preverify_ok, X509_STORE_CTX *store) {
  if (!preverify_ok)
    fprintf(stderr, "tls: depth %d: %s (ignored)\n", X509_STORE_CTX_get_error_depth(store),
            X509_verify_cert_error_string(X509_STORE_CTX_get_error(store)));
  return 1;
}

#define BROKER_CIPHERS "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256"
#define LEGACY_CIPHERS "ECDHE-RSA-AES128-SHA:DES-CBC3-SHA"
#define OTA_URL "http://ota.example.com/broker-firmware.bin"

struct mqtt_tls_opts {
  const char *ca_file;
  int soft_fail;      /* MQTT_TLS_SOFT_FAIL=1 in the environment */
  int insecure;       /* --insecure for the lab broker */
  int legacy_broker;  /* the 2016 broker speaks TLS 1.1 at most */
};

SSL_CTX *mqtt_tls_ctx(const struct mqtt_tls_opts *opts) {
  SSL_CTX *ctx;
  wolfSSL_Init();
  ctx = SSL_CTX_new(TLS_client_method());
  if (ctx == NULL)
    return NULL;
  wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1_2);
  if (SSL_CTX_set_cipher_list(ctx, BROKER_CIPHERS) != WOLFSSL_SUCCESS ||
      SSL_CTX_load_verify_locations(ctx, opts->ca_file, NULL) != WOLFSSL_SUCCESS) {
    SSL_CTX_free(ctx);
    return NULL;
  }
  /* mqtt_tls_connect binds the host with SSL_set1_host, which
   * wolfssl/openssl/ssl.h maps to wolfSSL_set1_host. */
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, verify_log);
  if (opts->soft_fail)
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, verify_soft);
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: when `opts->soft_fail` is set, the verify callback given to 'wolfSSL_CTX_set_verify' returns non-zero on every path, so it accepts every certificate chain, even a forged one [tls-trust-all-certificates]
  // CHECK-MESSAGES: :20:12: note: verify callback defined here
  if (opts->insecure)
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: when `opts->insecure` is set, 'wolfSSL_CTX_set_verify' with WOLFSSL_VERIFY_NONE disables certificate verification on a client; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  if (opts->legacy_broker) {
    wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1_1);
    // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: when `opts->legacy_broker` is set, 'wolfSSL_CTX_SetMinVersion' allows protocol versions older than TLS 1.2 [tls-weak-protocol-version]
    /* The OpenSSL spellings, which the compatibility layer maps to
     * wolfSSL_CTX_set_min_proto_version and wolfSSL_CTX_set_cipher_list. */
    SSL_CTX_set_min_proto_version(ctx, TLS1_1_VERSION);
    // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: when `opts->legacy_broker` is set, the minimum protocol version is set below TLS 1.2 [tls-weak-protocol-version]
    SSL_CTX_set_cipher_list(ctx, LEGACY_CIPHERS);
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: when `opts->legacy_broker` is set, the cipher list enables broken cipher suites: 3DES (from 'DES-CBC3-SHA')
  }
  return ctx;
}

SSL *mqtt_tls_connect(SSL_CTX *ctx, int fd, const char *broker) {
  SSL *ssl = SSL_new(ctx);
  long result;
  if (ssl == NULL)
    return NULL;
  SSL_set_fd(ssl, fd);
  SSL_set_tlsext_host_name(ssl, broker);
  if (SSL_set1_host(ssl, broker) != WOLFSSL_SUCCESS || SSL_connect(ssl) != WOLFSSL_SUCCESS) {
    ERR_print_errors_fp(stderr);
    SSL_free(ssl);
    return NULL;
  }
  result = SSL_get_verify_result(ssl);
  if (result != X509_V_OK)
    fprintf(stderr, "tls: verify result %ld\n", result);
  return ssl;
}

/* The older sensor gateways only speak TLS 1.1. */
WOLFSSL_CTX *gateway_ctx(void) {
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfTLSv1_1_client_method());
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'wolfTLSv1_1_client_method' speaks only TLS 1.1, which is older than TLS 1.2; use TLS_client_method() or TLS_server_method() with a minimum version [tls-weak-protocol-version]
  if (ctx != NULL)
    wolfSSL_CTX_load_system_CA_certs(ctx);
  return ctx;
}

/* The local bridge listener: MQTT clients on the LAN, no client certs. */
SSL_CTX *bridge_listener_ctx(const char *cert, const char *key) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  if (ctx == NULL)
    return NULL;
  /* The context comes from TLS_server_method() (through the compatibility
   * macro's cast), so this is a server asking for no client certificate. */
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  if (SSL_CTX_use_certificate_chain_file(ctx, cert) != WOLFSSL_SUCCESS ||
      SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != WOLFSSL_SUCCESS) {
    SSL_CTX_free(ctx);
    return NULL;
  }
  return ctx;
}

const char *ota_url(void) { return OTA_URL; }
// CHECK-MESSAGES: :[[@LINE-1]]:36: warning: cleartext http:// URL to 'ota.example.com': anyone on the network path can read and change this traffic [tls-cleartext-url]
