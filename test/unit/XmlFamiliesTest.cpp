//===-- XmlFamiliesTest.cpp - Each XML rule family's declaration ----------===//
//
// `tlslint rules` derives the XML half's implemented rules from what each
// family declares (lib/xmllint/Detector.h), so a declaration must be exact:
// a family reports only the rules it declares, over every XML input of the
// tests, and each rule it declares is reported by at least one input here.
//
//===----------------------------------------------------------------------===//

#include "lib/keys/PackagedFiles.h"
#include "lib/manifest/Manifest.h"
#include "lib/nsc/Parser.h"
#include "lib/nsc/XmlSource.h"
#include "lib/xmllint/Detector.h"
#include "lib/xmllint/Linter.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "gtest/gtest.h"
#include <map>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <set>

using namespace tlslint;
using namespace tlslint::xmllint;

namespace {

/// Triggers every config family's rules under the App and Options below.
constexpr llvm::StringLiteral EveryConfigRule = R"(<?xml version="1.0"?>
<network-security-config>
  <base-config cleartextTrafficPermitted="true">
    <trust-anchors>
      <certificates src="user" overridePins="true"/>
    </trust-anchors>
  </base-config>
  <domain-config cleartextTrafficPermitted="true" hstsEnforced="true">
    <domain>remote.example</domain>
    <pin-set expiration="2020-01-01">
      <pin digest="SHA-256">7HIpactkIAq2Y49orFOOQKurWxmmSFZhBCoQYcRhJ3Y=</pin>
      <pin digest="SHA-256">not base64!</pin>
    </pin-set>
    <domain-config>
      <domain>inner.remote.example</domain>
      <pin-set/>
    </domain-config>
  </domain-config>
  <domain-config/>
  <debug-overrides cleartextTrafficPermitted="true"/>
</network-security-config>
)";

constexpr llvm::StringLiteral EveryManifestRule = R"(<?xml version="1.0"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
  <application android:usesCleartextTraffic="true">
    <meta-data android:name="android.webkit.WebView.EnableSafeBrowsing"
               android:value="false"/>
  </application>
</manifest>
)";

/// What each family reported, over all inputs.
using Seen = std::map<llvm::StringRef, std::set<RuleId>>;

template <typename Input>
void runAndCheck(const Detector<Input> &Family, const Input &In,
                 llvm::StringRef InputName, Seen &Reported) {
  Report R;
  Emitter E(R, InputName.str(), 0);
  Family.Run(In, E);
  for (const Finding &F : R.Findings) {
    EXPECT_TRUE(llvm::is_contained(Family.Reports, F.Rule))
        << Family.Name.str() << " reports " << getRule(F.Rule).Id.str()
        << ", which it does not declare, on " << InputName.str();
    Reported[Family.Name].insert(F.Rule);
  }
}

template <typename Input>
void expectEveryDeclaredRuleSeen(const Detector<Input> &Family,
                                 const Seen &Reported) {
  auto It = Reported.find(Family.Name);
  for (RuleId Rule : Family.Reports)
    EXPECT_TRUE(It != Reported.end() && It->second.count(Rule))
        << Family.Name.str() << " declares " << getRule(Rule).Id.str()
        << " but no input makes it report it";
}

std::unique_ptr<nsc::XmlSource> source(llvm::StringRef Name,
                                       llvm::StringRef Text) {
  auto S = nsc::XmlSource::fromText(Name, Text);
  if (!S) {
    llvm::consumeError(S.takeError());
    return nullptr;
  }
  return std::move(*S);
}

/// Every .xml file under the tests' input folders.
std::vector<std::string> testXmlFiles() {
  std::vector<std::string> Files;
  std::error_code EC;
  llvm::SmallString<256> Root(TLSLINT_SOURCE_DIR);
  llvm::sys::path::append(Root, "test");
  for (llvm::sys::fs::recursive_directory_iterator It(Root, EC), End;
       It != End && !EC; It.increment(EC))
    if (llvm::StringRef(It->path()).ends_with(".xml"))
      Files.push_back(It->path());
  llvm::sort(Files);
  return Files;
}

