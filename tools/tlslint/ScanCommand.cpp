//===-- ScanCommand.cpp - tlslint scan ------------------------------------===//

#include "lib/report/Baseline.h"
#include "lib/report/ReportPaths.h"
#include "tools/tlslint/Commands.h"
#include "tools/tlslint/TidyRunner.h"
#include "llvm/Support/WithColor.h"

namespace tlslint {

int runScanCommand(const ScanOptions &Options) {
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
  TidyRunRequest Request{Options.BuildDir, Options.Paths, Options.Checks,
                         Options.Config,   Options.Jobs,  !Options.Quiet};
  llvm::Expected<Report> Result = runTidyChecks(Request);
  if (!Result) {
    std::string Message = llvm::toString(Result.takeError());
    llvm::WithColor::error(llvm::errs(), "tlslint") << Message << '\n';
    return writeFailureReport(Message, Options.Output);
  }
  return writeReport(*Result, Options.Output);
}

} // namespace tlslint
