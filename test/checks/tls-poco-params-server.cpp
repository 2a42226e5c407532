// VERIFY_NONE in Context::Params is normal on a server that asks no client
// certificate: a file that builds a secure server socket is exempt.
// RUN: %check_tls %s %t -- -std=c++17

#include <Poco/Net/Context.h>
#include <Poco/Net/SecureServerSocket.h>

Poco::Net::SecureServerSocket listen(Poco::UInt16 port) {
  Poco::Net::Context::Params params;
  params.certificateFile = "server.pem";
  params.verificationMode = Poco::Net::Context::VERIFY_NONE;
  // CHECK-MESSAGES-NOT: warning:
  Poco::Net::Context::Ptr context =
      new Poco::Net::Context(Poco::Net::Context::SERVER_USE, params);
  return Poco::Net::SecureServerSocket(port, 64, context);
}
