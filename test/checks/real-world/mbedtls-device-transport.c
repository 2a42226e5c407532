/* The TLS transport of an IoT device on Mbed TLS 2.28, modelled on the
 * library's ssl_client1/ssl_server examples: a client to the cloud with a
 * certificate-logging verify callback, and the local provisioning server.
 * RUN: %check_tls %s %t -- -std=c11
 * Notes point back at the callbacks by absolute line: keep them first.
 */
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>
#include <stdio.h>
#include <string.h>

static int log_chain(void *data, mbedtls_x509_crt *crt, int depth, uint32_t *flags) {
  char buf[512];
  (void)data;
  (void)crt;
  if (*flags != 0) {
    mbedtls_x509_crt_verify_info(buf, sizeof buf, "  ! ", *flags);
    fprintf(stderr, "depth %d:\n%s", depth, buf);
  }
  return 0;
}

/* Devices boot without an RTC: ignore validity dates on the leaf only. */
static int ignore_dates(void *data, mbedtls_x509_crt *crt, int depth, uint32_t *flags) {
  (void)data;
  (void)crt;
  if (depth == 0)
    *flags &= ~(MBEDTLS_X509_BADCERT_EXPIRED | MBEDTLS_X509_BADCERT_FUTURE);
  return 0;
}

/* Factory bring-up: the test rig's certificate is self-signed. */
static int factory_trust(void *data, mbedtls_x509_crt *crt, int depth, uint32_t *flags) {
  (void)data;
  (void)crt;
  fprintf(stderr, "factory mode: depth %d flags %08x cleared\n", depth, (unsigned)*flags);
  *flags = 0;
  return 0;
}

#define CLOUD_HOST "iot.example.com"
#define CLOUD_PORT "8883"
#define PROVISION_URL "http://setup.example.com/firmware/latest"
#define DEVICE_PERS "device-tls"

struct tls_opts {
  int no_rtc;       /* no real-time clock on this board */
  int factory_mode; /* running on the production test rig */
  int legacy_cloud; /* the 2017 broker speaks TLS 1.1 at most */
};

struct tls_conn {
  mbedtls_net_context net;
  mbedtls_ssl_context ssl;
  mbedtls_ssl_config conf;
  mbedtls_x509_crt ca;
  mbedtls_entropy_context entropy;
  mbedtls_ctr_drbg_context drbg;
};

