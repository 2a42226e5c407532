//===-- main.cpp - The tlslint command ------------------------------------===//
//
// Wiring only: parse the command line and hand it to a subcommand.
//
//===----------------------------------------------------------------------===//

#include "tools/tlslint/Commands.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace tlslint;

static cl::SubCommand
    ScanCmd("scan", "Check the C/C++ files of a compilation database and the "
                    "Android XML under the paths, comparing native code with "
                    "its app's network security config");
static cl::SubCommand
    XmlCmd("xml", "Check Android network security config and manifest files");
static cl::SubCommand RulesCmd("rules", "List the rules");
static cl::SubCommand
    PinCmd("pin", "Print the SPKI pins of certificates and keys, or check "
                  "pin-sets against the certificates servers serve");

static cl::SubCommand
    MergeCmd("merge", "Merge the JSON or SARIF reports of several runs (the "
                      "shares of scan --shard) into one report");

static cl::OptionCategory Category("tlslint options");

static cl::opt<std::string>
    BuildDir("p", cl::desc("Build directory holding compile_commands.json"),
             cl::value_desc("BUILD_DIR"), cl::sub(ScanCmd), cl::cat(Category));
static cl::list<std::string> ScanPaths(cl::Positional, cl::desc("[PATH...]"),
                                       cl::sub(ScanCmd), cl::cat(Category));
static cl::list<std::string> MergeInputs(cl::Positional, cl::desc("REPORT..."),
                                         cl::sub(MergeCmd), cl::cat(Category));
static cl::list<std::string> XmlPaths(cl::Positional, cl::desc("PATH..."),
                                      cl::sub(XmlCmd), cl::cat(Category));
static cl::opt<std::string>
    Today("today", cl::desc("Date pin-set expiry is judged against"),
          cl::value_desc("YYYY-MM-DD"), cl::sub(XmlCmd), cl::cat(Category));
static cl::opt<int> MinSdk("min-sdk",
                           cl::desc("minSdkVersion, overriding the manifest"),
                           cl::init(0), cl::sub(XmlCmd), cl::cat(Category));
static cl::opt<int>
    TargetSdk("target-sdk",
              cl::desc("targetSdkVersion, overriding the manifest"),
              cl::init(0), cl::sub(XmlCmd), cl::cat(Category));
static cl::list<std::string>
    RequirePins("require-pins", cl::desc("Domains that must be pinned"),
                cl::value_desc("DOMAIN,..."), cl::CommaSeparated,
                cl::sub(XmlCmd), cl::cat(Category));
static cl::opt<unsigned> ExpiryHorizonDays(
    "expiry-horizon-days",
    cl::desc("Warn about pin-sets expiring within this many days"),
    cl::init(30), cl::sub(XmlCmd), cl::cat(Category));
static cl::opt<bool> Debuggable("debuggable",
                                cl::desc("Lint as a debuggable build"),
                                cl::sub(XmlCmd), cl::cat(Category));
static cl::opt<std::string>
    Checks("checks", cl::desc("Check glob appended to the default 'tls-*'"),
           cl::sub(ScanCmd), cl::cat(Category));
static cl::opt<std::string>
    Config("config",
           cl::desc("Configuration in YAML/JSON, as clang-tidy's --config"),
           cl::sub(ScanCmd), cl::cat(Category));
static cl::opt<unsigned>
    Jobs("j",
         cl::desc("Translation units checked in parallel (default: all cores)"),
         cl::value_desc("N"), cl::init(0), cl::Prefix, cl::sub(ScanCmd),
         cl::cat(Category)); // -j4 as well as -j 4, as make and ninja take it.
static cl::opt<bool>
    Quiet("quiet",
          cl::desc("No progress line on a terminal's standard error, and no "
                   "cache summary"),
          cl::sub(ScanCmd), cl::cat(Category));
static cl::opt<OutputFormat> Format(
    "format", cl::desc("Output format"),
    cl::values(clEnumValN(OutputFormat::Text, "text", "clang-style text"),
               clEnumValN(OutputFormat::Json, "json", "versioned JSON"),
               clEnumValN(OutputFormat::Sarif, "sarif", "SARIF 2.1.0"),
               clEnumValN(OutputFormat::Html, "html", "one HTML page"),
               clEnumValN(OutputFormat::CodeQuality, "codequality",
                          "GitLab Code Quality (Code Climate JSON)")),
    cl::init(OutputFormat::Text), cl::sub(ScanCmd), cl::sub(XmlCmd),
    cl::sub(MergeCmd), cl::sub(RulesCmd), cl::cat(Category));
static cl::opt<std::string> OutputFile("o", cl::desc("Write the report here"),
                                       cl::value_desc("FILE"), cl::sub(ScanCmd),
                                       cl::sub(XmlCmd), cl::sub(MergeCmd),
                                       cl::cat(Category));
