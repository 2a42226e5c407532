//===-- TidyConfig.h - .clang-tidy settings for the XML rules ----*- C++
//-*-===//
//
// One .clang-tidy tunes both halves: its tls-* Checks entries switch XML
// rules on and off, and CheckOptions set their options. The command line
// wins over it.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_XMLLINT_TIDYCONFIG_H
#define TLSLINT_LIB_XMLLINT_TIDYCONFIG_H

#include "lib/nsc/Model.h"
#include "llvm/ADT/StringMap.h"
#include <optional>
#include <string>
#include <vector>

namespace tlslint {
namespace xmllint {

struct TidyXmlConfig {
  std::string Path;           ///< The .clang-tidy file; empty when none.
  nsc::RuleMask Disabled = 0; ///< Rules its tls-* globs switch off.
  std::optional<unsigned> ExpiryHorizonDays;
  std::vector<std::string> RequirePins;
  std::string Error; ///< Why the file could not be read, if so.
};

/// Reads .clang-tidy text: the tls-* entries of Checks and the options
///   tls-pin-set-expiry.ExpiryHorizonDays  (a number of days)
///   tls-missing-pin.RequiredDomains       (comma-separated domains)
TidyXmlConfig parseTidyConfig(llvm::StringRef Path, llvm::StringRef Text);

/// Whether a clang-tidy style glob list enables Id (everything is on unless
/// a later glob switches it off).
bool globsEnable(llvm::StringRef Globs, llvm::StringRef Id);

/// Finds the nearest .clang-tidy at or above Dir, caching per directory.
class TidyConfigFinder {
public:
  const TidyXmlConfig &forDirectory(llvm::StringRef Dir);

private:
  llvm::StringMap<TidyXmlConfig> Cache;
};

} // namespace xmllint
} // namespace tlslint

#endif
