//===-- ArgumentRules.cpp - Every library's argument rules ----------------===//

#include "checks/api/ArgumentRules.h"
#include "llvm/ADT/STLExtras.h"

namespace tlslint::api {
namespace {

constexpr int64_t AllBits = -1;
constexpr int64_t Max = INT64_MAX;

const ArgumentRule Rules[] = {
#define TLS_ARG_RULE(Function, KeyArg, Key, ValueArg, Mask, Low, High,        \
                     ServerHandleArg, Rule, Message, Fix)                     \
  {Function, KeyArg,          Key,           ValueArg, Mask, Low,             \
   High,     ServerHandleArg, RuleId::Rule, Message,  Fix},
#include "checks/api/Curl.def"
#include "checks/api/OpenSSL.def"
#undef TLS_ARG_RULE
};

const CipherListArgument CipherLists[] = {
#define TLS_CIPHER_LIST_ARG(Function, KeyArg, Key, ValueArg)                  \
  {Function, KeyArg, Key, ValueArg},
#include "checks/api/Curl.def"
#include "checks/api/OpenSSL.def"
#undef TLS_CIPHER_LIST_ARG
};

} // namespace

llvm::ArrayRef<ArgumentRule> argumentRules() { return Rules; }

llvm::ArrayRef<CipherListArgument> cipherListArguments() { return CipherLists; }

std::vector<llvm::StringRef> cipherListFunctions() {
  std::vector<llvm::StringRef> Names;
  for (const CipherListArgument &Row : CipherLists)
    if (!llvm::is_contained(Names, Row.Function))
      Names.push_back(Row.Function);
  return Names;
}

std::vector<llvm::StringRef> argumentRuleFunctions(RuleId Rule) {
  std::vector<llvm::StringRef> Names;
  for (const ArgumentRule &Row : Rules)
    if (Row.Rule == Rule && !llvm::is_contained(Names, Row.Function))
      Names.push_back(Row.Function);
  return Names;
}

} // namespace tlslint::api
