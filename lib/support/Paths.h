//===-- Paths.h - File names as tlslint compares them -----------*- C++ -*-===//
//
// clang names the sources of a translation unit by absolute path without "."
// or "..", so every place that matches a finding, a config or a cache entry
// to a file names it the same way.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_SUPPORT_PATHS_H
#define TLSLINT_LIB_SUPPORT_PATHS_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace tlslint {

/// Path made absolute against the current directory, without "." or "..".
/// Without a current directory, the path as given.
std::string absolutePath(llvm::StringRef Path);

/// Path with symbolic links resolved, or as given when it does not exist.
std::string realPath(llvm::StringRef Path);

} // namespace tlslint

#endif
