//===-- RuleOptions.h - A check's options, read from the registry -*- C++ -*-=//
//
// A check does not name its options: it reads the rows lib/rules/Options.def
// gives its rule, once, when clang-tidy constructs it, and mirrors the same
// rows in storeOptions (what `clang-tidy -dump-config` prints).
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CHECKS_UTILS_RULEOPTIONS_H
#define TLSLINT_CHECKS_UTILS_RULEOPTIONS_H

#include "clang-tidy/ClangTidyCheck.h"
#include "lib/rules/Options.h"
#include <string>
#include <vector>

namespace tlslint {

class RuleOptions {
public:
  /// Reads every C++ option of Rule. View: the check's own options (a bad
  /// value gets clang-tidy's own diagnostic); Context: the shared ones.
  RuleOptions(RuleId Rule, const clang::tidy::ClangTidyCheck::OptionsView &View,
              clang::tidy::ClangTidyContext &Context);

  /// Whether the rule has option Id.
  bool has(OptionId Id) const { return find(Id) != nullptr; }
  /// A Bool option's value; false when the rule does not have it.
  bool flag(OptionId Id) const;
  /// A String or List option's text; empty when the rule does not have it.
  llvm::StringRef text(OptionId Id) const;

  /// Mirrors every option, as ClangTidyCheck::storeOptions does.
  void store(const clang::tidy::ClangTidyCheck::OptionsView &View,
             clang::tidy::ClangTidyOptions::OptionMap &Opts) const;

  /// Whether this check reports a shared option's unusable value: it is the
  /// first enabled rule reading it, in the order of Options.def.
  bool reportsProblemsOf(OptionId Id,
                         clang::tidy::ClangTidyContext &Context) const;

private:
  struct Value {
    OptionId Id;
    std::string Text;
    bool Flag = false;
  };
  const Value *find(OptionId Id) const;

  RuleId Rule;
  std::vector<Value> Values;
};

} // namespace tlslint

#endif
