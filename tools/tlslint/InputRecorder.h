//===-- InputRecorder.h - What a compilation read from disk -----*- C++ -*-===//
//
// The scan cache (ScanCache.h) must know when a translation unit would
// preprocess differently. Given the same compile command, the preprocessed
// unit is decided by what the compiler finds on disk: the files it reads, and
// the paths it probes on the way (an include directory searched before the
// one that had the header, a GCC installation the driver looks for). A file
// system between clang and the disk records both, at no cost beyond hashing
// what clang reads anyway: no second preprocessing run.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_TOOLS_TLSLINT_INPUTRECORDER_H
#define TLSLINT_TOOLS_TLSLINT_INPUTRECORDER_H

#include "llvm/Support/VirtualFileSystem.h"
#include <map>
#include <string>

namespace tlslint {

/// What one path held during a compilation; each part only when the
/// compiler asked for it.
struct PathRecord {
  /// From status: 'm' missing (or unreachable), 'f' file, 'd' directory,
  /// 'o' anything else; 0 when the compiler never asked.
  char Kind = 0;
  /// Digest of the content the compiler read; empty when it read none.
  std::string Content;
  /// Digest of the entry names of a directory the compiler listed.
  std::string Listing;
};

/// Records, sorted by absolute path.
using PathRecords = std::map<std::string, PathRecord>;

/// A short digest (hex) of Bytes: BLAKE3, 128 bits.
std::string digestOf(llvm::StringRef Bytes);

/// What a path is now, as status tells: the PathRecord::Kind letters.
char kindOf(const llvm::ErrorOr<llvm::vfs::Status> &Status);

/// Digest of a directory listing: its entry names, sorted.
std::string listingDigest(std::vector<std::string> Names);

/// Passes everything through to the file system below and records what the
/// compiler asked for. One per translation unit (not thread-safe).
class InputRecorder : public llvm::vfs::ProxyFileSystem {
public:
  explicit InputRecorder(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS)
      : ProxyFileSystem(std::move(FS)) {}

  llvm::ErrorOr<llvm::vfs::Status> status(const llvm::Twine &Path) override;
  bool exists(const llvm::Twine &Path) override;
  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &Path) override;
  llvm::vfs::directory_iterator dir_begin(const llvm::Twine &Dir,
                                          std::error_code &EC) override;

  /// False when what was seen cannot be checked again: a file read twice
  /// with different contents, or a listing that failed half way.
  bool complete() const { return Complete; }
  const PathRecords &records() const { return Records; }

  /// Called by the files it opened, with what the compiler read.
  void recordContent(llvm::StringRef AbsolutePath, llvm::StringRef Bytes);

private:
  std::string absolute(const llvm::Twine &Path) const;
  void recordKind(const std::string &AbsolutePath, char Kind);

  PathRecords Records;
  bool Complete = true;
};

} // namespace tlslint

#endif
