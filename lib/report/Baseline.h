//===-- Baseline.h - Findings accepted by an earlier report -----*- C++ -*-===//
//
// --baseline FILE: a JSON or SARIF report of an earlier tlslint run. Findings
// it holds (same rule, same file relative to the source root, same
// fingerprint, see Fingerprint.h) are not reported again.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_REPORT_BASELINE_H
#define TLSLINT_LIB_REPORT_BASELINE_H

#include "lib/report/Finding.h"
#include "lib/report/SourceCache.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"

namespace tlslint {

class Baseline {
public:
  /// Reads a report written by --format=json or --format=sarif. SARIF
  /// carries its fingerprints; for JSON they are computed from the findings'
  /// lines in the current sources. The error names File.
  static llvm::Expected<Baseline>
  load(llvm::StringRef File, llvm::StringRef SourceRoot, SourceCache &Sources);

  /// The same for report text already in memory; File only names it in
  /// errors. Reads nothing but the sources Sources gives for fingerprints.
  static llvm::Expected<Baseline> parse(llvm::StringRef File,
                                        llvm::StringRef Text,
                                        llvm::StringRef SourceRoot,
                                        SourceCache &Sources);

  /// Removes from R (normalized) the findings the baseline holds; returns
  /// how many were removed.
  size_t suppress(Report &R, llvm::StringRef SourceRoot,
                  SourceCache &Sources) const;

private:
  llvm::StringSet<> Keys;
};

} // namespace tlslint

#endif
