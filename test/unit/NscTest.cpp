//===-- NscTest.cpp - NSC model, inheritance and host lookup --------------===//

#include "lib/manifest/Manifest.h"
#include "lib/nsc/Lookup.h"
#include "lib/nsc/Parser.h"
#include "lib/xmllint/Linter.h"
#include "gtest/gtest.h"

using namespace tlslint;
using namespace tlslint::nsc;

namespace {

NetworkSecurityConfig parse(llvm::StringRef Xml) {
  auto Src = XmlSource::fromText("test.xml", Xml);
  if (!Src) {
    ADD_FAILURE() << llvm::toString(Src.takeError());
    return {};
  }
  return parseNetworkSecurityConfig(**Src);
}

const char *PinA = "7HIpactkIAq2Y49orFOOQKurWxmmSFZhBCoQYcRhJ3Y=";

const char *Nested = R"(<network-security-config>
  <base-config cleartextTrafficPermitted="false">
    <trust-anchors><certificates src="system"/></trust-anchors>
  </base-config>
  <domain-config cleartextTrafficPermitted="true">
    <domain includeSubdomains="true">example.com</domain>
    <pin-set><pin digest="SHA-256">7HIpactkIAq2Y49orFOOQKurWxmmSFZhBCoQYcRhJ3Y=</pin></pin-set>
    <domain-config cleartextTrafficPermitted="false">
      <domain includeSubdomains="true">secure.example.com</domain>
      <trust-anchors><certificates src="user"/></trust-anchors>
    </domain-config>
    <domain-config>
      <domain>nopin.example.com</domain>
      <pin-set/>
    </domain-config>
  </domain-config>
  <domain-config><domain>Exact.Example.COM</domain></domain-config>
</network-security-config>)";

TEST(NscModel, RecordsPositionsOfElementsAndAttributes) {
  NetworkSecurityConfig M = parse(Nested);
  ASSERT_TRUE(M.isValid());
  ASSERT_GE(M.Base, 0);
  EXPECT_EQ(M.Configs[M.Base].Where.Line, 2u);
  EXPECT_EQ(M.Configs[M.Base].Where.Column, 3u);
  EXPECT_EQ(M.Configs[M.Base].CleartextAttr.Where.Column, 16u);
  const Config &D = M.Configs[1];
  EXPECT_EQ(D.Domains.at(0).Name, "example.com");
  EXPECT_EQ(D.Domains.at(0).Where.Line, 6u);
  ASSERT_TRUE(D.Pins.has_value());
  EXPECT_EQ(D.Pins->Pins.at(0).Bytes.size(), 32u);
  EXPECT_EQ(M.Configs[2].Parent, 1);
}

TEST(NscLookup, ExactBeatsSubdomainAndLongestSubdomainWins) {
  NetworkSecurityConfig M = parse(Nested);
  EXPECT_EQ(matchHost(M, "example.com"), 1);
  EXPECT_EQ(matchHost(M, "a.example.com"), 1);
  EXPECT_EQ(matchHost(M, "a.secure.example.com"), 2);
  EXPECT_EQ(matchHost(M, "SECURE.example.com."), 2);
  EXPECT_EQ(matchHost(M, "nopin.example.com"), 3);
  // nopin is not includeSubdomains: its subdomains fall to example.com.
  EXPECT_EQ(matchHost(M, "x.nopin.example.com"), 1);
  EXPECT_EQ(matchHost(M, "exact.example.com"), 4);
  EXPECT_EQ(matchHost(M, "notexample.com"), -1);
  EXPECT_EQ(matchHost(M, "other.org"), -1);
}

TEST(NscLookup, InheritsEachAttributeSeparately) {
  NetworkSecurityConfig M = parse(Nested);
  PlatformInfo P;
  EffectiveConfig Sec = effectiveConfigForHost(M, "api.secure.example.com", P);
  EXPECT_FALSE(Sec.CleartextPermitted);
  ASSERT_NE(Sec.Pins, nullptr); // From the enclosing domain-config.
  EXPECT_EQ(Sec.PinsFrom, 1);
  ASSERT_EQ(Sec.TrustAnchors.size(), 1u);
  EXPECT_EQ(Sec.TrustAnchors[0].Source, AnchorSource::User);

  EffectiveConfig Parent = effectiveConfigForHost(M, "www.example.com", P);
  EXPECT_TRUE(Parent.CleartextPermitted);
  EXPECT_EQ(Parent.AnchorsFrom, M.Base); // From base-config.

  EffectiveConfig NoPin = effectiveConfigForHost(M, "nopin.example.com", P);
  ASSERT_NE(NoPin.Pins, nullptr);
  EXPECT_TRUE(NoPin.Pins->Pins.empty()); // Pinning switched off.
  EXPECT_TRUE(NoPin.CleartextPermitted);

  EffectiveConfig Other = effectiveConfigForHost(M, "other.org", P);
  EXPECT_FALSE(Other.CleartextPermitted);
  EXPECT_EQ(Other.Pins, nullptr);
}

