//===-- PinRules.cpp - The config's pin-sets and the domains to pin -------===//
//
// tls-missing-backup-pin (not on a config Android rejects anyway),
// tls-pin-set-expiry, and tls-missing-pin: an empty
// pin-set that switches inherited pins off, and each domain the project
// requires pinned (RequiredDomains) whose effective config has no pins.
// Pins live in the main file, so a debug companion reports none of these.
//
//===----------------------------------------------------------------------===//

#include "lib/nsc/Lookup.h"
#include "lib/xmllint/Detector.h"
#include "llvm/ADT/STLExtras.h"
#include <set>

namespace tlslint {
namespace xmllint {
namespace {

constexpr RuleId Reports[] = {RuleId::MissingBackupPin, RuleId::PinSetExpiry,
                              RuleId::MissingPin};

/// Android throws on a config with an error-level problem (an invalid pin,
/// say), so the app does not start: advice about backup pins is moot until
/// the error is fixed, and the error is reported.
bool rejectedByAndroid(const nsc::NetworkSecurityConfig &M) {
  return llvm::any_of(M.Problems, [](const nsc::ParseProblem &P) {
    return P.Level == Severity::Error;
  });
}

void reportPinSet(const ConfigFile &F, const nsc::Config &C, Emitter &E) {
  const nsc::PinSet &PS = *C.Pins;
  std::set<std::vector<uint8_t>> Distinct;
  for (const nsc::Pin &P : PS.Pins)
    Distinct.insert(P.Bytes);
  if (Distinct.size() == 1 && !rejectedByAndroid(F.Model))
    E.add(RuleId::MissingBackupPin, PS.Where, PS.Ignored,
          "pin-set has a single pin; add a backup pin for a key you "
          "control, or a key rotation locks installed apps out");
  if (PS.Pins.empty() && C.Parent >= 0)
    E.add(RuleId::MissingPin, Severity::Note, PS.Where, PS.Ignored,
          "empty pin-set switches pinning off for these domains");
  if (!PS.Expires)
    return;
  if (*PS.Expires <= F.Today)
    E.add(RuleId::PinSetExpiry, PS.Expiration.Where, PS.Ignored,
          "pin-set expired on " + dayText(*PS.Expires) +
              "; Android no longer enforces these pins");
  else if (*PS.Expires - F.Today <= nsc::Day(F.Options.ExpiryHorizonDays))
    E.add(RuleId::PinSetExpiry, PS.Expiration.Where, PS.Ignored,
          "pin-set expires on " + dayText(*PS.Expires) + ", in " +
              std::to_string(*PS.Expires - F.Today) +
              " days; Android then stops enforcing these pins");
}

void reportRequiredDomains(const ConfigFile &F, Emitter &E) {
  const nsc::NetworkSecurityConfig &M = F.Model;
  nsc::PlatformInfo P;
  P.TargetSdk = F.App.TargetSdk.value_or(34);
  P.Debuggable = F.App.Debuggable;
  for (const std::string &Host : F.Options.RequirePins) {
    nsc::EffectiveConfig EC = nsc::effectiveConfigForHost(M, Host, P);
    if (EC.Pins && !EC.Pins->Pins.empty())
      continue;
    nsc::Pos At = EC.Matched >= 0 ? M.Configs[EC.Matched].Where : M.RootWhere;
    nsc::RuleMask Ignored =
        EC.Matched >= 0 ? M.Configs[EC.Matched].Ignored : M.RootIgnored;
    E.add(RuleId::MissingPin, At, Ignored,
          "'" + nsc::normalizeHost(Host) +
              "' must be pinned but its effective config has no pin-set");
  }
}

void run(const ConfigFile &F, Emitter &E) {
  if (F.Model.IsDebugCompanion)
    return;
  for (const nsc::Config &C : F.Model.Configs)
    if (C.Pins)
      reportPinSet(F, C, E);
  reportRequiredDomains(F, E);
}

} // namespace

const ConfigFamily PinRules = {"pins", Reports, run};

} // namespace xmllint
} // namespace tlslint
