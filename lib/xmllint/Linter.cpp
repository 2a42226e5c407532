//===-- Linter.cpp - The XML half: NSC and manifest rules -----------------===//
//
// Finds the files, builds the model with lib/nsc, and turns what the model
// says into findings. The rules read Android's semantics off the model; they
// never look at XML themselves.
//
//===----------------------------------------------------------------------===//

#include "lib/xmllint/Linter.h"
#include "lib/keys/PackagedFiles.h"
#include "lib/manifest/Manifest.h"
#include "lib/nsc/Lookup.h"
#include "lib/nsc/Parser.h"
#include "lib/rules/Options.h"
#include "lib/support/Paths.h"
#include "lib/url/Url.h"
#include "lib/xmllint/KeyFiles.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <set>

namespace tlslint {
namespace xmllint {

using nsc::Config;
using nsc::ConfigKind;
using nsc::Pos;
using nsc::RuleMask;

llvm::ArrayRef<RuleId> implementedRules() {
  static const RuleId Ids[] = {RuleId::InvalidConfig,
                               RuleId::InvalidPin,
                               RuleId::CleartextTrafficPermitted,
                               RuleId::UserTrustAnchors,
                               RuleId::OverridePins,
                               RuleId::MissingBackupPin,
                               RuleId::PinSetExpiry,
                               RuleId::MissingPin,
                               RuleId::HstsNotEnforced,
                               RuleId::WebViewSafeBrowsingDisabled,
                               RuleId::EmbeddedPrivateKey};
  return Ids;
}

std::optional<nsc::Day> parseIsoDate(llvm::StringRef S) {
  unsigned Y, M, D;
  if (S.size() != 10 || S[4] != '-' || S[7] != '-' ||
      S.substr(0, 4).getAsInteger(10, Y) ||
      S.substr(5, 2).getAsInteger(10, M) || S.substr(8, 2).getAsInteger(10, D))
    return std::nullopt;
  return nsc::parseExpirationDate(S);
}

namespace {

/// Loopback as lib/url counts it (127.0.0.0/8 by address, not by prefix),
/// except the emulator's 10.0.2.2: in a release config it names a host of
/// the device's network.
bool isLoopbackDomain(llvm::StringRef Domain) {
  return Domain != "10.0.2.2" && isLoopbackHost(Domain);
}

/// Everything the rules need to know about the app around one config file.
struct AppContext {
  std::optional<unsigned> MinSdk, TargetSdk;
  bool Debuggable = false;
};

class Emitter {
public:
  Emitter(Report &R, std::string File, RuleMask Disabled)
      : R(R), File(std::move(File)), Disabled(Disabled) {}
  void add(RuleId Rule, Severity Level, Pos Where, RuleMask Ignored,
           std::string Message) {
    if ((Ignored | Disabled) & nsc::ruleBit(Rule))
      return;
    Finding F;
    F.Rule = Rule;
    F.Level = Level;
    F.Message = std::move(Message);
    F.Where.File = File;
    F.Where.Line = Where.Line;
    F.Where.Column = Where.Column;
    R.Findings.push_back(std::move(F));
  }
  void add(RuleId Rule, Pos Where, RuleMask Ignored, std::string Message) {
    add(Rule, getRule(Rule).DefaultSeverity, Where, Ignored,
        std::move(Message));
  }

private:
  Report &R;
  std::string File;
  RuleMask Disabled;
};

/// Options after merging the command line over .clang-tidy.
struct RuleOptions {
  unsigned ExpiryHorizonDays = defaultUnsigned(OptionId::ExpiryHorizonDays);
  std::vector<std::string> RequirePins;
};

class ConfigRules {
public:
  ConfigRules(const nsc::NetworkSecurityConfig &M, const AppContext &App,
              const LintOptions &Opts, const RuleOptions &RO, Emitter &E)
      : M(M), App(App), Opts(Opts), RO(RO), E(E) {}

