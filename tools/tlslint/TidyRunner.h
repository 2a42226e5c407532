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
};

/// Runs clang-tidy's library with only tlslint's module registered over the
/// translation units of a compilation database, and turns its diagnostics
/// into findings. A TU that fails to compile becomes a ToolError.
llvm::Expected<Report> runTidyChecks(const TidyRunRequest &Request);

/// Names of the C/C++ checks the tls module registers.
std::vector<std::string> registeredCheckNames();

} // namespace tlslint

#endif