TEST(NscLookup, PlatformDefaultsFollowTargetSdk) {
  NetworkSecurityConfig M = parse("<network-security-config/>");
  PlatformInfo Old{23, false};
  EffectiveConfig E = effectiveConfigForHost(M, "a.com", Old);
  EXPECT_TRUE(E.CleartextPermitted);
  ASSERT_EQ(E.TrustAnchors.size(), 2u);
  EXPECT_EQ(E.TrustAnchors[1].Source, AnchorSource::User);
  PlatformInfo P27{27, false};
  E = effectiveConfigForHost(M, "a.com", P27);
  EXPECT_TRUE(E.CleartextPermitted);
  EXPECT_EQ(E.TrustAnchors.size(), 1u);
  PlatformInfo New{28, false};
  EXPECT_FALSE(effectiveConfigForHost(M, "a.com", New).CleartextPermitted);
}

TEST(NscLookup, DebugOverridesAddAnchorsOnlyWhenDebuggable) {
  NetworkSecurityConfig M = parse(R"(<network-security-config>
  <debug-overrides cleartextTrafficPermitted="true">
    <trust-anchors><certificates src="user"/></trust-anchors>
  </debug-overrides>
</network-security-config>)");
  EffectiveConfig Rel = effectiveConfigForHost(M, "a.com", {34, false});
  EXPECT_EQ(Rel.TrustAnchors.size(), 1u);
  EXPECT_FALSE(Rel.CleartextPermitted); // Ignored on debug-overrides.
  EffectiveConfig Dbg = effectiveConfigForHost(M, "a.com", {34, true});
  ASSERT_EQ(Dbg.TrustAnchors.size(), 2u);
  EXPECT_EQ(Dbg.TrustAnchors[1].Source, AnchorSource::User);
  EXPECT_TRUE(Dbg.TrustAnchors[1].OverridePins); // Default there.
  EXPECT_FALSE(Dbg.CleartextPermitted);
}

TEST(NscParser, ExpirationDatesAsSimpleDateFormat) {
  EXPECT_EQ(parseExpirationDate("1970-01-01"), Day(0));
  EXPECT_EQ(parseExpirationDate("2031-1-5"), daysFromCivil(2031, 1, 5));
  EXPECT_EQ(parseExpirationDate("2024-02-29"), daysFromCivil(2024, 2, 29));
  EXPECT_EQ(parseExpirationDate("2024-02-29T10:00"),
            daysFromCivil(2024, 2, 29));
  EXPECT_FALSE(parseExpirationDate("2023-02-29"));
  EXPECT_FALSE(parseExpirationDate("2023-00-10"));
  EXPECT_FALSE(parseExpirationDate("2023/01/10"));
  EXPECT_FALSE(parseExpirationDate(""));
  EXPECT_FALSE(xmllint::parseIsoDate("2031-1-5"));
  EXPECT_TRUE(xmllint::parseIsoDate("2031-01-05"));
}

TEST(NscParser, Base64AsAndroid) {
  EXPECT_EQ(decodeAndroidBase64(PinA)->size(), 32u);
  // Whitespace and other non-alphabet characters are skipped.
  EXPECT_EQ(
      decodeAndroidBase64("7HIp actk\nIAq2Y49orFOOQKurWxmmSFZhBCoQYcRhJ3Y=")
          ->size(),
      32u);
  // Padding is optional.
  EXPECT_EQ(decodeAndroidBase64("7HIpactkIAq2Y49orFOOQKurWxmmSFZhBCoQYcRhJ3Y")
                ->size(),
            32u);
  EXPECT_FALSE(decodeAndroidBase64("A"));
  EXPECT_FALSE(decodeAndroidBase64("AA=A"));
  EXPECT_FALSE(decodeAndroidBase64("AAAA=AAA"));
}

