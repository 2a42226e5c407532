//===-- SourceCache.h - Source lines for reports ----------------*- C++ -*-===//
//
// Emitters show the code behind a finding (the caret line, SARIF snippets and
// fingerprints, HTML excerpts). Files are read once, on first use; a file
// that cannot be read is remembered as such and the emitters do without its
// text, so a report is never lost to a moved or unreadable file.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_REPORT_SOURCECACHE_H
#define TLSLINT_LIB_REPORT_SOURCECACHE_H

#include "lib/report/Finding.h"
#include "lib/support/LineIndex.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include <map>
#include <memory>
#include <optional>

namespace tlslint {

class SourceCache {
public:
  /// ReadsFiles false: only files given to addFile have text, so names that
  /// come from untrusted input (a baseline, a fuzzer) never open a file.
  explicit SourceCache(bool ReadsFiles = true) : ReadsFiles(ReadsFiles) {}

  /// The text of a 1-based line without its line break; nullopt when the file
  /// cannot be read or has no such line.
  std::optional<llvm::StringRef> line(llvm::StringRef File, unsigned Line);

  /// Adds text under a name as if it had been read from disk (tests, and
  /// buffers that exist only in memory).
  void addFile(llvm::StringRef File, llvm::StringRef Text);

  /// One line of a file as a report recorded it (SARIF's contextRegion),
  /// used only when the file itself cannot be read: a report merged on a
  /// machine without the checkout keeps its snippets and fingerprints.
  void addRecordedLine(llvm::StringRef File, unsigned Line,
                       llvm::StringRef Text);

private:
  struct Entry {
    std::unique_ptr<llvm::MemoryBuffer> Buffer; ///< Null: unreadable.
    std::unique_ptr<LineIndex> Index;
  };
  const Entry &entryFor(llvm::StringRef File);

  llvm::StringMap<Entry> Files;
  llvm::StringMap<std::map<unsigned, std::string>> RecordedLines;
  bool ReadsFiles;
};

/// The region a report shows for L. When the analyzer gave only a start, the
/// region covers the token there (an identifier or XML name, a quoted
/// string, or one character), read from LineText; it never leaves the line.
Location displayRegion(const Location &L,
                       std::optional<llvm::StringRef> LineText);

/// The 1-based byte column of a 1-based column in Unicode code points of
/// LineText: the inverse of codePointColumn.
unsigned byteColumn(llvm::StringRef LineText, unsigned CodePointColumn);

/// The 1-based column in Unicode code points of a 1-based byte column of
/// LineText (SARIF counts characters, clang counts bytes).
unsigned codePointColumn(llvm::StringRef LineText, unsigned ByteColumn);

} // namespace tlslint

#endif
