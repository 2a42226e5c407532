//===-- ManifestRules.cpp - What AndroidManifest.xml says -----------------===//
//
// tls-cleartext-traffic-permitted as the manifest says it
// (android:usesCleartextTraffic, and the platform's default below
// targetSdkVersion 28 when no network security config is set) and
// tls-webview-safe-browsing-disabled.
//
//===----------------------------------------------------------------------===//

#include "lib/manifest/Manifest.h"
#include "lib/xmllint/Detector.h"

namespace tlslint {
namespace xmllint {
namespace {

constexpr RuleId Reports[] = {RuleId::CleartextTrafficPermitted,
                              RuleId::WebViewSafeBrowsingDisabled};

void reportCleartext(const ManifestFile &In, Emitter &E) {
  const manifest::ManifestFacts &F = In.Facts;
  const AppContext &App = In.App;
  bool HasConfig = F.NetworkSecurityConfig.Present;
  if (F.UsesCleartextTraffic.Present &&
      F.UsesCleartextTraffic.Value == "true") {
    if (HasConfig && App.MinSdk && *App.MinSdk >= 24)
      E.add(RuleId::CleartextTrafficPermitted, Severity::Note,
            F.UsesCleartextTraffic.Where, F.AppIgnored,
            "android:usesCleartextTraffic is ignored on API 24+ when a "
            "networkSecurityConfig is set, and minSdkVersion is " +
                std::to_string(*App.MinSdk));
    else
      E.add(RuleId::CleartextTrafficPermitted, F.UsesCleartextTraffic.Where,
            F.AppIgnored,
            HasConfig ? "android:usesCleartextTraffic=\"true\" permits "
                        "cleartext traffic on devices below API 24"
                      : "android:usesCleartextTraffic=\"true\" permits "
                        "cleartext traffic");
  } else if (!HasConfig && !F.UsesCleartextTraffic.Present && App.TargetSdk &&
             *App.TargetSdk < 28) {
    E.add(RuleId::CleartextTrafficPermitted, F.RootWhere, F.RootIgnored,
          "cleartext traffic is permitted by default because "
          "targetSdkVersion " +
              std::to_string(*App.TargetSdk) + " is below 28");
  }
}

void run(const ManifestFile &In, Emitter &E) {
  reportCleartext(In, E);
  if (In.Facts.SafeBrowsingDisabled)
    E.add(RuleId::WebViewSafeBrowsingDisabled, *In.Facts.SafeBrowsingDisabled,
          In.Facts.SafeBrowsingIgnored,
          "WebView Safe Browsing is disabled for the whole app");
}

} // namespace

const ManifestFamily ManifestRules = {"manifest", Reports, run};

} // namespace xmllint
} // namespace tlslint
