//===-- Commands.h - tlslint subcommands ------------------------*- C++ -*-===//

#ifndef TLSLINT_TOOLS_TLSLINT_COMMANDS_H
#define TLSLINT_TOOLS_TLSLINT_COMMANDS_H

#include "lib/report/Finding.h"
#include "lib/report/SourceCache.h"
#include <optional>
#include <string>
#include <vector>

namespace tlslint {

enum class OutputFormat { Text, Json, Sarif, Html, CodeQuality };

struct OutputOptions {
  OutputFormat Format = OutputFormat::Text;
  std::string OutputFile; ///< Empty: standard output.
  Severity FailOn = Severity::Warning;
  /// --conditional-severity: the severity of a finding that holds only when
  /// a user opts in (Finding::isConditional).
  Severity ConditionalSeverity = Severity::Warning;
  /// More reports of the same run (--text, --json, --sarif, --html,
  /// --codequality FILE).
  std::vector<std::pair<OutputFormat, std::string>> ExtraOutputs;
  /// SARIF, HTML and Code Quality reports name files relative to it; empty:
  /// the current directory.
  std::string SourceRoot;
  /// --baseline: an earlier JSON or SARIF report whose findings are not
  /// reported again; empty: none.
  std::string Baseline;
  /// --write-baseline: every finding of this run, before --baseline, as a
  /// SARIF report that later runs can take as their baseline.
  std::string WriteBaseline;
  /// --allow-errors: files that could not be analysed do not make the exit
  /// code 2 (they are still reported).
  bool AllowErrors = false;
  /// --fail-on-class: only findings in these files make the exit code 1.
  FileClasses FailIn;
  /// Print a summary line on standard error (tlslint scan without --quiet).
  bool Summary = false;
};

struct ScanOptions {
  std::string BuildDir; ///< Holds compile_commands.json; empty: search upward.
  std::vector<std::string> Paths;
  std::string Checks; ///< Extra check glob, appended to the defaults.
  std::string Config; ///< Inline YAML/JSON config, as clang-tidy's --config.
  OutputOptions Output;
  unsigned Jobs = 0;  ///< Translation units checked at once; 0: all cores.
  bool Quiet = false; ///< No progress line on standard error.
  /// --shard K/N, as given: this run checks the K-th of N shares (1-based);
  /// empty: everything. ScanCommand validates it.
  std::string Shard;
  /// --cache DIR: reuse the findings of unchanged translation units; empty:
  /// no cache.
  std::string Cache;
};

/// Options of `tlslint merge`.
struct MergeOptions {
  std::vector<std::string> Inputs; ///< JSON or SARIF reports.
  OutputOptions Output;
};

/// Options of `tlslint xml`, as given; XmlCommand validates them.
struct XmlOptions {
  std::vector<std::string> Paths;
  std::string Today; ///< YYYY-MM-DD; empty: the system's date.
  int MinSdk = 0;    ///< 0: from the manifest or build.gradle.
  int TargetSdk = 0; ///< 0: from the manifest or build.gradle.
  std::vector<std::string> RequirePins;
  std::optional<unsigned> ExpiryHorizonDays; ///< Unset: .clang-tidy, or 30.
  bool Debuggable = false;
  OutputOptions Output;
};

struct RulesOptions {
  OutputFormat Format = OutputFormat::Text;
};

/// How `tlslint pin` writes pins: a line per key, <pin> elements, or one
/// CURLOPT_PINNEDPUBLICKEY value.
enum class PinFormat { Text, Nsc, Curl };

/// Options of `tlslint pin`, as given; PinCommand validates them.
struct PinOptions {
  std::vector<std::string> Files;
  PinFormat Format = PinFormat::Text;
  bool FormatGiven = false;
  std::string CheckConfig; ///< --check: the config whose pin-sets to verify.
  std::string CertDir;     ///< --certs: the certificates served per domain.
  std::string Today;       ///< YYYY-MM-DD; empty: the system's date.
  unsigned ExpiryHorizonDays = 30;
};

int runScanCommand(const ScanOptions &Options);
int runXmlCommand(const XmlOptions &Options);
int runRulesCommand(const RulesOptions &Options);
int runPinCommand(const PinOptions &Options);
int runMergeCommand(const MergeOptions &Options);

/// Writes a report in the chosen formats and returns the exit code for it.
/// Sources: the source lines to show, when the caller has some that are not
/// on disk (merged reports); null: read from disk.
int writeReport(Report &R, const OutputOptions &Output,
                SourceCache *Sources = nullptr);

/// After a failure that leaves nothing to report, writes the requested
/// report files anyway, holding only the error, so that a CI step that
/// uploads them finds them and shows why; returns ExitToolError.
int writeFailureReport(llvm::StringRef Message, const OutputOptions &Output);

} // namespace tlslint

#endif
