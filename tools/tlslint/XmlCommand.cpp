//===-- XmlCommand.cpp - tlslint xml --------------------------------------===//

#include "lib/xmllint/Linter.h"
#include "tools/tlslint/Commands.h"
#include "tools/tlslint/TidyXmlSettings.h"
#include "llvm/Support/WithColor.h"

namespace tlslint {

int runXmlCommand(const XmlOptions &Options) {
  auto Usage = [](const llvm::Twine &Msg) {
    llvm::WithColor::error(llvm::errs(), "tlslint") << Msg << '\n';
    return ExitToolError;
  };
  if (Options.Paths.empty())
    return Usage("'xml' needs at least one file or directory");
  xmllint::LintOptions Opts;
  if (!Options.Today.empty()) {
    Opts.Today = xmllint::parseIsoDate(Options.Today);
    if (!Opts.Today)
      return Usage("--today=" + Options.Today + ": expected YYYY-MM-DD");
  }
  if (Options.MinSdk < 0 || Options.TargetSdk < 0)
    return Usage("--min-sdk and --target-sdk must be positive");
  if (Options.MinSdk)
    Opts.MinSdk = Options.MinSdk;
  if (Options.TargetSdk)
    Opts.TargetSdk = Options.TargetSdk;
  Opts.RequirePins = Options.RequirePins;
  Opts.ExpiryHorizonDays = Options.ExpiryHorizonDays;
  Opts.Debuggable = Options.Debuggable;

  TidyXmlSettings Settings;
  Opts.Settings = &Settings;

  Report R;
  xmllint::lintPaths(Options.Paths, Opts, R);
  return writeReport(R, Options.Output);
}

} // namespace tlslint
