//===-- LineIndex.h - Byte offsets to line and column -----------*- C++ -*-===//

#ifndef TLSLINT_LIB_SUPPORT_LINEINDEX_H
#define TLSLINT_LIB_SUPPORT_LINEINDEX_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <utility>
#include <vector>

namespace tlslint {

/// Maps byte offsets in a text to 1-based line and byte column, as clang
/// counts them.
class LineIndex {
public:
  explicit LineIndex(llvm::StringRef Text);
  /// Offsets past the end map to the end of the text.
  std::pair<unsigned, unsigned> lineAndColumn(size_t Offset) const;
  /// Byte offset where the 1-based Line starts; nullopt past the last line.
  std::optional<size_t> lineStart(unsigned Line) const;
  unsigned lineCount() const { return LineStarts.size(); }

private:
  std::vector<size_t> LineStarts;
  size_t Size;
};

} // namespace tlslint

#endif