TEST(NscParser, DuplicateDomainsAcrossNestedConfigs) {
  NetworkSecurityConfig M = parse(R"(<network-security-config>
  <domain-config><domain>a.com</domain>
    <domain-config><domain> A.COM </domain></domain-config>
  </domain-config>
</network-security-config>)");
  ASSERT_EQ(M.Problems.size(), 1u);
  EXPECT_EQ(M.Problems[0].Message, "a.com has already been specified");
  EXPECT_EQ(M.Problems[0].Where.Line, 3u);
}

TEST(NscSource, RejectsDoctypeAndDeepNesting) {
  auto S = XmlSource::fromText(
      "x.xml",
      "<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>");
  ASSERT_FALSE(S);
  EXPECT_NE(llvm::toString(S.takeError()).find("DOCTYPE"), std::string::npos);
  std::string Deep;
  for (int I = 0; I < 5000; ++I)
    Deep += "<a>";
  for (int I = 0; I < 5000; ++I)
    Deep += "</a>";
  auto D = XmlSource::fromText("d.xml", Deep);
  ASSERT_FALSE(D);
  llvm::consumeError(D.takeError());
}

} // namespace

namespace {

TEST(NscLookup, DebugCompanionSuppliesDebugAnchors) {
  NetworkSecurityConfig Main = parse("<network-security-config/>");
  auto CSrc = XmlSource::fromText("nsc_debug.xml", R"(<network-security-config>
  <base-config cleartextTrafficPermitted="true"/>
  <debug-overrides><trust-anchors><certificates src="user"/></trust-anchors></debug-overrides>
</network-security-config>)");
  ASSERT_TRUE(bool(CSrc));
  NetworkSecurityConfig Companion = parseDebugCompanion(**CSrc);
  EXPECT_EQ(Companion.Base, -1); // Android skips it there.
  attachDebugCompanion(Main, Companion);
  ASSERT_GE(Main.Debug, 0);
  EXPECT_EQ(Main.DebugPath, "nsc_debug.xml");
  EffectiveConfig Dbg = effectiveConfigForHost(Main, "a.com", {34, true});
  ASSERT_EQ(Dbg.TrustAnchors.size(), 2u);
  EXPECT_EQ(Dbg.TrustAnchors[1].Source, AnchorSource::User);
  EXPECT_FALSE(Dbg.CleartextPermitted);
}

} // namespace

namespace {

TEST(NscParser, BooleansAsAapt2CompilesThem) {
  NetworkSecurityConfig M = parse(R"(<network-security-config>
  <base-config cleartextTrafficPermitted="True"/>
  <domain-config cleartextTrafficPermitted="yes">
    <domain includeSubdomains="TRUE">a.com</domain>
  </domain-config>
</network-security-config>)");
  EXPECT_EQ(M.Configs[0].CleartextPermitted, std::optional<bool>(true));
  // Not a boolean: Android reads its default for the attribute, true.
  EXPECT_EQ(M.Configs[1].CleartextPermitted, std::optional<bool>(true));
  EXPECT_TRUE(M.Configs[1].Domains[0].IncludeSubdomains);
  EXPECT_EQ(matchHost(M, "b.a.com"), 1);
}

} // namespace

namespace {

TEST(Manifest, GradleSdkLevels) {
  using tlslint::manifest::readGradleSdk;
  auto G = readGradleSdk("defaultConfig {\n  minSdkVersion 21\n"
                         "  targetSdkVersion(33)\n}");
  EXPECT_EQ(G.MinSdk, std::optional<unsigned>(21));
  EXPECT_EQ(G.TargetSdk, std::optional<unsigned>(33));
  G = readGradleSdk("minSdkPreview = \"V\"\nminSdk = 26\ntargetSdk = "
                    "libs.versions.target.get().toInt()");
  EXPECT_EQ(G.MinSdk, std::optional<unsigned>(26));
  EXPECT_FALSE(G.TargetSdk.has_value());
  EXPECT_EQ(tlslint::manifest::xmlResourceName("@xml/network_config"),
            "network_config");
  EXPECT_EQ(tlslint::manifest::xmlResourceName("@xml/../../etc/passwd"), "");
  EXPECT_EQ(tlslint::manifest::xmlResourceName("@raw/x"), "");
}

} // namespace
