// gRPC channels with insecure (cleartext) credentials, against the real
// <grpcpp/grpcpp.h>: fine for loopback and Unix sockets only.
// RUN: %check_tls %s %t -- -std=c++17

#include <grpcpp/grpcpp.h>
#include <string>

constexpr char kBackend[] = "payments.example.com:443";

void channels() {
  auto A = grpc::CreateChannel("api.example.com:50051",
                               grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: grpc::InsecureChannelCredentials() sends the channel to 'api.example.com' in cleartext;
  auto B = grpc::CreateChannel(kBackend, grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: grpc::InsecureChannelCredentials() sends the channel to 'payments.example.com' in
  auto C = grpc::CreateChannel("dns:///api.example.com:443",
                               grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: grpc::InsecureChannelCredentials() sends the channel to 'api.example.com' in cleartext;
}

void fine(const std::string &FromConfig) {
  auto Local = grpc::CreateChannel("localhost:50051",
                                   grpc::InsecureChannelCredentials());
  auto Loop = grpc::CreateChannel("ipv4:127.0.0.1:50051",
                                  grpc::InsecureChannelCredentials());
  auto Socket = grpc::CreateChannel("unix:/run/agent.sock",
                                    grpc::InsecureChannelCredentials());
  auto Tls = grpc::CreateChannel(
      "api.example.com:443",
      grpc::SslCredentials(grpc::SslCredentialsOptions()));
  auto RunTime =
      grpc::CreateChannel(FromConfig, grpc::InsecureChannelCredentials());
}
