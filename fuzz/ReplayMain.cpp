//===-- ReplayMain.cpp - Run a fuzz target without libFuzzer --------------===//
//
// Builds without TLSLINT_FUZZ (GCC, or no sanitizers) still link every fuzz
// target, with this main instead of libFuzzer's: it runs the target once on
// each file named, or found under a directory named, so the normal test
// suite replays the seeds and every crash input. Options (-runs=0, ...) are
// accepted and ignored, as the same command lines work with libFuzzer.
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

// libFuzzer's entry point: the name is not ours to choose.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size);

namespace {

bool runOne(const std::string &Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer) {
    llvm::errs() << Path << ": cannot read: " << Buffer.getError().message()
                 << "\n";
    return false;
  }
  // An exact-size copy, as libFuzzer passes it: a sanitizer then sees a
  // read past the end.
  llvm::StringRef Bytes = (*Buffer)->getBuffer();
  std::unique_ptr<uint8_t[]> Copy(new uint8_t[Bytes.size()]);
  std::memcpy(Copy.get(), Bytes.data(), Bytes.size());
  LLVMFuzzerTestOneInput(Copy.get(), Bytes.size());
  return true;
}

} // namespace

int main(int Argc, char **Argv) {
  std::vector<std::string> Files;
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg.starts_with("-"))
      continue;
    if (!llvm::sys::fs::is_directory(Arg)) {
      Files.push_back(Arg.str());
      continue;
    }
    std::error_code EC;
    for (llvm::sys::fs::recursive_directory_iterator It(Arg, EC), End;
         It != End && !EC; It.increment(EC))
      if (It->type() == llvm::sys::fs::file_type::regular_file)
        Files.push_back(It->path());
    if (EC) {
      llvm::errs() << Arg << ": cannot list: " << EC.message() << "\n";
      return 1;
    }
  }
  unsigned Run = 0;
  for (const std::string &F : Files) {
    // As libFuzzer does: the last line before a crash names its input.
    llvm::errs() << "Running: " << F << "\n";
    if (!runOne(F))
      return 1;
    ++Run;
  }
  llvm::outs() << "replayed " << Run << " inputs\n";
  return 0;
}
