//===-- Baseline.cpp ------------------------------------------------------===//

#include "lib/report/Baseline.h"
#include "lib/report/Fingerprint.h"
#include "lib/report/ReportPaths.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

namespace tlslint {
namespace {

/// The file as SARIF's artifactLocation names it: a percent-encoded path
/// relative to the source root, or a file:// URI outside it.
std::string reportPath(llvm::StringRef File, llvm::StringRef SourceRoot) {
  if (std::optional<std::string> Rel = pathUnderRoot(File, SourceRoot))
    return uriEncodePath(*Rel);
  return fileUri(absolutePath(File));
}

std::string key(llvm::StringRef Rule, llvm::StringRef Path,
                llvm::StringRef Fingerprint) {
  return (Rule + llvm::Twine('\0') + Path + llvm::Twine('\0') + Fingerprint)
      .str();
}

llvm::Error malformed(llvm::StringRef File, const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "%s: not a tlslint JSON or SARIF report: %s",
                                 File.str().c_str(), Why.str().c_str());
}

} // namespace

llvm::Expected<Baseline> Baseline::load(llvm::StringRef File,
                                        llvm::StringRef SourceRoot,
                                        SourceCache &Sources) {
  auto Buffer = llvm::MemoryBuffer::getFile(File);
  if (!Buffer)
    return llvm::createStringError(
        Buffer.getError(), "%s: cannot read baseline: %s", File.str().c_str(),
        Buffer.getError().message().c_str());
  return parse(File, (*Buffer)->getBuffer(), SourceRoot, Sources);
}

llvm::Expected<Baseline> Baseline::parse(llvm::StringRef File,
                                         llvm::StringRef Text,
                                         llvm::StringRef SourceRoot,
                                         SourceCache &Sources) {
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Text);
  if (!Parsed)
    return malformed(File, llvm::toString(Parsed.takeError()));
  const llvm::json::Object *Root = Parsed->getAsObject();
  if (!Root)
    return malformed(File, "the top level is not an object");

  Baseline B;
  if (const llvm::json::Array *Runs = Root->getArray("runs")) {
    for (const llvm::json::Value &Run : *Runs) {
      const llvm::json::Object *RunObj = Run.getAsObject();
      const llvm::json::Array *Results =
          RunObj ? RunObj->getArray("results") : nullptr;
      if (!Results)
        return malformed(File, "a SARIF run without results");
      for (const llvm::json::Value &Result : *Results) {
        const llvm::json::Object *R = Result.getAsObject();
        if (!R)
          return malformed(File, "a SARIF result is not an object");
        std::optional<llvm::StringRef> Rule = R->getString("ruleId");
        const llvm::json::Object *Prints = R->getObject("partialFingerprints");
        std::optional<llvm::StringRef> Print =
            Prints ? Prints->getString(FingerprintKey) : std::nullopt;
        const llvm::json::Array *Locations = R->getArray("locations");
        if (!Rule || !Print || !Locations || Locations->empty())
          return malformed(File, "a SARIF result without ruleId, " +
                                     FingerprintKey + " or locations");
        const llvm::json::Object *Loc = Locations->front().getAsObject();
        const llvm::json::Object *Physical =
            Loc ? Loc->getObject("physicalLocation") : nullptr;
        const llvm::json::Object *Artifact =
            Physical ? Physical->getObject("artifactLocation") : nullptr;
        std::optional<llvm::StringRef> Uri =
            Artifact ? Artifact->getString("uri") : std::nullopt;
        if (!Uri)
          return malformed(File, "a SARIF result without a location uri");
        B.Keys.insert(key(*Rule, *Uri, *Print));
      }
    }
    return std::move(B);
  }

  const llvm::json::Array *Findings = Root->getArray("findings");
  if (Root->getString("tool") != "tlslint" || !Findings)
    return malformed(File, "neither SARIF runs nor tlslint findings");
  Report Old;
  for (const llvm::json::Value &Entry : *Findings) {
    const llvm::json::Object *F = Entry.getAsObject();
    const llvm::json::Object *Loc = F ? F->getObject("location") : nullptr;
    std::optional<llvm::StringRef> RuleName =
        F ? F->getString("ruleId") : std::nullopt;
    std::optional<llvm::StringRef> Path =
        Loc ? Loc->getString("file") : std::nullopt;
    if (!RuleName || !Path)
      return malformed(File, "a finding without ruleId or location.file");
    const Rule *R = findRule(*RuleName);
    if (!R)
      continue; // A rule this version does not know cannot match anything.
    Finding Found{R->Enum, R->DefaultSeverity, "", {}, {}, {}};
    Found.Message = F->getString("message").value_or("").str();
    Found.Where.File = Path->str();
    Found.Where.Line = Loc->getInteger("line").value_or(0);
    Found.Where.Column = Loc->getInteger("column").value_or(0);
    Old.Findings.push_back(std::move(Found));
  }
  // Fingerprints count identical findings in report order, as the SARIF
  // emitter does.
  Old.normalize();
  Fingerprinter Prints(SourceRoot, Sources);
  for (const Finding &F : Old.Findings)
    B.Keys.insert(
        key(F.rule().Id, reportPath(F.Where.File, SourceRoot), Prints.next(F)));
  return std::move(B);
}

size_t Baseline::suppress(Report &R, llvm::StringRef SourceRoot,
                          SourceCache &Sources) const {
  Fingerprinter Prints(SourceRoot, Sources);
  size_t Before = R.Findings.size();
  std::vector<Finding> Kept;
  for (Finding &F : R.Findings)
    if (!Keys.contains(key(F.rule().Id, reportPath(F.Where.File, SourceRoot),
                           Prints.next(F))))
      Kept.push_back(std::move(F));
  R.Findings = std::move(Kept);
  return Before - R.Findings.size();
}

} // namespace tlslint
