//===-- Fingerprint.cpp ---------------------------------------------------===//

#include "lib/report/Fingerprint.h"
#include "lib/report/ReportPaths.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/SHA256.h"

namespace tlslint {

std::string Fingerprinter::next(const Finding &F) {
  std::string Path =
      pathUnderRoot(F.Where.File, SourceRoot).value_or(F.Where.File);
  std::optional<llvm::StringRef> Line =
      Sources.line(F.Where.File, F.Where.Line);
  // Without the file, the message is the next most stable description.
  std::string Code = Line ? Line->trim().str() : "message:" + F.Message;
  std::string Key = F.rule().Id.str();
  for (const std::string &Part : {Path, Code}) {
    Key += '\0'; // Cannot occur in a path, so the parts cannot run together.
    Key += Part;
  }
  unsigned Occurrence = Seen[Key]++;
  Key += '\0';
  Key += std::to_string(Occurrence);
  std::array<uint8_t, 32> Digest =
      llvm::SHA256::hash(llvm::arrayRefFromStringRef<uint8_t>(Key));
  return llvm::toHex(Digest, /*LowerCase=*/true);
}

} // namespace tlslint
