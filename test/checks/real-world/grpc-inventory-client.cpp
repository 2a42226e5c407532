// Channel and server set-up of an inventory service on gRPC C++, the way
// services wire it from their config: a channel factory choosing
// credentials, the experimental TLS options for a private CA with
// certificate reloading, and the server's listening ports.
// RUN: %check_tls %s %t -- -std=c++17

#include <grpcpp/grpcpp.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/security/tls_certificate_provider.h>
#include <grpcpp/security/tls_credentials_options.h>

#include <chrono>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

namespace inventory {

#define WAREHOUSE_TARGET "dns:///warehouse.example.com:443"
constexpr char kPricingTarget[] = "pricing.example.com:443";
constexpr char kSidecarTarget[] = "unix:/run/envoy/inventory.sock";
constexpr char kLocalCache[] = "localhost:50070";

struct ChannelConfig {
  std::string Target;     // from the service's YAML
  std::string CaPemPath;  // private CA, or empty for the system roots
  bool Plaintext = false; // for the docker-compose setup
};

static std::string readFile(const std::string &Path) {
  std::ifstream In(Path);
  std::stringstream Buffer;
  Buffer << In.rdbuf();
  return Buffer.str();
}

std::shared_ptr<grpc::Channel> makeChannel(const ChannelConfig &Config) {
  grpc::ChannelArguments Args;
  Args.SetMaxReceiveMessageSize(16 * 1024 * 1024);
  Args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 30000);
  if (Config.Plaintext) // the target is read at run time: not reported
    return grpc::CreateCustomChannel(Config.Target, grpc::InsecureChannelCredentials(), Args);
  grpc::SslCredentialsOptions Ssl;
  if (!Config.CaPemPath.empty())
    Ssl.pem_root_certs = readFile(Config.CaPemPath);
  return grpc::CreateCustomChannel(Config.Target, grpc::SslCredentials(Ssl), Args);
}

// "Pricing is inside the VPC, TLS is terminated at the mesh anyway."
std::shared_ptr<grpc::Channel> pricingChannel() {
  return grpc::CreateChannel(kPricingTarget, grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: grpc::InsecureChannelCredentials() sends the channel to 'pricing.example.com' in cleartext; use grpc::SslCredentials (insecure credentials are for loopback and Unix sockets) [tls-cleartext-url]
}

std::shared_ptr<grpc::Channel> warehouseChannel(bool Debug) {
  grpc::ChannelArguments Args;
  Args.SetString(GRPC_ARG_PRIMARY_USER_AGENT_STRING, "inventory/4.2");
  if (Debug) {
    auto Creds = grpc::InsecureChannelCredentials();
    // Insecure credentials held in a local, to a constant remote target.
    return grpc::CreateCustomChannel(WAREHOUSE_TARGET, Creds, Args);
    // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: grpc::InsecureChannelCredentials() sends the channel to 'warehouse.example.com' in cleartext
  }
  return grpc::CreateCustomChannel(WAREHOUSE_TARGET, grpc::InsecureChannelCredentials(), Args);
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: grpc::InsecureChannelCredentials() sends the channel to 'warehouse.example.com' in cleartext; use grpc::SslCredentials (insecure credentials are for loopback and Unix sockets) [tls-cleartext-url]
}

std::shared_ptr<grpc::Channel> sidecarChannel() {
  return grpc::CreateChannel(kSidecarTarget, grpc::InsecureChannelCredentials());
}

std::shared_ptr<grpc::Channel> cacheChannel() {
  return grpc::CreateChannel(kLocalCache, grpc::InsecureChannelCredentials());
}

// Private CA with reloading roots; the staging cluster's certificates carry
// the pod names, not the service name.
std::shared_ptr<grpc::Channel> tlsChannel(const std::string &Target, const std::string &RootPem,
                                          bool Staging, bool SkipVerify) {
  auto Provider = std::make_shared<grpc::experimental::StaticDataCertificateProvider>(RootPem);
  grpc::experimental::TlsChannelCredentialsOptions Options;
  Options.set_certificate_provider(Provider);
  Options.watch_root_certs();
  Options.set_verify_server_certs(true);
  Options.set_check_call_host(true);
  if (Staging)
    Options.set_check_call_host(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: when `Staging` is set, 'set_check_call_host' with false skips matching the certificate against the target's host name; a valid certificate for any other host is accepted [tls-hostname-verification-disabled]
  if (SkipVerify)
    Options.set_verify_server_certs(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: when `SkipVerify` is set, 'set_verify_server_certs' with false disables certificate verification for the channel; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  return grpc::CreateChannel(Target, grpc::experimental::TlsCredentials(Options));
}

bool waitReady(const std::shared_ptr<grpc::Channel> &Channel) {
  return Channel->WaitForConnected(std::chrono::system_clock::now() + std::chrono::seconds(5));
}

std::unique_ptr<grpc::Server> startServer(grpc::Service *Service, const std::string &CertPem,
                                          const std::string &KeyPem) {
  grpc::SslServerCredentialsOptions Ssl;
  Ssl.pem_key_cert_pairs.push_back({KeyPem, CertPem});
  grpc::ServerBuilder Builder;
  Builder.AddListeningPort("0.0.0.0:8443", grpc::SslServerCredentials(Ssl));
  Builder.AddListeningPort("127.0.0.1:50051", grpc::InsecureServerCredentials());
  // NOT COVERED (the docs only look at channels): a cleartext listener on
  // every interface serves the same API unencrypted to the network.
  Builder.AddListeningPort("0.0.0.0:9090", grpc::InsecureServerCredentials());
  Builder.RegisterService(Service);
  return Builder.BuildAndStart();
}

} // namespace inventory
