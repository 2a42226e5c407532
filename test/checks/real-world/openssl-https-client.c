/* A small HTTPS client module on OpenSSL 3, the way C projects write one:
 * a context factory driven by options, verify callbacks that log, a connect
 * helper on a BIO, and a TLS server context for the local admin port.
 * RUN: %check_tls %s %t -- -std=c11
 * Notes point back at the callbacks by absolute line: keep them first.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <stdio.h>

static int verify_log(int preverify_ok, X509_STORE_CTX *store) {
  if (!preverify_ok)
    fprintf(stderr, "tls: depth %d: %s\n", X509_STORE_CTX_get_error_depth(store),
            X509_verify_cert_error_string(X509_STORE_CTX_get_error(store)));
  return preverify_ok;
}

/* "Tolerate clock skew on embedded devices." */
static int verify_tolerant(int preverify_ok, X509_STORE_CTX *store) {
  int err = X509_STORE_CTX_get_error(store);
  if (err == X509_V_ERR_CERT_NOT_YET_VALID || err == X509_V_ERR_CERT_HAS_EXPIRED) {
    X509_STORE_CTX_set_error(store, X509_V_OK);
    return 1;
  }
  return preverify_ok;
}

/* "Log and carry on": reads preverify_ok, then accepts anyway. */
static int verify_log_only(int preverify_ok, X509_STORE_CTX *store) {
  if (!preverify_ok)
    fprintf(stderr, "tls: ignoring verify error %d\n", X509_STORE_CTX_get_error(store));
  return 1;
}

#define APP_CIPHERS "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL:!MD5:!RC4"
#define LEGACY_CIPHERS "HIGH:DES-CBC3-SHA:!aNULL"
#define LEGACY_MIN_VERSION TLS1_VERSION
#define UPDATE_URL "https://updates.example.com/v1/manifest"
#define MIRROR_URL "http://mirror.example.com/v1/manifest"
#define HEALTH_URL "http://127.0.0.1:8080/healthz"

struct tls_opts {
  int insecure;    /* --insecure on the command line */
  int verbose;     /* --verbose: log verification problems */
  int legacy_peer; /* old appliance firmware */
  const char *ca_file;
};

SSL_CTX *tls_client_ctx(const struct tls_opts *opts) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (ctx == NULL) {
    ERR_print_errors_fp(stderr);
    return NULL;
  }
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  SSL_CTX_set_options(ctx, SSL_OP_ALL | SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION);
  if (SSL_CTX_set_cipher_list(ctx, APP_CIPHERS) != 1)
    goto fail;
  if (opts->ca_file != NULL ? !SSL_CTX_load_verify_locations(ctx, opts->ca_file, NULL)
                            : !SSL_CTX_set_default_verify_paths(ctx))
    goto fail;
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, verify_log);

  if (opts->legacy_peer) {
    SSL_CTX_set_min_proto_version(ctx, LEGACY_MIN_VERSION);
    // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: when `opts->legacy_peer` is set, the minimum protocol version is set below TLS 1.2 [tls-weak-protocol-version]
    SSL_CTX_set_cipher_list(ctx, LEGACY_CIPHERS);
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: when `opts->legacy_peer` is set, the cipher list enables broken cipher suites: 3DES (from 'DES-CBC3-SHA'); an attacker on the network can downgrade the connection to them [tls-weak-cipher]
    /* The appliance's middlebox chokes on 1.3 ClientHellos. */
    SSL_CTX_set_options(ctx, SSL_OP_NO_TLSv1_3);
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: when `opts->legacy_peer` is set, 'SSL_CTX_set_options' with SSL_OP_NO_TLSv1_3 switches TLS 1.3 off [tls-weak-protocol-version]
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, verify_tolerant);
    // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: when `opts->legacy_peer` is set, the verify callback given to 'SSL_CTX_set_verify' clears the verification error with X509_STORE_CTX_set_error(ctx, X509_V_OK), so chain errors are accepted [tls-trust-all-certificates]
    // CHECK-MESSAGES: :23:5: note: error cleared here
  }
  if (opts->verbose)
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, &verify_log_only);
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: when `opts->verbose` is set, the verify callback given to 'SSL_CTX_set_verify' returns non-zero on every path, so it accepts every certificate chain, even a forged one [tls-trust-all-certificates]
  // CHECK-MESSAGES: :30:12: note: verify callback defined here
  if (opts->insecure) {
    fprintf(stderr, "warning: certificate verification disabled\n");
    /* Not reported: tls_connect() below reads SSL_get_verify_result and
       drops the connection before any data, so --insecure only lets the
       handshake finish (as curl's OpenSSL backend does). */
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  }
  return ctx;
fail:
  ERR_print_errors_fp(stderr);
  SSL_CTX_free(ctx);
  return NULL;
}

BIO *tls_connect(SSL_CTX *ctx, const char *host, const char *port) {
  BIO *bio = BIO_new_ssl_connect(ctx);
  SSL *ssl = NULL;
  if (bio == NULL)
    return NULL;
  BIO_get_ssl(bio, &ssl);
  SSL_set_mode(ssl, SSL_MODE_AUTO_RETRY);
  BIO_set_conn_hostname(bio, host);
  BIO_set_conn_port(bio, port);
  SSL_set_tlsext_host_name(ssl, host);
  if (!SSL_set1_host(ssl, host) || BIO_do_connect(bio) <= 0) {
    ERR_print_errors_fp(stderr);
    BIO_free_all(bio);
    return NULL;
  }
  if (SSL_get_verify_result(ssl) != X509_V_OK) {
    X509 *peer = SSL_get1_peer_certificate(ssl);
    if (peer != NULL) {
      X509_NAME_print_ex_fp(stderr, X509_get_subject_name(peer), 0, XN_FLAG_ONELINE);
      X509_free(peer);
    }
    BIO_free_all(bio);
    return NULL;
  }
  return bio;
}

/* The local admin port: a server that does not ask for client certificates. */
SSL_CTX *admin_server_ctx(const char *cert, const char *key) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  if (ctx == NULL)
    return NULL;
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  if (SSL_CTX_use_certificate_chain_file(ctx, cert) != 1 ||
      SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1) {
    SSL_CTX_free(ctx);
    return NULL;
  }
  return ctx;
}

/* The same server context in the declare-first style common in C. */
SSL_CTX *metrics_server_ctx(void) {
  SSL_CTX *ctx = NULL;
  ctx = SSL_CTX_new(TLS_server_method());
  if (ctx == NULL)
    return NULL;
  /* A server context (every non-NULL value comes from TLS_server_method()),
   * though the handle was first initialised to NULL. */
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  return ctx;
}

const char *manifest_url(int use_mirror) {
  return use_mirror ? MIRROR_URL : UPDATE_URL;
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: cleartext http:// URL to 'mirror.example.com': anyone on the network path can read and change this traffic [tls-cleartext-url]
}

const char *health_url(void) { return HEALTH_URL; }
