//===-- Baseline.cpp ------------------------------------------------------===//

#include "lib/report/Baseline.h"
#include "lib/report/Fingerprint.h"
#include "lib/report/ReportPaths.h"
#include "lib/report/ReportReader.h"
#include "llvm/ADT/STLExtras.h"
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
  // Keys need no columns and no snippets: nothing read from disk, nothing
  // the report recorded left in Sources.
  SourceCache Unread(/*ReadsFiles=*/false);
  llvm::Expected<ReadReport> Read = parseReport(File, Text, SourceRoot, Unread);
  if (!Read)
    return Read.takeError();
  Baseline B;
  // SARIF carries the fingerprints of the run that wrote it: they keep
  // matching when lines moved since.
  if (Read->IsSarif) {
    for (auto [F, Id] :
         llvm::zip_equal(Read->Contents.Findings, Read->Identities)) {
      if (Id.Fingerprint.empty())
        return malformed(File, "a SARIF result without " + FingerprintKey);
      B.Keys.insert(key(F.rule().Id, Id.Uri, Id.Fingerprint));
    }
    return std::move(B);
  }
  // Fingerprints count identical findings in report order, as the SARIF
  // emitter does.
  Report Old = std::move(Read->Contents);
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