  void run() {
    for (const nsc::ParseProblem &P : M.Problems)
      E.add(P.Rule, P.Level, P.Where, P.Ignored, P.Message);
    if (!M.IsNetworkSecurityConfig)
      return; // Wrong root: nothing else to say.
    cleartext();
    trustAnchors();
    hsts();
    if (M.IsDebugCompanion)
      return; // Pins and required pins live in the main file.
    pinning();
  }

private:
  const nsc::NetworkSecurityConfig &M;
  const AppContext &App;

  void hsts() {
    for (const Config &C : M.Configs)
      if (C.HstsAttr.Present &&
          (&C - M.Configs.data() != M.Debug || M.DebugPath.empty()))
        E.add(RuleId::HstsNotEnforced, C.HstsAttr.Where, C.Ignored,
              "hstsEnforced is parsed by Android but never enforced by its "
              "HTTP stack; it has no effect");
  }

  const LintOptions &Opts;
  const RuleOptions &RO;
  Emitter &E;

  void cleartext() {
    for (const Config &C : M.Configs) {
      if (&C - M.Configs.data() == M.Debug && !M.DebugPath.empty())
        continue; // Reported in its own file.
      if (!C.CleartextAttr.Present || !C.CleartextPermitted.value_or(false))
        continue;
      Pos At = C.CleartextAttr.Where;
      switch (C.Kind) {
      case ConfigKind::Base:
        E.add(RuleId::CleartextTrafficPermitted, At, C.Ignored,
              "base-config permits cleartext traffic to every domain not "
              "configured otherwise");
        break;
      case ConfigKind::Debug:
        E.add(RuleId::CleartextTrafficPermitted, Severity::Note, At, C.Ignored,
              "Android ignores cleartextTrafficPermitted in debug-overrides");
        break;
      case ConfigKind::Domain: {
        std::vector<std::string> Remote;
        for (const nsc::Domain &D : C.Domains)
          if (!isLoopbackDomain(D.Name))
            Remote.push_back("'" + D.Name + "'");
        if (!Remote.empty())
          E.add(RuleId::CleartextTrafficPermitted, At, C.Ignored,
                "domain-config permits cleartext traffic to " +
                    llvm::join(Remote, ", "));
        break;
      }
      }
    }
    bool BaseSets = M.Base >= 0 && M.Configs[M.Base].CleartextAttr.Present;
    platformDefault(RuleId::CleartextTrafficPermitted, BaseSets, 28,
                    "cleartext traffic is permitted by default",
                    "set cleartextTrafficPermitted=\"false\" on base-config");
  }

  /// Android's insecure default below targetSdk MinSafeSdk applies when
  /// base-config does not set the attribute itself (BaseSets).
  void platformDefault(RuleId Rule, bool BaseSets, unsigned MinSafeSdk,
                       llvm::StringRef What, llvm::StringRef Fix) {
    if (!App.TargetSdk || *App.TargetSdk >= MinSafeSdk || M.IsDebugCompanion ||
        BaseSets)
      return;
    E.add(Rule, M.Base >= 0 ? M.Configs[M.Base].Where : M.RootWhere,
          M.Base >= 0 ? M.Configs[M.Base].Ignored : M.RootIgnored,
          (What + " because targetSdkVersion " + llvm::Twine(*App.TargetSdk) +
           " is below " + llvm::Twine(MinSafeSdk) + "; " + Fix)
              .str());
  }

  void trustAnchors() {
    for (const Config &C : M.Configs) {
      if (&C - M.Configs.data() == M.Debug && !M.DebugPath.empty())
        continue; // Reported in its own file.
      for (const nsc::CertificatesEntry &A : C.TrustAnchors) {
        bool User = A.Source == nsc::AnchorSource::User;
        if (User && C.Kind != ConfigKind::Debug)
          E.add(RuleId::UserTrustAnchors, A.Where, A.Ignored,
                std::string(C.Kind == ConfigKind::Base ? "base-config"
                                                       : "domain-config") +
                    " trusts user-installed CA certificates");
        if (!A.OverridePinsAttr.Present || !A.OverridePins)
          continue;
        if (C.Kind == ConfigKind::Debug)
          continue; // Android's own default there; debuggable builds only.
        if (User)
          E.add(RuleId::OverridePins, Severity::Error, A.OverridePinsAttr.Where,
                A.Ignored,
                "user-installed CA certificates may bypass certificate "
                "pinning (overridePins=\"true\" with src=\"user\")");
        else
          E.add(RuleId::OverridePins, A.OverridePinsAttr.Where, A.Ignored,
                "certificates from '" + A.Src.Value +
                    "' may bypass certificate pinning (overridePins=\"true\")");
      }
    }
    bool BaseSets = M.Base >= 0 && M.Configs[M.Base].HasTrustAnchors;
    platformDefault(RuleId::UserTrustAnchors, BaseSets, 24,
                    "user-installed CA certificates are trusted by default",
                    "declare <trust-anchors> in base-config");
  }

