//===-- TextEmitter.cpp - clang-style text output
//--------------------------===//

#include "lib/report/Emitters.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include <algorithm>

namespace tlslint {
namespace {

/// clang expands tabs to this tab stop when it prints a source line.
constexpr unsigned TabStop = 8;

/// A source line as printed, and the printed column of every byte, so that
/// carets stay under the right character after tabs and UTF-8 sequences.
struct PrintedLine {
  std::string Text;
  std::vector<unsigned> ColumnOfByte; ///< 0-based; one entry past the end.

  explicit PrintedLine(llvm::StringRef Line) {
    unsigned Column = 0;
    for (char C : Line) {
      ColumnOfByte.push_back(Column);
      if (C == '\t') {
        unsigned Width = TabStop - Column % TabStop;
        Text.append(Width, ' ');
        Column += Width;
        continue;
      }
      // Control characters would reach the terminal as escape sequences;
      // clang shows them as code points.
      if (static_cast<unsigned char>(C) < 0x20 || C == 0x7F) {
        std::string Shown = llvm::formatv("<U+{0:X-4}>", unsigned(C)).str();
        Text += Shown;
        Column += Shown.size();
        continue;
      }
      Text += C;
      // UTF-8 continuation bytes share the column of their lead byte.
      if ((static_cast<unsigned char>(C) & 0xC0) != 0x80)
        ++Column;
    }
    ColumnOfByte.push_back(Column);
  }

  /// Printed column of a 1-based byte column; past the end it continues
  /// one column per byte, as clang shows a position after the last byte.
  unsigned column(unsigned ByteColumn) const {
    size_t Byte = ByteColumn ? ByteColumn - 1 : 0;
    if (Byte < ColumnOfByte.size())
      return ColumnOfByte[Byte];
    return ColumnOfByte.back() + (Byte - (ColumnOfByte.size() - 1));
  }
};

void printLocation(const Location &L, llvm::raw_ostream &OS) {
  OS << L.File;
  if (L.hasPosition())
    OS << ':' << L.Line << ':' << (L.Column ? L.Column : 1);
  OS << ": ";
}

void markRange(std::string &Marks, unsigned From, unsigned To) {
  if (Marks.size() < To)
    Marks.resize(To, ' ');
  for (unsigned I = From; I < To; ++I)
    if (Marks[I] == ' ')
      Marks[I] = '~';
}

/// The source line under a diagnostic, then a line with '^' at the position
/// and '~' under the ranges, then the fix-it text under what it replaces:
/// the layout of clang's own diagnostics.
void printSourceLine(const Location &L, llvm::ArrayRef<Replacement> Fixes,
                     SourceCache &Sources, llvm::raw_ostream &OS) {
  if (!L.hasPosition())
    return;
  std::optional<llvm::StringRef> Line = Sources.line(L.File, L.Line);
  if (!Line)
    return;
  PrintedLine Printed(*Line);
  unsigned NumberWidth = std::max<unsigned>(5, std::to_string(L.Line).size());
  std::string Gutter(NumberWidth, ' ');

  std::string Marks;
  if (L.EndLine == L.Line && L.EndColumn > L.Column)
    markRange(Marks, Printed.column(L.Column), Printed.column(L.EndColumn));
  std::string Inserted;
  for (const Replacement &Fix : Fixes) {
    const Location &R = Fix.Range;
    if (R.File != L.File || R.Line != L.Line || R.EndLine != R.Line)
      continue;
    unsigned From = Printed.column(R.Column);
    markRange(Marks, From, std::max(Printed.column(R.EndColumn), From));
    // Only single-line replacements fit under the line.
    if (llvm::StringRef(Fix.NewText).contains('\n'))
      continue;
    if (Inserted.size() < From)
      Inserted.resize(From, ' ');
    Inserted.replace(From, std::min(Inserted.size() - From, Fix.NewText.size()),
                     Fix.NewText);
  }
  unsigned Caret = Printed.column(L.Column);
  if (Marks.size() <= Caret)
    Marks.resize(Caret + 1, ' ');
  Marks[Caret] = '^';

  OS << llvm::format_decimal(L.Line, NumberWidth) << " | " << Printed.Text
     << '\n';
  OS << Gutter << " | " << llvm::StringRef(Marks).rtrim() << '\n';
  if (!llvm::StringRef(Inserted).trim().empty())
    OS << Gutter << " | " << llvm::StringRef(Inserted).rtrim() << '\n';
}

} // namespace

void emitText(const Report &R, llvm::raw_ostream &OS, SourceCache *Sources) {
  for (const ToolError &E : R.Errors)
    OS << (E.File.empty() ? "tlslint" : E.File) << ": error: " << E.Message
       << '\n';
  for (const Finding &F : R.Findings) {
    printLocation(F.Where, OS);
    OS << severityName(F.Level) << ": " << F.Message << " [" << F.rule().Id
       << "]\n";
    if (Sources)
      printSourceLine(F.Where, F.Fixes, *Sources, OS);
    for (const RelatedNote &N : F.Notes) {
      printLocation(N.Where, OS);
      OS << "note: " << N.Message << '\n';
      if (Sources)
        printSourceLine(N.Where, {}, *Sources, OS);
    }
  }
}

} // namespace tlslint
