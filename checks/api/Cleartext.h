//===-- Cleartext.h - Connections that TLS never protects -------*- C++ -*-===//
//
// The rows behind tls-cleartext-url beyond URL literals: channels built with
// credentials that say "no TLS", connection structs whose flags lack the
// one that turns TLS on, and the option that makes a mail or FTP transfer
// upgrade to TLS before it sends anything.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CHECKS_API_CLEARTEXT_H
#define TLSLINT_CHECKS_API_CLEARTEXT_H

#include "checks/api/ArgumentRules.h"
#include "lib/url/Url.h"

namespace tlslint::api {

/// A factory that opens a channel to argument TargetArg with the
/// credentials in CredentialsArg; cleartext when those come from a call to
/// CredentialsFactory.
struct InsecureChannelFactory {
  llvm::StringRef Factory; ///< Qualified, as ArgumentRule::Function.
  unsigned TargetArg;
  unsigned CredentialsArg;
  llvm::StringRef CredentialsFactory; ///< Qualified.
  PeerForm Form;
  /// %0: the peer's host.
  llvm::StringRef Message;
};

/// A call taking a pointer to a struct (argument StructArg) whose FlagsField
/// must hold Flag for the connection to use TLS; the struct is cleartext
/// when every value stored in the field, the implicit zero of an
/// initializer or memset included, lacks it. PeerField names the peer.
struct RequiredFlag {
  llvm::StringRef Function;
  unsigned StructArg;
  llvm::StringRef FlagsField; ///< "Struct::field".
  int64_t Flag;
  llvm::StringRef PeerField; ///< "Struct::field".
  PeerForm Form;
  RuleId Rule;
  /// %0: the peer's host.
  llvm::StringRef Message;
};

/// An option that makes a transfer upgrade to TLS (STARTTLS) before it sends
/// credentials: a value >= Min at ValueArg when KeyArg holds Key.
struct StartTlsOption {
  llvm::StringRef Function;
  int KeyArg;
  llvm::StringRef Key;
  unsigned ValueArg;
  int64_t Min;
  /// How a user writes the remedy, for the message.
  llvm::StringRef Remedy;
};

llvm::ArrayRef<InsecureChannelFactory> insecureChannelFactories();
/// Calls that only compare, search or measure strings
/// (TLS_STRING_COMPARISON rows), qualified.
llvm::ArrayRef<llvm::StringRef> stringComparisons();
llvm::ArrayRef<RequiredFlag> requiredFlags();
llvm::ArrayRef<StartTlsOption> startTlsOptions();

/// The unqualified names of every function the rows above are about.
std::vector<llvm::StringRef> cleartextCallNames();

} // namespace tlslint::api

#endif