  nsc::Day today() const {
    if (Opts.Today)
      return *Opts.Today;
    return tlslint::today();
  }

  void pinning() {
    nsc::Day Today = today();
    for (size_t I = 0; I < M.Configs.size(); ++I) {
      const Config &C = M.Configs[I];
      if (!C.Pins)
        continue;
      const nsc::PinSet &PS = *C.Pins;
      std::set<std::vector<uint8_t>> Distinct;
      for (const nsc::Pin &P : PS.Pins)
        Distinct.insert(P.Bytes);
      if (Distinct.size() == 1)
        E.add(RuleId::MissingBackupPin, PS.Where, PS.Ignored,
              "pin-set has a single pin; add a backup pin for a key you "
              "control, or a key rotation locks installed apps out");
      if (PS.Pins.empty() && C.Parent >= 0)
        E.add(RuleId::MissingPin, Severity::Note, PS.Where, PS.Ignored,
              "empty pin-set switches pinning off for these domains");
      if (PS.Expires) {
        if (*PS.Expires <= Today)
          E.add(RuleId::PinSetExpiry, PS.Expiration.Where, PS.Ignored,
                "pin-set expired on " + dayText(*PS.Expires) +
                    "; Android no longer enforces these pins");
        else if (*PS.Expires - Today <= nsc::Day(RO.ExpiryHorizonDays))
          E.add(RuleId::PinSetExpiry, PS.Expiration.Where, PS.Ignored,
                "pin-set expires on " + dayText(*PS.Expires) + ", in " +
                    std::to_string(*PS.Expires - Today) +
                    " days; Android then stops enforcing these pins");
      }
    }
    nsc::PlatformInfo P;
    P.TargetSdk = App.TargetSdk.value_or(34);
    P.Debuggable = App.Debuggable;
    for (const std::string &Host : RO.RequirePins) {
      nsc::EffectiveConfig EC = nsc::effectiveConfigForHost(M, Host, P);
      if (EC.Pins && !EC.Pins->Pins.empty())
        continue;
      Pos At = EC.Matched >= 0 ? M.Configs[EC.Matched].Where : M.RootWhere;
      RuleMask Ign =
          EC.Matched >= 0 ? M.Configs[EC.Matched].Ignored : M.RootIgnored;
      E.add(RuleId::MissingPin, At, Ign,
            "'" + nsc::normalizeHost(Host) +
                "' must be pinned but its effective config "
                "has no pin-set");
    }
  }
};

bool readText(llvm::StringRef Path, std::string &Out) {
  auto MB = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                        /*RequiresNullTerminator=*/false);
  if (!MB || (*MB)->getBufferSize() > (16u << 20))
    return false;
  Out = (*MB)->getBuffer().str();
  return true;
}

class Driver {
public:
  Driver(const LintOptions &Opts, Report &R) : Opts(Opts), R(R) {}

  /// The apps whose manifest run() read, sorted by manifest.
  const std::vector<manifest::AndroidApp> &apps() const { return Apps; }

