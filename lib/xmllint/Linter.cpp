//===-- Linter.cpp - The XML half: NSC and manifest rules -----------------===//
//
// Finds the files, builds the model with lib/nsc and the app around it, and
// runs the rule families (Detector.h) over them. The rules read Android's
// semantics off the model; they never look at XML themselves.
//
//===----------------------------------------------------------------------===//

#include "lib/xmllint/Linter.h"
#include "lib/keys/PackagedFiles.h"
#include "lib/manifest/Manifest.h"
#include "lib/nsc/Parser.h"
#include "lib/support/Paths.h"
#include "lib/xmllint/Detector.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace tlslint {
namespace xmllint {

using nsc::RuleMask;

std::optional<nsc::Day> parseIsoDate(llvm::StringRef S) {
  unsigned Y, M, D;
  if (S.size() != 10 || S[4] != '-' || S[7] != '-' ||
      S.substr(0, 4).getAsInteger(10, Y) ||
      S.substr(5, 2).getAsInteger(10, M) || S.substr(8, 2).getAsInteger(10, D))
    return std::nullopt;
  return nsc::parseExpirationDate(S);
}

namespace {

nsc::Day todayFor(const LintOptions &Opts) {
  return Opts.Today ? *Opts.Today : tlslint::today();
}

/// What the families report on one parsed config.
void runConfigFamilies(const ConfigFile &F, Emitter &E) {
  runFamily(ConfigProblemRules, F, E);
  if (!F.Model.IsNetworkSecurityConfig)
    return; // Wrong root: nothing else to say.
  for (const ConfigFamily *Family : configFamilies())
    runFamily(*Family, F, E);
}

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
    for (const ManifestFamily *Family : manifestFamilies())
      runFamily(*Family, ManifestFile{*F, App}, E);
    if (!F->NetworkSecurityConfig.Present)
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
    Emitter E(R, Path, settingsFor(Path).first);
    for (const KeyFileFamily *Family : keyFileFamilies())
      runFamily(*Family, KeyFile{Path, keys::packagedLocation(Path)}, E);
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
          runConfigFamilies({C, App, CRO, todayFor(Opts)}, CE);
          nsc::attachDebugCompanion(M, C);
        }
      }
    }
    auto [Disabled, RO] = settingsFor(Path);
    Emitter E(R, Path, Disabled);
    runConfigFamilies({M, App, RO, todayFor(Opts)}, E);
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
