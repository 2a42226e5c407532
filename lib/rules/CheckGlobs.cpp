//===-- CheckGlobs.cpp ----------------------------------------------------===//

#include "lib/rules/CheckGlobs.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

namespace tlslint {

std::string keepTlsGlobs(llvm::StringRef Checks) {
  llvm::SmallVector<llvm::StringRef, 16> Globs;
  Checks.split(Globs, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  std::string Kept;
  for (llvm::StringRef Glob : Globs) {
    Glob = Glob.trim();
    llvm::StringRef Name = Glob;
    Name.consume_front("-");
    if (!Name.trim().starts_with("tls"))
      continue;
    if (!Kept.empty())
      Kept += ',';
    Kept += Glob.str();
  }
  return Kept;
}

} // namespace tlslint
