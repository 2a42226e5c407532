//===-- TidyRunner.cpp - Run the tls-* checks through clang-tidy ----------===//

#include "tools/tlslint/TidyRunner.h"
#include "clang-tidy-plugin/ClangTidyCompat.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "lib/support/LLVMCompat.h"
#include "lib/support/LineIndex.h"
#include "lib/support/Paths.h"
#include "tools/tlslint/InputRecorder.h"
#include "tools/tlslint/ScanCache.h"
#include "tools/tlslint/TidyOptions.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>

using namespace clang;
using namespace clang::tidy;

// Keeps the module registration object (clang-tidy-plugin/) in the link.
extern volatile int TlsModuleAnchorSource;
[[maybe_unused]] static int TlsModuleAnchorDestination = TlsModuleAnchorSource;

namespace tlslint {
namespace {

/// Source files read once, to turn clang-tidy's byte offsets into positions.
/// Paths in diagnostics are relative to the compile command's directory;
/// findings carry absolute ones.
std::string absoluteDiagnosticPath(llvm::StringRef RawPath,
                                   llvm::StringRef BuildDir) {
  llvm::SmallString<256> Path(RawPath);
  if (llvm::sys::path::is_relative(Path) && !BuildDir.empty())
    compat::makeAbsolute(BuildDir, Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return std::string(Path);
}

class SourceFiles {
public:
  void setBuildDir(llvm::StringRef Dir) { BuildDir = Dir.str(); }

  Location locate(llvm::StringRef RawPath, unsigned Offset) {
    Location L;
    L.File = absoluteDiagnosticPath(RawPath, BuildDir);
    if (const LineIndex *Index = indexFor(L.File))
      std::tie(L.Line, L.Column) = Index->lineAndColumn(Offset);
    return L;
  }

  Location range(llvm::StringRef Path, unsigned Offset, unsigned Length) {
    Location L = locate(Path, Offset);
    Location End = locate(Path, Offset + Length);
    L.EndLine = End.Line;
    L.EndColumn = End.Column;
    return L;
  }

private:
  const LineIndex *indexFor(llvm::StringRef Path) {
    auto It = Indexes.find(Path);
    if (It != Indexes.end())
      return It->second.get();
    std::unique_ptr<LineIndex> &Slot = Indexes[Path];
    if (auto Buffer = llvm::MemoryBuffer::getFile(Path))
      Slot = std::make_unique<LineIndex>((*Buffer)->getBuffer());
    return Slot.get();
  }

  std::string BuildDir;
  llvm::StringMap<std::unique_ptr<LineIndex>> Indexes;
};

/// "[done/total] N findings, ETA m:ss" on one line of a terminal's standard
/// error, rewritten as translation units finish; nothing when disabled.
/// Findings are counted per TU, before a header's findings are merged. The
/// estimate assumes the remaining TUs take as long as the finished ones.
class ProgressLine {
public:
  ProgressLine(size_t Total, bool Enabled)
      : Total(Total), Enabled(Enabled),
        Start(std::chrono::steady_clock::now()) {}

  void finished(size_t UnitFindings) {
    if (!Enabled)
      return;
    std::lock_guard<std::mutex> Lock(Mutex);
    ++Done;
    Findings += UnitFindings;
    llvm::errs() << "\r[" << Done << "/" << Total << "] " << Findings
                 << (Findings == 1 ? " finding" : " findings");
    if (Done < Total) {
      std::chrono::duration<double> Elapsed =
          std::chrono::steady_clock::now() - Start;
      auto Left =
          static_cast<unsigned>(Elapsed.count() * (Total - Done) / Done);
      llvm::errs() << llvm::format(", ETA %u:%02u", Left / 60, Left % 60);
    }
    // Clears what a longer earlier line left.
    llvm::errs() << "\x1b[K";
  }

  /// Erases the line, so that what follows starts on a clean one.
  void clear() {
    if (Enabled && Done)
      llvm::errs() << "\r\x1b[K";
  }

private:
  size_t Total;
  bool Enabled;
  std::mutex Mutex;
  size_t Done = 0;
  size_t Findings = 0;
  std::chrono::steady_clock::time_point Start;
};

bool isUnder(llvm::StringRef File, llvm::StringRef Dir) {
  if (File == Dir)
    return true;
  return File.starts_with(Dir) &&
         (Dir.ends_with("/") || File.substr(Dir.size()).starts_with("/"));
}

llvm::Expected<std::unique_ptr<tooling::CompilationDatabase>>
loadDatabase(const ScanOptions &Options) {
  std::string Error;
  if (!Options.BuildDir.empty()) {
    llvm::SmallString<256> Path(Options.BuildDir);
    llvm::sys::path::append(Path, "compile_commands.json");
    if (!llvm::sys::fs::exists(Path))
      return llvm::createStringError(
          "%s: no compile_commands.json here; generate it with cmake "
          "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON or with bear",
          Options.BuildDir.c_str());
    if (auto DB = tooling::JSONCompilationDatabase::loadFromFile(
            Path, Error, tooling::JSONCommandLineSyntax::AutoDetect))
      return std::move(DB);
    return llvm::createStringError("%s: invalid compilation database: %s",
                                   Path.c_str(), Error.c_str());
  }
  std::string Start = Options.Paths.empty() ? "." : Options.Paths.front();
  std::string AbsStart = absolutePath(Start);
  if (auto DB = tooling::CompilationDatabase::autoDetectFromDirectory(AbsStart,
                                                                      Error))
    return std::move(DB);
  return llvm::createStringError(
      "no compile_commands.json found in %s or above it; pass -p BUILD_DIR",
      AbsStart.c_str());
}

void addDiagnostic(const ClangTidyError &Error, SourceFiles &Sources,
                   Report &Out) {
  const Rule *R = findRule(Error.DiagnosticName);
  if (!R)
    return;
  Finding F{R->Enum,
            R->DefaultSeverity,
            Error.Message.Message,
            Sources.locate(Error.Message.FilePath, Error.Message.FileOffset),
            {},
            {}};
  // A check raises the level where the app's own policy makes it worse
  // (cleartext to a host its network security config keeps on TLS).
  if (Error.DiagLevel == tooling::Diagnostic::Remark)
    F.Level = Severity::Note;
  else if (Error.DiagLevel == tooling::Diagnostic::Error)
    F.Level = Severity::Error;
  for (const tooling::DiagnosticMessage &Note : Error.Notes)
    F.Notes.push_back(
        {Note.Message, Sources.locate(Note.FilePath, Note.FileOffset)});
  // writeReport gives conditional findings their own severity.
  if (F.isConditional() && F.Level > Severity::Warning)
    F.Level = Severity::Warning;
  for (const auto &FileFixes : Error.Message.Fix)
    for (const tooling::Replacement &Fix : FileFixes.second)
      F.Fixes.push_back(
          {Sources.range(Fix.getFilePath(), Fix.getOffset(), Fix.getLength()),
           Fix.getReplacementText().str()});
  Out.Findings.push_back(std::move(F));
}

/// "does not compile: LINE:COL: MESSAGE" for clang's error in TU itself;
/// the error's file comes first when it is elsewhere (a header), and the
/// position is left out when it has none (a bad command-line flag).
std::string compileError(const ClangTidyError &Error, llvm::StringRef TU,
                         SourceFiles &Sources) {
  std::string Text = "does not compile: ";
  if (!Error.Message.FilePath.empty()) {
    Location L =
        Sources.locate(Error.Message.FilePath, Error.Message.FileOffset);
    if (L.File != absolutePath(TU))
      Text += L.File + ":";
    Text += (llvm::Twine(L.Line) + ":" + llvm::Twine(L.Column) + ": ").str();
  }
  return Text + Error.Message.Message;
}

/// The clang error to name a broken TU with: the first one in TU itself,
/// else the first one elsewhere (a broken header fails every TU including
/// it). Later errors in a file usually follow from its first; clang-tidy
/// hands errors over sorted by file, so a library header's error caused by
/// the user's code can come before it.
const ClangTidyError *
firstCompileError(const std::vector<ClangTidyError> &Errors,
                  llvm::StringRef TU) {
  std::string Unit = absolutePath(TU);
  auto IsInUnit = [&](const ClangTidyError &Error) {
    return absoluteDiagnosticPath(Error.Message.FilePath,
                                  Error.BuildDirectory) == Unit;
  };
  const ClangTidyError *First = nullptr;
  bool FirstInUnit = false;
  for (const ClangTidyError &Error : Errors) {
    if (Error.DiagnosticName.rfind("clang-diagnostic-", 0) != 0 ||
        Error.DiagLevel != tooling::Diagnostic::Error)
      continue;
    bool InUnit = IsInUnit(Error);
    if (!First || (InUnit && !FirstInUnit) ||
        (InUnit && Error.Message.FileOffset < First->Message.FileOffset)) {
      First = &Error;
      FirstInUnit = InUnit;
    }
  }
  return First;
}

/// The findings and errors of the translation unit TU. A TU that does not
/// compile is one error naming it, with clang's first error in it.
Report convertUnit(const std::vector<ClangTidyError> &Errors,
                   llvm::StringRef TU) {
  Report Out;
  SourceFiles Sources;
  const ClangTidyError *Broken = firstCompileError(Errors, TU);
  for (const ClangTidyError &Error : Errors) {
    Sources.setBuildDir(Error.BuildDirectory);
    if (Error.DiagnosticName.rfind("clang-diagnostic-", 0) == 0) {
      if (&Error == Broken)
        Out.Errors.push_back(
            {absolutePath(TU), compileError(Error, TU, Sources)});
      continue;
    }
    if (Error.DiagnosticName == "clang-tidy-config") {
      Out.Errors.push_back({"", Error.Message.Message});
      continue;
    }
    addDiagnostic(Error, Sources, Out);
  }
  return Out;
}

/// The translation units of the database under the paths, sorted; with a
/// shard, this run's share of them.
llvm::Expected<std::vector<std::string>>
selectUnits(const tooling::CompilationDatabase &DB, const ScanOptions &Options,
            const TidyRunPlan &Plan) {
  std::vector<std::string> Roots;
  for (const std::string &Path : Options.Paths)
    Roots.push_back(absolutePath(Path));
  std::vector<std::string> Files;
  for (const std::string &File : DB.getAllFiles()) {
    bool Wanted = Roots.empty();
    for (const std::string &Root : Roots)
      Wanted |= isUnder(File, Root);
    if (Wanted)
      Files.push_back(File);
  }
  llvm::sort(Files);
  if (Plan.ShardCount > 1) {
    // Round robin over the sorted list: every share gets a near-equal
    // number of TUs, and the same TUs for the same database. A share may
    // be empty.
    std::vector<std::string> Share;
    for (size_t I = Plan.ShardIndex - 1; I < Files.size(); I += Plan.ShardCount)
      Share.push_back(std::move(Files[I]));
    return Share;
  }
  if (Files.empty()) {
    std::string Where = Options.BuildDir.empty()
                            ? std::string("the compilation database")
                            : Options.BuildDir + "/compile_commands.json";
    return llvm::createStringError("no translation unit in %s is under %s",
                                   Where.c_str(),
                                   llvm::join(Options.Paths, ", ").c_str());
  }
  return Files;
}

/// The options one unit is checked with: tlslint's defaults, the network
/// security config of the app it belongs to, the .clang-tidy files above
/// it, and the command line, in rising precedence.
std::unique_ptr<TlsOptionsProvider>
unitOptions(llvm::StringRef File, const TidyRunPlan &Plan,
            llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS) {
  ClangTidyOptions Defaults = defaultTidyOptions();
  if (const manifest::AndroidApp *App = manifest::appForFile(Plan.Apps, File);
      App && !App->NetworkSecurityConfig.empty())
    Defaults.CheckOptions[getOption(OptionId::NetworkSecurityConfig).Name] =
        ClangTidyOptions::ClangTidyValue(App->NetworkSecurityConfig);
  return std::make_unique<TlsOptionsProvider>(ClangTidyGlobalOptions(),
                                              std::move(Defaults),
                                              Plan.CommandLine, std::move(FS));
}

/// What every unit of a run shares.
struct UnitRunner {
  const tooling::CompilationDatabase &Compilations;
  const TidyRunPlan &Plan;
  ScanCache *Cache; ///< Null: no --cache.

  /// Checks one unit: from the cache when it holds the unit's entry, else
  /// through clang-tidy, storing what it found. Reused says which.
  Report run(const std::string &File, bool &Reused) const;
};

Report UnitRunner::run(const std::string &File, bool &Reused) const {
  // Thread safety (see runTidyChecks): a file system with its own working
  // directory, and a ClangTidyContext, per unit.
  auto FS = llvm::vfs::createPhysicalFileSystem();
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> SharedFS(FS.release());
  ClangTidyContext Context(unitOptions(File, Plan, SharedFS));
  Reused = false;
  std::string Key;
  if (Cache) {
    Key = Cache->key(Compilations.getCompileCommands(File),
                     Context.getOptionsForFile(File));
    if (std::optional<Report> Stored = Cache->lookup(Key)) {
      Reused = true;
      return std::move(*Stored);
    }
  }
  // With a cache, what the compiler reads is recorded for the entry.
  llvm::IntrusiveRefCntPtr<InputRecorder> Recorder;
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> CompilerFS = SharedFS;
  if (Cache)
    CompilerFS = Recorder = llvm::makeIntrusiveRefCnt<InputRecorder>(SharedFS);
  auto BaseFS =
      llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(CompilerFS);
  // One translation unit per call: the order of the report does not depend
  // on how clang-tidy batches files.
  Report Unit = convertUnit(
      runClangTidy(Context, Compilations, File, BaseFS, /*ApplyAnyFix=*/false),
      File);
  Unit.HiddenByHeaderFilter = Context.getStats().ErrorsIgnoredNonUserCode;
  if (Cache && Unit.Errors.empty())
    Cache->store(Key, *Recorder, Unit);
  return Unit;
}

/// The units' reports, in file order; a check option that cannot be used
/// (a network security config that does not exist) is the same problem for
/// every unit, so its error comes once.
Report mergeUnits(std::vector<Report> PerFile) {
  Report Out;
  llvm::StringSet<> ConfigErrors;
  for (Report &Unit : PerFile) {
    std::move(Unit.Findings.begin(), Unit.Findings.end(),
              std::back_inserter(Out.Findings));
    for (ToolError &Error : Unit.Errors)
      if (!Error.File.empty() || ConfigErrors.insert(Error.Message).second)
        Out.Errors.push_back(std::move(Error));
    Out.HiddenByHeaderFilter += Unit.HiddenByHeaderFilter;
  }
  Out.normalize();
  return Out;
}

} // namespace

llvm::Expected<Report> runTidyChecks(const ScanOptions &Options,
                                     const TidyRunPlan &Plan,
                                     TidyRunStats *Stats) {
  auto DB = loadDatabase(Options);
  if (!DB)
    return DB.takeError();
  auto Selected = selectUnits(**DB, Options, Plan);
  if (!Selected)
    return Selected.takeError();
  std::vector<std::string> Files = std::move(*Selected);
  if (Files.empty())
    return Report();
  std::unique_ptr<ScanCache> Cache;
  if (!Options.Cache.empty()) {
    auto Opened = ScanCache::open(Options.Cache);
    if (!Opened)
      return Opened.takeError();
    Cache = std::move(*Opened);
  }

  // Quiet the compiler's own "N warnings generated." lines: tlslint reports
  // findings, not clang's statistics.
  tooling::ArgumentsAdjustingCompilations Quiet(std::move(*DB));
  Quiet.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      "-fno-caret-diagnostics", tooling::ArgumentInsertPosition::END));

