//===-- Cleartext.cpp - Every library's cleartext-connection rows ---------===//

#include "checks/api/Cleartext.h"
#include "llvm/ADT/STLExtras.h"

namespace tlslint::api {
namespace {

const InsecureChannelFactory ChannelFactories[] = {
#define TLS_INSECURE_CHANNEL(Factory, TargetArg, CredentialsArg,               \
                             CredentialsFactory, Form, Message)                \
  {Factory,        TargetArg, CredentialsArg, CredentialsFactory,              \
   PeerForm::Form, Message},
#include "checks/api/Libraries.def"
#undef TLS_INSECURE_CHANNEL
};

const RequiredFlag RequiredFlags[] = {
#define TLS_REQUIRED_FLAG(Function, StructArg, FlagsField, Flag, PeerField,    \
                          Form, Rule, Message)                                 \
  {Function,  StructArg,      FlagsField,   Flag,                              \
   PeerField, PeerForm::Form, RuleId::Rule, Message},
#include "checks/api/Libraries.def"
#undef TLS_REQUIRED_FLAG
};

const StartTlsOption StartTlsOptions[] = {
#define TLS_STARTTLS_OPTION(Function, KeyArg, Key, ValueArg, Min, Remedy)      \
  {Function, KeyArg, Key, ValueArg, Min, Remedy},
#include "checks/api/Libraries.def"
#undef TLS_STARTTLS_OPTION
};

const llvm::StringRef StringComparisons[] = {
#define TLS_STRING_COMPARISON(Function) Function,
#include "checks/api/Libraries.def"
#undef TLS_STRING_COMPARISON
};

} // namespace

llvm::ArrayRef<llvm::StringRef> stringComparisons() {
  return StringComparisons;
}

llvm::ArrayRef<InsecureChannelFactory> insecureChannelFactories() {
  return ChannelFactories;
}
llvm::ArrayRef<RequiredFlag> requiredFlags() { return RequiredFlags; }
llvm::ArrayRef<StartTlsOption> startTlsOptions() { return StartTlsOptions; }

std::vector<llvm::StringRef> cleartextCallNames() {
  std::vector<llvm::StringRef> Names;
  for (const InsecureChannelFactory &Row : ChannelFactories)
    Names.push_back(unqualifiedName(Row.Factory));
  for (const RequiredFlag &Row : RequiredFlags)
    Names.push_back(unqualifiedName(Row.Function));
  for (const StartTlsOption &Row : StartTlsOptions)
    Names.push_back(unqualifiedName(Row.Function));
  for (llvm::StringRef Function : StringComparisons)
    Names.push_back(unqualifiedName(Function));
  return sortedUnique(std::move(Names));
}

} // namespace tlslint::api
