//===-- FileClass.cpp -----------------------------------------------------===//

#include "lib/report/FileClass.h"
#include "lib/report/ReportPaths.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Path.h"

namespace tlslint {
namespace {

/// A directory name that holds tests: test, tests, testing, unittests,
/// test-apps, fuzz, androidTest, __tests__, testdata...
bool isTestDirectory(llvm::StringRef Name) {
  std::string Lower = Name.lower();
  llvm::StringRef L(Lower);
  if (L.starts_with("test")) {
    llvm::StringRef Rest = L.drop_front(4);
    if (Rest.empty() || !llvm::isAlpha(Rest.front()) ||
        llvm::is_contained({"s", "ing", "data", "suite", "suites"}, Rest))
      return true;
  }
  return llvm::is_contained({"unittest", "unittests", "androidtest",
                             "__tests__", "spec", "specs", "fuzz", "fuzzing",
                             "fuzzer", "fuzzers", "benchmark", "benchmarks"},
                            L);
}

/// example, examples, minimal-examples-lowlevel, samples, demo, tutorials...
bool isExampleDirectory(llvm::StringRef Name) {
  std::string Lower = Name.lower();
  llvm::StringRef L(Lower);
  for (llvm::StringRef Stem : {"example", "sample", "demo", "tutorial"})
    if (L.starts_with(Stem) || L.contains(("-" + Stem).str()) ||
        L.contains(("_" + Stem).str()))
      return true;
  return false;
}

/// test_x.c, x_test.cc, x_unittest.cpp, x-test.c, XTest.cpp, XTests.mm.
bool isTestFileName(llvm::StringRef FileName) {
  llvm::StringRef Stem = llvm::sys::path::stem(FileName);
  std::string Lower = Stem.lower();
  llvm::StringRef L(Lower);
  if (L.starts_with("test_") || L.starts_with("test-"))
    return true;
  for (llvm::StringRef Suffix : {"_test", "-test", "_tests", "_unittest"})
    if (L.ends_with(Suffix))
      return true;
  return Stem.size() > 4 && (Stem.ends_with("Test") || Stem.ends_with("Tests"));
}

} // namespace

FileClass classifyFile(llvm::StringRef File, llvm::StringRef Root) {
  // Above the root the directories are the machine's, not the project's
  // (a checkout in /home/ci/tests/...): only the file name is read.
  std::optional<std::string> Relative = pathUnderRoot(File, Root);
  std::string Path =
      Relative ? *Relative : llvm::sys::path::filename(File).str();
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  llvm::StringRef(Path).split(Parts, '/', -1, /*KeepEmpty=*/false);
  if (Parts.empty())
    return FileClass::Shipped;
  for (llvm::StringRef Dir : llvm::ArrayRef(Parts).drop_back()) {
    if (isTestDirectory(Dir))
      return FileClass::Test;
    if (isExampleDirectory(Dir))
      return FileClass::Example;
  }
  return isTestFileName(Parts.back()) ? FileClass::Test : FileClass::Shipped;
}

llvm::StringRef fileClassName(FileClass Class) {
  switch (Class) {
  case FileClass::Shipped:
    return "shipped";
  case FileClass::Example:
    return "example";
  case FileClass::Test:
    return "test";
  }
  return "shipped";
}

std::optional<FileClass> parseFileClass(llvm::StringRef Name) {
  return llvm::StringSwitch<std::optional<FileClass>>(Name)
      .Case("shipped", FileClass::Shipped)
      .Case("example", FileClass::Example)
      .Case("test", FileClass::Test)
      .Default(std::nullopt);
}

} // namespace tlslint
