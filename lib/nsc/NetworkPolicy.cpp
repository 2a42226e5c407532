//===-- NetworkPolicy.cpp -------------------------------------------------===//

#include "lib/nsc/NetworkPolicy.h"
#include "lib/nsc/Lookup.h"
#include "lib/nsc/Parser.h"
#include "lib/support/Paths.h"
#include "llvm/ADT/StringMap.h"
#include <mutex>

namespace tlslint {

llvm::Expected<std::shared_ptr<const NetworkPolicy>>
NetworkPolicy::load(llvm::StringRef Path) {
  std::string Absolute = absolutePath(Path);

  // tlslint scan checks translation units on several threads; each config
  // is parsed once, and a broken one is reported by every TU that uses it.
  static std::mutex Lock;
  static llvm::StringMap<std::shared_ptr<const NetworkPolicy>> Loaded;
  static llvm::StringMap<std::string> Failed;
  std::lock_guard<std::mutex> Guard(Lock);
  if (auto It = Loaded.find(Absolute); It != Loaded.end())
    return It->second;
  if (auto It = Failed.find(Absolute); It != Failed.end())
    return llvm::createStringError(It->second);

  std::string Problem;
  llvm::Expected<nsc::NetworkSecurityConfig> Config =
      nsc::loadNetworkSecurityConfig(Absolute);
  if (!Config)
    Problem = llvm::toString(Config.takeError());
  else if (!Config->IsNetworkSecurityConfig)
    Problem = std::string(Absolute) +
              ": root element is not <network-security-config>";
  if (!Problem.empty()) {
    Failed[Absolute] = Problem;
    return llvm::createStringError(Problem);
  }
  std::shared_ptr<const NetworkPolicy> Policy(
      new NetworkPolicy(std::move(*Config)));
  Loaded[Absolute] = Policy;
  return Policy;
}

HostPolicy NetworkPolicy::forHost(llvm::StringRef RawHost, Day Today) const {
  HostPolicy Out;
  std::string Host = nsc::normalizeHost(RawHost);
  if (Host.empty())
    return Out;
  // Only explicit attributes count: the platform default depends on the
  // target SDK, which a translation unit cannot know.
  nsc::PlatformInfo Platform;
  nsc::EffectiveConfig Effective =
      nsc::effectiveConfigForHost(Config, Host, Platform);
  if (Effective.Pins && !Effective.Pins->Pins.empty() &&
      (!Effective.Pins->Expires || *Effective.Pins->Expires >= Today))
    Out.Pins = Effective.Pins;
  if (Effective.CleartextFrom >= 0 && !Effective.CleartextPermitted) {
    Out.ForbidsCleartext = true;
    Out.CleartextWhere =
        Config.Configs[Effective.CleartextFrom].CleartextAttr.Where;
  }
  return Out;
}

std::string NetworkPolicy::expiredPinSets(Day Today) const {
  std::string Out;
  for (const nsc::Config &C : Config.Configs)
    if (C.Pins)
      Out += C.Pins->Expires && *C.Pins->Expires < Today ? '1' : '0';
  return Out;
}

bool NetworkPolicy::hasPins() const {
  for (const nsc::Config &C : Config.Configs)
    if (C.Kind == nsc::ConfigKind::Domain && C.Pins && !C.Pins->Pins.empty())
      return true;
  return false;
}

} // namespace tlslint
