//===-- RuleOptions.cpp ---------------------------------------------------===//

#include "checks/utils/RuleOptions.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"

using namespace clang;

namespace tlslint {

RuleOptions::RuleOptions(RuleId Rule,
                         const tidy::ClangTidyCheck::OptionsView &View,
                         tidy::ClangTidyContext &Context)
    : Rule(Rule) {
  const tidy::ClangTidyOptions::OptionMap &All =
      Context.getOptions().CheckOptions;
  for (OptionId Id : optionsOf(Rule)) {
    const OptionInfo &Info = getOption(Id);
    if (Info.Half != OptionHalf::Cxx)
      continue;
    Value V{Id, "", false};
    if (Info.Shared) {
      V.Text = readOption(
          Id, Rule, [&](llvm::StringRef Key) -> std::optional<llvm::StringRef> {
            auto It = All.find(Key);
            if (It == All.end())
              return std::nullopt;
            return llvm::StringRef(It->second.Value);
          });
    } else if (Info.Type == OptionType::Bool) {
      V.Flag = View.get<bool>(Info.Name,
                              parseBoolOption(Info.Default).value_or(false));
      V.Text = V.Flag ? "true" : "false";
    } else {
      V.Text = View.get(Info.Name, Info.Default).str();
    }
    Values.push_back(std::move(V));
  }
}

const RuleOptions::Value *RuleOptions::find(OptionId Id) const {
  for (const Value &V : Values)
    if (V.Id == Id)
      return &V;
  return nullptr;
}

bool RuleOptions::flag(OptionId Id) const {
  const Value *V = find(Id);
  return V && V->Flag;
}

llvm::StringRef RuleOptions::text(OptionId Id) const {
  const Value *V = find(Id);
  return V ? llvm::StringRef(V->Text) : llvm::StringRef();
}

void RuleOptions::store(const tidy::ClangTidyCheck::OptionsView &View,
                        tidy::ClangTidyOptions::OptionMap &Opts) const {
  for (const Value &V : Values) {
    const OptionInfo &Info = getOption(V.Id);
    if (Info.Shared)
      Opts[optionKey(V.Id, Rule)] =
          tidy::ClangTidyOptions::ClangTidyValue(V.Text);
    else
      View.store(Opts, Info.Name, V.Text);
  }
}

bool RuleOptions::reportsProblemsOf(OptionId Id,
                                    tidy::ClangTidyContext &Context) const {
  for (RuleId Reader : rulesReading(Id))
    if (Context.isCheckEnabled(getRule(Reader).Id))
      return Reader == Rule;
  return false;
}

} // namespace tlslint
