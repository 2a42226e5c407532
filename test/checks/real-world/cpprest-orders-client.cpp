// An orders API client and a price-feed subscriber on cpprestsdk (C++ REST
// SDK), in its usual style: http_client_config and websocket_client_config
// set up from options, U() literals, pplx tasks, and an ssl_context_callback
// to adjust the Boost.Asio context underneath.
// RUN: %check_tls %s %t -- -std=c++17

#include <cpprest/http_client.h>
#include <cpprest/json.h>
#include <cpprest/ws_client.h>

#include <chrono>
#include <iostream>

using namespace web;
using namespace web::http;
using namespace web::http::client;
using namespace web::websockets::client;

namespace orders {

constexpr bool kValidateSandboxCerts = false; // the sandbox has a self-signed cert
const utility::string_t kApiBase = U("https://orders.example.com/api/v3");
const utility::string_t kFeedUri = U("wss://feed.example.com/prices");
const utility::string_t kLegacyFeedUri = U("ws://feed-legacy.example.com/prices");
// CHECK-MESSAGES: :[[@LINE-1]]:44: warning: cleartext ws:// URL to 'feed-legacy.example.com': anyone on the network path can read and change this traffic [tls-cleartext-url]

struct ClientOptions {
  std::string CaFile;
  bool Insecure = false;        // --insecure
  bool LegacyGateway = false;   // the gateway in the old datacenter
  std::chrono::seconds Timeout{30};
};

http_client_config makeConfig(const ClientOptions &Opts) {
  http_client_config Config;
  Config.set_timeout(Opts.Timeout);
  Config.set_validate_certificates(true);
  if (Opts.Insecure) {
    std::cerr << "orders: certificate validation disabled\n";
    Config.set_validate_certificates(false);
    // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: when `Opts.Insecure` is set, 'set_validate_certificates' with false disables certificate validation; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  }
  const std::string CaFile = Opts.CaFile;
  const bool Legacy = Opts.LegacyGateway;
  Config.set_ssl_context_callback([CaFile, Legacy](boost::asio::ssl::context &Ctx) {
    if (!CaFile.empty())
      Ctx.load_verify_file(CaFile);
    // cpprestsdk matches the host name itself (its Asio backend installs an
    // rfc2818 check on every stream when validation is on).
    Ctx.set_verify_mode(boost::asio::ssl::verify_peer);
    Ctx.set_options(boost::asio::ssl::context::default_workarounds |
                    boost::asio::ssl::context::no_sslv3);
    if (Legacy)
      SSL_CTX_set_min_proto_version(Ctx.native_handle(), TLS1_1_VERSION);
    // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: when `Legacy` is set, the minimum protocol version is set below TLS 1.2 [tls-weak-protocol-version]
  });
  return Config;
}

pplx::task<json::value> listOrders(const ClientOptions &Opts, const utility::string_t &Status) {
  http_client Client(kApiBase, makeConfig(Opts));
  uri_builder Builder(U("/orders"));
  Builder.append_query(U("status"), Status);
  return Client.request(methods::GET, Builder.to_string())
      .then([](http_response Response) {
        if (Response.status_code() != status_codes::OK)
          throw http_exception(Response.status_code());
        return Response.extract_json();
      });
}

pplx::task<json::value> sandboxOrder(const json::value &Order) {
  http_client_config Config;
  Config.set_validate_certificates(kValidateSandboxCerts);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 'set_validate_certificates' with false disables certificate validation; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  http_client Client(U("https://sandbox.orders.example.com/api/v3"), Config);
  return Client.request(methods::POST, U("/orders"), Order)
      .then([](http_response Response) { return Response.extract_json(); });
}

pplx::task<void> pingLocalSidecar() {
  http_client Sidecar(U("http://127.0.0.1:15000"));
  return Sidecar.request(methods::GET, U("/ready")).then([](http_response) {});
}

pplx::task<void> subscribePrices(bool UseLegacyFeed, bool TrustAnyFeedCert) {
  websocket_client_config WsConfig;
  WsConfig.set_validate_certificates(true);
  if (TrustAnyFeedCert)
    WsConfig.set_validate_certificates(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: when `TrustAnyFeedCert` is set, 'set_validate_certificates' with false disables certificate validation; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  auto Client = std::make_shared<websocket_callback_client>(WsConfig);
  Client->set_message_handler([](const websocket_incoming_message &Msg) {
    Msg.extract_string().then([](std::string Body) { std::cout << Body << "\n"; });
  });
  return Client->connect(UseLegacyFeed ? kLegacyFeedUri : kFeedUri);
}

} // namespace orders
