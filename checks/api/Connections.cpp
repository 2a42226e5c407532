//===-- Connections.cpp - Every library's connection rows -----------------===//

#include "checks/api/Connections.h"
#include "llvm/ADT/STLExtras.h"

namespace tlslint::api {
namespace {

const ConnectionArgument Connections[] = {
#define TLS_CONNECTION(Function, KeyArg, Key, Param, PeerArg, Form, Stack)     \
  {Function, KeyArg, Key, Param, PeerArg, PeerForm::Form, TlsStack::Stack},
#define TLS_PINNING_CALL(Function, Stack)
#include "checks/api/Libraries.def"
#undef TLS_CONNECTION
#undef TLS_PINNING_CALL
};

const PinningCall Pinning[] = {
#define TLS_CONNECTION(Function, KeyArg, Key, Param, PeerArg, Form, Stack)
#define TLS_PINNING_CALL(Function, Stack) {Function, TlsStack::Stack},
#include "checks/api/Libraries.def"
#undef TLS_CONNECTION
#undef TLS_PINNING_CALL
};

const HandlePinOption HandlePins[] = {
#define TLS_HANDLE_PIN_OPTION(Function, HandleArg, KeyArg, Key, ValueArg,      \
                              Stack)                                           \
  {Function, HandleArg, KeyArg, Key, ValueArg, TlsStack::Stack},
#include "checks/api/Libraries.def"
#undef TLS_HANDLE_PIN_OPTION
};

} // namespace

llvm::StringRef stackName(TlsStack Stack) {
  switch (Stack) {
  case TlsStack::Curl:
    return "libcurl";
  case TlsStack::OpenSSL:
    return "OpenSSL";
  case TlsStack::WolfSSL:
    return "wolfSSL";
  case TlsStack::MbedTLS:
    return "Mbed TLS";
  case TlsStack::GnuTLS:
    return "GnuTLS";
  case TlsStack::Boost:
    return "Boost.Asio";
  case TlsStack::Qt:
    return "Qt Network";
  case TlsStack::Poco:
    return "Poco";
  case TlsStack::HttpLib:
    return "cpp-httplib";
  case TlsStack::CppRest:
    return "cpprestsdk";
  case TlsStack::Grpc:
    return "gRPC";
  }
  return "";
}

bool pinningApplies(TlsStack Evidence, TlsStack Connection) {
  if (Evidence == Connection)
    return true;
  if (Evidence != TlsStack::OpenSSL)
    return false;
  switch (Connection) {
  case TlsStack::Boost:
  case TlsStack::HttpLib:
  case TlsStack::CppRest:
  case TlsStack::Poco:
    return true;
  default:
    return false;
  }
}

llvm::ArrayRef<ConnectionArgument> connectionArguments() { return Connections; }

llvm::ArrayRef<HandlePinOption> handlePinOptions() { return HandlePins; }

const HandlePinOption *handlePinOption(TlsStack Stack) {
  for (const HandlePinOption &Row : HandlePins)
    if (Row.Stack == Stack)
      return &Row;
  return nullptr;
}

std::vector<llvm::StringRef> connectionAndPinningFunctions() {
  std::vector<llvm::StringRef> Names;
  for (const ConnectionArgument &Row : Connections)
    if (!isConstructorName(Row.Function))
      Names.push_back(unqualifiedName(Row.Function));
  for (const PinningCall &Row : Pinning)
    Names.push_back(unqualifiedName(Row.Function));
  for (const HandlePinOption &Row : HandlePins)
    Names.push_back(unqualifiedName(Row.Function));
  return sortedUnique(std::move(Names));
}

std::vector<llvm::StringRef> connectionClasses() {
  std::vector<llvm::StringRef> Names;
  for (const ConnectionArgument &Row : Connections)
    if (isConstructorName(Row.Function))
      Names.push_back(unqualifiedName(Row.Function));
  return sortedUnique(std::move(Names));
}
llvm::ArrayRef<PinningCall> pinningCalls() { return Pinning; }

} // namespace tlslint::api
