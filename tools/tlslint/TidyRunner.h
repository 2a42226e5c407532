//===-- TidyRunner.h - Run the tls-* checks through clang-tidy --*- C++ -*-===//

#ifndef TLSLINT_TOOLS_TLSLINT_TIDYRUNNER_H
#define TLSLINT_TOOLS_TLSLINT_TIDYRUNNER_H

#include "clang-tidy/ClangTidyOptions.h"
#include "lib/manifest/AndroidApp.h"
#include "lib/report/Finding.h"
#include "tools/tlslint/Commands.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace tlslint {

/// What the scan command derived from its ScanOptions for the C/C++ half.
struct TidyRunPlan {
  /// Check only the translation units whose index in the sorted list is
  /// ShardIndex - 1 modulo ShardCount (--shard, validated).
  unsigned ShardIndex = 1, ShardCount = 1;
  /// Apps found under the paths: each TU is compared with the network
  /// security config of the app it belongs to (manifest::appForFile), unless
  /// a .clang-tidy or --config names one.
  std::vector<manifest::AndroidApp> Apps;
  /// --checks and --config, parsed once for both halves
  /// (commandLineTidyOptions).
  clang::tidy::ClangTidyOptions CommandLine;
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
/// Options: the paths and build directory, -j, --quiet (no progress line)
/// and --cache.
llvm::Expected<Report> runTidyChecks(const ScanOptions &Options,
                                     const TidyRunPlan &Plan,
                                     TidyRunStats *Stats = nullptr);

/// Names of the C/C++ checks the tls module registers.
std::vector<std::string> registeredCheckNames();

} // namespace tlslint

#endif
