//===-- TidyOptions.cpp - tlslint's view of .clang-tidy files -------------===//

#include "tools/tlslint/TidyOptions.h"
#include "lib/rules/CheckGlobs.h"

using namespace clang::tidy;

namespace tlslint {

std::vector<TlsOptionsProvider::OptionsSource>
TlsOptionsProvider::getRawOptions(llvm::StringRef FileName) {
  std::vector<OptionsSource> Sources =
      FileOptionsProvider::getRawOptions(FileName);
  for (OptionsSource &Source : Sources) {
    bool FromFile = Source.second != OptionsSourceTypeDefaultBinary &&
                    Source.second != OptionsSourceTypeCheckCommandLineOption &&
                    Source.second != OptionsSourceTypeConfigCommandLineOption;
    if (FromFile && Source.first.Checks)
      Source.first.Checks = keepTlsGlobs(*Source.first.Checks);
  }
  return Sources;
}

ClangTidyOptions defaultTidyOptions() {
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  Defaults.Checks = "-*,tls-*";
  // Findings in headers only where HeaderFilterRegex (a .clang-tidy, or
  // --config) asks for them, whatever the LLVM major: clang-tidy 22 changed
  // its own default from none ('') to all ('.*'), and a scan's report must
  // not change with the LLVM tlslint was built against.
  Defaults.HeaderFilterRegex = "";
  return Defaults;
}

llvm::Expected<ClangTidyOptions>
commandLineTidyOptions(llvm::StringRef Config, llvm::StringRef ExtraChecks) {
  ClangTidyOptions Overrides;
  if (!Config.empty()) {
    auto Parsed = parseConfiguration(llvm::MemoryBufferRef(Config, "--config"));
    if (!Parsed)
      return llvm::createStringError("invalid --config: %s",
                                     Parsed.getError().message().c_str());
    Overrides = std::move(*Parsed);
  }
  if (!ExtraChecks.empty())
    Overrides.Checks = ExtraChecks.str();
  return Overrides;
}

std::string sharedOption(const ClangTidyOptions &Options, OptionId Id) {
  const ClangTidyOptions::OptionMap &Map = Options.CheckOptions;
  return readOption(Id, rulesReading(Id).front(),
                    [&](llvm::StringRef Key) -> std::optional<llvm::StringRef> {
                      auto It = Map.find(Key);
                      if (It == Map.end())
                        return std::nullopt;
                      return llvm::StringRef(It->second.Value);
                    });
}

} // namespace tlslint