int tls_conn_open(struct tls_conn *c, const char *ca_pem, size_t ca_len,
                  const struct tls_opts *opts) {
  int ret;
  uint32_t flags;
  mbedtls_net_init(&c->net);
  mbedtls_ssl_init(&c->ssl);
  mbedtls_ssl_config_init(&c->conf);
  mbedtls_x509_crt_init(&c->ca);
  mbedtls_entropy_init(&c->entropy);
  mbedtls_ctr_drbg_init(&c->drbg);
  if ((ret = mbedtls_ctr_drbg_seed(&c->drbg, mbedtls_entropy_func, &c->entropy,
                                   (const unsigned char *)DEVICE_PERS, strlen(DEVICE_PERS))) != 0 ||
      (ret = mbedtls_x509_crt_parse(&c->ca, (const unsigned char *)ca_pem, ca_len)) != 0 ||
      (ret = mbedtls_net_connect(&c->net, CLOUD_HOST, CLOUD_PORT, MBEDTLS_NET_PROTO_TCP)) != 0)
    return ret;
  if ((ret = mbedtls_ssl_config_defaults(&c->conf, MBEDTLS_SSL_IS_CLIENT,
                                         MBEDTLS_SSL_TRANSPORT_STREAM,
                                         MBEDTLS_SSL_PRESET_DEFAULT)) != 0)
    return ret;
  /* OPTIONAL, and the result is checked after the handshake below. */
  mbedtls_ssl_conf_authmode(&c->conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
  mbedtls_ssl_conf_ca_chain(&c->conf, &c->ca, NULL);
  mbedtls_ssl_conf_rng(&c->conf, mbedtls_ctr_drbg_random, &c->drbg);
  mbedtls_ssl_conf_min_version(&c->conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  mbedtls_ssl_conf_verify(&c->conf, log_chain, NULL);
  if (opts->no_rtc)
    mbedtls_ssl_conf_verify(&c->conf, ignore_dates, NULL);
  if (opts->legacy_cloud)
    mbedtls_ssl_conf_min_version(&c->conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_2);
  // CHECK-MESSAGES: :[[@LINE-1]]:73: warning: when `opts->legacy_cloud` is set, 'mbedtls_ssl_conf_min_version' allows protocol versions older than TLS 1.2 (a minor version below MBEDTLS_SSL_MINOR_VERSION_3) [tls-weak-protocol-version]
  if (opts->factory_mode) {
    mbedtls_ssl_conf_verify(&c->conf, factory_trust, NULL);
    // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: when `opts->factory_mode` is set, the verify callback given to 'mbedtls_ssl_conf_verify' sets *flags to 0 on every path, erasing every error found in the certificate chain [tls-trust-all-certificates]
    // CHECK-MESSAGES: :40:3: note: flags cleared here
    mbedtls_ssl_conf_authmode(&c->conf, MBEDTLS_SSL_VERIFY_NONE);
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: when `opts->factory_mode` is set, 'mbedtls_ssl_conf_authmode' with MBEDTLS_SSL_VERIFY_NONE disables certificate verification; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  }
  if ((ret = mbedtls_ssl_setup(&c->ssl, &c->conf)) != 0 ||
      (ret = mbedtls_ssl_set_hostname(&c->ssl, CLOUD_HOST)) != 0)
    return ret;
  mbedtls_ssl_set_bio(&c->ssl, &c->net, mbedtls_net_send, mbedtls_net_recv, NULL);
  while ((ret = mbedtls_ssl_handshake(&c->ssl)) != 0)
    if (ret != MBEDTLS_ERR_SSL_WANT_READ && ret != MBEDTLS_ERR_SSL_WANT_WRITE)
      return ret;
  if ((flags = mbedtls_ssl_get_verify_result(&c->ssl)) != 0 && !opts->factory_mode) {
    char buf[512];
    mbedtls_x509_crt_verify_info(buf, sizeof buf, "  ! ", flags);
    fprintf(stderr, "certificate rejected:\n%s", buf);
    mbedtls_ssl_close_notify(&c->ssl);
    return MBEDTLS_ERR_X509_CERT_VERIFY_FAILED;
  }
  return 0;
}

const char *firmware_url(void) { return PROVISION_URL; }
// CHECK-MESSAGES: :[[@LINE-1]]:41: warning: cleartext http:// URL to 'setup.example.com': anyone on the network path can read and change this traffic [tls-cleartext-url]

/* The provisioning AP: phones connect to the device, no client certs. */
int provisioning_server_config(mbedtls_ssl_config *conf, mbedtls_x509_crt *own_cert,
                               mbedtls_pk_context *own_key, mbedtls_ctr_drbg_context *drbg) {
  int ret = mbedtls_ssl_config_defaults(conf, MBEDTLS_SSL_IS_SERVER, MBEDTLS_SSL_TRANSPORT_STREAM,
                                        MBEDTLS_SSL_PRESET_DEFAULT);
  if (ret != 0)
    return ret;
  mbedtls_ssl_conf_rng(conf, mbedtls_ctr_drbg_random, drbg);
  mbedtls_ssl_conf_min_version(conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  /* Set up with MBEDTLS_SSL_IS_SERVER at the top of the function:
   * VERIFY_NONE on a server only means "ask for no client certificate". */
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_NONE);
  return mbedtls_ssl_conf_own_cert(conf, own_cert, own_key);
}
