//===-- WriteReport.cpp - Emit a report in the chosen formats -------------===//

#include "lib/report/Baseline.h"
#include "lib/report/Emitters.h"
#include "lib/report/ReportPaths.h"
#include "tools/tlslint/Commands.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/WithColor.h"

namespace tlslint {
namespace {

void cannotWrite(llvm::StringRef File, llvm::StringRef Why) {
  llvm::WithColor::error(llvm::errs(), "tlslint")
      << File << ": cannot write: " << Why << '\n';
}

void emit(OutputFormat Format, const Report &R, const ReportContext &Ctx,
          SourceCache &Sources, llvm::raw_ostream &OS) {
  switch (Format) {
  case OutputFormat::Text:
    emitText(R, OS, &Sources);
    return;
  case OutputFormat::Json:
    emitJson(R, OS);
    return;
  case OutputFormat::Sarif:
    emitSarif(R, Ctx, Sources, OS);
    return;
  case OutputFormat::Html:
    emitHtml(R, Ctx, Sources, OS);
    return;
  case OutputFormat::CodeQuality:
    emitCodeQuality(R, Ctx, Sources, OS);
    return;
  }
}

/// Writes one report to File ("" or "-": standard output); false when the
/// file cannot be written, after saying so.
bool emitTo(llvm::StringRef File, OutputFormat Format, const Report &R,
            const ReportContext &Ctx, SourceCache &Sources) {
  if (File.empty() || File == "-") {
    emit(Format, R, Ctx, Sources, llvm::outs());
    return true;
  }
  std::error_code EC;
  llvm::raw_fd_ostream OS(File, EC, llvm::sys::fs::OF_Text);
  if (EC) {
    cannotWrite(File, EC.message());
    return false;
  }
  emit(Format, R, Ctx, Sources, OS);
  OS.close();
  if (OS.has_error()) {
    cannotWrite(File, OS.error().message());
    OS.clear_error();
    return false;
  }
  return true;
}

std::optional<ReportContext> contextFor(const OutputOptions &Output) {
  ReportContext Ctx;
  Ctx.SourceRoot =
      absolutePath(Output.SourceRoot.empty() ? "." : Output.SourceRoot);
  if (!llvm::sys::fs::is_directory(Ctx.SourceRoot)) {
    llvm::WithColor::error(llvm::errs(), "tlslint")
        << "--source-root=" << Output.SourceRoot << ": not a directory\n";
    return std::nullopt;
  }
  Ctx.ToolVersion = TLSLINT_VERSION;
  Ctx.InformationUri = TLSLINT_HOMEPAGE_URL;
  Ctx.RuleHelpBaseUri = TLSLINT_DOCS_BASE_URL;
  return Ctx;
}

/// "tlslint: 12 findings: 5 in shipped code, 4 in examples, 3 in tests (2
/// conditional); 342 diagnostics in headers hidden by the header filter".
void printSummary(const Report &R, llvm::raw_ostream &OS) {
  unsigned ByClass[3] = {0, 0, 0};
  unsigned Conditional = 0;
  for (const Finding &F : R.Findings) {
    ++ByClass[static_cast<unsigned>(F.Origin)];
    Conditional += F.isConditional();
  }
  OS << "tlslint: ";
  if (R.Findings.empty()) {
    OS << "no findings";
  } else {
    OS << R.Findings.size()
       << (R.Findings.size() == 1 ? " finding: " : " findings: ")
       << ByClass[static_cast<unsigned>(FileClass::Shipped)]
       << " in shipped code, "
       << ByClass[static_cast<unsigned>(FileClass::Example)] << " in examples, "
       << ByClass[static_cast<unsigned>(FileClass::Test)] << " in tests";
    if (Conditional)
      OS << " (" << Conditional << " conditional)";
  }
  if (!R.Errors.empty())
    OS << "; " << R.Errors.size() << (R.Errors.size() == 1 ? " file" : " files")
       << " could not be analysed";
  if (R.HiddenByHeaderFilter)
    OS << "; " << R.HiddenByHeaderFilter
       << " diagnostics in headers hidden by the header filter";
  OS << '\n';
}

} // namespace

int writeReport(Report &R, const OutputOptions &Output,
                SourceCache *GivenSources) {
  std::optional<ReportContext> Ctx = contextFor(Output);
  if (!Ctx)
    return ExitToolError;
  for (Finding &F : R.Findings) {
    if (F.isConditional())
      F.Level = Output.ConditionalSeverity;
    F.Origin = classifyFile(F.Where.File, Ctx->SourceRoot);
  }
  R.normalize();
  // One cache for all formats: each source file is read once per run.
  SourceCache OwnSources;
  SourceCache &Sources = GivenSources ? *GivenSources : OwnSources;
  bool Written = true;
  // SARIF: its fingerprints keep findings matched when lines move.
  if (!Output.WriteBaseline.empty())
    Written &=
        emitTo(Output.WriteBaseline, OutputFormat::Sarif, R, *Ctx, Sources);
  if (!Output.Baseline.empty()) {
    llvm::Expected<Baseline> Accepted =
        Baseline::load(Output.Baseline, Ctx->SourceRoot, Sources);
    if (!Accepted) {
      llvm::WithColor::error(llvm::errs(), "tlslint")
          << llvm::toString(Accepted.takeError()) << '\n';
      return ExitToolError;
    }
    Accepted->suppress(R, Ctx->SourceRoot, Sources);
  }
  Written &= emitTo(Output.OutputFile, Output.Format, R, *Ctx, Sources);
  for (const auto &[Format, File] : Output.ExtraOutputs)
    Written &= emitTo(File, Format, R, *Ctx, Sources);
  if (Output.Summary)
    printSummary(R, llvm::errs());
  if (!Written)
    return ExitToolError;
  return exitCodeFor(R, Output.FailOn, Output.AllowErrors, Output.FailIn);
}

int writeFailureReport(llvm::StringRef Message, const OutputOptions &Output) {
  std::optional<ReportContext> Ctx = contextFor(Output);
  if (!Ctx)
    return ExitToolError;
  Report R;
  R.Errors.push_back({"", Message.str()});
  SourceCache Sources;
  // Standard output already has the error, from the caller.
  if (!Output.OutputFile.empty() && Output.OutputFile != "-")
    emitTo(Output.OutputFile, Output.Format, R, *Ctx, Sources);
  for (const auto &[Format, File] : Output.ExtraOutputs)
    if (File != "-")
      emitTo(File, Format, R, *Ctx, Sources);
  return ExitToolError;
}

} // namespace tlslint
