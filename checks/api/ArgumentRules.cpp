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

} // namespace

llvm::ArrayRef<ArgumentRule> argumentRules() { return Rules; }

std::vector<llvm::StringRef> argumentRuleFunctions(RuleId Rule) {
  std::vector<llvm::StringRef> Names;
  for (const ArgumentRule &Row : Rules)
    if (Row.Rule == Rule && !llvm::is_contained(Names, Row.Function))
      Names.push_back(Row.Function);
  return Names;
}

} // namespace tlslint::api
