//===-- TrustAnchorRules.cpp - Whom the config trusts ---------------------===//
//
// tls-user-trust-anchors (user CAs outside debug-overrides, and the
// platform's default below targetSdkVersion 24) and tls-override-pins
// (trust anchors that may bypass pinning).
//
//===----------------------------------------------------------------------===//

#include "lib/xmllint/Detector.h"

namespace tlslint {
namespace xmllint {
namespace {

constexpr RuleId Reports[] = {RuleId::UserTrustAnchors, RuleId::OverridePins};

void reportAnchor(const nsc::Config &C, const nsc::CertificatesEntry &A,
                  Emitter &E) {
  bool User = A.Source == nsc::AnchorSource::User;
  if (User && C.Kind != nsc::ConfigKind::Debug)
    E.add(RuleId::UserTrustAnchors, A.Where, A.Ignored,
          std::string(C.Kind == nsc::ConfigKind::Base ? "base-config"
                                                      : "domain-config") +
              " trusts user-installed CA certificates");
  if (!A.OverridePinsAttr.Present || !A.OverridePins)
    return;
  if (C.Kind == nsc::ConfigKind::Debug)
    return; // Android's own default there; debuggable builds only.
  if (User)
    E.add(RuleId::OverridePins, Severity::Error, A.OverridePinsAttr.Where,
          A.Ignored,
          "user-installed CA certificates may bypass certificate "
          "pinning (overridePins=\"true\" with src=\"user\")");
  else
    E.add(RuleId::OverridePins, A.OverridePinsAttr.Where, A.Ignored,
          "certificates from '" + A.Src.Value +
              "' may bypass certificate pinning (overridePins=\"true\")");
}

void run(const ConfigFile &F, Emitter &E) {
  const nsc::NetworkSecurityConfig &M = F.Model;
  for (const nsc::Config &C : M.Configs)
    if (!reportedInCompanion(F, C))
      for (const nsc::CertificatesEntry &A : C.TrustAnchors)
        reportAnchor(C, A, E);
  bool BaseSets = M.Base >= 0 && M.Configs[M.Base].HasTrustAnchors;
  reportPlatformDefault(F, E, RuleId::UserTrustAnchors, BaseSets, 24,
                        "user-installed CA certificates are trusted by default",
                        "declare <trust-anchors> in base-config");
}

} // namespace

const ConfigFamily TrustAnchorRules = {"trust-anchors", Reports, run};

} // namespace xmllint
} // namespace tlslint
