//===-- ScanCommand.cpp - tlslint scan ------------------------------------===//

#include "tools/tlslint/Commands.h"
#include "tools/tlslint/TidyRunner.h"
#include "llvm/Support/WithColor.h"

namespace tlslint {

int runScanCommand(const ScanOptions &Options) {
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
