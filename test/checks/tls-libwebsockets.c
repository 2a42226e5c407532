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
