//===-- Fingerprint.h - Stable identities of findings -----------*- C++ -*-===//
//
// The identity a finding keeps across runs, written to SARIF as
// partialFingerprints and matched against by --baseline.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_REPORT_FINGERPRINT_H
#define TLSLINT_LIB_REPORT_FINGERPRINT_H

#include "lib/report/Finding.h"
#include "lib/report/SourceCache.h"
#include "llvm/ADT/StringMap.h"
#include <string>

namespace tlslint {

/// Key of the fingerprint in SARIF's partialFingerprints. Bump when what goes
/// into the fingerprint changes: old and new values then live under different
/// keys instead of silently mismatching.
constexpr llvm::StringLiteral FingerprintKey = "tlslintFingerprint/v1";

/// Computes fingerprints of the findings of one report, in report order: a
/// hash of the rule, the file relative to the source root, the code on its
/// line (trimmed, so re-indenting keeps it), and how many identical ones came
/// before in the file. Line numbers are left out so that code added above
/// does not make a finding "new".
class Fingerprinter {
public:
  Fingerprinter(llvm::StringRef SourceRoot, SourceCache &Sources)
      : SourceRoot(SourceRoot.str()), Sources(Sources) {}

  /// The fingerprint of F, the next finding of the report.
  std::string next(const Finding &F);

private:
  std::string SourceRoot;
  SourceCache &Sources;
  llvm::StringMap<unsigned> Seen;
};

} // namespace tlslint

#endif
