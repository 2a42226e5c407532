//===-- OpenSSL.cpp - Lookups into the OpenSSL API model -----------------===//

#include "checks/api/OpenSSL.h"
#include "llvm/ADT/STLExtras.h"

namespace tlslint::api::openssl {
namespace {

const VerifyCall VerifyCalls[] = {
#define TLS_OPENSSL_VERIFY_CALL(Function, Handle, Mode, Callback)             \
  {Function, Handle, Mode, Callback},
#include "checks/api/OpenSSL.def"
};

const llvm::StringRef ServerMethods[] = {
#define TLS_OPENSSL_SERVER_METHOD(Function) Function,
#include "checks/api/OpenSSL.def"
};

struct HandleArgRow {
  llvm::StringRef Function;
  unsigned Arg;
};

const HandleArgRow Derivations[] = {
#define TLS_OPENSSL_DERIVES(Function, Arg) {Function, Arg},
#include "checks/api/OpenSSL.def"
};

const HandleArgRow ServerRoleCalls[] = {
#define TLS_OPENSSL_SERVER_ROLE_CALL(Function, Arg) {Function, Arg},
#include "checks/api/OpenSSL.def"
};

std::optional<unsigned> lookupArg(llvm::ArrayRef<HandleArgRow> Rows,
                                  llvm::StringRef Function) {
  for (const HandleArgRow &Row : Rows)
    if (Row.Function == Function)
      return Row.Arg;
  return std::nullopt;
}

} // namespace

llvm::ArrayRef<VerifyCall> verifyCalls() { return VerifyCalls; }

const VerifyCall *findVerifyCall(llvm::StringRef Function) {
  for (const VerifyCall &Call : VerifyCalls)
    if (Call.Function == Function)
      return &Call;
  return nullptr;
}

bool isServerMethod(llvm::StringRef Function) {
  return llvm::is_contained(ServerMethods, Function);
}

std::optional<unsigned> derivedFromArg(llvm::StringRef Function) {
  return lookupArg(Derivations, Function);
}

std::optional<unsigned> serverRoleHandleArg(llvm::StringRef Function) {
  return lookupArg(ServerRoleCalls, Function);
}

std::vector<llvm::StringRef> verifyCallNames() {
  std::vector<llvm::StringRef> Names;
  for (const VerifyCall &Call : VerifyCalls)
    Names.push_back(Call.Function);
  return Names;
}

std::vector<llvm::StringRef> serverRoleCallNames() {
  std::vector<llvm::StringRef> Names;
  for (const HandleArgRow &Row : ServerRoleCalls)
    Names.push_back(Row.Function);
  return Names;
}

} // namespace tlslint::api::openssl
