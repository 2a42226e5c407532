//===-- ArgumentRules.cpp - Every library's argument rules ----------------===//

#include "checks/api/ArgumentRules.h"
#include "llvm/ADT/STLExtras.h"

namespace tlslint::api {
namespace {

constexpr int64_t AllBits = -1;
constexpr int64_t Max = INT64_MAX;

const ArgumentRule Rules[] = {
#define TLS_ARG_RULE(Function, KeyArg, Key, ValueArg, Mask, Low, High,         \
                     ServerHandleArg, Rule, Message, Fix)                      \
  {Function, KeyArg,          Key,          ValueArg, Mask, Low,               \
   High,     ServerHandleArg, RuleId::Rule, Message,  Fix},
#include "checks/api/Curl.def"
#include "checks/api/OpenSSL.def"
#undef TLS_ARG_RULE
};

const StringArgument StringArguments[] = {
#define TLS_STRING_ARG(Function, KeyArg, Key, ValueArg, Kind)                  \
  {Function, KeyArg, Key, ValueArg, StringKind::Kind},
#include "checks/api/Curl.def"
#include "checks/api/OpenSSL.def"
#undef TLS_STRING_ARG
};

} // namespace

llvm::ArrayRef<ArgumentRule> argumentRules() { return Rules; }

llvm::ArrayRef<StringArgument> stringArguments() { return StringArguments; }

std::vector<llvm::StringRef> stringArgumentFunctions(StringKind Kind) {
  std::vector<llvm::StringRef> Names;
  for (const StringArgument &Row : StringArguments)
    if (Row.Kind == Kind && !llvm::is_contained(Names, Row.Function))
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
