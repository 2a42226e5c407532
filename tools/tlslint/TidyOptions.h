//===-- TidyOptions.h - tlslint's view of .clang-tidy files -----*- C++ -*-===//
//
// Both halves of a scan read a project's configuration through clang-tidy's
// own file provider, so InheritParentConfig, the nearest-file rule and the
// YAML forms mean the same for a C++ file and for an XML file.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_TOOLS_TLSLINT_TIDYOPTIONS_H
#define TLSLINT_TOOLS_TLSLINT_TIDYOPTIONS_H

#include "clang-tidy/ClangTidyOptions.h"
#include "lib/rules/Options.h"
#include "llvm/Support/Error.h"
#include <string>

namespace tlslint {

/// clang-tidy's file provider, except that configuration files only speak
/// for tls-* checks (see lib/rules/CheckGlobs.h).
class TlsOptionsProvider : public clang::tidy::FileOptionsProvider {
public:
  using FileOptionsProvider::FileOptionsProvider;

  std::vector<OptionsSource> getRawOptions(llvm::StringRef FileName) override;
};

/// What tlslint starts from before any .clang-tidy: every tls-* check, and
/// no findings in headers unless asked.
clang::tidy::ClangTidyOptions defaultTidyOptions();

/// The command line's settings, which win over every .clang-tidy: --config
/// (a YAML configuration) and then --checks (globs added last).
llvm::Expected<clang::tidy::ClangTidyOptions>
commandLineTidyOptions(llvm::StringRef Config, llvm::StringRef ExtraChecks);

/// The value of a shared option (lib/rules/Options.def) in Options, as
/// every rule that reads it sees it.
std::string sharedOption(const clang::tidy::ClangTidyOptions &Options,
                         OptionId Id);

} // namespace tlslint

#endif
