//===-- RulesCommand.cpp - tlslint rules ----------------------------------===//
//
// Lists the registry. Whether a rule is implemented is not written in the
// registry: it is read off what the C/C++ module registers and what the XML
// linter can report, so the listing cannot drift from the code.
//
//===----------------------------------------------------------------------===//

#include "lib/rules/Options.h"
#include "lib/rules/Rules.h"
#include "lib/xmllint/Linter.h"
#include "tools/tlslint/Commands.h"
#include "tools/tlslint/TidyRunner.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

namespace tlslint {
namespace {

struct RuleStatus {
  const Rule *R;
  bool CxxImplemented;
  bool XmlImplemented;
};

std::string halvesText(const RuleStatus &S) {
  std::string Text;
  auto Add = [&](llvm::StringRef Half, bool Planned, bool Done) {
    if (!Planned)
      return;
    if (!Text.empty())
      Text += ", ";
    Text += Half.str() + (Done ? "" : " (planned)");
  };
  Add("c++", S.R->hasCxxCheck(), S.CxxImplemented);
  Add("xml", S.R->hasXmlCheck(), S.XmlImplemented);
  return Text;
}

llvm::StringRef halfName(OptionHalf Half) {
  return Half == OptionHalf::Cxx ? "c++" : "xml";
}

/// The default as .clang-tidy would spell it: quoted unless it is a bool or
/// a number.
std::string defaultText(const OptionInfo &Info) {
  if (Info.Type == OptionType::Bool || Info.Type == OptionType::Unsigned)
    return Info.Default.str();
  return "'" + Info.Default.str() + "'";
}

llvm::json::Array optionsJson(RuleId Rule) {
  llvm::json::Array Options;
  for (OptionId Id : optionsOf(Rule)) {
    const OptionInfo &Info = getOption(Id);
    Options.push_back(llvm::json::Object{{"key", optionKey(Id, Rule)},
                                         {"name", Info.Name},
                                         {"type", optionTypeName(Info.Type)},
                                         {"default", Info.Default},
                                         {"half", halfName(Info.Half)},
                                         {"shared", Info.Shared},
                                         {"doc", Info.Doc}});
  }
  return Options;
}

} // namespace

int runRulesCommand(const RulesOptions &Options) {
  if (Options.Format != OutputFormat::Text &&
      Options.Format != OutputFormat::Json) {
    llvm::WithColor::error(llvm::errs(), "tlslint")
        << "'rules' writes --format=text or --format=json\n";
    return ExitToolError;
  }
  std::vector<std::string> Checks = registeredCheckNames();
  std::vector<RuleStatus> Statuses;
  for (const Rule &R : allRules())
    Statuses.push_back(
        {&R, llvm::is_contained(Checks, R.Id.str()),
         llvm::is_contained(xmllint::implementedRules(), R.Enum)});

  llvm::raw_ostream &OS = llvm::outs();
  if (Options.Format == OutputFormat::Json) {
    llvm::json::Array Rules;
    for (const RuleStatus &S : Statuses) {
      llvm::json::Array Aliases;
      for (llvm::StringRef Alias : aliasesOf(S.R->Enum))
        Aliases.push_back(Alias);
      llvm::json::Object Entry{{"id", S.R->Id},
                               {"family", familyName(S.R->Family)},
                               {"severity", severityName(S.R->DefaultSeverity)},
                               {"summary", S.R->Summary},
                               {"doc", S.R->docPath()},
                               {"aliases", std::move(Aliases)},
                               {"options", optionsJson(S.R->Enum)},
                               {"cxx", S.R->hasCxxCheck()},
                               {"xml", S.R->hasXmlCheck()},
                               {"cxxImplemented", S.CxxImplemented},
                               {"xmlImplemented", S.XmlImplemented}};
      Entry["cwe"] =
          S.R->Cwe ? llvm::json::Value(("CWE-" + llvm::Twine(S.R->Cwe)).str())
                   : llvm::json::Value(nullptr);
      Rules.push_back(std::move(Entry));
    }
    OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Rules))) << '\n';
    return ExitClean;
  }

  const char *Row = "{0,-36} {1,-8} {2,-17} {3,-8} {4}\n";
  OS << llvm::formatv(Row, "RULE", "SEVERITY", "FAMILY", "CWE",
                      "IMPLEMENTED IN");
  for (const RuleStatus &S : Statuses) {
    std::string Cwe = S.R->Cwe ? "CWE-" + std::to_string(S.R->Cwe) : "-";
    OS << llvm::formatv(Row, S.R->Id, severityName(S.R->DefaultSeverity),
                        familyName(S.R->Family), Cwe, halvesText(S));
    OS << "    " << S.R->Summary << '\n';
    for (OptionId Id : optionsOf(S.R->Enum)) {
      const OptionInfo &Info = getOption(Id);
      OS << llvm::formatv("    option {0} ({1}, {2}; default {3})\n",
                          optionKey(Id, S.R->Enum), optionTypeName(Info.Type),
                          halfName(Info.Half), defaultText(Info));
    }
  }
  return ExitClean;
}

} // namespace tlslint
