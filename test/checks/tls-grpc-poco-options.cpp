// gRPC's TLS credentials options, and Poco's Context::Params.
// RUN: %check_tls %s %t -- -std=c++17

#include <Poco/Net/Context.h>
#include <grpcpp/security/tls_credentials_options.h>

using grpc::experimental::TlsChannelCredentialsOptions;

void grpcOptions(TlsChannelCredentialsOptions &options, bool strict) {
  options.set_verify_server_certs(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'set_verify_server_certs' with false disables certificate verification for the channel; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  options.set_check_call_host(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'set_check_call_host' with false skips matching the certificate against the target's host name; a valid certificate for any other host is accepted [tls-hostname-verification-disabled]
  options.set_verify_server_certs(true);
  options.set_check_call_host(strict);
}

Poco::Net::Context::Ptr pocoParams() {
  Poco::Net::Context::Params params;
  params.verificationMode = Poco::Net::Context::VERIFY_NONE;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'verificationMode' set to VERIFY_NONE disables certificate verification for the Context built from these Params; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  return new Poco::Net::Context(Poco::Net::Context::CLIENT_USE, params);
}

Poco::Net::Context::Ptr pocoStrict() {
  Poco::Net::Context::Params params;
  params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
  return new Poco::Net::Context(Poco::Net::Context::CLIENT_USE, params);
}
