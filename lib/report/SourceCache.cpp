//===-- SourceCache.cpp ---------------------------------------------------===//

#include "lib/report/SourceCache.h"
#include "llvm/ADT/StringExtras.h"

namespace tlslint {

const SourceCache::Entry &SourceCache::entryFor(llvm::StringRef File) {
  auto [It, Inserted] = Files.try_emplace(File);
  Entry &E = It->second;
  if (!Inserted || !ReadsFiles)
    return E;
  // Not as a null-terminated, memory-mapped file: a file changed by an
  // editor while the report is written must not crash us.
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false,
                                            /*IsVolatile=*/true);
  if (Buffer) {
    E.Buffer = std::move(*Buffer);
    E.Index = std::make_unique<LineIndex>(E.Buffer->getBuffer());
  }
  return E;
}

void SourceCache::addFile(llvm::StringRef File, llvm::StringRef Text) {
  Entry &E = Files[File];
  E.Buffer = llvm::MemoryBuffer::getMemBufferCopy(Text, File);
  E.Index = std::make_unique<LineIndex>(E.Buffer->getBuffer());
}

void SourceCache::addRecordedLine(llvm::StringRef File, unsigned Line,
                                  llvm::StringRef Text) {
  RecordedLines[File].try_emplace(Line, Text.str());
}

std::optional<llvm::StringRef> SourceCache::line(llvm::StringRef File,
                                                 unsigned Line) {
  const Entry &E = entryFor(File);
  if (!E.Buffer) {
    auto It = RecordedLines.find(File);
    if (It == RecordedLines.end())
      return std::nullopt;
    auto Recorded = It->second.find(Line);
    if (Recorded == It->second.end())
      return std::nullopt;
    return llvm::StringRef(Recorded->second);
  }
  std::optional<size_t> Start = E.Index->lineStart(Line);
  if (!Start)
    return std::nullopt;
  llvm::StringRef Text = E.Buffer->getBuffer();
  std::optional<size_t> Next = E.Index->lineStart(Line + 1);
  llvm::StringRef Result =
      Text.slice(*Start, Next ? *Next : Text.size()).rtrim("\r\n");
  // A final empty line after the last line break is not a line of the file.
  if (!Next && Result.empty() && *Start == Text.size() && Line > 1)
    return std::nullopt;
  return Result;
}

namespace {

bool isNameChar(char C, bool Xml) {
  if (llvm::isAlnum(C) || C == '_' || static_cast<unsigned char>(C) >= 0x80)
    return true;
  // XML names also hold these (android:usesCleartextTraffic, pin-set).
  return Xml && (C == ':' || C == '-' || C == '.');
}

/// One past the closing quote of the quoted text starting at Begin (a
/// backslash escapes the next character, as in C), or the end of the line.
size_t skipQuoted(llvm::StringRef Text, size_t Begin) {
  char Quote = Text[Begin];
  for (size_t I = Begin + 1; I < Text.size(); ++I) {
    if (Text[I] == '\\')
      ++I;
    else if (Text[I] == Quote)
      return I + 1;
  }
  return Text.size();
}

size_t skipName(llvm::StringRef Text, size_t I, bool Xml) {
  while (I < Text.size() && isNameChar(Text[I], Xml))
    ++I;
  return I;
}

} // namespace

Location displayRegion(const Location &L,
                       std::optional<llvm::StringRef> LineText) {
  if (!L.hasPosition() || L.EndLine || !LineText || L.Column == 0 ||
      L.Column > LineText->size())
    return L;
  llvm::StringRef Text = *LineText;
  bool Xml = llvm::StringRef(L.File).ends_with_insensitive(".xml");
  size_t Begin = L.Column - 1;
  size_t End = Begin + 1;
  char C = Text[Begin];
  if (C == '"' || C == '\'') {
    End = skipQuoted(Text, Begin);
  } else if (C == '<' && Xml) {
    End = skipName(Text, Begin + 1, Xml);
  } else if (isNameChar(C, Xml)) {
    End = skipName(Text, Begin, Xml);
    // An XML attribute is shown with its value: name="value".
    if (Xml && End + 1 < Text.size() && Text[End] == '=' &&
        (Text[End + 1] == '"' || Text[End + 1] == '\''))
      End = skipQuoted(Text, End + 1);
  }
  Location Region = L;
  Region.EndLine = L.Line;
  Region.EndColumn = static_cast<unsigned>(End + 1);
  return Region;
}

unsigned codePointColumn(llvm::StringRef LineText, unsigned ByteColumn) {
  if (ByteColumn == 0)
    return 0;
  size_t Bytes = ByteColumn - 1;
  size_t Within = std::min(Bytes, LineText.size());
  unsigned Column = 1;
  for (char C : LineText.take_front(Within))
    if ((static_cast<unsigned char>(C) & 0xC0) != 0x80)
      ++Column;
  return Column + static_cast<unsigned>(Bytes - Within);
}

unsigned byteColumn(llvm::StringRef LineText, unsigned CodePointColumn) {
  if (CodePointColumn == 0)
    return 0;
  unsigned Remaining = CodePointColumn - 1;
  size_t I = 0;
  while (Remaining && I < LineText.size()) {
    ++I; // Past the lead byte, then past its continuation bytes.
    while (I < LineText.size() &&
           (static_cast<unsigned char>(LineText[I]) & 0xC0) == 0x80)
      ++I;
    --Remaining;
  }
  return static_cast<unsigned>(I + Remaining + 1);
}

} // namespace tlslint
