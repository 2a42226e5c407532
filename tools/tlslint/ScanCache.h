//===-- ScanCache.h - Findings of unchanged translation units ---*- C++ -*-===//
//
// `tlslint scan --cache DIR`: a translation unit whose preprocessed text,
// compile command and configuration have not changed since an earlier run
// gets that run's findings back instead of being parsed and checked again.
//
// An entry is found by a key of what decides the findings besides the files
// the compiler reads:
//  - tlslint itself: its version, LLVM's, and the executable's size and
//    modification time (a rebuilt tlslint is another tool);
//  - the file's compile commands (directory, file, arguments) and the
//    environment variables clang's driver reads (CPATH and friends);
//  - the file's effective clang-tidy configuration (checks, check options,
//    header filter, extra arguments), from .clang-tidy, --config, --checks;
//  - the network security config it is compared with: its path, its content,
//    and which of its pin-sets have expired today.
// The entry then holds what the compiler found on disk (InputRecorder.h):
// every file it read, with a digest of its content, and every path it probed
// on the way. Those decide the preprocessed translation unit, and more: the
// exact bytes, so that columns and fix-it offsets stay right where a change
// keeps the tokens (re-indenting) but moves them. On a lookup each is checked
// against the disk, each path once per run for all translation units, which
// costs a fraction of preprocessing; any difference re-checks the unit. A
// unit that did not compile, or whose configuration could not be used, is
// not stored.
//
// Entries are JSON (the findings in the report format of
// docs/json-format.md), written to a temporary file and renamed, so
// concurrent scans sharing a cache never read half an entry. An entry that
// cannot be read or parsed, or of another format version, is a miss.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_TOOLS_TLSLINT_SCANCACHE_H
#define TLSLINT_TOOLS_TLSLINT_SCANCACHE_H

#include "lib/report/Finding.h"
#include "tools/tlslint/InputRecorder.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace clang {
namespace tooling {
struct CompileCommand;
} // namespace tooling
namespace tidy {
struct ClangTidyOptions;
} // namespace tidy
} // namespace clang

namespace tlslint {

class ScanCache {
public:
  /// The cache in Dir, created when missing. The error names Dir.
  static llvm::Expected<std::unique_ptr<ScanCache>> open(llvm::StringRef Dir);

  /// The key of a translation unit's entry: everything above except the
  /// files the compiler reads.
  std::string key(llvm::ArrayRef<clang::tooling::CompileCommand> Commands,
                  const clang::tidy::ClangTidyOptions &Options);

  /// The findings stored under Key, when every input recorded with them is
  /// still found the same.
  std::optional<Report> lookup(llvm::StringRef Key);

  /// Stores the findings of a translation unit checked under Key, with what
  /// its compilation read. Nothing when the recorder saw something it cannot
  /// check again later.
  void store(llvm::StringRef Key, const InputRecorder &Inputs,
             const Report &Findings);

  /// Entries that could not be written (a full disk, no permission).
  size_t failedWrites() const { return FailedWrites; }

private:
  explicit ScanCache(std::string Dir);

  std::string entryPath(llvm::StringRef Key) const;
  bool unchanged(const std::string &Path, const PathRecord &Then);
  std::string networkSecurityConfigIdentity(llvm::StringRef Option);

  /// Memo[Path], computed outside the lock when missing: each part of what
  /// a path holds now is computed at most once per run.
  template <typename T, typename Fn>
  T memo(llvm::StringMap<T> &Memo, llvm::StringRef Path, Fn Compute);

  std::string Dir;
  std::string ToolIdentity;
  std::mutex Lock;
  llvm::StringMap<char> Kinds;
  llvm::StringMap<std::string> Contents, Listings;
  llvm::StringMap<std::string> Configs; ///< Network security configs.
  std::atomic<size_t> FailedWrites{0};
};

} // namespace tlslint

#endif
