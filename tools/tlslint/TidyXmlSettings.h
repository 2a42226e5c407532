//===-- TidyXmlSettings.h - .clang-tidy settings for the XML rules -*- C++ -*-//
//
// The XML half's settings, read by clang-tidy's own file provider exactly as
// the C++ half's are: the nearest .clang-tidy, its parents where it says
// InheritParentConfig, then the command line.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_TOOLS_TLSLINT_TIDYXMLSETTINGS_H
#define TLSLINT_TOOLS_TLSLINT_TIDYXMLSETTINGS_H

#include "clang-tidy/ClangTidyOptions.h"
#include "lib/xmllint/Settings.h"
#include "llvm/ADT/StringMap.h"
#include <memory>

namespace tlslint {

class TidyXmlSettings : public xmllint::XmlSettingsProvider {
public:
  /// CommandLine: --config and --checks, as commandLineTidyOptions makes
  /// them.
  explicit TidyXmlSettings(clang::tidy::ClangTidyOptions CommandLine = {});
  ~TidyXmlSettings() override;

  xmllint::XmlRuleSettings settingsFor(llvm::StringRef File) override;

private:
  /// Why each configuration file that failed to parse did so.
  llvm::StringMap<std::string> ParseErrors;
  std::unique_ptr<clang::tidy::ClangTidyOptionsProvider> Provider;
};

} // namespace tlslint

#endif
