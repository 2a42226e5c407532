//===-- XmlFuzzer.cpp - Fuzz target: the Android XML half -----------------===//
//
// Arbitrary bytes as a network security config, as its NAME_debug.xml
// companion, as an AndroidManifest.xml and as a build.gradle: XmlSource
// decodes and parses them (UTF-16, DTD refusal, depth limit), the NSC parser
// builds the model, Lookup resolves hosts against it, and the manifest and
// Gradle readers take their facts. XmlSource::fromText reads nothing but the
// given bytes, and pugixml never resolves an external entity.
//
//===----------------------------------------------------------------------===//

#include "fuzz/FuzzCheck.h"
#include "lib/manifest/Manifest.h"
#include "lib/nsc/Lookup.h"
#include "lib/nsc/Parser.h"
#include <cstddef>
#include <cstdint>

using namespace tlslint;

namespace {

/// Lookups are quadratic in the number of domains; a few cover every path.
constexpr size_t MaxLookups = 32;

void checkPos(nsc::Pos P, const char *What) {
  // A finding at line 0 would print as "file:0:0".
  TLSLINT_FUZZ_CHECK(P.Line > 0 && P.Column > 0, What);
}

void checkModel(const nsc::NetworkSecurityConfig &C) {
  int N = static_cast<int>(C.Configs.size());
  TLSLINT_FUZZ_CHECK(C.Base < N && C.Debug < N, "config index out of range");
  for (int I = 0; I < N; ++I)
    TLSLINT_FUZZ_CHECK(C.Configs[I].Parent < I,
                       "a domain-config's parent comes after it");
  for (const nsc::ParseProblem &P : C.Problems)
    checkPos(P.Where, "a parse problem without a position");
}

void checkLookup(const nsc::NetworkSecurityConfig &C, llvm::StringRef Host,
                 const nsc::PlatformInfo &P) {
  nsc::EffectiveConfig E = nsc::effectiveConfigForHost(C, Host, P);
  int N = static_cast<int>(C.Configs.size());
  TLSLINT_FUZZ_CHECK(E.Matched < N && E.CleartextFrom < N &&
                         E.AnchorsFrom < N && E.PinsFrom < N,
                     "effective config refers past the model");
  TLSLINT_FUZZ_CHECK(!E.Pins || E.PinsFrom >= 0,
                     "pins without the config they came from");
}

void lookUpHosts(const nsc::NetworkSecurityConfig &C) {
  size_t Lookups = 0;
  for (const nsc::Config &Cfg : C.Configs)
    for (const nsc::Domain &D : Cfg.Domains) {
      if (Lookups++ == MaxLookups)
        return;
      for (bool Debuggable : {false, true}) {
        nsc::PlatformInfo P{Debuggable ? 23u : 34u, Debuggable};
        checkLookup(C, D.Name, P);
        checkLookup(C, "sub." + D.Name + ".", P);
      }
    }
  checkLookup(C, "unlisted.invalid", nsc::PlatformInfo());
}

} // namespace

// libFuzzer's entry point: the name is not ours to choose.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Bytes(reinterpret_cast<const char *>(Data), Size);
  (void)manifest::readGradleSdk(Bytes);

  auto Src = nsc::XmlSource::fromText("fuzz.xml", Bytes);
  if (!Src) {
    llvm::consumeError(Src.takeError());
    return 0;
  }
  nsc::NetworkSecurityConfig Config = nsc::parseNetworkSecurityConfig(**Src);
  checkModel(Config);
  lookUpHosts(Config);

  nsc::NetworkSecurityConfig Companion = nsc::parseDebugCompanion(**Src);
  checkModel(Companion);
  nsc::attachDebugCompanion(Config, Companion);
  checkModel(Config);
  lookUpHosts(Config);

  if (std::optional<manifest::ManifestFacts> F = manifest::readManifest(**Src))
    (void)manifest::xmlResourceName(F->NetworkSecurityConfig.Value);
  return 0;
}