void runConfigFamilies(llvm::StringRef Name, llvm::StringRef Text,
                       Seen &Reported) {
  std::unique_ptr<nsc::XmlSource> Src = source(Name, Text);
  if (!Src)
    return;
  AppContext App;
  App.TargetSdk = 23;
  RuleOptions Options;
  Options.RequirePins = {"unpinned.example"};
  nsc::Day Today = *parseIsoDate("2026-01-01");
  for (bool Companion : {false, true}) {
    nsc::NetworkSecurityConfig M = Companion
                                       ? nsc::parseDebugCompanion(*Src)
                                       : nsc::parseNetworkSecurityConfig(*Src);
    ConfigFile In{M, App, Options, Today};
    runAndCheck(ConfigProblemRules, In, Name, Reported);
    for (const ConfigFamily *Family : configFamilies())
      runAndCheck(*Family, In, Name, Reported);
  }
}

void runManifestFamilies(llvm::StringRef Name, llvm::StringRef Text,
                         Seen &Reported) {
  std::unique_ptr<nsc::XmlSource> Src = source(Name, Text);
  if (!Src)
    return;
  std::optional<manifest::ManifestFacts> Facts = manifest::readManifest(*Src);
  if (!Facts)
    return;
  for (unsigned Target : {23u, 34u}) {
    AppContext App;
    App.TargetSdk = Target;
    App.MinSdk = 24;
    runAndCheck(ManifestRules, ManifestFile{*Facts, App}, Name, Reported);
  }
}

/// A private key generated now, in a PEM file under a fresh directory.
std::string writePemKey() {
  llvm::SmallString<128> Dir;
  EXPECT_FALSE(llvm::sys::fs::createUniqueDirectory("families", Dir));
  llvm::SmallString<128> Path(Dir);
  llvm::sys::path::append(Path, "client.key");
  EVP_PKEY *Key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
  FILE *Out = fopen(Path.c_str(), "w");
  EXPECT_TRUE(Key && Out);
  if (Key && Out)
    EXPECT_EQ(1, PEM_write_PrivateKey(Out, Key, nullptr, nullptr, 0, nullptr,
                                      nullptr));
  if (Out)
    fclose(Out);
  EVP_PKEY_free(Key);
  return std::string(Path);
}

TEST(XmlFamiliesTest, EachFamilyReportsExactlyWhatItDeclares) {
  Seen Reported;
  runConfigFamilies("every-config-rule.xml", EveryConfigRule, Reported);
  runManifestFamilies("AndroidManifest.xml", EveryManifestRule, Reported);
  std::vector<std::string> Files = testXmlFiles();
  EXPECT_GT(Files.size(), 20u);
  for (const std::string &File : Files) {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    ASSERT_TRUE(bool(Buffer)) << File;
    runConfigFamilies(File, (*Buffer)->getBuffer(), Reported);
    runManifestFamilies(File, (*Buffer)->getBuffer(), Reported);
  }
  std::string Key = writePemKey();
  runAndCheck(KeyFileRules, KeyFile{Key, keys::PackagedLocation::None}, Key,
              Reported);
  llvm::sys::fs::remove_directories(llvm::sys::path::parent_path(Key));

  expectEveryDeclaredRuleSeen(ConfigProblemRules, Reported);
  for (const ConfigFamily *Family : configFamilies())
    expectEveryDeclaredRuleSeen(*Family, Reported);
  for (const ManifestFamily *Family : manifestFamilies())
    expectEveryDeclaredRuleSeen(*Family, Reported);
  for (const KeyFileFamily *Family : keyFileFamilies())
    expectEveryDeclaredRuleSeen(*Family, Reported);
}

} // namespace
