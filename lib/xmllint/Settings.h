//===-- Settings.h - A project's settings for the XML rules -----*- C++ -*-===//
//
// The XML rules take their switches and options from the same .clang-tidy
// files as the C++ checks. Reading those files is clang-tidy's job (the
// tlslint command supplies a provider built on clang-tidy's own); the linter
// only asks what applies to a file.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_XMLLINT_SETTINGS_H
#define TLSLINT_LIB_XMLLINT_SETTINGS_H

#include "lib/nsc/Model.h"
#include "lib/report/Finding.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace tlslint {
namespace xmllint {

/// The configuration that applies to one file.
struct XmlRuleSettings {
  nsc::RuleMask Disabled = 0; ///< Rules the configuration switches off.
  /// tls-pin-set-expiry.ExpiryHorizonDays, when set.
  std::optional<unsigned> ExpiryHorizonDays;
  /// tls-missing-pin.RequiredDomains, when set.
  std::vector<std::string> RequirePins;
  /// What is wrong with the configuration files, each naming its file.
  std::vector<ToolError> Errors;
};

/// Answers for every file the linter reads; a scan asks it once per file.
class XmlSettingsProvider {
public:
  virtual ~XmlSettingsProvider();
  virtual XmlRuleSettings settingsFor(llvm::StringRef File) = 0;
};

} // namespace xmllint
} // namespace tlslint

#endif
