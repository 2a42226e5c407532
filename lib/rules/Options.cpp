//===-- Options.cpp - The options of the tlslint rules --------------------===//

#include "lib/rules/Options.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/YAMLParser.h"

namespace tlslint {
namespace {

const OptionInfo OptionTable[] = {
#define TLS_OPTION(Enum, Name, Half, Type, Default, Doc)                       \
  {OptionId::Enum, Name, OptionHalf::Half, OptionType::Type, Default, Doc,     \
   false},
#define TLS_SHARED_OPTION(Enum, Name, Half, Type, Default, Doc)                \
  {OptionId::Enum,                                                             \
   Name,                                                                       \
   OptionHalf::Half,                                                           \
   OptionType::Type,                                                           \
   Default,                                                                    \
   Doc,                                                                        \
   true},
#include "lib/rules/Options.def"
};

struct RuleOption {
  RuleId Rule;
  OptionId Option;
};

const RuleOption RuleOptionTable[] = {
#define TLS_RULE_OPTION(Rule, Enum) {RuleId::Rule, OptionId::Enum},
#include "lib/rules/Options.def"
};

} // namespace

llvm::ArrayRef<OptionInfo> allOptions() { return OptionTable; }

const OptionInfo &getOption(OptionId Id) {
  return OptionTable[static_cast<size_t>(Id)];
}

llvm::SmallVector<OptionId, 4> optionsOf(RuleId Rule) {
  llvm::SmallVector<OptionId, 4> Out;
  for (const RuleOption &Row : RuleOptionTable)
    if (Row.Rule == Rule)
      Out.push_back(Row.Option);
  return Out;
}

llvm::SmallVector<RuleId, 4> rulesReading(OptionId Id) {
  llvm::SmallVector<RuleId, 4> Out;
  for (const RuleOption &Row : RuleOptionTable)
    if (Row.Option == Id)
      Out.push_back(Row.Rule);
  return Out;
}

static std::string ruleKey(OptionId Id, RuleId Rule) {
  return (getRule(Rule).Id + "." + getOption(Id).Name).str();
}

std::string optionKey(OptionId Id, RuleId Rule) {
  const OptionInfo &Info = getOption(Id);
  return Info.Shared ? Info.Name.str() : ruleKey(Id, Rule);
}

std::string
readOption(OptionId Id, RuleId Rule,
           llvm::function_ref<std::optional<llvm::StringRef>(llvm::StringRef)>
               Lookup) {
  const OptionInfo &Info = getOption(Id);
  llvm::SmallVector<std::string, 4> Keys;
  if (Info.Shared) {
    for (RuleId Reader : rulesReading(Id))
      Keys.push_back(ruleKey(Id, Reader));
    Keys.push_back(Info.Name.str());
  } else {
    Keys.push_back(ruleKey(Id, Rule));
  }
  for (const std::string &Key : Keys)
    if (std::optional<llvm::StringRef> Value = Lookup(Key))
      if (!Value->trim().empty())
        return Value->trim().str();
  return Info.Default.str();
}

std::optional<bool> parseBoolOption(llvm::StringRef Value) {
  if (std::optional<bool> Parsed = llvm::yaml::parseBool(Value))
    return Parsed;
  long long Number;
  if (!Value.getAsInteger(10, Number))
    return Number != 0;
  return std::nullopt;
}

std::optional<unsigned> parseUnsignedOption(llvm::StringRef Value) {
  unsigned Number;
  if (Value.empty() || !llvm::all_of(Value, llvm::isDigit) ||
      Value.getAsInteger(10, Number))
    return std::nullopt;
  return Number;
}

unsigned defaultUnsigned(OptionId Id) {
  const OptionInfo &Info = getOption(Id);
  std::optional<unsigned> Value = parseUnsignedOption(Info.Default);
  if (Info.Type != OptionType::Unsigned || !Value)
    llvm_unreachable("Options.def: not an Unsigned option with a default");
  return *Value;
}

llvm::StringRef optionTypeName(OptionType Type) {
  switch (Type) {
  case OptionType::Bool:
    return "bool";
  case OptionType::Unsigned:
    return "unsigned";
  case OptionType::String:
    return "string";
  case OptionType::List:
    return "list";
  }
  llvm_unreachable("unknown option type");
}

} // namespace tlslint