  // Translation units run in parallel threads of this process, as clangd runs
  // clang-tidy checks on its worker threads; child processes would have to
  // re-parse the database and merge reports for no gain. What is not
  // thread-safe is shared mutable state, so each TU gets its own:
  // - a ClangTidyContext (it tracks the current file and collects errors);
  // - a physical file system with its own working directory: ClangTool sets
  //   the compile command's directory on the file system, and
  //   getRealFileSystem() would turn that into a process-wide chdir racing
  //   between threads.
  // Errors go into the TU's own slot and are merged in file order, so the
  // report does not depend on -j or on scheduling.
  // Findings are converted per TU, in its thread: that is what the cache
  // stores.
  UnitRunner Runner{Quiet, Plan, Cache.get()};
  std::vector<Report> PerFile(Files.size());
  ProgressLine Progress(Files.size(),
                        !Options.Quiet && llvm::errs().is_displayed());
  std::atomic<size_t> Reused{0};
  auto RunOne = [&](size_t I) {
    bool FromCache = false;
    PerFile[I] = Runner.run(Files[I], FromCache);
    Reused += FromCache;
    Progress.finished(PerFile[I].Findings.size());
  };
  unsigned Jobs = std::min<size_t>(
      llvm::hardware_concurrency(Options.Jobs).compute_thread_count(),
      Files.size());
  if (Jobs <= 1) {
    for (size_t I = 0; I != Files.size(); ++I)
      RunOne(I);
  } else {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Jobs));
    for (size_t I = 0; I != Files.size(); ++I)
      Pool.async([&RunOne, I] { RunOne(I); });
    Pool.wait();
  }
  Progress.clear();
  if (Stats) {
    Stats->Units = Files.size();
    Stats->Reused = Reused;
    Stats->FailedWrites = Cache ? Cache->failedWrites() : 0;
  }
  return mergeUnits(std::move(PerFile));
}

std::vector<std::string> registeredCheckNames() {
  ClangTidyCheckFactories Factories;
  for (const auto &Entry : ClangTidyModuleRegistry::entries())
    Entry.instantiate()->addCheckFactories(Factories);
  std::vector<std::string> Names;
  for (const auto &Factory : Factories)
    Names.push_back(Factory.getKey().str());
  llvm::sort(Names);
  return Names;
}

} // namespace tlslint
