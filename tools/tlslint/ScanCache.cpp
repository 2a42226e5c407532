//===-- ScanCache.cpp -----------------------------------------------------===//

#include "tools/tlslint/ScanCache.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "lib/nsc/NetworkPolicy.h"
#include "lib/report/Emitters.h"
#include "lib/report/ReportReader.h"
#include "lib/support/Paths.h"
#include "tools/tlslint/TidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

namespace tlslint {
namespace {

/// Bump when what goes into a key or an entry changes: old entries then
/// simply stop matching.
constexpr int64_t FormatVersion = 2;

/// Parts hashed into a key, each with its length so that none can run into
/// the next.
class KeyBuilder {
public:
  KeyBuilder &add(llvm::StringRef Part) {
    uint64_t Size = Part.size();
    Hasher.update(
        llvm::ArrayRef(reinterpret_cast<const uint8_t *>(&Size), sizeof(Size)));
    Hasher.update(Part);
    return *this;
  }
  std::string hex() {
    return llvm::toHex(Hasher.final<16>(), /*LowerCase=*/true);
  }

private:
  llvm::BLAKE3 Hasher;
};

/// tlslint's version, LLVM's, and this executable's size and modification
/// time: a development build changes its checks without a new version.
std::string toolIdentity() {
  std::string Id = "tlslint " TLSLINT_VERSION " LLVM " TLSLINT_LLVM_VERSION;
  std::string Exe = llvm::sys::fs::getMainExecutable(nullptr, nullptr);
  llvm::sys::fs::file_status Status;
  if (!Exe.empty() && !llvm::sys::fs::status(Exe, Status))
    Id += llvm::formatv(
              " {0} {1} {2}", Exe, Status.getSize(),
              Status.getLastModificationTime().time_since_epoch().count())
              .str();
  return Id;
}

} // namespace

ScanCache::ScanCache(std::string Dir)
    : Dir(std::move(Dir)), ToolIdentity(toolIdentity()) {}

llvm::Expected<std::unique_ptr<ScanCache>>
ScanCache::open(llvm::StringRef Dir) {
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
    return llvm::createStringError(EC, "%s: cannot create the cache: %s",
                                   Dir.str().c_str(), EC.message().c_str());
  if (!llvm::sys::fs::is_directory(Dir))
    return llvm::createStringError("%s: the cache is not a directory",
                                   Dir.str().c_str());
  return std::unique_ptr<ScanCache>(new ScanCache(Dir.str()));
}

std::string ScanCache::networkSecurityConfigIdentity(llvm::StringRef Option) {
  if (Option.empty())
    return "";
  std::string Path = absolutePath(Option);
  {
    std::lock_guard<std::mutex> Guard(Lock);
    if (auto It = Configs.find(Path); It != Configs.end())
      return It->second;
  }
  // The checks load the same policy, once per process, through this call.
  std::string Identity = Path;
  auto Content = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                             /*RequiresNullTerminator=*/false);
  llvm::Expected<std::shared_ptr<const NetworkPolicy>> Policy =
      NetworkPolicy::load(Path);
  if (Content && Policy)
    Identity += " " + digestOf((*Content)->getBuffer()) + " " +
                (*Policy)->expiredPinSets();
  else
    Identity += " unusable"; // The units report it, and are not stored.
  if (!Policy)
    llvm::consumeError(Policy.takeError());
  std::lock_guard<std::mutex> Guard(Lock);
  return Configs.try_emplace(Path, Identity).first->second;
}

std::string
ScanCache::key(llvm::ArrayRef<clang::tooling::CompileCommand> Commands,
               const clang::tidy::ClangTidyOptions &Options) {
  KeyBuilder Key;
  Key.add("tlslint scan cache").add(std::to_string(FormatVersion));
  Key.add(ToolIdentity);
  // Where clang's driver looks besides the command line.
  for (const char *Var :
       {"CPATH", "C_INCLUDE_PATH", "CPLUS_INCLUDE_PATH", "OBJC_INCLUDE_PATH",
        "OBJCPLUS_INCLUDE_PATH", "COMPILER_PATH", "CCC_OVERRIDE_OPTIONS",
        "SDKROOT", "SOURCE_DATE_EPOCH"}) {
    std::optional<std::string> Value = llvm::sys::Process::GetEnv(Var);
    Key.add(Var).add(Value ? "=" + *Value : "unset");
  }
  Key.add(std::to_string(Commands.size()));
  for (const clang::tooling::CompileCommand &Command : Commands) {
    Key.add(Command.Directory).add(Command.Filename);
    Key.add(std::to_string(Command.CommandLine.size()));
    for (const std::string &Arg : Command.CommandLine)
      Key.add(Arg);
  }
  Key.add(clang::tidy::configurationAsText(Options));
  Key.add(networkSecurityConfigIdentity(
      sharedOption(Options, OptionId::NetworkSecurityConfig)));
  return Key.hex();
}

std::string ScanCache::entryPath(llvm::StringRef Key) const {
  // Two levels, as ccache: no directory grows to every entry.
  llvm::SmallString<256> Path(Dir);
  llvm::sys::path::append(Path, Key.take_front(2), Key.drop_front(2) + ".json");
  return std::string(Path);
}