static cl::opt<Severity>
    FailOn("fail-on", cl::desc("Lowest severity that makes the exit code 1"),
           cl::values(clEnumValN(Severity::Error, "error", ""),
                      clEnumValN(Severity::Warning, "warning", ""),
                      clEnumValN(Severity::Note, "note", "")),
           cl::init(Severity::Warning), cl::sub(ScanCmd), cl::sub(XmlCmd),
           cl::sub(MergeCmd), cl::cat(Category));
static cl::list<FileClass> FailOnClass(
    "fail-on-class",
    cl::desc("Only findings in these files make the exit code 1 (default: "
             "all)"),
    cl::values(clEnumValN(FileClass::Shipped, "shipped",
                          "the project's own code"),
               clEnumValN(FileClass::Example, "example",
                          "examples/, samples/, demo/..."),
               clEnumValN(FileClass::Test, "test",
                          "test/, tests/, fuzz/, *_test.cc...")),
    cl::CommaSeparated, cl::sub(ScanCmd), cl::sub(XmlCmd), cl::sub(MergeCmd),
    cl::cat(Category));
static cl::opt<Severity> ConditionalSeverity(
    "conditional-severity",
    cl::desc("Severity of a C/C++ finding that holds only when a user opts in "
             "(`if (config->insecure)`)"),
    cl::values(clEnumValN(Severity::Error, "error", ""),
               clEnumValN(Severity::Warning, "warning", ""),
               clEnumValN(Severity::Note, "note", "")),
    cl::init(Severity::Warning), cl::sub(ScanCmd), cl::sub(MergeCmd),
    cl::cat(Category));

static cl::list<std::string> PinFiles(cl::Positional, cl::desc("FILE..."),
                                      cl::sub(PinCmd), cl::cat(Category));
static cl::opt<PinFormat> PinFormatOpt(
    "format", cl::desc("How pins are written"),
    cl::values(clEnumValN(PinFormat::Text, "text", "file, key and pin"),
               clEnumValN(PinFormat::Nsc, "nsc", "<pin digest=\"SHA-256\">"),
               clEnumValN(PinFormat::Curl, "curl", "CURLOPT_PINNEDPUBLICKEY")),
    cl::init(PinFormat::Text), cl::sub(PinCmd), cl::cat(Category));
static cl::opt<std::string>
    PinCheck("check", cl::desc("Verify the pin-sets of this config"),
             cl::value_desc("CONFIG.xml"), cl::sub(PinCmd), cl::cat(Category));
static cl::opt<std::string>
    PinCerts("certs",
             cl::desc("Served certificates: DIR/DOMAIN.pem or DIR/DOMAIN/"),
             cl::value_desc("DIR"), cl::sub(PinCmd), cl::cat(Category));
static cl::opt<std::string> PinToday("today",
                                     cl::desc("Date expiry is judged against"),
                                     cl::value_desc("YYYY-MM-DD"),
                                     cl::sub(PinCmd), cl::cat(Category));
static cl::opt<unsigned> PinExpiryHorizonDays(
    "expiry-horizon-days",
    cl::desc("Fail on pin-sets and certificates expiring within this many "
             "days"),
    cl::init(30), cl::sub(PinCmd), cl::cat(Category));

// More reports of the same run, each in its own file.
static cl::opt<std::string> TextOut("text", cl::desc("Also write text here"),
                                    cl::value_desc("FILE"), cl::sub(ScanCmd),
                                    cl::sub(XmlCmd), cl::sub(MergeCmd),
                                    cl::cat(Category));
static cl::opt<std::string> JsonOut("json", cl::desc("Also write JSON here"),
                                    cl::value_desc("FILE"), cl::sub(ScanCmd),
                                    cl::sub(XmlCmd), cl::sub(MergeCmd),
                                    cl::cat(Category));
static cl::opt<std::string> SarifOut("sarif", cl::desc("Also write SARIF here"),
                                     cl::value_desc("FILE"), cl::sub(ScanCmd),
                                     cl::sub(XmlCmd), cl::sub(MergeCmd),
                                     cl::cat(Category));
static cl::opt<std::string> HtmlOut("html", cl::desc("Also write HTML here"),
                                    cl::value_desc("FILE"), cl::sub(ScanCmd),
                                    cl::sub(XmlCmd), cl::sub(MergeCmd),
                                    cl::cat(Category));
static cl::opt<std::string>
    CodeQualityOut("codequality",
                   cl::desc("Also write a GitLab Code Quality report here"),
                   cl::value_desc("FILE"), cl::sub(ScanCmd), cl::sub(XmlCmd),
                   cl::sub(MergeCmd), cl::cat(Category));
