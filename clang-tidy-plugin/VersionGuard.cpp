//===-- VersionGuard.cpp - Refuse to load into another LLVM major ---------===//
//
// libtlslint-tidy.so is this small loader. It checks which LLVM the hosting
// clang-tidy runs on and only then loads the checks (libtlslint-tidy-checks.so,
// next to it). Loading checks built for another major would fail on missing
// symbols at best and crash at worst; this way the user gets one clear line.
//
//===----------------------------------------------------------------------===//

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <link.h>
#include <string>

#ifndef TLSLINT_LLVM_MAJOR
#error "TLSLINT_LLVM_MAJOR must be defined by the build"
#endif

namespace {

/// The major of a loaded libLLVM: "libLLVM.so.19.1" and "libLLVM-14.so.1".
int majorFromLibraryName(const char *Path) {
  const char *Base = std::strrchr(Path, '/');
  Base = Base ? Base + 1 : Path;
  if (std::strncmp(Base, "libLLVM", 7) != 0)
    return 0;
  const char *P = Base + 7;
  if (*P == '-')
    ++P;
  else if (std::strncmp(P, ".so.", 4) == 0)
    P += 4;
  else
    return 0;
  return std::isdigit(static_cast<unsigned char>(*P)) ? std::atoi(P) : 0;
}

int phdrCallback(dl_phdr_info *Info, size_t, void *Data) {
  int Major = majorFromLibraryName(Info->dlpi_name);
  if (Major == 0)
    return 0;
  *static_cast<int *>(Data) = Major;
  return 1;
}

/// The LLVM major of the process, or 0 when it cannot tell.
int hostLLVMMajor() {
  int Major = 0;
  dl_iterate_phdr(phdrCallback, &Major);
  if (Major != 0)
    return Major;
  // A statically linked host: LLVM's C API reports the version (LLVM >= 16).
  using GetVersionFn = void (*)(unsigned *, unsigned *, unsigned *);
  if (auto *GetVersion = reinterpret_cast<GetVersionFn>(
          dlsym(RTLD_DEFAULT, "LLVMGetVersion"))) {
    unsigned Maj = 0, Min = 0, Patch = 0;
    GetVersion(&Maj, &Min, &Patch);
    return static_cast<int>(Maj);
  }
  return 0;
}

std::string siblingPath(const char *FileName) {
  Dl_info Info;
  if (!dladdr(reinterpret_cast<void *>(&hostLLVMMajor), &Info) ||
      !Info.dli_fname)
    return FileName;
  std::string Self = Info.dli_fname;
  size_t Slash = Self.rfind('/');
  return Slash == std::string::npos ? FileName
                                    : Self.substr(0, Slash + 1) + FileName;
}

__attribute__((constructor)) void loadChecks() {
  int Host = hostLLVMMajor();
  if (Host != 0 && Host != TLSLINT_LLVM_MAJOR) {
    std::fprintf(stderr,
                 "tlslint: error: libtlslint-tidy.so was built for LLVM %d "
                 "but this clang-tidy runs on LLVM %d; the tls-* checks are "
                 "not loaded. Use clang-tidy-%d, or rebuild tlslint with "
                 "-DTLSLINT_LLVM_MAJOR=%d.\n",
                 TLSLINT_LLVM_MAJOR, Host, TLSLINT_LLVM_MAJOR, Host);
    return;
  }
  std::string Checks = siblingPath("libtlslint-tidy-checks.so");
  if (!dlopen(Checks.c_str(), RTLD_NOW | RTLD_GLOBAL))
    std::fprintf(stderr, "tlslint: error: cannot load the tls-* checks: %s\n",
                 dlerror());
}

} // namespace
