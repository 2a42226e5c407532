//===-- WriteReport.cpp - Emit a report in the chosen format --------------===//

#include "lib/report/Emitters.h"
#include "tools/tlslint/Commands.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/WithColor.h"

namespace tlslint {

int writeReport(Report &R, const OutputOptions &Output) {
  R.normalize();
  std::error_code EC;
  std::unique_ptr<llvm::raw_fd_ostream> File;
  if (!Output.OutputFile.empty()) {
    File = std::make_unique<llvm::raw_fd_ostream>(Output.OutputFile, EC,
                                                  llvm::sys::fs::OF_Text);
    if (EC) {
      llvm::WithColor::error(llvm::errs(), "tlslint")
          << Output.OutputFile << ": cannot write: " << EC.message() << '\n';
      return ExitToolError;
    }
  }
  llvm::raw_ostream &OS = File ? *File : llvm::outs();
  switch (Output.Format) {
  case OutputFormat::Text:
    emitText(R, OS);
    break;
  case OutputFormat::Json:
    emitJson(R, OS);
    break;
  }
  return exitCodeFor(R, Output.FailOn);
}

} // namespace tlslint
