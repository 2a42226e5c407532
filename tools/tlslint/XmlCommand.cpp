//===-- XmlCommand.cpp - tlslint xml --------------------------------------===//

#include "tools/tlslint/Commands.h"
#include "llvm/Support/WithColor.h"

namespace tlslint {

int runXmlCommand(const std::vector<std::string> &Paths,
                  const OutputOptions &Output) {
  llvm::WithColor::error(llvm::errs(), "tlslint")
      << "'xml' is not implemented yet\n";
  return ExitToolError;
}

} // namespace tlslint
