// libwebsockets client connections: LCCSCF_* flags in
// lws_client_connect_info::ssl_connection, assigned or initialised.
// RUN: %check_tls %s %t -- -std=c11

#include <libwebsockets.h>
#include <string.h>

enum { kInsecureFlags = LCCSCF_USE_SSL | LCCSCF_ALLOW_SELFSIGNED };

struct lws *assigned(struct lws_context *context) {
  struct lws_client_connect_info info;
  memset(&info, 0, sizeof info);
  info.context = context;
  info.address = "api.example.com";
  info.port = 443;
  info.ssl_connection = LCCSCF_USE_SSL | LCCSCF_ALLOW_SELFSIGNED;
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'ssl_connection' includes LCCSCF_ALLOW_SELFSIGNED, which accepts a self-signed certificate from anyone who presents one [tls-trust-all-certificates]
  info.ssl_connection |= LCCSCF_SKIP_SERVER_CERT_HOSTNAME_CHECK;
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'ssl_connection' includes LCCSCF_SKIP_SERVER_CERT_HOSTNAME_CHECK; a valid certificate for any other host is accepted [tls-hostname-verification-disabled]
  return lws_client_connect_via_info(&info);
}

struct lws *throughPointer(struct lws_client_connect_info *info) {
  info->ssl_connection = kInsecureFlags;
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'ssl_connection' includes LCCSCF_ALLOW_SELFSIGNED
  return lws_client_connect_via_info(info);
}

struct lws *designated(struct lws_context *context) {
  struct lws_client_connect_info info = {
      .context = context,
      .address = "api.example.com",
      .port = 443,
      .ssl_connection =
          LCCSCF_USE_SSL | LCCSCF_ALLOW_INSECURE | LCCSCF_ALLOW_EXPIRED,
      // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'ssl_connection' includes LCCSCF_ALLOW_EXPIRED, which accepts expired certificates, whose keys may long have leaked [tls-trust-all-certificates]
      // CHECK-MESSAGES: :[[@LINE-2]]:11: warning: 'ssl_connection' includes LCCSCF_ALLOW_INSECURE, which accepts any certificate chain, even a forged one [tls-trust-all-certificates]
  };
  return lws_client_connect_via_info(&info);
}

// Safe: verification on, other flags only.
struct lws *verified(struct lws_context *context, int pipelined) {
  struct lws_client_connect_info info = {.context = context,
                                         .address = "api.example.com",
                                         .ssl_connection = LCCSCF_USE_SSL};
  info.ssl_connection |= LCCSCF_PIPELINE | LCCSCF_HTTP_NO_FOLLOW_REDIRECT;
  info.ssl_connection &= ~LCCSCF_ALLOW_SELFSIGNED;
  info.ssl_connection = pipelined ? LCCSCF_USE_SSL | LCCSCF_PIPELINE
                                  : LCCSCF_USE_SSL;
  return lws_client_connect_via_info(&info);
}

// Another struct's field of the same name is not libwebsockets'.
struct lookalike {
  int ssl_connection;
};
void lookalike(struct lookalike *l) { l->ssl_connection = LCCSCF_ALLOW_INSECURE; }

// Cleartext: no LCCSCF_USE_SSL in any value the flags hold.
struct lws *plain(struct lws_context *context) {
  struct lws_client_connect_info info;
  memset(&info, 0, sizeof info);
  info.context = context;
  info.address = "telemetry.example.com";
  info.port = 80;
  return lws_client_connect_via_info(&info);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: libwebsockets connection to 'telemetry.example.com' without LCCSCF_USE_SSL in ssl_connection is cleartext: anyone on the network path can read and change this traffic [tls-cleartext-url]
}

struct lws *plainFlags(struct lws_context *context) {
  struct lws_client_connect_info info = {.context = context,
                                         .address = "feed.example.com",
                                         .ssl_connection =
                                             LCCSCF_PIPELINE};
  return lws_client_connect_via_info(&info);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: libwebsockets connection to 'feed.example.com' without LCCSCF_USE_SSL
}

// Not cleartext, or not to the network: no finding.
struct lws *loopback(struct lws_context *context) {
  struct lws_client_connect_info info = {.context = context,
                                         .address = "127.0.0.1"};
  return lws_client_connect_via_info(&info);
}

struct lws *encrypted(struct lws_context *context, const char *host) {
  struct lws_client_connect_info info = {.context = context,
                                         .address = "feed.example.com"};
  info.ssl_connection = LCCSCF_USE_SSL;
  return lws_client_connect_via_info(&info);
}

struct lws *hostFromCaller(struct lws_context *context, const char *host) {
  struct lws_client_connect_info info = {.context = context, .address = host};
  return lws_client_connect_via_info(&info);
}
