//===-- ClangTidyCompat.h - Differences between clang-tidy majors -*- C++ -*-=//
//
// The clang-tidy half of lib/support/LLVMCompat.h: API that differs between
// clang-tidy 19 and 22, for the plugin's registration and the `tlslint`
// driver that links it.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CLANG_TIDY_PLUGIN_CLANGTIDYCOMPAT_H
#define TLSLINT_CLANG_TIDY_PLUGIN_CLANGTIDYCOMPAT_H

#include "clang-tidy/ClangTidyModule.h"
#include "llvm/Config/llvm-config.h"

// ClangTidyModuleRegistry moved into ClangTidyModule.h in 22, whose old
// header now warns that it is deprecated.
#if LLVM_VERSION_MAJOR < 22
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

#endif // TLSLINT_CLANG_TIDY_PLUGIN_CLANGTIDYCOMPAT_H
