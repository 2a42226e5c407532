//===-- PinSetCheck.h - Pin-sets against served certificates ----*- C++ -*-===//
//
// What a release pipeline asks before shipping a rotated pin: for every
// pinned domain of a network security config, does a pin match a key of the
// chain the server serves, is there a backup pin for a key not in use, and
// does anything expire within the horizon?
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_PIN_PINSETCHECK_H
#define TLSLINT_LIB_PIN_PINSETCHECK_H

#include "lib/nsc/Model.h"
#include "lib/pin/CertificatePins.h"
#include "lib/report/Finding.h"
#include "llvm/ADT/ArrayRef.h"
#include <string>
#include <vector>

namespace tlslint {

/// A key of the chain served for a domain, and the file it came from.
struct ServedKey {
  PinnedKey Key;
  std::string File;
};

enum class PinCheckKind { Certificates, Pin, BackupPin, Expiry };
enum class PinCheckStatus { Ok, Failed, Error };

/// "certificates", "pin", "backup-pin", "expiry".
llvm::StringRef pinCheckName(PinCheckKind K);
/// "ok", "FAIL", "ERROR".
llvm::StringRef pinCheckStatusName(PinCheckStatus S);

/// One row of the table: one check of one domain.
struct PinCheckResult {
  PinCheckKind Kind;
  PinCheckStatus Status;
  std::string Detail;
};

struct PinCheckOptions {
  nsc::Day Today = 0;
  /// Anything expiring on or before Today + HorizonDays fails.
  unsigned HorizonDays = 30;
};

/// The pin, backup-pin and expiry results of one pin-set against the keys
/// served for one domain. With nothing served only the pin-set's expiry is
/// judged: the caller reports the missing certificates.
std::vector<PinCheckResult> judgePinSet(const nsc::PinSet &Pins,
                                        llvm::ArrayRef<ServedKey> Served,
                                        const PinCheckOptions &Opts);

struct DomainCheck {
  std::string Domain;
  std::vector<PinCheckResult> Results;
};

struct PinSetCheckReport {
  std::vector<DomainCheck> Domains;
  /// Unreadable or invalid inputs (exit code 2).
  std::vector<ToolError> Errors;
  /// Certificate files of DIR that no pinned domain claimed.
  std::vector<std::string> Unclaimed;
  /// The config has no domain with pins: nothing was verified.
  bool NothingPinned = false;

  PinCheckStatus status() const;
};

/// Verifies every pinned domain of Config against the certificate files
/// CertificateDir finds for it under CertDir.
PinSetCheckReport checkPinSets(const nsc::NetworkSecurityConfig &Config,
                               llvm::StringRef CertDir,
                               const PinCheckOptions &Opts);

/// The same for a config file: an unreadable file, or a config Android would
/// reject, is an error and nothing is checked.
PinSetCheckReport checkPinSetsOfFile(llvm::StringRef ConfigPath,
                                     llvm::StringRef CertDir,
                                     const PinCheckOptions &Opts);

} // namespace tlslint

#endif
