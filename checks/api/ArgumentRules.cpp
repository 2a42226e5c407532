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
#define TLS_ARG_RULE_UNLESS(Function, ValueArg, Mask, Low, High,               \
                            ServerHandleArg, Unless, Rule, Message)            \
  {Function,     NoArg,   "", ValueArg, Mask, Low, High, ServerHandleArg,      \
   RuleId::Rule, Message, "", "",       "",   "",  "",   Unless},
#define TLS_ENUM_RULE(Function, Param, Enumerators, Rule, Message, Fix)        \
  {Function, NoArg,        "",      0,   0,     0,          0,                 \
   NoArg,    RuleId::Rule, Message, Fix, Param, Enumerators},
#define TLS_ENUM_RULE_CLIENT(Function, Param, Enumerators, Rule, Message)      \
  {Function,  NoArg,        "",      0,  0,     0,          0,                 \
   ObjectArg, RuleId::Rule, Message, "", Param, Enumerators},
#define TLS_ENUM_RULE_WHEN(Function, Param, Enumerators, WhenParam,            \
                           WhenEnumerators, Rule, Message)                     \
  {Function,       NoArg,        "",      0,  0,     0,           0,           \
   NoArg,          RuleId::Rule, Message, "", Param, Enumerators, WhenParam,   \
   WhenEnumerators},
#define TLS_CALL_RULE(Function, Arity, Rule, Message)                          \
  {Function, NoArg, "", 0,  0,  0,  0,  NoArg, RuleId::Rule,                   \
   Message,  "",    "", "", "", "", "", Arity},
// Fields: Fix, ValueParam, WhenParam and WhenEnumerators are unused.
#define TLS_FIELD_RULE(Field, Mask, Low, High, Unless, Rule, Message)          \
  {Field,   NoArg, "", 0,  Mask, Low, High,   NoArg, RuleId::Rule,             \
   Message, "",    "", "", "",   "",  Unless, NoArg, true},
#define TLS_FIELD_ENUM_RULE(Field, Enumerators, Unless, Rule, Message)         \
  {Field,   NoArg, "", 0,           0,  0,  0,      NoArg, RuleId::Rule,       \
   Message, "",    "", Enumerators, "", "", Unless, NoArg, true},
#include "checks/api/Libraries.def"
#undef TLS_ARG_RULE
#undef TLS_ARG_RULE_UNLESS
#undef TLS_FIELD_RULE
#undef TLS_FIELD_ENUM_RULE
#undef TLS_ENUM_RULE
#undef TLS_ENUM_RULE_WHEN
#undef TLS_ENUM_RULE_CLIENT
#undef TLS_CALL_RULE
};

const StringArgument StringArguments[] = {
#define TLS_STRING_ARG(Function, KeyArg, Key, ValueArg, Kind)                  \
  {Function, KeyArg, Key, ValueArg, StringKind::Kind},
#include "checks/api/Libraries.def"
#undef TLS_STRING_ARG
};

const OutputArgument OutputArguments[] = {
#define TLS_UNREAD_OUTPUT(Function, Arg, Rule, Message)                        \
  {Function, Arg, RuleId::Rule, Message},
#include "checks/api/Libraries.def"
#undef TLS_UNREAD_OUTPUT
};

} // namespace

llvm::ArrayRef<ArgumentRule> argumentRules() { return Rules; }

llvm::ArrayRef<OutputArgument> outputArguments() { return OutputArguments; }

llvm::ArrayRef<StringArgument> stringArguments() { return StringArguments; }

std::vector<llvm::StringRef> stringArgumentFunctions(StringKind Kind) {
  std::vector<llvm::StringRef> Names;
  for (const StringArgument &Row : StringArguments)
    if (Row.Kind == Kind && !llvm::is_contained(Names, Row.Function))
      Names.push_back(Row.Function);
  return Names;
}

llvm::StringRef unqualifiedName(llvm::StringRef Function) {
  return Function.rsplit("::").second.empty() ? Function
                                              : Function.rsplit("::").second;
}

bool isConstructorName(llvm::StringRef Function) {
  auto [Scope, Name] = Function.rsplit("::");
  return !Name.empty() && Name != Function && unqualifiedName(Scope) == Name;
}

std::vector<llvm::StringRef> sortedUnique(std::vector<llvm::StringRef> Names) {
  llvm::sort(Names);
  Names.erase(std::unique(Names.begin(), Names.end()), Names.end());
  return Names;
}

namespace {
void addUnique(std::vector<llvm::StringRef> &Names, llvm::StringRef Name) {
  if (!llvm::is_contained(Names, Name))
    Names.push_back(Name);
}
} // namespace

std::vector<llvm::StringRef> argumentRuleFunctions(RuleId Rule) {
  std::vector<llvm::StringRef> Names;
  for (const ArgumentRule &Row : Rules) {
    if (Row.Rule != Rule)
      continue;
    if (!isConstructorName(Row.Function) && !Row.IsField)
      addUnique(Names, unqualifiedName(Row.Function));
    for (llvm::StringRef Name : Row.unlessFileUses())
      addUnique(Names, Name);
  }
  for (const OutputArgument &Row : OutputArguments)
    if (Row.Rule == Rule)
      addUnique(Names, Row.Function);
  return Names;
}

std::vector<llvm::StringRef> argumentRuleFields(RuleId Rule) {
  std::vector<llvm::StringRef> Names;
  for (const ArgumentRule &Row : Rules)
    if (Row.Rule == Rule && Row.IsField)
      addUnique(Names, unqualifiedName(Row.Function));
  return Names;
}

std::vector<llvm::StringRef> argumentRuleClasses(RuleId Rule) {
  std::vector<llvm::StringRef> Names;
  for (const ArgumentRule &Row : Rules) {
    if (Row.Rule != Rule)
      continue;
    if (isConstructorName(Row.Function))
      addUnique(Names, unqualifiedName(Row.Function));
    for (llvm::StringRef Name : Row.unlessFileUses())
      addUnique(Names, Name);
  }
  return Names;
}

} // namespace tlslint::api
