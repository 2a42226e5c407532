//===-- FileClass.h - Shipped code, examples and tests ----------*- C++ -*-===//
//
// A reviewer reads findings in shipped code first: an example's
// `CURLOPT_SSL_VERIFYPEER, 0L` teaches, a test's talks to a local server, the
// library's own ships to every user. Each finding's file is classed from the
// path conventions projects follow (tests/, examples/, *_test.cc).
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_REPORT_FILECLASS_H
#define TLSLINT_LIB_REPORT_FILECLASS_H

#include "llvm/ADT/StringRef.h"
#include <optional>

namespace tlslint {

enum class FileClass { Shipped, Example, Test };

/// The class of File from its path below Root: the outermost directory that
/// names tests or examples decides, then the file name (test_x.c,
/// x_test.cc, XTest.cpp). A file outside Root is classed by its name alone.
FileClass classifyFile(llvm::StringRef File, llvm::StringRef Root);

/// "shipped", "example" or "test".
llvm::StringRef fileClassName(FileClass Class);
std::optional<FileClass> parseFileClass(llvm::StringRef Name);

/// A set of classes (--fail-on-class), as bits.
struct FileClasses {
  unsigned Bits = 0b111;

  bool contains(FileClass Class) const {
    return Bits & (1u << static_cast<unsigned>(Class));
  }
  void insert(FileClass Class) { Bits |= 1u << static_cast<unsigned>(Class); }
};

} // namespace tlslint

#endif
