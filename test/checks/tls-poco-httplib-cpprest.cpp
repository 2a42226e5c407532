// Poco::Net, cpp-httplib (with CPPHTTPLIB_OPENSSL_SUPPORT, as users build
// it) and cpprestsdk against the real headers.
// RUN: %check_tls %s %t -- -std=c++17

#define CPPHTTPLIB_OPENSSL_SUPPORT
#include <Poco/Net/AcceptCertificateHandler.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <cpprest/http_client.h>
#include <cpprest/ws_client.h>
#include <httplib.h>

using Poco::Net::Context;

void poco() {
  Context::Ptr A =
      new Context(Context::CLIENT_USE, "", "", "", Context::VERIFY_NONE);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: a client Context with Context::VERIFY_NONE does not verify the server's certificate; any
  Context::Ptr B = new Context(Context::CLIENT_USE, "", Context::VERIFY_NONE);
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: a client Context with Context::VERIFY_NONE does not verify the server's certificate; any
  Context::Ptr Old =
      new Context(Context::TLSV1_CLIENT_USE, "", Context::VERIFY_RELAXED);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: Context::TLSV1_CLIENT_USE fixes the protocol to a version older than TLS 1.2; use
  Poco::SharedPtr<Poco::Net::InvalidCertificateHandler> Handler =
      new Poco::Net::AcceptCertificateHandler(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: AcceptCertificateHandler accepts every invalid certificate; as the invalid-certificate
}

void pocoFine() {
  // A server that does not ask for client certificates.
  Context::Ptr Server = new Context(Context::SERVER_USE, "key.pem", "cert.pem",
                                    "", Context::VERIFY_NONE);
  Context::Ptr Client =
      new Context(Context::TLS_CLIENT_USE, "", Context::VERIFY_STRICT);
  Context::Ptr Default = new Context(Context::TLS_CLIENT_USE, "");
  Poco::SharedPtr<Poco::Net::InvalidCertificateHandler> Handler =
      new Poco::Net::RejectCertificateHandler(false);
}

class ApiClient {
public:
  explicit ApiClient(bool Verify) : Cli("https://api.example.com") {
    Cli.enable_server_certificate_verification(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: 'enable_server_certificate_verification' with false disables certificate verification;
    Cli.enable_server_certificate_verification(Verify); // run-time choice
    Cli.enable_server_certificate_verification(true);
  }

private:
  httplib::Client Cli;
};

void httplibSsl() {
  httplib::SSLClient Ssl("api.example.com");
  Ssl.enable_server_certificate_verification(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: 'enable_server_certificate_verification' with false disables certificate verification;
}

void cpprest() {
  web::http::client::http_client_config Config;
  Config.set_validate_certificates(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 'set_validate_certificates' with false disables certificate validation; any certificate
  web::websockets::client::websocket_client_config Ws;
  Ws.set_validate_certificates(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 'set_validate_certificates' with false disables certificate validation; any certificate
  Config.set_validate_certificates(true);
  Ws.set_validate_certificates(true);
}
