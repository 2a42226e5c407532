/* A REST client module on libcurl, as C projects write one: a handle
 * factory driven by a config struct, a checked-setopt macro, a proxy, pinned
 * keys, a JSON POST and an SMTP alert mailer. The second run makes clang
 * claim GCC 4.9, so curl.h uses typecheck-gcc.h as a GCC build would.
 * RUN: %check_tls %s %t -- -std=c11
 * RUN: %check_tls %s %t-typecheck -- -std=gnu11 -fgnuc-version=4.9
 */
#include <curl/curl.h>
#include <stdio.h>
#include <string.h>

#define API_BASE "https://api.example.com/v2"
#define API_PINS "sha256//YLh1dUR9y6Kja30RrAn7JKnbQG/uEtLMkBgFF2Fuihg=;" \
                 "sha256//sRHdihwgkaib1P1gxX8HFszlD+7/gTfNvuAybgLPNis="
#define LEGACY_PIN "sha256//YLh1dUR9y6Kja30RrAn7JKnbQG/uEtLMkBgFF2Fuihg="
#define LEGACY_BASE "http://legacy.example.com/api"
#define LOCAL_AGENT "http://localhost:9100/metrics"

/* Fail the helper on any setopt error, as most codebases do. */
#define SETOPT(h, opt, val)                                                    \
  do {                                                                         \
    CURLcode rc_ = curl_easy_setopt((h), (opt), (val));                        \
    if (rc_ != CURLE_OK) {                                                     \
      fprintf(stderr, "%s: %s\n", #opt, curl_easy_strerror(rc_));            \
      goto fail;                                                               \
    }                                                                          \
  } while (0)

struct api_config {
  const char *proxy;   /* https://proxy:3128, or NULL */
  const char *ca_path; /* private CA bundle, or NULL for the system store */
  int insecure;        /* --insecure: lab installs with self-signed certs */
  long timeout_ms;
};

static const long kTlsFloor = CURL_SSLVERSION_TLSv1_2 | CURL_SSLVERSION_MAX_DEFAULT;
static const long kVerifyHost = 2L;

static size_t collect(char *data, size_t size, size_t n, void *userp) {
  (void)data;
  (void)userp;
  return size * n;
}

CURL *api_handle(const struct api_config *cfg) {
  CURL *h = curl_easy_init();
  if (h == NULL)
    return NULL;
  SETOPT(h, CURLOPT_WRITEFUNCTION, collect);
  SETOPT(h, CURLOPT_TIMEOUT_MS, cfg->timeout_ms);
  SETOPT(h, CURLOPT_SSLVERSION, kTlsFloor);
  SETOPT(h, CURLOPT_SSL_VERIFYPEER, 1L);
  SETOPT(h, CURLOPT_SSL_VERIFYHOST, kVerifyHost);
  SETOPT(h, CURLOPT_PINNEDPUBLICKEY, API_PINS);
  SETOPT(h, CURLOPT_SSL_CIPHER_LIST, "ECDHE+AESGCM:!aNULL:!MD5:!RC4:!3DES");
  if (cfg->ca_path != NULL)
    SETOPT(h, CURLOPT_CAINFO, cfg->ca_path);
  if (cfg->proxy != NULL) {
    SETOPT(h, CURLOPT_PROXY, cfg->proxy);
    SETOPT(h, CURLOPT_PROXY_SSL_VERIFYPEER, 1L);
    /* "1 means yes" */
    SETOPT(h, CURLOPT_PROXY_SSL_VERIFYHOST, 1L);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: when `cfg->proxy != NULL`, CURLOPT_PROXY_SSL_VERIFYHOST set to 1 is not host name verification: libcurl before 7.28.1 only checked that the certificate names some host, and later versions rejected the value; use 2 [tls-hostname-verification-disabled]
    SETOPT(h, CURLOPT_PROXY_SSL_CIPHER_LIST, "DEFAULT:RC4-SHA");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: when `cfg->proxy != NULL`, the cipher list enables broken cipher suites: RC4 (from 'RC4-SHA'); an attacker on the network can downgrade the connection to them [tls-weak-cipher]
  }
  if (cfg->insecure) {
    SETOPT(h, CURLOPT_SSL_VERIFYPEER, 0L);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: when `cfg->insecure` is set, CURLOPT_SSL_VERIFYPEER set to 0 disables certificate verification; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
    SETOPT(h, CURLOPT_SSL_VERIFYHOST, 0L);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: when `cfg->insecure` is set, CURLOPT_SSL_VERIFYHOST set to 0 disables host name verification; a valid certificate for any other host is accepted [tls-hostname-verification-disabled]
  }
  return h;
fail:
  curl_easy_cleanup(h);
  return NULL;
}

int api_post_json(CURL *h, const char *path, const char *json) {
  char url[512];
  struct curl_slist *headers = curl_slist_append(NULL, "Content-Type: application/json");
  snprintf(url, sizeof url, "%s%s", API_BASE, path);
  curl_easy_setopt(h, CURLOPT_URL, url);
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, json);
  CURLcode rc = curl_easy_perform(h);
  curl_slist_free_all(headers);
  return rc == CURLE_OK ? 0 : -1;
}

