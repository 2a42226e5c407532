//===-- LineIndex.cpp -----------------------------------------------------===//

#include "lib/support/LineIndex.h"
#include <algorithm>

namespace tlslint {

LineIndex::LineIndex(llvm::StringRef Text) : Size(Text.size()) {
  LineStarts.push_back(0);
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n')
      LineStarts.push_back(I + 1);
}

std::pair<unsigned, unsigned> LineIndex::lineAndColumn(size_t Offset) const {
  Offset = std::min(Offset, Size);
  auto Next = std::upper_bound(LineStarts.begin(), LineStarts.end(), Offset);
  size_t Line = Next - LineStarts.begin();
  return {static_cast<unsigned>(Line),
          static_cast<unsigned>(Offset - LineStarts[Line - 1] + 1)};
}

std::optional<size_t> LineIndex::lineStart(unsigned Line) const {
  if (Line == 0 || Line > LineStarts.size())
    return std::nullopt;
  return LineStarts[Line - 1];
}

} // namespace tlslint
