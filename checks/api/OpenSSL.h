//===-- OpenSSL.h - Lookups into the OpenSSL API model ----------*- C++ -*-===//

#ifndef TLSLINT_CHECKS_API_OPENSSL_H
#define TLSLINT_CHECKS_API_OPENSSL_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <vector>

namespace tlslint::api::openssl {

/// SSL_VERIFY_PEER: the bit that turns chain verification on.
constexpr int64_t VerifyPeerBit = 0x01;

struct VerifyCall {
  llvm::StringRef Function;
  unsigned HandleArg;
  unsigned ModeArg;
  unsigned CallbackArg;
};

llvm::ArrayRef<VerifyCall> verifyCalls();
const VerifyCall *findVerifyCall(llvm::StringRef Function);

bool isServerMethod(llvm::StringRef Function);
/// For a call deriving a handle from another (SSL_new(ctx)), the argument
/// that is the source handle.
std::optional<unsigned> derivedFromArg(llvm::StringRef Function);
/// For a call that puts a connection in the server role, its handle argument.
std::optional<unsigned> serverRoleHandleArg(llvm::StringRef Function);

/// Names of every function in a table, for hasAnyName matchers.
std::vector<llvm::StringRef> verifyCallNames();
std::vector<llvm::StringRef> serverRoleCallNames();

} // namespace tlslint::api::openssl

#endif