template <typename T, typename Fn>
T ScanCache::memo(llvm::StringMap<T> &Memo, llvm::StringRef Path, Fn Compute) {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    if (auto It = Memo.find(Path); It != Memo.end())
      return It->second;
  }
  // Outside the lock: other threads hash other files meanwhile.
  T Value = Compute();
  std::lock_guard<std::mutex> Guard(Lock);
  return Memo.try_emplace(Path, std::move(Value)).first->second;
}

bool ScanCache::unchanged(const std::string &Path, const PathRecord &Then) {
  if (Then.Kind &&
      memo(Kinds, Path, [&] {
        return kindOf(llvm::vfs::getRealFileSystem()->status(Path));
      }) != Then.Kind)
    return false;
  if (!Then.Content.empty() &&
      memo(Contents, Path, [&] {
        auto Buffer = llvm::MemoryBuffer::getFile(
            Path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
        return Buffer ? digestOf((*Buffer)->getBuffer()) : std::string();
      }) != Then.Content)
    return false;
  if (!Then.Listing.empty() &&
      memo(Listings, Path, [&] {
        std::vector<std::string> Names;
        std::error_code EC;
        auto FS = llvm::vfs::getRealFileSystem();
        for (llvm::vfs::directory_iterator It = FS->dir_begin(Path, EC), End;
             !EC && It != End; It.increment(EC))
          Names.push_back(llvm::sys::path::filename(It->path()).str());
        return EC ? std::string() : listingDigest(std::move(Names));
      }) != Then.Listing)
    return false;
  return true;
}

std::optional<Report> ScanCache::lookup(llvm::StringRef Key) {
  std::string Path = entryPath(Key);
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return std::nullopt;
  // Anything unexpected is a miss: the unit is checked and the entry
  // rewritten.
  llvm::Expected<llvm::json::Value> Parsed =
      llvm::json::parse((*Buffer)->getBuffer());
  if (!Parsed) {
    llvm::consumeError(Parsed.takeError());
    return std::nullopt;
  }
  const llvm::json::Object *Entry = Parsed->getAsObject();
  if (!Entry || Entry->getInteger("tlslintCache") != FormatVersion ||
      Entry->getString("key") != Key)
    return std::nullopt;
  const llvm::json::Array *Inputs = Entry->getArray("inputs");
  const llvm::json::Object *Findings = Entry->getObject("report");
  if (!Inputs || !Findings)
    return std::nullopt;
  for (const llvm::json::Value &Input : *Inputs) {
    const llvm::json::Array *Fields = Input.getAsArray();
    if (!Fields || Fields->size() != 4)
      return std::nullopt;
    std::optional<llvm::StringRef> File = (*Fields)[0].getAsString();
    std::optional<llvm::StringRef> Kind = (*Fields)[1].getAsString();
    std::optional<llvm::StringRef> Content = (*Fields)[2].getAsString();
    std::optional<llvm::StringRef> Listing = (*Fields)[3].getAsString();
    if (!File || !Kind || Kind->size() > 1 || !Content || !Listing)
      return std::nullopt;
    PathRecord Then{Kind->empty() ? '\0' : Kind->front(), Content->str(),
                    Listing->str()};
    if (!unchanged(File->str(), Then))
      return std::nullopt;
  }
  ReadReport Read;
  if (llvm::Error E = readJsonReport(*Findings, Path, Read)) {
    llvm::consumeError(std::move(E));
    return std::nullopt;
  }
  if (!Read.UnknownRules.empty())
    return std::nullopt;
  return std::move(Read.Contents);
}

void ScanCache::store(llvm::StringRef Key, const InputRecorder &Inputs,
                      const Report &Findings) {
  if (!Inputs.complete())
    return;
  llvm::json::Array InputArray;
  for (const auto &[File, Record] : Inputs.records()) {
    // JSON holds UTF-8 only; such a path is rare enough to go unstored.
    if (!llvm::json::isUTF8(File))
      return;
    InputArray.push_back(llvm::json::Array{
        File, Record.Kind ? std::string(1, Record.Kind) : std::string(),
        Record.Content, Record.Listing});
  }
  llvm::json::Object Entry{{"tlslintCache", FormatVersion},
                           {"key", Key},
                           {"inputs", std::move(InputArray)},
                           {"report", jsonReport(Findings)}};

  std::string Path = entryPath(Key);
  llvm::StringRef Parent = llvm::sys::path::parent_path(Path);
  auto Failed = [&] { ++FailedWrites; };
  if (llvm::sys::fs::create_directories(Parent))
    return Failed();
  // Written under a unique name and renamed: a reader sees the old entry or
  // the new one, never a part, and the last of concurrent writers wins.
  llvm::Expected<llvm::sys::fs::TempFile> Temp =
      llvm::sys::fs::TempFile::create(Parent + "/tmp-%%%%%%%%%%%%");
  if (!Temp) {
    llvm::consumeError(Temp.takeError());
    return Failed();
  }
  {
    llvm::raw_fd_ostream OS(Temp->FD, /*shouldClose=*/false);
    OS << llvm::json::Value(std::move(Entry));
    OS.flush();
    if (OS.has_error()) {
      OS.clear_error();
      llvm::consumeError(Temp->discard());
      return Failed();
    }
  }
  if (llvm::Error E = Temp->keep(Path)) {
    llvm::consumeError(std::move(E));
    return Failed();
  }
}

} // namespace tlslint
