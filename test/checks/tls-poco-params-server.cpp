// VERIFY_NONE in Context::Params is normal on a server that asks no client
// certificate: Params handed to a Context built with a server usage in the
// same function are exempt, and so is any Params in a file that builds a
// secure server socket.
// RUN: split-file %s %t
// RUN: %check_tls %t/socket.cpp %t/socket -- -std=c++17
// RUN: %check_tls %t/server-usage.cpp %t/server-usage -- -std=c++17

//--- socket.cpp
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

//--- server-usage.cpp
// No server socket in this file: the socket is built elsewhere.
#include <Poco/Net/Context.h>

using Poco::Net::Context;

Context::Ptr serverContext() {
  Context::Params Params;
  Params.verificationMode = Context::VERIFY_NONE;
  return new Context(Context::TLS_SERVER_USE, Params);
}

Context::Ptr serverContextOnStack() {
  Context::Params Params;
  Params.verificationMode = Context::VERIFY_NONE;
  Context Server(Context::SERVER_USE, Params);
  return new Context(Context::SERVER_USE, Params);
}

// The same Params for a client, and Params that only reach a client: both
// reported.
Context::Ptr both() {
  Context::Params Params;
  Params.verificationMode = Context::VERIFY_NONE;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'verificationMode' set to VERIFY_NONE disables certificate verification for the Context built from these Params
  Context::Ptr Server = new Context(Context::SERVER_USE, Params);
  return new Context(Context::TLS_CLIENT_USE, Params);
}

Context::Ptr client() {
  Context::Params Params;
  Params.verificationMode = Context::VERIFY_NONE;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'verificationMode' set to VERIFY_NONE disables certificate verification for the Context built from these Params
  return new Context(Context::CLIENT_USE, Params);
}
