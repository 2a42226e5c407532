//===-- Detector.cpp ------------------------------------------------------===//

#include "lib/xmllint/Detector.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Twine.h"

namespace tlslint {
namespace xmllint {

void Emitter::add(RuleId Rule, Severity Level, nsc::Pos Where,
                  nsc::RuleMask Ignored, std::string Message) {
  if ((Ignored | Disabled) & nsc::ruleBit(Rule))
    return;
  Finding F;
  F.Rule = Rule;
  F.Level = Level;
  F.Message = std::move(Message);
  F.Where.File = File;
  F.Where.Line = Where.Line;
  F.Where.Column = Where.Column;
  R.Findings.push_back(std::move(F));
}

void Emitter::add(RuleId Rule, nsc::Pos Where, nsc::RuleMask Ignored,
                  std::string Message) {
  add(Rule, getRule(Rule).DefaultSeverity, Where, Ignored, std::move(Message));
}

void Emitter::addAt(RuleId Rule, Severity Level, Location Where,
                    std::string Message) {
  if (Disabled & nsc::ruleBit(Rule))
    return;
  Finding F;
  F.Rule = Rule;
  F.Level = Level;
  F.Message = std::move(Message);
  F.Where = std::move(Where);
  R.Findings.push_back(std::move(F));
}

void Emitter::error(llvm::StringRef File, std::string Message) {
  R.Errors.push_back({File.str(), std::move(Message)});
}

bool Emitter::allDisabled(llvm::ArrayRef<RuleId> Rules) const {
  return llvm::all_of(
      Rules, [&](RuleId Rule) { return Disabled & nsc::ruleBit(Rule); });
}

bool reportedInCompanion(const ConfigFile &F, const nsc::Config &C) {
  const nsc::NetworkSecurityConfig &M = F.Model;
  return &C - M.Configs.data() == M.Debug && !M.DebugPath.empty();
}

void reportPlatformDefault(const ConfigFile &F, Emitter &E, RuleId Rule,
                           bool BaseSets, unsigned MinSafeSdk,
                           llvm::StringRef What, llvm::StringRef Fix) {
  const nsc::NetworkSecurityConfig &M = F.Model;
  std::optional<unsigned> Target = F.App.TargetSdk;
  if (!Target || *Target >= MinSafeSdk || M.IsDebugCompanion || BaseSets)
    return;
  E.add(Rule, M.Base >= 0 ? M.Configs[M.Base].Where : M.RootWhere,
        M.Base >= 0 ? M.Configs[M.Base].Ignored : M.RootIgnored,
        (What + " because targetSdkVersion " + llvm::Twine(*Target) +
         " is below " + llvm::Twine(MinSafeSdk) + "; " + Fix)
            .str());
}

} // namespace xmllint
} // namespace tlslint
