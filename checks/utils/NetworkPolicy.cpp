//===-- NetworkPolicy.cpp -------------------------------------------------===//

#include "checks/utils/NetworkPolicy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "lib/nsc/Lookup.h"
#include "lib/nsc/Parser.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <ctime>
#include <mutex>

using namespace clang;

namespace tlslint {

std::string networkSecurityConfigOption(tidy::ClangTidyContext &Context) {
  return networkSecurityConfigOption(Context.getOptions());
}

std::string
networkSecurityConfigOption(const tidy::ClangTidyOptions &AllOptions) {
  const tidy::ClangTidyOptions::OptionMap &Options = AllOptions.CheckOptions;
  for (const char *Name :
       {"tls-missing-pin.NetworkSecurityConfig", "NetworkSecurityConfig"}) {
    auto It = Options.find(Name);
    if (It != Options.end() &&
        !llvm::StringRef(It->second.Value).trim().empty())
      return llvm::StringRef(It->second.Value).trim().str();
  }
  return "";
}

std::string networkSecurityConfigPath(llvm::StringRef Option) {
  llvm::SmallString<256> Absolute(Option);
  llvm::sys::fs::make_absolute(Absolute);
  llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  return std::string(Absolute);
}

llvm::Expected<std::shared_ptr<const NetworkPolicy>>
NetworkPolicy::load(llvm::StringRef Path) {
  std::string Absolute = networkSecurityConfigPath(Path);

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

namespace {

/// Today as Android compares pin-set expiration dates: days since the epoch.
nsc::Day today() { return static_cast<nsc::Day>(std::time(nullptr) / 86400); }

} // namespace

HostPolicy NetworkPolicy::forHost(llvm::StringRef RawHost) const {
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
      (!Effective.Pins->Expires || *Effective.Pins->Expires >= today()))
    Out.Pins = Effective.Pins;
  if (Effective.CleartextFrom >= 0 && !Effective.CleartextPermitted) {
    Out.ForbidsCleartext = true;
    Out.CleartextWhere =
        Config.Configs[Effective.CleartextFrom].CleartextAttr.Where;
  }
  return Out;
}

std::string NetworkPolicy::expiredPinSets() const {
  std::string Out;
  for (const nsc::Config &C : Config.Configs)
    if (C.Pins)
      Out += C.Pins->Expires && *C.Pins->Expires < today() ? '1' : '0';
  return Out;
}

bool NetworkPolicy::hasPins() const {
  for (const nsc::Config &C : Config.Configs)
    if (C.Kind == nsc::ConfigKind::Domain && C.Pins && !C.Pins->Pins.empty())
      return true;
  return false;
}

SourceLocation NetworkPolicy::location(SourceManager &SM,
                                       nsc::Pos Where) const {
  llvm::Expected<FileEntryRef> File =
      SM.getFileManager().getFileRef(Config.Path);
  if (!File) {
    llvm::consumeError(File.takeError());
    return {};
  }
  FileID ID = SM.getOrCreateFileID(*File, SrcMgr::C_User);
  return SM.translateLineCol(ID, std::max(Where.Line, 1u),
                             std::max(Where.Column, 1u));
}

} // namespace tlslint