  void run(llvm::ArrayRef<std::string> Paths) {
    std::vector<std::string> Manifests, Others, KeyFiles;
    for (const std::string &P : Paths) {
      if (llvm::sys::fs::is_directory(P)) {
        collect(P, Manifests, Others, KeyFiles);
        continue;
      }
      if (!llvm::sys::fs::exists(P)) {
        R.Errors.push_back({P, "no such file or directory"});
        continue;
      }
      // A key file named on the command line is checked wherever it is.
      if (keys::hasKeyFileExtension(P)) {
        KeyFiles.push_back(P);
        continue;
      }
      Explicit.insert(realPath(P));
      (llvm::sys::path::filename(P) == "AndroidManifest.xml" ? Manifests
                                                             : Others)
          .push_back(P);
    }
    llvm::sort(Manifests);
    llvm::sort(Others);
    for (const std::string &P : Manifests)
      lintManifest(P);
    for (const std::string &P : Others)
      lintOther(P);
    llvm::sort(KeyFiles);
    KeyFiles.erase(std::unique(KeyFiles.begin(), KeyFiles.end()),
                   KeyFiles.end());
    for (const std::string &P : KeyFiles)
      lintKeys(P);
  }

private:
  const LintOptions &Opts;
  Report &R;
  llvm::StringSet<> Done;
  llvm::StringSet<> Explicit;
  llvm::StringMap<XmlRuleSettings> Settings;
  llvm::StringSet<> ReportedSettingsErrors;
  std::vector<manifest::AndroidApp> Apps;

  /// The configuration's settings that apply to File, merged under the
  /// command line.
  std::pair<RuleMask, RuleOptions> settingsFor(llvm::StringRef File) {
    auto [It, New] = Settings.try_emplace(File);
    XmlRuleSettings &T = It->second;
    if (New && Opts.Settings) {
      T = Opts.Settings->settingsFor(File);
      for (const ToolError &E : T.Errors)
        if (ReportedSettingsErrors.insert(E.File + "\n" + E.Message).second)
          R.Errors.push_back(E);
    }
    RuleOptions RO;
    RO.ExpiryHorizonDays =
        Opts.ExpiryHorizonDays.value_or(T.ExpiryHorizonDays.value_or(
            defaultUnsigned(OptionId::ExpiryHorizonDays)));
    RO.RequirePins =
        Opts.RequirePins.empty() ? T.RequirePins : Opts.RequirePins;
    return {T.Disabled, RO};
  }

  /// The manifests, other XML files, and key files the build packages
  /// into the app (tls-embedded-private-key) under Dir.
  void collect(llvm::StringRef Dir, std::vector<std::string> &Manifests,
               std::vector<std::string> &Others,
               std::vector<std::string> &KeyFiles) {
    std::error_code EC;
    for (llvm::sys::fs::recursive_directory_iterator
             It(Dir, EC, /*follow_symlinks=*/false),
         End;
         It != End && !EC; It.increment(EC)) {
      llvm::StringRef Name = llvm::sys::path::filename(It->path());
      if (It->type() == llvm::sys::fs::file_type::directory_file) {
        if (Name == ".git" || Name == ".gradle" || Name == "build")
          It.no_push();
        continue;
      }
      if (Name == "AndroidManifest.xml")
        Manifests.push_back(It->path());
      else if (Name.ends_with(".xml"))
        Others.push_back(It->path());
      else if (keys::hasKeyFileExtension(Name) &&
               keys::packagedLocation(It->path()) !=
                   keys::PackagedLocation::None)
        KeyFiles.push_back(It->path());
    }
    if (EC)
      R.Errors.push_back({Dir.str(), "cannot list: " + EC.message()});
  }

  std::unique_ptr<nsc::XmlSource> load(llvm::StringRef Path,
                                       const std::string *Text = nullptr) {
    auto S = Text ? nsc::XmlSource::fromText(Path, *Text)
                  : nsc::XmlSource::load(Path);
    if (!S) {
      std::string Msg = llvm::toString(S.takeError());
      // Messages start with the path; Report::Errors has its own field.
      llvm::StringRef M(Msg);
      if (M.consume_front(Path) && M.consume_front(": "))
        Msg = M.str();
      R.Errors.push_back({Path.str(), Msg});
      return nullptr;
    }
    return std::move(*S);
  }

  AppContext cliContext() const {
    AppContext C;
    C.MinSdk = Opts.MinSdk;
    C.TargetSdk = Opts.TargetSdk;
    C.Debuggable = Opts.Debuggable;
    return C;
  }

