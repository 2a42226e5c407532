// Private keys written into C sources, confirmed by libcrypto, and OpenSSL
// and libcurl given a fixed key path, a compiled-in key or a literal
// password. This file holds placeholders only: the RUN lines generate the
// keys and paste them in (test/utils/embed_keys.py), keeping line numbers.
// RUN: rm -rf %t.keys && %make_keys %t.keys
// RUN: %embed_keys %S/Inputs/client_key.h.in %t.keys/client_key.h ec-sec1.der=%t.keys/ec-sec1.der ec.pem=%t.keys/ec.pem
// RUN: %embed_keys %s %t.keys/tls-embedded-private-key.c rsa.pem=%t.keys/rsa.pem rsa-pkcs1.pem=%t.keys/rsa-pkcs1.pem rsa.der=%t.keys/rsa.der rsa-legacy-encrypted.pem=%t.keys/rsa-legacy-encrypted.pem ec.pem=%t.keys/ec.pem ec-sec1.der=%t.keys/ec-sec1.der ec-encrypted.pem=%t.keys/ec-encrypted.pem ed25519.der=%t.keys/ed25519.der ec-public.pem=%t.keys/ec-public.pem ec-public.der=%t.keys/ec-public.der cert.pem=%t.keys/cert.pem cert.der=%t.keys/cert.der ec-truncated.pem=%t.keys/ec-truncated.pem
// RUN: %check_tls %t.keys/tls-embedded-private-key.c %t -- -std=c11 -I%t.keys

#include "client_key.h"
#include <curl/curl.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

