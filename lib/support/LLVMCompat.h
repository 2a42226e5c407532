//===-- LLVMCompat.h - Differences between LLVM majors ----------*- C++ -*-===//
//
// tlslint builds against LLVM 19 and 22 (TLSLINT_LLVM_MAJOR). Every LLVM
// Support API that differs between them is wrapped here, behind
// LLVM_VERSION_MAJOR, so the rest of the code has no version conditionals;
// dropping a major means deleting its branches here. clang-tidy's own
// differences are in clang-tidy-plugin/ClangTidyCompat.h, which only code
// that already depends on clang-tidy includes. Code that can be written the
// same way for both majors (e.g. StringSwitch::Case instead of the variadic
// Cases) does not need a shim. Behaviour that differs, not API: clang-tidy
// 22 reports findings in headers by default (HeaderFilterRegex '.*', 19:
// ''); `tlslint scan` pins '' in tools/tlslint/TidyRunner.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_SUPPORT_LLVMCOMPAT_H
#define TLSLINT_LIB_SUPPORT_LLVMCOMPAT_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace tlslint {
namespace compat {

/// Makes a relative Path absolute against Dir (not the working directory).
/// LLVM 22 moved this overload from sys::fs to sys::path.
inline void makeAbsolute(const llvm::Twine &Dir,
                         llvm::SmallVectorImpl<char> &Path) {
#if LLVM_VERSION_MAJOR >= 22
  llvm::sys::path::make_absolute(Dir, Path);
#else
  llvm::sys::fs::make_absolute(Dir, Path);
#endif
}

} // namespace compat
} // namespace tlslint

#endif // TLSLINT_LIB_SUPPORT_LLVMCOMPAT_H
