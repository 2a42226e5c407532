//===-- Lookup.h - Effective config for a host -------------------*- C++
//-*-===//
//
// Android's inheritance and host matching, as a query: "what applies to
// host X". The C++ checks ask this; they never parse XML.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_NSC_LOOKUP_H
#define TLSLINT_LIB_NSC_LOOKUP_H

#include "lib/nsc/Model.h"

namespace tlslint {
namespace nsc {

/// What the platform default depends on.
struct PlatformInfo {
  unsigned TargetSdk = 34;
  bool Debuggable = false;
};

struct EffectiveAnchor {
  AnchorSource Source;
  bool OverridePins;
  const CertificatesEntry *Entry; ///< Null for a platform default anchor.
};

struct EffectiveConfig {
  /// The config that matched (-1: none, the base-config or platform default
  /// applies).
  int Matched = -1;
  bool CleartextPermitted = false;
  /// Config that set cleartext; -1: the platform default.
  int CleartextFrom = -1;
  bool HstsEnforced = false;
  std::vector<EffectiveAnchor> TrustAnchors;
  /// Config whose trust-anchors apply; -1: the platform default.
  int AnchorsFrom = -1;
  const PinSet *Pins = nullptr; ///< Null: no pinning.
  int PinsFrom = -1;
};

/// Lower-cases and strips one trailing dot, as Android's Domain does.
std::string normalizeHost(llvm::StringRef Host);

/// Index of the config Android picks for Host: an exact domain match, else
/// the longest includeSubdomains domain, else -1 (the base-config).
int matchHost(const NetworkSecurityConfig &C, llvm::StringRef Host);

/// The config Android applies to Host, inheritance resolved.
EffectiveConfig effectiveConfigForHost(const NetworkSecurityConfig &C,
                                       llvm::StringRef Host,
                                       const PlatformInfo &P);
/// The same for one config by index (-1: the base-config).
EffectiveConfig effectiveConfigOf(const NetworkSecurityConfig &C, int Index,
                                  const PlatformInfo &P);

} // namespace nsc
} // namespace tlslint

#endif
