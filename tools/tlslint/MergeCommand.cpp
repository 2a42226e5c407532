//===-- MergeCommand.cpp - tlslint merge ----------------------------------===//
//
// One report from the reports of several runs, typically the shares of
// `tlslint scan --shard K/N`: findings seen by several (a header included
// from translation units of different shares) once, every error kept.
//
//===----------------------------------------------------------------------===//

#include "lib/report/ReportPaths.h"
#include "lib/report/ReportReader.h"
#include "tools/tlslint/Commands.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/WithColor.h"

namespace tlslint {
namespace {

/// Reads one report into Merged; on a problem, says so on standard error,
/// records it as an error of the input file and returns false.
bool mergeOne(llvm::StringRef File, llvm::StringRef SourceRoot,
              SourceCache &Sources, Report &Merged) {
  auto Problem = [&](llvm::StringRef Message) {
    llvm::WithColor::error(llvm::errs(), "tlslint")
        << File << ": " << Message << '\n';
    Merged.Errors.push_back({File.str(), Message.str()});
    return false;
  };
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
  if (!Buffer)
    return Problem("cannot read report: " + Buffer.getError().message());
  llvm::Expected<ReadReport> Read =
      parseReport(File, (*Buffer)->getBuffer(), SourceRoot, Sources);
  if (!Read) {
    std::string Message = llvm::toString(Read.takeError());
    // The reader's messages start with the file, which the error has.
    llvm::StringRef Why(Message);
    Why.consume_front((File + ": ").str());
    return Problem(Why);
  }
  llvm::append_range(Merged.Findings, Read->Contents.Findings);
  llvm::append_range(Merged.Errors, Read->Contents.Errors);
  Merged.HiddenByHeaderFilter += Read->Contents.HiddenByHeaderFilter;
  // Its other findings are merged, but one rule this version does not know
  // means a report of another version: its rules table cannot be written.
  if (!Read->UnknownRules.empty())
    return Problem("rules unknown to tlslint " TLSLINT_VERSION ": " +
                   llvm::join(Read->UnknownRules, ", ") +
                   "; merge with the version that wrote the report");
  return true;
}

} // namespace

int runMergeCommand(const MergeOptions &Options) {
  if (Options.Inputs.empty()) {
    llvm::WithColor::error(llvm::errs(), "tlslint")
        << "merge: expected the JSON or SARIF reports to merge\n";
    return ExitToolError;
  }
  std::string SourceRoot = absolutePath(
      Options.Output.SourceRoot.empty() ? "." : Options.Output.SourceRoot);
  // Shared with the emitters: the lines SARIF inputs recorded stand in for
  // sources this machine does not have.
  SourceCache Sources;
  Report Merged;
  bool AllRead = true;
  for (const std::string &File : Options.Inputs)
    AllRead &= mergeOne(File, SourceRoot, Sources, Merged);
  // normalize() drops findings seen by several runs; an error of the whole
  // run (a broken config option) is in every share's report.
  Merged.normalize();
  Merged.Errors.erase(std::unique(Merged.Errors.begin(), Merged.Errors.end(),
                                  [](const ToolError &A, const ToolError &B) {
                                    return A.File == B.File &&
                                           A.Message == B.Message;
                                  }),
                      Merged.Errors.end());
  int Code = writeReport(Merged, Options.Output, &Sources);
  // A report that could not be read leaves findings out: never a pass, not
  // even with --allow-errors.
  return AllRead ? Code : ExitToolError;
}

} // namespace tlslint
