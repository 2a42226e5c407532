//===-- Options.h - The options of the tlslint rules ------------*- C++ -*-===//
//
// Registry data, like the rules themselves: the table lives in Options.def.
// Both halves look options up here, so an option has one name, one default
// and one place where it is documented.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_RULES_OPTIONS_H
#define TLSLINT_LIB_RULES_OPTIONS_H

#include "lib/rules/Rules.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace tlslint {

enum class OptionId {
#define TLS_OPTION(Enum, Name, Half, Type, Default, Doc) Enum,
#define TLS_SHARED_OPTION(Enum, Name, Half, Type, Default, Doc) Enum,
#include "lib/rules/Options.def"
};

enum class OptionType { Bool, Unsigned, String, List };

/// Which analyzer reads an option.
enum class OptionHalf { Cxx, Xml };

struct OptionInfo {
  OptionId Enum;
  llvm::StringRef Name;
  OptionHalf Half;
  OptionType Type;
  llvm::StringRef Default; ///< As written in .clang-tidy.
  llvm::StringRef Doc;
  bool Shared; ///< Set as "<Name>", not "<rule id>.<Name>".
};

llvm::ArrayRef<OptionInfo> allOptions();
const OptionInfo &getOption(OptionId Id);

/// The options a rule reads, in the order of Options.def.
llvm::SmallVector<OptionId, 4> optionsOf(RuleId Rule);
/// The rules that read an option, in the order of Options.def.
llvm::SmallVector<RuleId, 4> rulesReading(OptionId Id);

/// The key that sets Id for Rule in .clang-tidy: "<rule id>.<Name>", or
/// "<Name>" for a shared option.
std::string optionKey(OptionId Id, RuleId Rule);

/// The value of Id for Rule: the first key that Lookup finds with a
/// non-blank value, else the default. A shared option is looked up as
/// "<rule id>.<Name>" for each rule that reads it, then as "<Name>", so all
/// its readers see the same value. Values are trimmed.
std::string readOption(
    OptionId Id, RuleId Rule,
    llvm::function_ref<std::optional<llvm::StringRef>(llvm::StringRef)> Lookup);

/// A Bool value as clang-tidy reads one (YAML's true/false spellings, or an
/// integer: non-zero is true); nullopt when it is neither.
std::optional<bool> parseBoolOption(llvm::StringRef Value);
/// An Unsigned value: decimal digits only.
std::optional<unsigned> parseUnsignedOption(llvm::StringRef Value);

/// The default of an Unsigned option.
unsigned defaultUnsigned(OptionId Id);

llvm::StringRef optionTypeName(OptionType Type);

} // namespace tlslint

#endif
