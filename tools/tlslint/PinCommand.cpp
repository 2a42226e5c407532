//===-- PinCommand.cpp - tlslint pin --------------------------------------===//
//
// Prints the SPKI pins of certificate and key files in a form that pastes
// into a network security config or CURLOPT_PINNEDPUBLICKEY, or, with
// --check, verifies a config's pin-sets against the certificates servers
// serve. Errors go to standard error so the pins on standard output stay
// pasteable.
//
//===----------------------------------------------------------------------===//

#include "lib/pin/CertificatePins.h"
#include "lib/pin/PinSetCheck.h"
#include "lib/xmllint/Linter.h"
#include "tools/tlslint/Commands.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <cstring>

namespace tlslint {
namespace {

int usageError(const llvm::Twine &Message) {
  llvm::WithColor::error(llvm::errs(), "tlslint") << Message << '\n';
  return ExitToolError;
}

void fileError(llvm::StringRef File, const llvm::Twine &Message) {
  llvm::errs() << File << ": ";
  llvm::WithColor::error() << Message << '\n';
}

/// "certificate 2 of 3 "CN=x" (EC P-256)": which key of the file this is.
std::string describeKey(const PinnedKey &K, size_t Index, size_t Count) {
  std::string Text = keyHolderName(K.Holder).str();
  if (Count > 1)
    Text += " " + std::to_string(Index + 1) + " of " + std::to_string(Count);
  if (!K.Subject.empty())
    Text += " \"" + K.Subject + "\"";
  return Text + " (" + K.KeyType + ")";
}

int listPins(const PinOptions &Options) {
  llvm::raw_ostream &OS = llvm::outs();
  bool AnyError = false;
  // nsc and curl print each pin once: a key in two files is one pin.
  std::vector<std::string> Pins;
  llvm::StringSet<> Seen;
  for (const std::string &File : Options.Files) {
    auto Keys = readPinnedKeysFromFile(File);
    if (!Keys) {
      fileError(File, llvm::toString(Keys.takeError()));
      AnyError = true;
      continue;
    }
    for (size_t I = 0; I < Keys->size(); ++I) {
      const PinnedKey &K = (*Keys)[I];
      std::string Pin = K.pin();
      if (Options.Format == PinFormat::Text)
        OS << File << ": " << describeKey(K, I, Keys->size()) << ": " << Pin
           << '\n';
      if (Seen.insert(Pin).second)
        Pins.push_back(std::move(Pin));
    }
  }
  if (Options.Format == PinFormat::Nsc)
    for (const std::string &Pin : Pins)
      OS << "<pin digest=\"SHA-256\">" << Pin << "</pin>\n";
  if (Options.Format == PinFormat::Curl && !Pins.empty()) {
    llvm::ListSeparator Sep(";");
    for (const std::string &Pin : Pins)
      OS << Sep << "sha256//" << Pin;
    OS << '\n';
  }
  return AnyError ? ExitToolError : ExitClean;
}

void printCheckTable(const PinSetCheckReport &R, llvm::raw_ostream &OS) {
  size_t DomainWidth = strlen("DOMAIN");
  for (const DomainCheck &D : R.Domains)
    DomainWidth = std::max(DomainWidth, D.Domain.size());
  size_t CheckWidth = pinCheckName(PinCheckKind::Certificates).size();
  auto Row = [&](llvm::StringRef Domain, llvm::StringRef Check,
                 llvm::StringRef Result, llvm::StringRef Detail) {
    OS << llvm::left_justify(Domain, DomainWidth) << "  "
       << llvm::left_justify(Check, CheckWidth) << "  "
       << llvm::left_justify(Result, 6) << "  " << Detail << '\n';
  };
  Row("DOMAIN", "CHECK", "RESULT", "DETAIL");
  unsigned Failed = 0;
  for (const DomainCheck &D : R.Domains) {
    bool DomainOk = true;
    for (const PinCheckResult &Result : D.Results) {
      Row(D.Domain, pinCheckName(Result.Kind),
          pinCheckStatusName(Result.Status), Result.Detail);
      DomainOk &= Result.Status == PinCheckStatus::Ok;
    }
    Failed += !DomainOk;
  }
  for (const std::string &Path : R.Unclaimed)
    OS << "note: " << Path
       << ": no pinned domain of the config has this name; not checked\n";
  OS << R.Domains.size()
     << (R.Domains.size() == 1 ? " pinned domain: " : " pinned domains: ")
     << R.Domains.size() - Failed << " ok, " << Failed << " failed\n";
}

int checkPins(const PinOptions &Options) {
  if (Options.CheckConfig.empty() || Options.CertDir.empty())
    return usageError("'pin --check CONFIG.xml' and '--certs DIR' go "
                      "together");
  if (!Options.Files.empty())
    return usageError("'pin --check' reads certificates from --certs DIR, "
                      "not from FILE arguments");
  if (Options.FormatGiven)
    return usageError("--format applies to listing pins, not to --check");
  PinCheckOptions Opts;
  Opts.HorizonDays = Options.ExpiryHorizonDays;
  Opts.Today = today();
  if (!Options.Today.empty()) {
    std::optional<nsc::Day> Today = xmllint::parseIsoDate(Options.Today);
    if (!Today)
      return usageError("--today=" + Options.Today + ": expected YYYY-MM-DD");
    Opts.Today = *Today;
  }

  PinSetCheckReport R =
      checkPinSetsOfFile(Options.CheckConfig, Options.CertDir, Opts);
  for (const ToolError &E : R.Errors)
    fileError(E.File, E.Message);
  if (R.Domains.empty() && !R.Errors.empty())
    return ExitToolError;
  if (R.NothingPinned)
    llvm::outs() << Options.CheckConfig
                 << ": no domain has a pin-set; nothing to check\n";
  else
    printCheckTable(R, llvm::outs());
  switch (R.status()) {
  case PinCheckStatus::Ok:
    return ExitClean;
  case PinCheckStatus::Failed:
    return ExitFindings;
  case PinCheckStatus::Error:
    return ExitToolError;
  }
  llvm_unreachable("unknown pin check status");
}

} // namespace

int runPinCommand(const PinOptions &Options) {
  if (!Options.CheckConfig.empty() || !Options.CertDir.empty())
    return checkPins(Options);
  if (Options.Files.empty())
    return usageError("'pin' needs certificate or key files, or --check "
                      "CONFIG.xml --certs DIR");
  return listPins(Options);
}

} // namespace tlslint
