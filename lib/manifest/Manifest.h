//===-- Manifest.h - AndroidManifest.xml facts -------------------*- C++
//-*-===//
//
// The few manifest facts the TLS rules need, with positions.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_MANIFEST_MANIFEST_H
#define TLSLINT_LIB_MANIFEST_MANIFEST_H

#include "lib/nsc/Model.h"
#include "lib/nsc/XmlSource.h"
#include <optional>

namespace tlslint {
namespace manifest {

struct ManifestFacts {
  std::string Path;
  nsc::Pos RootWhere;
  nsc::RuleMask RootIgnored = 0;
  nsc::RuleMask AppIgnored = 0;
  std::optional<unsigned> MinSdk, TargetSdk;
  nsc::Pos SdkWhere;
  /// android:usesCleartextTraffic on <application>.
  nsc::Attr UsesCleartextTraffic;
  /// android:networkSecurityConfig, e.g. "@xml/network_security_config".
  nsc::Attr NetworkSecurityConfig;
  /// <meta-data android:name="android.webkit.WebView.EnableSafeBrowsing"
  /// android:value="false"/>, if present.
  std::optional<nsc::Pos> SafeBrowsingDisabled;
  nsc::RuleMask SafeBrowsingIgnored = 0;
  bool Debuggable = false;
};

/// Reads the facts; the root must be <manifest>.
std::optional<ManifestFacts> readManifest(const nsc::XmlSource &Src);

/// The NAME of "@xml/NAME", or empty.
llvm::StringRef xmlResourceName(llvm::StringRef Ref);

struct GradleSdk {
  std::optional<unsigned> MinSdk, TargetSdk;
};
/// minSdk and targetSdk from build.gradle or build.gradle.kts text.
GradleSdk readGradleSdk(llvm::StringRef Text);

} // namespace manifest
} // namespace tlslint

#endif
