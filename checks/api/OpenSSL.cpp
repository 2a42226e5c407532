//===-- OpenSSL.cpp - Lookups into the OpenSSL API model -----------------===//

#include "checks/api/OpenSSL.h"
#include "checks/api/ArgumentRules.h"
#include "llvm/ADT/STLExtras.h"

namespace tlslint::api::openssl {
namespace {

const llvm::StringRef ServerMethods[] = {
#define TLS_OPENSSL_SERVER_METHOD(Function) Function,
#include "checks/api/Libraries.def"
#undef TLS_OPENSSL_SERVER_METHOD
};

struct HandleArgRow {
  llvm::StringRef Function;
  unsigned Arg;
};

const HandleArgRow Derivations[] = {
#define TLS_OPENSSL_DERIVES(Function, Arg) {Function, Arg},
#include "checks/api/Libraries.def"
#undef TLS_OPENSSL_DERIVES
};

const ServerRoleCall ServerRoleCalls[] = {
#define TLS_OPENSSL_SERVER_ROLE_CALL(Function, Arg) {Function, Arg, NoArg, ""},
#define TLS_OPENSSL_SERVER_ROLE_CALL_WHEN(Function, Arg, KeyArg, Key)          \
  {Function, Arg, KeyArg, Key},
#include "checks/api/Libraries.def"
#undef TLS_OPENSSL_SERVER_ROLE_CALL
#undef TLS_OPENSSL_SERVER_ROLE_CALL_WHEN
};

const llvm::StringRef HostCheckedContextGetters[] = {
#define TLS_OPENSSL_HOST_CHECKED_CONTEXT(Method) Method,
#include "checks/api/Libraries.def"
#undef TLS_OPENSSL_HOST_CHECKED_CONTEXT
};

struct WeakMethod {
  llvm::StringRef Function;
  llvm::StringRef Version;
};

const WeakMethod WeakMethods[] = {
#define TLS_OPENSSL_WEAK_METHOD(Function, Version) {Function, Version},
#include "checks/api/Libraries.def"
#undef TLS_OPENSSL_WEAK_METHOD
};

const VerifyCallbackCall CallbackCalls[] = {
#define TLS_OPENSSL_VERIFY_CALLBACK(Function, Arg, Kind, VerdictParam)         \
  {Function, Arg, CallbackKind::Kind, VerdictParam},
#include "checks/api/Libraries.def"
#undef TLS_OPENSSL_VERIFY_CALLBACK
};

const ErrorClearingCall ErrorClearingCalls[] = {
#define TLS_OPENSSL_ERROR_CLEAR(Function, ErrorArg, Cleared, Spelling)         \
  {Function, ErrorArg, Cleared, Spelling},
#include "checks/api/Libraries.def"
#undef TLS_OPENSSL_ERROR_CLEAR
};

const llvm::StringRef ErrorReadingCalls[] = {
#define TLS_OPENSSL_ERROR_READ(Function) Function,
#include "checks/api/Libraries.def"
#undef TLS_OPENSSL_ERROR_READ
};

const llvm::StringRef Messages[] = {
#define TLS_OPENSSL_MESSAGE(Name, Text) Text,
#include "checks/api/Libraries.def"
#undef TLS_OPENSSL_MESSAGE
};

const VerifyModeCall VerifyModeCalls[] = {
#define TLS_OPENSSL_VERIFY_MODE_CALL(Function, Handle, Mode)                   \
  {Function, Handle, Mode},
#include "checks/api/Libraries.def"
#undef TLS_OPENSSL_VERIFY_MODE_CALL
};

struct HostBinding {
  llvm::StringRef Function;
  bool NeedsResult;
};

const HostBinding HostBindings[] = {
#define TLS_OPENSSL_HOST_BINDING(Function, NeedsResult) {Function, NeedsResult},
#include "checks/api/Libraries.def"
#undef TLS_OPENSSL_HOST_BINDING
};

std::optional<unsigned> lookupArg(llvm::ArrayRef<HandleArgRow> Rows,
                                  llvm::StringRef Function) {
  for (const HandleArgRow &Row : Rows)
    if (Row.Function == Function)
      return Row.Arg;
  return std::nullopt;
}

} // namespace

bool isServerMethod(llvm::StringRef Function) {
  return llvm::is_contained(ServerMethods, Function);
}

std::optional<unsigned> derivedFromArg(llvm::StringRef Function) {
  return lookupArg(Derivations, Function);
}

llvm::ArrayRef<ServerRoleCall> serverRoleCalls() { return ServerRoleCalls; }

std::vector<llvm::StringRef> serverRoleCallNames() {
  std::vector<llvm::StringRef> Names;
  for (const ServerRoleCall &Row : ServerRoleCalls)
    if (!llvm::is_contained(Names, Row.Function))
      Names.push_back(Row.Function);
  return Names;
}

llvm::ArrayRef<llvm::StringRef> hostCheckedContextGetters() {
  return HostCheckedContextGetters;
}

std::optional<llvm::StringRef> weakMethodVersion(llvm::StringRef Function) {
  for (const WeakMethod &Method : WeakMethods)
    if (Method.Function == Function)
      return Method.Version;
  return std::nullopt;
}

const VerifyCallbackCall *findVerifyCallbackCall(llvm::StringRef Function) {
  for (const VerifyCallbackCall &Call : CallbackCalls)
    if (Call.Function == Function)
      return &Call;
  return nullptr;
}

llvm::ArrayRef<ErrorClearingCall> errorClearingCalls() {
  return ErrorClearingCalls;
}
llvm::ArrayRef<llvm::StringRef> errorReadingCalls() {
  return ErrorReadingCalls;
}
llvm::StringRef message(Message Name) {
  return Messages[static_cast<unsigned>(Name)];
}

std::vector<llvm::StringRef> verifyCallbackCallNames() {
  std::vector<llvm::StringRef> Names;
  for (const VerifyCallbackCall &Call : CallbackCalls)
    Names.push_back(Call.Function);
  return Names;
}

const VerifyModeCall *findVerifyModeCall(llvm::StringRef Function) {
  for (const VerifyModeCall &Call : VerifyModeCalls)
    if (Call.Function == Function)
      return &Call;
  return nullptr;
}

std::optional<bool> hostBindingNeedsResult(llvm::StringRef Function) {
  for (const HostBinding &Binding : HostBindings)
    if (Binding.Function == Function)
      return Binding.NeedsResult;
  return std::nullopt;
}

std::vector<llvm::StringRef> verifyModeCallNames() {
  std::vector<llvm::StringRef> Names;
  for (const VerifyModeCall &Call : VerifyModeCalls)
    Names.push_back(Call.Function);
  return Names;
}

std::vector<llvm::StringRef> hostBindingNames() {
  std::vector<llvm::StringRef> Names;
  for (const HostBinding &Binding : HostBindings)
    Names.push_back(Binding.Function);
  return Names;
}

std::vector<llvm::StringRef> peerCertificateCallNames() {
  return {
#define TLS_OPENSSL_PEER_CERT_CALL(Function) Function,
#include "checks/api/Libraries.def"
#undef TLS_OPENSSL_PEER_CERT_CALL
  };
}

std::vector<llvm::StringRef> verifyResultCallNames() {
  return {
#define TLS_OPENSSL_VERIFY_RESULT_CALL(Function) Function,
#include "checks/api/Libraries.def"
#undef TLS_OPENSSL_VERIFY_RESULT_CALL
  };
}

std::vector<llvm::StringRef> weakMethodNames() {
  std::vector<llvm::StringRef> Names;
  for (const WeakMethod &Method : WeakMethods)
    Names.push_back(Method.Function);
  return Names;
}

} // namespace tlslint::api::openssl
