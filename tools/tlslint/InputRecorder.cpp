//===-- InputRecorder.cpp -------------------------------------------------===//

#include "tools/tlslint/InputRecorder.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/Path.h"

namespace tlslint {

std::string digestOf(llvm::StringRef Bytes) {
  // BLAKE3 rather than SHA-256: it hashes the megabytes of headers a
  // translation unit reads several times faster, and 128 bits are plenty to
  // tell versions of one file apart.
  return llvm::toHex(
      llvm::BLAKE3::hash<16>(llvm::arrayRefFromStringRef<uint8_t>(Bytes)),
      /*LowerCase=*/true);
}

char kindOf(const llvm::ErrorOr<llvm::vfs::Status> &Status) {
  if (!Status || !Status->exists())
    return 'm';
  if (Status->isRegularFile())
    return 'f';
  if (Status->isDirectory())
    return 'd';
  return 'o';
}

std::string listingDigest(std::vector<std::string> Names) {
  llvm::sort(Names);
  return digestOf(llvm::join(Names, llvm::StringRef("\0", 1)));
}

namespace {

/// Hands what the compiler reads to the recorder on its way.
class RecordingFile : public llvm::vfs::File {
public:
  RecordingFile(std::unique_ptr<llvm::vfs::File> Inner,
                llvm::IntrusiveRefCntPtr<InputRecorder> Owner, std::string Path)
      : Inner(std::move(Inner)), Owner(std::move(Owner)),
        Path(std::move(Path)) {}

  llvm::ErrorOr<llvm::vfs::Status> status() override { return Inner->status(); }
  llvm::ErrorOr<std::string> getName() override { return Inner->getName(); }
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>>
  getBuffer(const llvm::Twine &Name, int64_t FileSize,
            bool RequiresNullTerminator, bool IsVolatile) override {
    auto Buffer =
        Inner->getBuffer(Name, FileSize, RequiresNullTerminator, IsVolatile);
    if (Buffer)
      Owner->recordContent(Path, (*Buffer)->getBuffer());
    return Buffer;
  }
  std::error_code close() override { return Inner->close(); }

private:
  std::unique_ptr<llvm::vfs::File> Inner;
  llvm::IntrusiveRefCntPtr<InputRecorder> Owner;
  std::string Path;
};

} // namespace

std::string InputRecorder::absolute(const llvm::Twine &Path) const {
  llvm::SmallString<256> Abs;
  Path.toVector(Abs);
  if (makeAbsolute(Abs))
    return std::string(Abs);
  // "a/../b" stays: a symbolic link "a" would make it another file.
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/false);
  return std::string(Abs);
}

llvm::ErrorOr<llvm::vfs::Status>
InputRecorder::status(const llvm::Twine &Path) {
  llvm::ErrorOr<llvm::vfs::Status> Result = ProxyFileSystem::status(Path);
  recordKind(absolute(Path), kindOf(Result));
  return Result;
}

void InputRecorder::recordKind(const std::string &AbsolutePath, char Kind) {
  PathRecord &R = Records[AbsolutePath];
  if (R.Kind && R.Kind != Kind)
    Complete = false; // Changed while the compiler looked.
  R.Kind = Kind;
}

bool InputRecorder::exists(const llvm::Twine &Path) {
  // ProxyFileSystem asks the file system below directly, unrecorded.
  return status(Path).operator bool();
}

llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
InputRecorder::openFileForRead(const llvm::Twine &Path) {
  std::string Abs = absolute(Path);
  auto File = ProxyFileSystem::openFileForRead(Path);
  // Opening is how clang's FileManager asks whether a header is there.
  recordKind(Abs, File ? kindOf((*File)->status()) : 'm');
  if (!File)
    return File;
  return std::unique_ptr<llvm::vfs::File>(std::make_unique<RecordingFile>(
      std::move(*File), llvm::IntrusiveRefCntPtr<InputRecorder>(this), Abs));
}

llvm::vfs::directory_iterator InputRecorder::dir_begin(const llvm::Twine &Dir,
                                                       std::error_code &EC) {
  // Listed once here for the record; the caller gets its own iterator.
  std::vector<std::string> Names;
  std::error_code ListEC;
  for (llvm::vfs::directory_iterator
           It = ProxyFileSystem::dir_begin(Dir, ListEC),
           End;
       !ListEC && It != End; It.increment(ListEC))
    Names.push_back(llvm::sys::path::filename(It->path()).str());
  std::string Abs = absolute(Dir);
  if (!ListEC)
    Records[Abs].Listing = listingDigest(std::move(Names));
  else if (Names.empty())
    recordKind(Abs, 'm');
  else
    Complete = false; // Failed half way: nothing to compare with later.
  return ProxyFileSystem::dir_begin(Dir, EC);
}

void InputRecorder::recordContent(llvm::StringRef AbsolutePath,
                                  llvm::StringRef Bytes) {
  std::string Digest = digestOf(Bytes);
  recordKind(AbsolutePath.str(), 'f');
  PathRecord &R = Records[AbsolutePath.str()];
  if (!R.Content.empty() && R.Content != Digest)
    Complete = false;
  R.Content = std::move(Digest);
}

} // namespace tlslint
