//===-- OpenSSL.h - Lookups into the OpenSSL API model ----------*- C++ -*-===//

#ifndef TLSLINT_CHECKS_API_OPENSSL_H
#define TLSLINT_CHECKS_API_OPENSSL_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <vector>

namespace tlslint::api::openssl {

bool isServerMethod(llvm::StringRef Function);
/// For a call deriving a handle from another (SSL_new(ctx)), the argument
/// that is the source handle.
std::optional<unsigned> derivedFromArg(llvm::StringRef Function);
/// A call that puts a connection in the server role.
struct ServerRoleCall {
  llvm::StringRef Function;
  int HandleArg; ///< An argument index, or api::ObjectArg.
  int KeyArg;    ///< Only when this argument holds Key; NoArg: always.
  llvm::StringRef Key;
};
llvm::ArrayRef<ServerRoleCall> serverRoleCalls();

/// For a method fixed to one version older than TLS 1.2, that version's name.
std::optional<llvm::StringRef> weakMethodVersion(llvm::StringRef Function);

enum class CallbackKind {
  /// OpenSSL's (preverify_ok, X509_STORE_CTX *) -> int, and Boost's and
  /// wolfSSL's callbacks of the same shape: non-zero accepts.
  PreverifyCallback,
  /// SSL_CTX_set_cert_verify_callback: replaces chain verification.
  CertVerifyCallback,
  /// BoringSSL: returns an ssl_verify_result_t.
  CustomVerify,
  /// GnuTLS: returns 0 to accept.
  ZeroAccepts,
  /// Mbed TLS: (ctx, crt, depth, uint32_t *flags); clearing *flags accepts.
  ClearsFlags,
};

struct VerifyCallbackCall {
  llvm::StringRef Function;
  unsigned CallbackArg;
  CallbackKind Kind;
  /// The callback's parameter with the library's verdict (preverify_ok,
  /// Mbed TLS's flags); api::NoArg when it has none.
  int VerdictParam;
};

const VerifyCallbackCall *findVerifyCallbackCall(llvm::StringRef Function);

/// A call in a verify callback that erases the chain's verification error
/// when argument ErrorArg holds Cleared.
struct ErrorClearingCall {
  llvm::StringRef Function;
  unsigned ErrorArg;
  int64_t Cleared;
  llvm::StringRef Spelling; ///< For the message.
};
llvm::ArrayRef<ErrorClearingCall> errorClearingCalls();
/// Calls that read the chain's verification error in a verify callback.
llvm::ArrayRef<llvm::StringRef> errorReadingCalls();

/// The texts of the TLS_OPENSSL_MESSAGE rows.
enum class Message {
#define TLS_OPENSSL_MESSAGE(Name, Text) Name,
#include "checks/api/Libraries.def"
#undef TLS_OPENSSL_MESSAGE
};
llvm::StringRef message(Message Name);

/// BoringSSL's ssl_verify_result_t enumerator that accepts the chain.
constexpr llvm::StringLiteral CustomVerifyAccept = "ssl_verify_ok";

/// SSL_VERIFY_PEER: the bit that turns chain verification on.
constexpr int64_t VerifyPeerBit = 0x01;

struct VerifyModeCall {
  llvm::StringRef Function;
  unsigned HandleArg;
  unsigned ModeArg;
};
const VerifyModeCall *findVerifyModeCall(llvm::StringRef Function);

/// For a function that binds the expected host name, whether it only
/// protects when its result is used.
std::optional<bool> hostBindingNeedsResult(llvm::StringRef Function);

/// Methods returning an SSL_CTX whose connections the library checks the
/// host name of itself (TLS_OPENSSL_HOST_CHECKED_CONTEXT rows), qualified.
llvm::ArrayRef<llvm::StringRef> hostCheckedContextGetters();

/// Names of every function in a table, for hasAnyName matchers.
std::vector<llvm::StringRef> verifyModeCallNames();
std::vector<llvm::StringRef> hostBindingNames();
std::vector<llvm::StringRef> peerCertificateCallNames();
std::vector<llvm::StringRef> verifyResultCallNames();
std::vector<llvm::StringRef> verifyCallbackCallNames();
std::vector<llvm::StringRef> serverRoleCallNames();
std::vector<llvm::StringRef> weakMethodNames();

} // namespace tlslint::api::openssl

#endif
