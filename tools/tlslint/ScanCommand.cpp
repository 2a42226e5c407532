//===-- ScanCommand.cpp - tlslint scan ------------------------------------===//

#include "lib/report/Baseline.h"
#include "lib/report/ReportPaths.h"
#include "lib/xmllint/Linter.h"
#include "tools/tlslint/Commands.h"
#include "tools/tlslint/TidyOptions.h"
#include "tools/tlslint/TidyRunner.h"
#include "tools/tlslint/TidyXmlSettings.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/WithColor.h"

namespace tlslint {

int runScanCommand(const ScanOptions &GivenOptions) {
  ScanOptions Options = GivenOptions;
  Options.Output.Summary = !Options.Quiet;
  // A baseline that cannot be used is an input error: say so before the
  // scan, which can take minutes. writeReport reads it again to apply it.
  if (!Options.Output.Baseline.empty()) {
    SourceCache Sources;
    llvm::Expected<Baseline> Accepted =
        Baseline::load(Options.Output.Baseline,
                       absolutePath(Options.Output.SourceRoot.empty()
                                        ? "."
                                        : Options.Output.SourceRoot),
                       Sources);
    if (!Accepted) {
      llvm::WithColor::error(llvm::errs(), "tlslint")
          << llvm::toString(Accepted.takeError()) << '\n';
      return ExitToolError;
    }
  }
  // Both halves read the same configuration: the .clang-tidy files, then
  // --config and --checks.
  auto CommandLine = commandLineTidyOptions(Options.Config, Options.Checks);
  if (!CommandLine) {
    std::string Message = llvm::toString(CommandLine.takeError());
    llvm::WithColor::error(llvm::errs(), "tlslint") << Message << '\n';
    return writeFailureReport(Message, Options.Output);
  }
  // The XML half first: the apps it finds tell which network security
  // config each translation unit is compared with.
  std::vector<std::string> XmlPaths;
  for (const std::string &Path : Options.Paths)
    if (llvm::sys::fs::is_directory(Path) ||
        llvm::StringRef(Path).ends_with(".xml"))
      XmlPaths.push_back(absolutePath(Path)); // As clang names sources.
  Report Xml;
  TidyRunPlan Plan;
  Plan.CommandLine = *CommandLine;
  if (!Options.Shard.empty()) {
    auto [K, N] = llvm::StringRef(Options.Shard).split('/');
    if (K.getAsInteger(10, Plan.ShardIndex) ||
        N.getAsInteger(10, Plan.ShardCount) || Plan.ShardCount == 0 ||
        Plan.ShardIndex == 0 || Plan.ShardIndex > Plan.ShardCount) {
      llvm::WithColor::error(llvm::errs(), "tlslint")
          << "--shard=" << Options.Shard << ": expected K/N with 1 <= K <= N\n";
      return ExitToolError;
    }
  }
  if (!XmlPaths.empty()) {
    TidyXmlSettings Settings(*CommandLine);
    xmllint::LintOptions XmlOptions;
    XmlOptions.Settings = &Settings;
    xmllint::lintPaths(XmlPaths, XmlOptions, Xml, &Plan.Apps);
  }
  // Every share needs the apps, to compare its TUs with their configs; only
  // the first reports the XML findings, so that merged shares count them
  // once.
  if (Plan.ShardIndex != 1)
    Xml = Report();

  TidyRunStats Stats;
  llvm::Expected<Report> Result = runTidyChecks(Options, Plan, &Stats);
  if (!Result) {
    std::string Message = llvm::toString(Result.takeError());
    llvm::WithColor::error(llvm::errs(), "tlslint") << Message << '\n';
    return writeFailureReport(Message, Options.Output);
  }
  // One line a script can read: how much of the scan the cache saved.
  if (!Options.Cache.empty() && !Options.Quiet)
    llvm::errs() << "tlslint: cache: " << Stats.Reused << " of " << Stats.Units
                 << " translation units reused\n";
  if (Stats.FailedWrites)
    llvm::WithColor::warning(llvm::errs(), "tlslint")
        << Options.Cache << ": " << Stats.FailedWrites
        << " cache entries could not be written\n";
  llvm::append_range(Result->Findings, Xml.Findings);
  llvm::append_range(Result->Errors, Xml.Errors);
  Result->normalize();
  return writeReport(*Result, Options.Output);
}

} // namespace tlslint
