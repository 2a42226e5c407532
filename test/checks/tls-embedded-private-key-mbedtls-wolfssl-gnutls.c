// Key loaders of Mbed TLS 2.x, wolfSSL and GnuTLS given a fixed path, a
// compiled-in key or a literal password, against the real headers. The RUN
// lines generate the keys (test/utils/embed_keys.py).
// RUN: rm -rf %t.keys && %make_keys %t.keys
// RUN: %embed_keys %S/Inputs/client_key.h.in %t.keys/client_key.h ec-sec1.der=%t.keys/ec-sec1.der ec.pem=%t.keys/ec.pem
// RUN: %check_tls %s %t -- -I%t.keys

#include "client_key.h"
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <mbedtls/pk.h>
#include <stddef.h>
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>

static const char Placeholder[] = "-----BEGIN EC PRIVATE KEY-----\n"
                                  "(the release build pastes the key here)\n"
                                  "-----END EC PRIVATE KEY-----\n";

void mbedtls(mbedtls_pk_context *Key, const char *RuntimePath) {
  mbedtls_pk_parse_keyfile(Key, "assets/client.key", "s3cret");
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'mbedtls_pk_parse_keyfile' loads a private key from the fixed path 'assets/client.key'; a key file that ships with the app or sits on the device can be copied off it; keep the key in AndroidKeyStore, with a short-lived certificate issued at run time [tls-embedded-private-key]
  // CHECK-MESSAGES: :[[@LINE-2]]:54: warning: the password given to 'mbedtls_pk_parse_keyfile' is compiled into the app; anyone who unpacks it can read the password and decrypt the key; keep the key in AndroidKeyStore, with a short-lived certificate issued at run time [tls-embedded-private-key]
  mbedtls_pk_parse_key(Key, (const unsigned char *)client_key_pem,
                       sizeof client_key_pem, NULL, 0);
  // CHECK-MESSAGES: :[[@LINE-2]]:29: warning: 'mbedtls_pk_parse_key' loads a private key compiled into the app from 'client_key_pem'; anyone who unpacks the app can extract it; keep the key in AndroidKeyStore, with a short-lived certificate issued at run time [tls-embedded-private-key]
  mbedtls_pk_parse_key(Key, (const unsigned char *)Placeholder,
                       sizeof Placeholder, (const unsigned char *)"s3cret", 6);
  // CHECK-MESSAGES: :[[@LINE-2]]:29: warning: 'mbedtls_pk_parse_key' loads a private key compiled into the app from 'Placeholder'
  // CHECK-MESSAGES: :[[@LINE-2]]:44: warning: the password given to 'mbedtls_pk_parse_key' is compiled into the app
  mbedtls_pk_parse_keyfile(Key, RuntimePath, NULL);
}

void wolfssl(WOLFSSL_CTX *Ctx, WOLFSSL *Ssl, const char *RuntimePath) {
  wolfSSL_CTX_use_PrivateKey_file(Ctx, "assets/client.pem",
                                  WOLFSSL_FILETYPE_PEM);
  // CHECK-MESSAGES: :[[@LINE-2]]:40: warning: 'wolfSSL_CTX_use_PrivateKey_file' loads a private key from the fixed path 'assets/client.pem'
  wolfSSL_use_PrivateKey_file(Ssl, "jniLibs/client.pem", WOLFSSL_FILETYPE_PEM);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 'wolfSSL_use_PrivateKey_file' loads a private key from the fixed path 'jniLibs/client.pem'
  wolfSSL_CTX_use_PrivateKey_buffer(Ctx, client_key_der, client_key_der_len,
                                    WOLFSSL_FILETYPE_ASN1);
  // CHECK-MESSAGES: :[[@LINE-2]]:42: warning: 'wolfSSL_CTX_use_PrivateKey_buffer' loads a private key compiled into the app from 'client_key_der'
  wolfSSL_use_PrivateKey_buffer(Ssl, (const unsigned char *)Placeholder,
                                sizeof Placeholder, WOLFSSL_FILETYPE_PEM);
  // CHECK-MESSAGES: :[[@LINE-2]]:38: warning: 'wolfSSL_use_PrivateKey_buffer' loads a private key compiled into the app from 'Placeholder'
  wolfSSL_CTX_use_PrivateKey_file(Ctx, RuntimePath, WOLFSSL_FILETYPE_PEM);
}

void gnutls(gnutls_certificate_credentials_t Cred, const char *RuntimePath) {
  gnutls_certificate_set_x509_key_file(Cred, "assets/client.crt",
                                       "assets/client.key",
                                       GNUTLS_X509_FMT_PEM);
  // CHECK-MESSAGES: :[[@LINE-2]]:40: warning: 'gnutls_certificate_set_x509_key_file' loads a private key from the fixed path 'assets/client.key'
  gnutls_certificate_set_x509_key_file2(Cred, "assets/client.crt",
                                        "assets/client.p8",
                                        GNUTLS_X509_FMT_PEM, "s3cret", 0);
  // CHECK-MESSAGES: :[[@LINE-2]]:41: warning: 'gnutls_certificate_set_x509_key_file2' loads a private key from the fixed path 'assets/client.p8'
  // CHECK-MESSAGES: :[[@LINE-2]]:62: warning: the password given to 'gnutls_certificate_set_x509_key_file2' is compiled into the app
  gnutls_datum_t Certificate = {NULL, 0};
  gnutls_datum_t Key = {(unsigned char *)client_key_pem,
                        sizeof client_key_pem - 1};
  gnutls_certificate_set_x509_key_mem(Cred, &Certificate, &Key,
                                      GNUTLS_X509_FMT_PEM);
  // CHECK-MESSAGES: :[[@LINE-2]]:59: warning: 'gnutls_certificate_set_x509_key_mem' loads a private key compiled into the app from 'client_key_pem'
  gnutls_datum_t Sealed = {(unsigned char *)Placeholder, sizeof Placeholder};
  gnutls_certificate_set_x509_key_mem2(Cred, &Certificate, &Sealed,
                                       GNUTLS_X509_FMT_PEM, "s3cret", 0);
  // CHECK-MESSAGES: :[[@LINE-2]]:60: warning: 'gnutls_certificate_set_x509_key_mem2' loads a private key compiled into the app from 'Placeholder'
  // CHECK-MESSAGES: :[[@LINE-2]]:61: warning: the password given to 'gnutls_certificate_set_x509_key_mem2' is compiled into the app
  gnutls_certificate_set_x509_key_file(Cred, "assets/client.crt", RuntimePath,
                                       GNUTLS_X509_FMT_PEM);
}
