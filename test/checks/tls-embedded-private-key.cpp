// Private keys in C++ sources (std::string, std::vector, constexpr arrays)
// and Boost.Asio's key loaders, against the real <boost/asio/ssl.hpp>. The
// RUN lines generate the keys and paste them in (test/utils/embed_keys.py).
// RUN: rm -rf %t.keys && %make_keys %t.keys
// RUN: %embed_keys %S/Inputs/client_key.h.in %t.keys/client_key.h ec-sec1.der=%t.keys/ec-sec1.der ec.pem=%t.keys/ec.pem
// RUN: %embed_keys %s %t.keys/tls-embedded-private-key.cpp ec.pem=%t.keys/ec.pem rsa.der=%t.keys/rsa.der ec-sec1.der=%t.keys/ec-sec1.der cert.pem=%t.keys/cert.pem
// RUN: %check_tls %t.keys/tls-embedded-private-key.cpp %t -- -std=c++17 -I%t.keys

#include "client_key.h"
#include <boost/asio/ssl.hpp>
#include <cstdint>
#include <string>
#include <vector>

const std::string EcPem = @PEM:ec.pem@;
// CHECK-MESSAGES: :[[@LINE-1]]:27: warning: EC P-256 private key (PKCS#8 PEM) embedded in the app, where anyone who unpacks it can extract the key; keep the key in AndroidKeyStore, with a short-lived certificate issued at run time [tls-embedded-private-key]
const std::vector<std::uint8_t> RsaDer = {@BYTES:rsa.der@};
// CHECK-MESSAGES: :[[@LINE-1]]:42: warning: RSA 2048 private key (PKCS#8 DER) embedded in the app, where anyone
constexpr unsigned char EcDer[] = {@BYTES:ec-sec1.der@};
// CHECK-MESSAGES: :[[@LINE-1]]:35: warning: EC P-256 private key (SEC 1 DER) embedded in the app, where anyone
const std::string CertificatePem = @PEM:cert.pem@;

template <typename T> struct KeyHolder {
  // Reported once, not per instantiation.
  static constexpr unsigned char Der[] = {@BYTES:ec-sec1.der@};
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: EC P-256 private key (SEC 1 DER) embedded in the app, where anyone
};
template struct KeyHolder<int>;
template struct KeyHolder<char>;

static const char Placeholder[] = "-----BEGIN PRIVATE KEY-----\n"
                                  "(the release build pastes the key here)\n"
                                  "-----END PRIVATE KEY-----\n";

namespace ssl = boost::asio::ssl;

void boostClient(ssl::context &Ctx, const std::string &RuntimePath) {
  Ctx.use_private_key_file("assets/client.key", ssl::context::pem);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'use_private_key_file' loads a private key from the fixed path 'assets/client.key'; a key file that ships with the app or sits on the device can be copied off it; keep the key in AndroidKeyStore, with a short-lived certificate issued at run time [tls-embedded-private-key]
  boost::system::error_code Error;
  Ctx.use_rsa_private_key_file(std::string("res/raw/client.pem"),
                               ssl::context::pem, Error);
  // CHECK-MESSAGES: :[[@LINE-2]]:32: warning: 'use_rsa_private_key_file' loads a private key from the fixed path 'res/raw/client.pem'
  Ctx.use_private_key(boost::asio::buffer(Placeholder, sizeof Placeholder),
                      ssl::context::pem);
  // CHECK-MESSAGES: :[[@LINE-2]]:23: warning: 'use_private_key' loads a private key compiled into the app from 'Placeholder'; anyone who unpacks the app can extract it; keep the key in AndroidKeyStore, with a short-lived certificate issued at run time [tls-embedded-private-key]
  Ctx.use_rsa_private_key(
      boost::asio::const_buffer(client_key_pem, sizeof client_key_pem),
      ssl::context::pem);
  // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: 'use_rsa_private_key' loads a private key compiled into the app from 'client_key_pem'
  // Reported where it is written, above.
  Ctx.use_private_key(boost::asio::buffer(EcPem), ssl::context::pem);
  Ctx.use_private_key(boost::asio::buffer(EcDer), ssl::context::asn1);

  // Paths and keys that come at run time; a certificate is public.
  Ctx.use_private_key_file(RuntimePath, ssl::context::pem);
  Ctx.use_private_key_file(RuntimePath + "/client.key", ssl::context::pem);
  std::vector<unsigned char> Downloaded(2048);
  Ctx.use_private_key(boost::asio::buffer(Downloaded), ssl::context::asn1);
  Ctx.use_certificate_chain_file("assets/client.crt");
  Ctx.use_certificate_chain(
      boost::asio::buffer(CertificatePem.data(), CertificatePem.size()));
}