  /// SDK levels: the command line, else build.gradle(.kts) in the manifest's
  /// directory or up to two above it (app/src/main), else the manifest.
  AppContext contextFor(const manifest::ManifestFacts &F) {
    AppContext C = cliContext();
    std::optional<unsigned> GMin, GTarget;
    llvm::SmallString<256> Dir(llvm::sys::path::parent_path(F.Path));
    for (int Up = 0; Up < 3 && !Dir.empty(); ++Up) {
      for (const char *Name : {"build.gradle", "build.gradle.kts"}) {
        llvm::SmallString<256> G(Dir);
        llvm::sys::path::append(G, Name);
        std::string Text;
        if (llvm::sys::fs::exists(G) && readText(G, Text)) {
          manifest::GradleSdk S = manifest::readGradleSdk(Text);
          GMin = GMin ? GMin : S.MinSdk;
          GTarget = GTarget ? GTarget : S.TargetSdk;
        }
      }
      if (GMin || GTarget)
        break;
      // The parent is a prefix of Dir: assigning it would copy Dir's buffer
      // onto itself, which SmallString does not allow.
      Dir.resize(llvm::sys::path::parent_path(Dir).size());
    }
    if (!C.MinSdk)
      C.MinSdk = GMin ? GMin : F.MinSdk;
    if (!C.TargetSdk)
      C.TargetSdk = GTarget ? GTarget : F.TargetSdk;
    C.Debuggable = C.Debuggable || F.Debuggable;
    return C;
  }

  void lintManifest(const std::string &Path) {
    Done.insert(realPath(Path));
    std::unique_ptr<nsc::XmlSource> Src = load(Path);
    if (!Src)
      return;
    std::optional<manifest::ManifestFacts> F = manifest::readManifest(*Src);
    if (!F) {
      R.Errors.push_back({Path, "root element is not <manifest>"});
      return;
    }
    AppContext App = contextFor(*F);
    Apps.push_back({Path, "", manifest::moduleRoot(Path)});
    Emitter E(R, Path, settingsFor(Path).first);
    bool HasConfig = F->NetworkSecurityConfig.Present;
    if (F->UsesCleartextTraffic.Present &&
        F->UsesCleartextTraffic.Value == "true") {
      if (HasConfig && App.MinSdk && *App.MinSdk >= 24)
        E.add(RuleId::CleartextTrafficPermitted, Severity::Note,
              F->UsesCleartextTraffic.Where, F->AppIgnored,
              "android:usesCleartextTraffic is ignored on API 24+ when a "
              "networkSecurityConfig is set, and minSdkVersion is " +
                  std::to_string(*App.MinSdk));
      else
        E.add(RuleId::CleartextTrafficPermitted, F->UsesCleartextTraffic.Where,
              F->AppIgnored,
              HasConfig ? "android:usesCleartextTraffic=\"true\" permits "
                          "cleartext traffic on devices below API 24"
                        : "android:usesCleartextTraffic=\"true\" permits "
                          "cleartext traffic");
    } else if (!HasConfig && !F->UsesCleartextTraffic.Present &&
               App.TargetSdk && *App.TargetSdk < 28) {
      E.add(RuleId::CleartextTrafficPermitted, F->RootWhere, F->RootIgnored,
            "cleartext traffic is permitted by default because "
            "targetSdkVersion " +
                std::to_string(*App.TargetSdk) + " is below 28");
    }
    if (F->SafeBrowsingDisabled)
      E.add(RuleId::WebViewSafeBrowsingDisabled, *F->SafeBrowsingDisabled,
            F->SafeBrowsingIgnored,
            "WebView Safe Browsing is disabled for the whole app");
    if (!HasConfig)
      return;
    llvm::StringRef Name =
        manifest::xmlResourceName(F->NetworkSecurityConfig.Value);
    if (Name.empty()) {
      R.Errors.push_back(
          {Path, "android:networkSecurityConfig=\"" +
                     F->NetworkSecurityConfig.Value +
                     "\" is not an @xml/NAME resource reference"});
      return;
    }
    llvm::SmallString<256> Cfg(llvm::sys::path::parent_path(Path));
    llvm::sys::path::append(Cfg, "res", "xml", Name + ".xml");
    if (!llvm::sys::fs::exists(Cfg)) {
      R.Errors.push_back({Path, "android:networkSecurityConfig=\"" +
                                    F->NetworkSecurityConfig.Value +
                                    "\" refers to " + std::string(Cfg) +
                                    ", which does not exist"});
      return;
    }
    Apps.back().NetworkSecurityConfig = realPath(Cfg);
    lintConfig(std::string(Cfg), App, nullptr, /*FromManifest=*/true);
  }

