//===-- Lookup.cpp - Effective config for a host --------------------------===//

#include "lib/nsc/Lookup.h"

namespace tlslint {
namespace nsc {

std::string normalizeHost(llvm::StringRef Host) {
  std::string H = Host.trim().lower();
  if (!H.empty() && H.back() == '.')
    H.pop_back();
  return H;
}

int matchHost(const NetworkSecurityConfig &C, llvm::StringRef Host) {
  std::string H = normalizeHost(Host);
  int Best = -1;
  size_t BestLen = 0;
  for (size_t I = 0; I < C.Configs.size(); ++I) {
    const Config &Cfg = C.Configs[I];
    if (Cfg.Kind != ConfigKind::Domain)
      continue;
    for (const Domain &D : Cfg.Domains) {
      if (D.Name == H)
        return static_cast<int>(I);
      if (!D.IncludeSubdomains || D.Name.size() <= BestLen)
        continue;
      llvm::StringRef HR(H);
      if (HR.size() > D.Name.size() && HR.ends_with(D.Name) &&
          HR[HR.size() - D.Name.size() - 1] == '.') {
        Best = static_cast<int>(I);
        BestLen = D.Name.size();
      }
    }
  }
  return Best;
}

EffectiveConfig effectiveConfigOf(const NetworkSecurityConfig &C, int Index,
                                  const PlatformInfo &P) {
  EffectiveConfig E;
  E.Matched = Index;
  // The chain Android builds: nested domain-config -> enclosing ones ->
  // base-config -> platform default.
  std::vector<int> Chain;
  for (int I = Index; I >= 0; I = C.Configs[I].Parent)
    Chain.push_back(I);
  if (C.Base >= 0 && (Index < 0 || C.Configs[Index].Kind != ConfigKind::Base))
    Chain.push_back(C.Base);
  bool HaveCleartext = false, HaveHsts = false, HaveAnchors = false;
  for (int I : Chain) {
    const Config &Cfg = C.Configs[I];
    if (!HaveCleartext && Cfg.CleartextPermitted) {
      E.CleartextPermitted = *Cfg.CleartextPermitted;
      E.CleartextFrom = I;
      HaveCleartext = true;
    }
    if (!HaveHsts && Cfg.HstsEnforced) {
      E.HstsEnforced = *Cfg.HstsEnforced;
      HaveHsts = true;
    }
    if (!HaveAnchors && Cfg.HasTrustAnchors) {
      for (const CertificatesEntry &A : Cfg.TrustAnchors)
        E.TrustAnchors.push_back({A.Source, A.OverridePins, &A});
      E.AnchorsFrom = I;
      HaveAnchors = true;
    }
    if (!E.Pins && Cfg.Pins) {
      E.Pins = &*Cfg.Pins;
      E.PinsFrom = I;
    }
  }
  if (!HaveCleartext)
    E.CleartextPermitted = P.TargetSdk < 28;
  if (!HaveAnchors) {
    E.TrustAnchors.push_back({AnchorSource::System, false, nullptr});
    if (P.TargetSdk < 24)
      E.TrustAnchors.push_back({AnchorSource::User, false, nullptr});
  }
  // Debug anchors join whichever anchor set applies, in debuggable builds.
  if (P.Debuggable && C.Debug >= 0)
    for (const CertificatesEntry &A : C.Configs[C.Debug].TrustAnchors)
      E.TrustAnchors.push_back({A.Source, A.OverridePins, &A});
  return E;
}

EffectiveConfig effectiveConfigForHost(const NetworkSecurityConfig &C,
                                       llvm::StringRef Host,
                                       const PlatformInfo &P) {
  return effectiveConfigOf(C, matchHost(C, Host), P);
}

} // namespace nsc
} // namespace tlslint
