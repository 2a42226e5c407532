//===-- TidyXmlSettings.cpp - .clang-tidy settings for the XML rules ------===//

#include "tools/tlslint/TidyXmlSettings.h"
#include "clang-tidy/GlobList.h"
#include "lib/rules/Options.h"
#include "lib/rules/Rules.h"
#include "tools/tlslint/TidyOptions.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/VirtualFileSystem.h"

using namespace clang::tidy;

namespace tlslint {
namespace {

/// TlsOptionsProvider whose .clang-tidy parser records why a file is broken
/// instead of printing it: the XML half reports it as the file's error. A
/// broken file then counts as an empty one, as clang-tidy's does not stop
/// at it either.
class RecordingOptionsProvider : public TlsOptionsProvider {
public:
  RecordingOptionsProvider(ClangTidyOptions CommandLine,
                           llvm::StringMap<std::string> &ParseErrors)
      : TlsOptionsProvider(ClangTidyGlobalOptions(), defaultTidyOptions(),
                           std::move(CommandLine), handlers(ParseErrors)) {
    // This constructor of clang-tidy's leaves the file system unset.
    FS = llvm::vfs::getRealFileSystem();
  }

private:
  static ConfigFileHandlers handlers(llvm::StringMap<std::string> &Errors) {
    ConfigFileHandlers Handlers;
    Handlers.emplace_back(
        ".clang-tidy",
        [&Errors](
            llvm::MemoryBufferRef Text) -> llvm::ErrorOr<ClangTidyOptions> {
          std::string Why;
          auto Parsed = parseConfigurationWithDiags(
              Text, [&Why](const llvm::SMDiagnostic &D) {
                if (D.getKind() == llvm::SourceMgr::DK_Error && Why.empty())
                  Why =
                      (llvm::Twine(D.getLineNo()) + ":" +
                       llvm::Twine(D.getColumnNo() + 1) + ": " + D.getMessage())
                          .str();
              });
          if (Parsed)
            return Parsed;
          Errors[Text.getBufferIdentifier()] =
              "not a valid configuration: " +
              (Why.empty() ? Parsed.getError().message() : Why);
          return ClangTidyOptions();
        });
    return Handlers;
  }
};

/// The configuration file (or "--config") that last set Key, for errors.
std::string
sourceOf(llvm::ArrayRef<ClangTidyOptionsProvider::OptionsSource> Sources,
         llvm::StringRef Key) {
  for (auto It = Sources.rbegin(); It != Sources.rend(); ++It)
    if (It->first.CheckOptions.count(Key))
      return It->second == ClangTidyOptionsProvider::
                               OptionsSourceTypeConfigCommandLineOption
                 ? std::string("--config")
                 : It->second;
  return ".clang-tidy";
}

} // namespace

TidyXmlSettings::TidyXmlSettings(ClangTidyOptions CommandLine)
    : Provider(std::make_unique<RecordingOptionsProvider>(
          std::move(CommandLine), ParseErrors)) {}

TidyXmlSettings::~TidyXmlSettings() = default;

xmllint::XmlRuleSettings TidyXmlSettings::settingsFor(llvm::StringRef File) {
  xmllint::XmlRuleSettings S;
  std::vector<ClangTidyOptionsProvider::OptionsSource> Sources =
      Provider->getRawOptions(File);
  ClangTidyOptions Merged;
  for (unsigned Order = 0; Order < Sources.size(); ++Order) {
    Merged.mergeWith(Sources[Order].first, Order + 1);
    auto Broken = ParseErrors.find(Sources[Order].second);
    if (Broken != ParseErrors.end())
      S.Errors.push_back({Broken->getKey().str(), Broken->second});
  }

  GlobList Enabled(Merged.Checks.value_or(""));
  for (const Rule &R : allRules())
    if (R.hasXmlCheck() && !Enabled.contains(R.Id))
      S.Disabled |= nsc::ruleBit(R.Enum);

  auto Option = [&](llvm::StringRef Key) -> std::optional<std::string> {
    auto It = Merged.CheckOptions.find(Key);
    if (It == Merged.CheckOptions.end())
      return std::nullopt;
    return llvm::StringRef(It->second.Value).trim().str();
  };
  const std::string ExpiryHorizonKey =
      optionKey(OptionId::ExpiryHorizonDays, RuleId::PinSetExpiry);
  const std::string RequiredDomainsKey =
      optionKey(OptionId::RequiredDomains, RuleId::MissingPin);
  if (std::optional<std::string> Days = Option(ExpiryHorizonKey)) {
    if (std::optional<unsigned> Value = parseUnsignedOption(*Days))
      S.ExpiryHorizonDays = *Value;
    else
      S.Errors.push_back({sourceOf(Sources, ExpiryHorizonKey),
                          ExpiryHorizonKey +
                              ": expected a number of days, got '" + *Days +
                              "'"});
  }
  if (std::optional<std::string> Domains = Option(RequiredDomainsKey)) {
    llvm::SmallVector<llvm::StringRef, 8> Parts;
    llvm::StringRef(*Domains).split(Parts, ',', -1, /*KeepEmpty=*/false);
    for (llvm::StringRef D : Parts)
      if (!D.trim().empty())
        S.RequirePins.push_back(D.trim().str());
  }
  return S;
}

} // namespace tlslint
