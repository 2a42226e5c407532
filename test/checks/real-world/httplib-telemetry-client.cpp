// A telemetry uploader and a local webhook receiver on cpp-httplib, built
// with OpenSSL as its users build it: a client class over httplib::Client
// and httplib::SSLClient, options from a config struct, an SSLServer.
// RUN: %check_tls %s %t -- -std=c++17

#define CPPHTTPLIB_OPENSSL_SUPPORT
#include <httplib.h>

#include <iostream>
#include <memory>
#include <string>

namespace telemetry {

constexpr const char *kCollectorUrl = "https://collector.example.com";
constexpr const char *kLegacyCollectorUrl = "http://collector-v1.example.com";
// CHECK-MESSAGES: :[[@LINE-1]]:45: warning: cleartext http:// URL to 'collector-v1.example.com': anyone on the network path can read and change this traffic [tls-cleartext-url]
constexpr const char *kLocalAgentUrl = "http://localhost:8126";
constexpr bool kVerifyStagingCerts = false; // staging uses a self-signed cert

struct Options {
  std::string CaBundle = "/etc/ssl/certs/ca-certificates.crt";
  bool Insecure = false; // --insecure
  bool UseLegacyCollector = false;
  int TimeoutSeconds = 10;
};

class Uploader {
public:
  explicit Uploader(const Options &Opts)
      : Cli(Opts.UseLegacyCollector ? kLegacyCollectorUrl : kCollectorUrl) {
    Cli.set_connection_timeout(Opts.TimeoutSeconds);
    Cli.set_read_timeout(Opts.TimeoutSeconds);
    Cli.set_ca_cert_path(Opts.CaBundle.c_str());
    Cli.enable_server_certificate_verification(!Opts.Insecure); // run-time
    Cli.set_default_headers({{"User-Agent", "telemetry/2.3"}});
    if (Opts.Insecure) {
      std::cerr << "telemetry: TLS verification disabled\n";
      Cli.enable_server_certificate_verification(false);
      // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: when `Opts.Insecure` is set, 'enable_server_certificate_verification' with false disables certificate verification; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
    }
  }

  bool upload(const std::string &Json) {
    auto Res = Cli.Post("/v2/events", Json, "application/json");
    if (!Res) {
      std::cerr << "telemetry: " << httplib::to_string(Res.error()) << "\n";
      return false;
    }
    return Res->status == 202;
  }

private:
  httplib::Client Cli;
};

// The staging collector, addressed by host and port.
std::unique_ptr<httplib::SSLClient> stagingClient() {
  auto Cli = std::make_unique<httplib::SSLClient>("staging.example.com", 8443);
  Cli->enable_server_certificate_verification(kVerifyStagingCerts);
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: 'enable_server_certificate_verification' with false disables certificate verification; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  return Cli;
}

// The on-premise appliance: TLS 1.0 and an old cipher, set on httplib's
// own SSL_CTX.
std::unique_ptr<httplib::SSLClient> applianceClient(const std::string &Host) {
  auto Cli = std::make_unique<httplib::SSLClient>(Host, 443);
  SSL_CTX *Ctx = Cli->ssl_context();
  SSL_CTX_set_min_proto_version(Ctx, TLS1_VERSION);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: the minimum protocol version is set below TLS 1.2 [tls-weak-protocol-version]
  SSL_CTX_set_cipher_list(Ctx, "HIGH:!aNULL:RC4-SHA");
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: the cipher list enables broken cipher suites: RC4 (from 'RC4-SHA'); an attacker on the network can downgrade the connection to them [tls-weak-cipher]
  Cli->enable_server_certificate_verification(true);
  return Cli;
}

bool pingLocalAgent() {
  httplib::Client Agent(kLocalAgentUrl);
  Agent.set_connection_timeout(1);
  auto Res = Agent.Get("/health");
  return Res && Res->status == 200;
}

// Webhooks from the collector arrive on a local TLS server.
int serveWebhooks(const char *Cert, const char *Key) {
  httplib::SSLServer Server(Cert, Key);
  if (!Server.is_valid())
    return 1;
  SSL_CTX_set_min_proto_version(Server.ssl_context(), TLS1_2_VERSION);
  Server.Post("/hooks/ack", [](const httplib::Request &Req, httplib::Response &Res) {
    std::cout << "ack " << Req.body << "\n";
    Res.set_content("{}", "application/json");
  });
  return Server.listen("0.0.0.0", 9443) ? 0 : 1;
}

} // namespace telemetry
