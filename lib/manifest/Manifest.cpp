//===-- Manifest.cpp - AndroidManifest.xml facts --------------------------===//

#include "lib/manifest/Manifest.h"
#include "lib/nsc/Parser.h"
#include "llvm/ADT/StringExtras.h"

namespace tlslint {
namespace manifest {

namespace {

nsc::Attr androidAttr(const nsc::XmlSource &Src, pugi::xml_node E,
                      llvm::StringRef Local) {
  nsc::Attr R;
  for (pugi::xml_attribute A : E.attributes()) {
    llvm::StringRef Name = A.name();
    if (Name != ("android:" + Local).str())
      continue;
    R.Present = true;
    R.Value = A.value();
    R.Where = Src.posOf(A);
  }
  return R;
}

std::optional<unsigned> toUnsigned(llvm::StringRef S) {
  unsigned V;
  if (S.trim().getAsInteger(10, V))
    return std::nullopt;
  return V;
}

} // namespace

llvm::StringRef xmlResourceName(llvm::StringRef Ref) {
  Ref = Ref.trim();
  if (!Ref.consume_front("@xml/") || Ref.empty() || Ref.contains('/') ||
      Ref.contains('.') || Ref.contains('\\'))
    return "";
  return Ref;
}

std::optional<ManifestFacts> readManifest(const nsc::XmlSource &Src) {
  pugi::xml_node Root = Src.root();
  if (llvm::StringRef(Root.name()) != "manifest")
    return std::nullopt;
  ManifestFacts F;
  F.Path = Src.path();
  F.RootWhere = Src.posOf(Root);
  F.RootIgnored = nsc::ignoredRulesOf(Root);
  if (pugi::xml_node Sdk = Root.child("uses-sdk")) {
    F.SdkWhere = Src.posOf(Sdk);
    F.MinSdk = toUnsigned(androidAttr(Src, Sdk, "minSdkVersion").Value);
    F.TargetSdk = toUnsigned(androidAttr(Src, Sdk, "targetSdkVersion").Value);
    // Android: targetSdk defaults to minSdk.
    if (!F.TargetSdk)
      F.TargetSdk = F.MinSdk;
  }
  pugi::xml_node App = Root.child("application");
  if (!App)
    return F;
  F.AppIgnored = F.RootIgnored | nsc::ignoredRulesOf(App);
  F.UsesCleartextTraffic = androidAttr(Src, App, "usesCleartextTraffic");
  F.NetworkSecurityConfig = androidAttr(Src, App, "networkSecurityConfig");
  F.Debuggable = androidAttr(Src, App, "debuggable").Value == "true";
  for (pugi::xml_node M : App.children("meta-data")) {
    if (androidAttr(Src, M, "name").Value !=
        "android.webkit.WebView.EnableSafeBrowsing")
      continue;
    if (androidAttr(Src, M, "value").Value == "false") {
      F.SafeBrowsingDisabled = Src.posOf(M);
      F.SafeBrowsingIgnored = F.AppIgnored | nsc::ignoredRulesOf(M);
    }
  }
  return F;
}

/// Finds `Key` followed by an optional '=' or '(' and digits, e.g.
/// "minSdk = 24", "minSdkVersion 21", "minSdkVersion(21)".
static std::optional<unsigned> gradleNumber(llvm::StringRef Text,
                                            llvm::StringRef Key) {
  for (size_t Pos = Text.find(Key); Pos != llvm::StringRef::npos;
       Pos = Text.find(Key, Pos + 1)) {
    if (Pos > 0 && (llvm::isAlnum(Text[Pos - 1]) || Text[Pos - 1] == '_'))
      continue;
    llvm::StringRef Rest = Text.substr(Pos + Key.size());
    Rest.consume_front("Version"); // minSdkVersion as well as minSdk.
    if (!Rest.empty() && (llvm::isAlnum(Rest[0]) || Rest[0] == '_'))
      continue; // A longer name, e.g. minSdkPreview.
    Rest = Rest.ltrim(" \t");
    Rest.consume_front("=");
    Rest.consume_front("(");
    Rest = Rest.ltrim(" \t");
    size_t N = 0;
    while (N < Rest.size() && llvm::isDigit(Rest[N]))
      ++N;
    unsigned V;
    if (N && !Rest.take_front(N).getAsInteger(10, V))
      return V;
  }
  return std::nullopt;
}

GradleSdk readGradleSdk(llvm::StringRef Text) {
  return {gradleNumber(Text, "minSdk"), gradleNumber(Text, "targetSdk")};
}

} // namespace manifest
} // namespace tlslint
