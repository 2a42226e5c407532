//===-- CleartextConfigRules.cpp - Cleartext in the config ----------------===//
//
// tls-cleartext-traffic-permitted as a network security config says it:
// cleartextTrafficPermitted on base-config, domain-config (to a host other
// than loopback) and debug-overrides (ignored there), and the platform's
// default below targetSdkVersion 28.
//
//===----------------------------------------------------------------------===//

#include "lib/url/Url.h"
#include "lib/xmllint/Detector.h"
#include "llvm/ADT/StringExtras.h"

namespace tlslint {
namespace xmllint {
namespace {

constexpr RuleId Reports[] = {RuleId::CleartextTrafficPermitted};

/// Loopback as lib/url counts it (127.0.0.0/8 by address, not by prefix),
/// except the emulator's 10.0.2.2: in a release config it names a host of
/// the device's network.
bool isLoopbackDomain(llvm::StringRef Domain) {
  return Domain != "10.0.2.2" && isLoopbackHost(Domain);
}

void reportConfig(const nsc::Config &C, Emitter &E) {
  nsc::Pos At = C.CleartextAttr.Where;
  switch (C.Kind) {
  case nsc::ConfigKind::Base:
    E.add(RuleId::CleartextTrafficPermitted, At, C.Ignored,
          "base-config permits cleartext traffic to every domain not "
          "configured otherwise");
    return;
  case nsc::ConfigKind::Debug:
    E.add(RuleId::CleartextTrafficPermitted, Severity::Note, At, C.Ignored,
          "Android ignores cleartextTrafficPermitted in debug-overrides");
    return;
  case nsc::ConfigKind::Domain: {
    std::vector<std::string> Remote;
    for (const nsc::Domain &D : C.Domains)
      if (!isLoopbackDomain(D.Name))
        Remote.push_back("'" + D.Name + "'");
    if (!Remote.empty())
      E.add(RuleId::CleartextTrafficPermitted, At, C.Ignored,
            "domain-config permits cleartext traffic to " +
                llvm::join(Remote, ", "));
    return;
  }
  }
}

void run(const ConfigFile &F, Emitter &E) {
  const nsc::NetworkSecurityConfig &M = F.Model;
  for (const nsc::Config &C : M.Configs)
    if (!reportedInCompanion(F, C) && C.CleartextAttr.Present &&
        C.CleartextPermitted.value_or(false))
      reportConfig(C, E);
  bool BaseSets = M.Base >= 0 && M.Configs[M.Base].CleartextAttr.Present;
  reportPlatformDefault(
      F, E, RuleId::CleartextTrafficPermitted, BaseSets, 28,
      "cleartext traffic is permitted by default",
      "set cleartextTrafficPermitted=\"false\" on base-config");
}

} // namespace

const ConfigFamily CleartextConfigRules = {"cleartext-config", Reports, run};

} // namespace xmllint
} // namespace tlslint
