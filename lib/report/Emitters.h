//===-- Emitters.h - Output formats for a Report ----------------*- C++ -*-===//

#ifndef TLSLINT_LIB_REPORT_EMITTERS_H
#define TLSLINT_LIB_REPORT_EMITTERS_H

#include "lib/report/Finding.h"
#include "llvm/Support/raw_ostream.h"

namespace tlslint {

/// clang style: `file:line:col: severity: message [rule-id]`, notes after
/// their finding, tool errors as `file: error: message`.
void emitText(const Report &R, llvm::raw_ostream &OS);

/// Version of the JSON schema written by emitJson; see docs/json-format.md.
constexpr unsigned JsonSchemaVersion = 1;

/// The versioned JSON report documented in docs/json-format.md.
void emitJson(const Report &R, llvm::raw_ostream &OS);

} // namespace tlslint

#endif