static cl::opt<std::string> SourceRoot(
    "source-root",
    cl::desc("SARIF, HTML and Code Quality paths are relative to DIR "
             "(default: .)"),
    cl::value_desc("DIR"), cl::sub(ScanCmd), cl::sub(XmlCmd), cl::sub(MergeCmd),
    cl::cat(Category));

static cl::opt<std::string> BaselineFile(
    "baseline",
    cl::desc("Do not report findings of this earlier JSON or SARIF report"),
    cl::value_desc("FILE"), cl::sub(ScanCmd), cl::sub(XmlCmd),
    cl::sub(MergeCmd), cl::cat(Category));

static cl::opt<std::string> WriteBaselineFile(
    "write-baseline",
    cl::desc("Write every finding of this run, as a baseline for later runs"),
    cl::value_desc("FILE"), cl::sub(ScanCmd), cl::sub(XmlCmd),
    cl::sub(MergeCmd), cl::cat(Category));
static cl::opt<bool> AllowErrors(
    "allow-errors",
    cl::desc("Files that cannot be analysed are reported but do not make the "
             "exit code 2"),
    cl::sub(ScanCmd), cl::sub(XmlCmd), cl::sub(MergeCmd), cl::cat(Category));
static cl::opt<std::string> CacheDir(
    "cache",
    cl::desc("Reuse the findings of translation units unchanged since an "
             "earlier scan with the same cache directory, and store new ones "
             "there"),
    cl::value_desc("DIR"), cl::sub(ScanCmd), cl::cat(Category));
static cl::opt<std::string>
    Shard("shard",
          cl::desc("Check only the K-th of N deterministic shares of the "
                   "translation units; the XML half runs in share 1"),
          cl::value_desc("K/N"), cl::sub(ScanCmd), cl::cat(Category));

static OutputOptions outputOptions() {
  OutputOptions Options;
  Options.Format = Format;
  Options.OutputFile = OutputFile;
  Options.FailOn = FailOn;
  Options.ConditionalSeverity = ConditionalSeverity;
  Options.SourceRoot = SourceRoot;
  Options.Baseline = BaselineFile;
  for (auto [Opt, Fmt] :
       {std::pair(&TextOut, OutputFormat::Text),
        std::pair(&JsonOut, OutputFormat::Json),
        std::pair(&SarifOut, OutputFormat::Sarif),
        std::pair(&HtmlOut, OutputFormat::Html),
        std::pair(&CodeQualityOut, OutputFormat::CodeQuality)})
    if (Opt->getNumOccurrences())
      Options.ExtraOutputs.emplace_back(Fmt, *Opt);
  Options.WriteBaseline = WriteBaselineFile;
  Options.AllowErrors = AllowErrors;
  if (!FailOnClass.empty()) {
    Options.FailIn.Bits = 0;
    for (FileClass Class : FailOnClass)
      Options.FailIn.insert(Class);
  }
  return Options;
}

int main(int argc, char **argv) {
  InitLLVM X(argc, argv);
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "tlslint " TLSLINT_VERSION " (LLVM " TLSLINT_LLVM_VERSION ")\n";
  });
  if (!cl::ParseCommandLineOptions(
          argc, argv,
          "tlslint: finds insecure TLS usage in C/C++, JNI and Android XML\n",
          &errs()))
    return ExitToolError;

  if (ScanCmd) {
    // Field by field: a positional list silently shifts when a field is added.
    ScanOptions Scan;
    Scan.BuildDir = BuildDir;
    Scan.Paths = ScanPaths;
    Scan.Checks = Checks;
    Scan.Config = Config;
    Scan.Output = outputOptions();
    Scan.Jobs = Jobs;
    Scan.Quiet = Quiet;
    Scan.Shard = Shard;
    Scan.Cache = CacheDir;
    return runScanCommand(Scan);
  }
  if (XmlCmd) {
    XmlOptions Xml;
    Xml.Paths = XmlPaths;
    Xml.Today = Today;
    Xml.MinSdk = MinSdk;
    Xml.TargetSdk = TargetSdk;
    Xml.RequirePins = RequirePins;
    if (ExpiryHorizonDays.getNumOccurrences())
      Xml.ExpiryHorizonDays = ExpiryHorizonDays;
    Xml.Debuggable = Debuggable;
    Xml.Output = outputOptions();
    return runXmlCommand(Xml);
  }
  if (MergeCmd)
    return runMergeCommand(MergeOptions{MergeInputs, outputOptions()});
  if (RulesCmd)
    return runRulesCommand(RulesOptions{Format});
  if (PinCmd)
    return runPinCommand(
        PinOptions{PinFiles, PinFormatOpt, PinFormatOpt.getNumOccurrences() > 0,
                   PinCheck, PinCerts, PinToday, PinExpiryHorizonDays});

  errs() << "tlslint: error: expected a subcommand: scan, xml, merge, pin or "
            "rules "
            "(see --help)\n";
  return ExitToolError;
}