// PEM keys in string literals: split over concatenated literals, or one.
static const char RsaPem[] = @PEM:rsa.pem@;
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: RSA 2048 private key (PKCS#8 PEM) embedded in the app, where anyone who unpacks it can extract the key; keep the key in AndroidKeyStore, with a short-lived certificate issued at run time [tls-embedded-private-key]
static const char *const RsaPkcs1 = @PEM1:rsa-pkcs1.pem@;
// CHECK-MESSAGES: :[[@LINE-1]]:37: warning: RSA 2048 private key (PKCS#1 PEM) embedded in the app, where anyone
static const char EcEncrypted[] = @PEM:ec-encrypted.pem@;
// CHECK-MESSAGES: :[[@LINE-1]]:35: warning: encrypted private key (encrypted PKCS#8 PEM) embedded in the app; its password has to ship with it, so anyone who unpacks the app can decrypt the key; keep the key in AndroidKeyStore, with a short-lived certificate issued at run time [tls-embedded-private-key]
static const char RsaLegacyEncrypted[] = @PEM:rsa-legacy-encrypted.pem@;
// CHECK-MESSAGES: :[[@LINE-1]]:42: warning: encrypted private key (encrypted PKCS#1 PEM) embedded in the app; its password
// Text and a certificate around the key: one finding for the literal.
static const char Bundle[] = "client bundle\n" @PEM:cert.pem@ @PEM:ec.pem@;
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: EC P-256 private key (PKCS#8 PEM) embedded in the app, where anyone

// DER keys in byte arrays and in a string literal.
static const unsigned char RsaDer[] = {@BYTES:rsa.der@};
// CHECK-MESSAGES: :[[@LINE-1]]:39: warning: RSA 2048 private key (PKCS#8 DER) embedded in the app, where anyone
static const uint8_t EcDer[] = {@BYTES:ec-sec1.der@};
// CHECK-MESSAGES: :[[@LINE-1]]:32: warning: EC P-256 private key (SEC 1 DER) embedded in the app, where anyone
static const unsigned char Ed25519Der[] = {@BYTES:ed25519.der@};
// CHECK-MESSAGES: :[[@LINE-1]]:43: warning: ED25519 private key (PKCS#8 DER) embedded in the app, where anyone
static const char EcDerString[] = @STRING:ec-sec1.der@;
// CHECK-MESSAGES: :[[@LINE-1]]:35: warning: EC P-256 private key (SEC 1 DER) embedded in the app, where anyone
static const unsigned char Suppressed[] = {@BYTES:ec-sec1.der@}; // NOLINT(tls-embedded-private-key)

// Look-alikes: public material, a PEM parser's marker, a redacted or
// truncated key, a SEQUENCE of the right size that no decoder accepts.
static const char PublicPem[] = @PEM:ec-public.pem@;
static const char CertificatePem[] = @PEM:cert.pem@;
static const unsigned char PublicDer[] = {@BYTES:ec-public.der@};
static const unsigned char CertificateDer[] = {@BYTES:cert.der@};
static const char Marker[] = "-----BEGIN PRIVATE KEY-----";
static const char Redacted[] = "-----BEGIN PRIVATE KEY-----\n"
                               "REDACTED\n"
                               "-----END PRIVATE KEY-----\n";
static const char Truncated[] = @PEM:ec-truncated.pem@;
static const unsigned char Sequence[] = {
    0x30, 0x3e, 0x02, 0x01, 0x00, 0x04, 0x39, 0x01, 0x02, 0x03, 0x04, 0x05,
    0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11,
    0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d,
    0x1e, 0x1f, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29,
    0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35,
    0x36, 0x37, 0x38, 0x39};

#define KEY_PATH "assets/client.key"
#define KEY_PASSWORD "s3cret"
static const char KeyPath[] = "res/raw/client.pem";

void opensslFromFiles(SSL_CTX *Ctx, SSL *Ssl) {
  SSL_CTX_use_PrivateKey_file(Ctx, "assets/client.key", SSL_FILETYPE_PEM);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 'SSL_CTX_use_PrivateKey_file' loads a private key from the fixed path 'assets/client.key'; a key file that ships with the app or sits on the device can be copied off it; keep the key in AndroidKeyStore, with a short-lived certificate issued at run time [tls-embedded-private-key]
  SSL_use_PrivateKey_file(Ssl, KEY_PATH, SSL_FILETYPE_PEM);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 'SSL_use_PrivateKey_file' loads a private key from the fixed path 'assets/client.key'
  SSL_CTX_use_RSAPrivateKey_file(Ctx, KeyPath, SSL_FILETYPE_PEM);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: 'SSL_CTX_use_RSAPrivateKey_file' loads a private key from the fixed path 'res/raw/client.pem'
  SSL_CTX_set_default_passwd_cb_userdata(Ctx, (void *)"s3cret");
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: the password given to 'SSL_CTX_set_default_passwd_cb_userdata' is compiled into the app; anyone who unpacks it can read the password and decrypt the key; keep the key in AndroidKeyStore, with a short-lived certificate issued at run time [tls-embedded-private-key]
  SSL_set_default_passwd_cb_userdata(Ssl, KEY_PASSWORD);
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: the password given to 'SSL_set_default_passwd_cb_userdata' is compiled into the app
}

void opensslFromMemory(SSL_CTX *Ctx) {
  // Keys reported where they are written are not reported again here.
  SSL_CTX_use_PrivateKey_ASN1(EVP_PKEY_RSA, Ctx, RsaDer, sizeof RsaDer);
  BIO *Bio = BIO_new_mem_buf(RsaPem, -1);
  EVP_PKEY *Key = PEM_read_bio_PrivateKey(Bio, NULL, NULL, (void *)"s3cret");
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: the password given to 'PEM_read_bio_PrivateKey' is compiled into the app
  // A key in a header (the tests' xxd -i output) is reported at its use;
  // a key written elsewhere in the app but not one libcrypto can read too.
  SSL_CTX_use_PrivateKey_ASN1(EVP_PKEY_EC, Ctx, client_key_der,
                              client_key_der_len);
  // CHECK-MESSAGES: :[[@LINE-2]]:49: warning: 'SSL_CTX_use_PrivateKey_ASN1' loads a private key compiled into the app from 'client_key_der'; anyone who unpacks the app can extract it; keep the key in AndroidKeyStore, with a short-lived certificate issued at run time [tls-embedded-private-key]
  EVP_PKEY *FromPlaceholder = PEM_read_bio_PrivateKey(
      BIO_new_mem_buf(Redacted, sizeof Redacted), NULL, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'PEM_read_bio_PrivateKey' loads a private key compiled into the app from 'Redacted'
  SSL_CTX_use_RSAPrivateKey_ASN1(Ctx, (const unsigned char *)&Truncated[0],
                                 sizeof Truncated);
  // CHECK-MESSAGES: :[[@LINE-2]]:39: warning: 'SSL_CTX_use_RSAPrivateKey_ASN1' loads a private key compiled into the app from 'Truncated'
  // Public material is what a public key loader takes, not a private key.
  PEM_read_bio_PrivateKey(BIO_new_mem_buf(PublicPem, -1), NULL, NULL, NULL);
  (void)Key;
  (void)FromPlaceholder;
}

void curlClient(CURL *Curl) {
  curl_easy_setopt(Curl, CURLOPT_SSLKEY, "assets/client.key");
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: CURLOPT_SSLKEY loads a private key from the fixed path 'assets/client.key'
  curl_easy_setopt(Curl, CURLOPT_PROXY_SSLKEY, KeyPath);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: CURLOPT_PROXY_SSLKEY loads a private key from the fixed path 'res/raw/client.pem'
  curl_easy_setopt(Curl, CURLOPT_KEYPASSWD, "s3cret");
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: the password given to CURLOPT_KEYPASSWD is compiled into the app
  curl_easy_setopt(Curl, CURLOPT_SSLKEYPASSWD, KEY_PASSWORD);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: the password given to CURLOPT_KEYPASSWD is compiled into the app
  struct curl_blob Blob = {(void *)client_key_der, sizeof client_key_der,
                           CURL_BLOB_NOCOPY};
  curl_easy_setopt(Curl, CURLOPT_SSLKEY_BLOB, &Blob);
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: CURLOPT_SSLKEY_BLOB loads a private key compiled into the app from 'client_key_der'
  struct curl_blob Here = {(void *)EcDer, sizeof EcDer, CURL_BLOB_COPY};
  curl_easy_setopt(Curl, CURLOPT_PROXY_SSLKEY_BLOB, &Here);
}

// Keys and passwords that come at run time, and what is not a key.
void atRunTime(SSL_CTX *Ctx, CURL *Curl, const char *Dir,
               const unsigned char *Der, long Length, const char *Password) {
  char Path[256];
  snprintf(Path, sizeof Path, "%s/client.key", Dir);
  SSL_CTX_use_PrivateKey_file(Ctx, Path, SSL_FILETYPE_PEM);
  SSL_CTX_use_PrivateKey_file(Ctx, getenv("CLIENT_KEY"), SSL_FILETYPE_PEM);
  SSL_CTX_use_PrivateKey_ASN1(EVP_PKEY_EC, Ctx, Der, Length);
  unsigned char Buffer[4096] = {0};
  FILE *File = fopen(Path, "rb");
  size_t Read = fread(Buffer, 1, sizeof Buffer, File);
  SSL_CTX_use_PrivateKey_ASN1(EVP_PKEY_EC, Ctx, Buffer, (long)Read);
  SSL_CTX_set_default_passwd_cb_userdata(Ctx, (void *)Password);
  PEM_read_bio_PrivateKey(BIO_new_file(Path, "r"), NULL, NULL, NULL);
  curl_easy_setopt(Curl, CURLOPT_SSLKEY, Path);
  curl_easy_setopt(Curl, CURLOPT_SSLKEY, "pkcs11:object=client;type=private");
  curl_easy_setopt(Curl, CURLOPT_KEYPASSWD, "");
  curl_easy_setopt(Curl, CURLOPT_SSLCERT, "assets/client.crt");
  SSL_CTX_use_certificate_file(Ctx, "assets/client.crt", SSL_FILETYPE_PEM);
}
