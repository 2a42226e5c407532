//===-- TidyRunner.h - Run the tls-* checks through clang-tidy --*- C++ -*-===//

#ifndef TLSLINT_TOOLS_TLSLINT_TIDYRUNNER_H
#define TLSLINT_TOOLS_TLSLINT_TIDYRUNNER_H

#include "lib/report/Finding.h"
#include "lib/xmllint/Linter.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace tlslint {

struct TidyRunRequest {
  std::string BuildDir;
  std::vector<std::string> Paths;
  std::string ExtraChecks;
  std::string Config;
  /// Translation units checked at once; 0: one per hardware thread.
  unsigned Jobs = 0;
  /// Progress on standard error, when it is a terminal.
  bool ShowProgress = true;
  /// Check only the translation units whose index in the sorted list is
  /// ShardIndex - 1 modulo ShardCount.
  unsigned ShardIndex = 1, ShardCount = 1;
  /// Apps found under the paths: each TU is compared with the network
  /// security config of the app it belongs to (xmllint::appForFile), unless
  /// a .clang-tidy or --config names one.
  std::vector<xmllint::AndroidApp> Apps;
  /// --cache: findings of unchanged translation units come from, and new
  /// ones go to, this directory (ScanCache.h); empty: no cache.
  std::string CacheDir;
};

/// What a run did besides its findings.
struct TidyRunStats {
  size_t Units = 0;        ///< Translation units of the run (after --shard).
  size_t Reused = 0;       ///< Of those, taken from the cache.
  size_t FailedWrites = 0; ///< Cache entries that could not be written.
};

/// Runs clang-tidy's library with only tlslint's module registered over the
/// translation units of a compilation database, and turns its diagnostics
/// into findings. A TU that fails to compile becomes a ToolError.
/// A cache that cannot be opened is an error; one that cannot be written to
/// is counted in Stats.
llvm::Expected<Report> runTidyChecks(const TidyRunRequest &Request,
                                     TidyRunStats *Stats = nullptr);

/// Names of the C/C++ checks the tls module registers.
std::vector<std::string> registeredCheckNames();

} // namespace tlslint

#endif