/* The old firmware endpoint: TLS 1.0 only, and a single pinned key. */
int legacy_fetch(const char *path) {
  char url[512];
  CURL *h = curl_easy_init();
  if (h == NULL)
    return -1;
  snprintf(url, sizeof url, "%s%s", LEGACY_BASE, path);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: cleartext http:// URL to 'legacy.example.com': anyone on the network path can read and change this traffic [tls-cleartext-url]
  curl_easy_setopt(h, CURLOPT_URL, url);
  curl_easy_setopt(h, CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1);
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: CURLOPT_SSLVERSION allows protocol versions older than TLS 1.2 [tls-weak-protocol-version]
  curl_easy_setopt(h, CURLOPT_PINNEDPUBLICKEY, LEGACY_PIN);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: CURLOPT_PINNEDPUBLICKEY has a single pin and no backup; when the server's key changes, every installed copy of the app loses the connection until it is updated [tls-missing-pin]
  CURLcode rc = curl_easy_perform(h);
  curl_easy_cleanup(h);
  return rc == CURLE_OK ? 0 : -1;
}

int scrape_local_agent(CURL *h) {
  curl_easy_setopt(h, CURLOPT_URL, LOCAL_AGENT);
  return curl_easy_perform(h) == CURLE_OK ? 0 : -1;
}

/* Reads the support inbox; "TRY" so it still works on the old server. */
int poll_inbox(CURL *h, const char *user, const char *password) {
  /* Not reported: send_alert's CURLUSESSL_ALL clears every mail URL in the
   * file (the documented per-file STARTTLS limit). */
  curl_easy_setopt(h, CURLOPT_URL, "imap://mail.example.com/INBOX");
  curl_easy_setopt(h, CURLOPT_USE_SSL, (long)CURLUSESSL_TRY);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: CURLOPT_USE_SSL set to CURLUSESSL_TRY silently falls back to cleartext when STARTTLS fails or is stripped; use CURLUSESSL_ALL [tls-cleartext-url]
  curl_easy_setopt(h, CURLOPT_USERNAME, user);
  curl_easy_setopt(h, CURLOPT_PASSWORD, password);
  return curl_easy_perform(h) == CURLE_OK ? 0 : -1;
}

/* Alert mail through the relay; STARTTLS is required, not tried. */
int send_alert(const char *user, const char *password, struct curl_slist *rcpt) {
  CURL *h = curl_easy_init();
  if (h == NULL)
    return -1;
  curl_easy_setopt(h, CURLOPT_URL, "smtp://relay.example.com:587");
  curl_easy_setopt(h, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
  curl_easy_setopt(h, CURLOPT_USERNAME, user);
  curl_easy_setopt(h, CURLOPT_PASSWORD, password);
  curl_easy_setopt(h, CURLOPT_MAIL_FROM, "<alerts@example.com>");
  curl_easy_setopt(h, CURLOPT_MAIL_RCPT, rcpt);
  CURLcode rc = curl_easy_perform(h);
  curl_easy_cleanup(h);
  return rc == CURLE_OK ? 0 : -1;
}