  void lintKeys(const std::string &Path) {
    if (settingsFor(Path).first & nsc::ruleBit(RuleId::EmbeddedPrivateKey))
      return;
    lintKeyFile(Path, keys::packagedLocation(Path), R);
  }

  void lintOther(const std::string &Path) {
    std::string Key = realPath(Path);
    if (Done.count(Key))
      return;
    bool IsExplicit = Explicit.count(Key);
    std::string Text;
    if (!IsExplicit) {
      // Cheap filter for directory scans: skip XML that cannot be a config,
      // and parse the text already read.
      if (!readText(Path, Text))
        return;
      llvm::StringRef T(Text);
      if (!T.contains("network-security-config") &&
          !T.contains(llvm::StringRef("n\0e\0t\0w\0o\0r\0k\0-\0s", 17)) &&
          !T.contains(llvm::StringRef("\0n\0e\0t\0w\0o\0r\0k\0-\0s", 17)))
        return;
    }
    std::unique_ptr<nsc::XmlSource> Src =
        load(Path, IsExplicit ? nullptr : &Text);
    if (!Src)
      return;
    llvm::StringRef Root = Src->root().name();
    if (Root == "manifest") {
      lintManifest(Path);
      return;
    }
    if (Root != "network-security-config") {
      if (IsExplicit)
        R.Errors.push_back({Path, "root element <" + Root.str() +
                                      "> is neither <network-security-config> "
                                      "nor <manifest>"});
      return;
    }
    lintConfig(Path, cliContext(), std::move(Src));
  }

  void lintConfig(const std::string &Path, const AppContext &App,
                  std::unique_ptr<nsc::XmlSource> Src = nullptr,
                  bool FromManifest = false) {
    std::string Key = realPath(Path);
    if (!Done.insert(Key).second)
      return;
    if (!Src)
      Src = load(Path);
    if (!Src)
      return;
    nsc::NetworkSecurityConfig M = nsc::parseNetworkSecurityConfig(*Src);
    // A referenced NAME.xml without debug-overrides takes them from
    // NAME_debug.xml beside it; Android reads nothing else from that file.
    if (FromManifest && M.IsNetworkSecurityConfig && M.Debug < 0) {
      llvm::SmallString<256> Companion(Path);
      llvm::sys::path::replace_extension(Companion, "");
      Companion += "_debug.xml";
      if (llvm::sys::fs::exists(Companion) &&
          Done.insert(realPath(Companion)).second) {
        if (std::unique_ptr<nsc::XmlSource> CSrc = load(Companion)) {
          nsc::NetworkSecurityConfig C = nsc::parseDebugCompanion(*CSrc);
          auto [CDisabled, CRO] = settingsFor(Companion);
          Emitter CE(R, std::string(Companion), CDisabled);
          ConfigRules(C, App, Opts, CRO, CE).run();
          nsc::attachDebugCompanion(M, C);
        }
      }
    }
    auto [Disabled, RO] = settingsFor(Path);
    Emitter E(R, Path, Disabled);
    ConfigRules(M, App, Opts, RO, E).run();
  }
};

} // namespace

XmlSettingsProvider::~XmlSettingsProvider() = default;

void lintPaths(llvm::ArrayRef<std::string> Paths, const LintOptions &Opts,
               Report &R, std::vector<manifest::AndroidApp> *Apps) {
  Driver D(Opts, R);
  D.run(Paths);
  if (Apps)
    *Apps = D.apps();
}

} // namespace xmllint
} // namespace tlslint
