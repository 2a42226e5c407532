// RUN: %check_tls %s %t -- -std=c++17

#include <curl/curl.h>
#include <openssl/ssl.h>

static const char kLegacyCiphers[] = "HIGH:RC4-SHA";

void openssl(SSL_CTX *Ctx, SSL *Ssl) {
  SSL_CTX_set_cipher_list(Ctx, "ALL:eNULL");
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: the cipher list enables broken cipher suites: NULL (no encryption) (from 'eNULL'); an attacker on the network can downgrade the connection to them [tls-weak-cipher]
  SSL_set_cipher_list(Ssl, kLegacyCiphers);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: the cipher list enables broken cipher suites: RC4 (from 'RC4-SHA')
  SSL_CTX_set_cipher_list(Ctx, "HIGH:ADH:EXP-RC4-MD5");
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: the cipher list enables broken cipher suites: anonymous (no server authentication) (from 'ADH'), export-grade (from 'EXP-RC4-MD5'), RC4 (from 'EXP-RC4-MD5'), MD5 (from 'EXP-RC4-MD5')
  SSL_CTX_set_cipher_list(Ctx, "DEFAULT:DES-CBC3-SHA");
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: the cipher list enables broken cipher suites: 3DES (from 'DES-CBC3-SHA')
  SSL_CTX_set_cipher_list(Ctx, "DEFAULT:@SECLEVEL=0");
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: the cipher list enables broken cipher suites: every suite (@SECLEVEL=0)
}

void curl(CURL *Curl) {
  curl_easy_setopt(Curl, CURLOPT_SSL_CIPHER_LIST, "RC4-SHA:AES128-SHA");
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: the cipher list enables broken cipher suites: RC4 (from 'RC4-SHA')
  curl_easy_setopt(Curl, CURLOPT_PROXY_SSL_CIPHER_LIST, "DES-CBC-SHA");
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: the cipher list enables broken cipher suites: DES (from 'DES-CBC-SHA')
}

// Look-alikes that are fine.
void fine(SSL_CTX *Ctx, CURL *Curl, const char *FromConfig) {
  SSL_CTX_set_cipher_list(Ctx, "HIGH:!aNULL:!MD5:!RC4");
  SSL_CTX_set_cipher_list(Ctx, "RC4-SHA:!RC4");
  SSL_CTX_set_cipher_list(Ctx, "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305");
  SSL_CTX_set_cipher_list(Ctx, FromConfig);
  SSL_CTX_set_ciphersuites(Ctx, "TLS_AES_128_GCM_SHA256");
  curl_easy_setopt(Curl, CURLOPT_SSL_CIPHER_LIST, "HIGH:!RC4:!3DES");
  // Other string options are not cipher lists.
  curl_easy_setopt(Curl, CURLOPT_USERAGENT, "RC4-SHA");
}
