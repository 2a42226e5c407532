//===-- ReportReader.h - tlslint reports read back --------------*- C++ -*-===//
//
// The inverse of the JSON and SARIF emitters, for everything that takes an
// earlier report as input: --baseline, `tlslint merge` and the scan cache.
// One reader, so that they all accept the same documents.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_REPORT_REPORTREADER_H
#define TLSLINT_LIB_REPORT_REPORTREADER_H

#include "lib/report/Finding.h"
#include "lib/report/SourceCache.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <string>
#include <vector>

namespace tlslint {

struct ReadReport {
  /// The findings of the rules this version knows, in document order, and
  /// the errors.
  Report Contents;
  /// SARIF only, one per finding of Contents: how the result named its file
  /// and its tlslintFingerprint/v1 (empty when it had none), as written.
  struct SarifIdentity {
    std::string Uri;
    std::string Fingerprint;
  };
  std::vector<SarifIdentity> Identities;
  bool IsSarif = false;
  /// Rule ids of findings this version does not know (a report of another
  /// version), each once, in order of appearance.
  std::vector<std::string> UnknownRules;
};

/// Parses a report written by --format=json or --format=sarif; the error
/// names File. SARIF paths relative to %SRCROOT% are resolved against
/// SourceRoot (not against the root the report recorded), so reports made in
/// different checkouts of one tree name the same files. SARIF counts columns
/// in code points; they become byte columns through the lines Sources gives,
/// and the lines SARIF recorded (contextRegion) stand in for files Sources
/// cannot read. Messages lose the final period the SARIF emitter adds.
llvm::Expected<ReadReport> parseReport(llvm::StringRef File,
                                       llvm::StringRef Text,
                                       llvm::StringRef SourceRoot,
                                       SourceCache &Sources);

/// Reads the findings and errors of a JSON report already parsed (the scan
/// cache embeds one in its entries); the error names File.
llvm::Error readJsonReport(const llvm::json::Object &Root, llvm::StringRef File,
                           ReadReport &Out);

} // namespace tlslint

#endif
