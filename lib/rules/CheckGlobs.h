//===-- CheckGlobs.h - tls-* entries of a clang-tidy Checks list -*- C++ -*-===//
//
// A project's .clang-tidy usually starts with "-*" and names upstream checks.
// Read literally, it would switch every tls-* rule off when tlslint runs.
// tlslint starts from "tls-*" and honours only the entries that name tls
// rules, so one file can still tune both halves.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_RULES_CHECKGLOBS_H
#define TLSLINT_LIB_RULES_CHECKGLOBS_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace tlslint {

/// The comma-separated globs of Checks that name tls-* rules, in order.
/// "-*,bugprone-*,-tls-cleartext-url" becomes "-tls-cleartext-url".
std::string keepTlsGlobs(llvm::StringRef Checks);

} // namespace tlslint

#endif
