//===-- XmlSource.cpp - A hostile-input-safe XML file in memory -----------===//

#include "lib/nsc/XmlSource.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/MemoryBuffer.h"
#include <vector>

namespace tlslint {
namespace nsc {

namespace {

constexpr uint64_t MaxFileSize = 16u << 20;

llvm::Error fail(llvm::StringRef Path, const llvm::Twine &Msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 (Path + ": " + Msg).str());
}

/// UTF-16 is detected by BOM, or without one by the NUL byte that follows or
/// precedes the leading '<' of an XML document.
bool looksLikeUtf16(llvm::StringRef B) {
  if (B.starts_with("\xFF\xFE") || B.starts_with("\xFE\xFF"))
    return true;
  return B.size() >= 2 &&
         ((B[0] == '<' && B[1] == '\0') || (B[0] == '\0' && B[1] == '<'));
}

llvm::Expected<std::string> toUtf8(llvm::StringRef Path, llvm::StringRef B) {
  // A UTF-8 BOM stays: pugixml skips it, and columns stay byte-exact.
  if (!looksLikeUtf16(B))
    return B.str();
  std::string Bytes = B.str();
  // Without a BOM, ConvertUTF assumes host order; make the order explicit.
  if (!B.starts_with("\xFF\xFE") && !B.starts_with("\xFE\xFF"))
    Bytes.insert(0, B[0] == '\0' ? "\xFE\xFF" : "\xFF\xFE");
  if (Bytes.size() % 2)
    return fail(Path, "truncated UTF-16 text");
  std::string Out;
  if (!llvm::convertUTF16ToUTF8String(
          llvm::ArrayRef<char>(Bytes.data(), Bytes.size()), Out))
    return fail(Path, "invalid UTF-16 text");
  return Out;
}

/// Depth of the deepest element, without recursion.
unsigned maxDepth(pugi::xml_node Root) {
  unsigned Max = 0, Depth = 0;
  pugi::xml_node N = Root;
  while (N) {
    if (N.type() == pugi::node_element && Depth + 1 > Max)
      Max = Depth + 1;
    if (N.first_child()) {
      N = N.first_child();
      ++Depth;
      continue;
    }
    while (N && !N.next_sibling() && N != Root) {
      N = N.parent();
      --Depth;
    }
    if (!N || N == Root)
      break;
    N = N.next_sibling();
  }
  return Max;
}

} // namespace

XmlSource::XmlSource(std::string Path, std::string Text)
    : Path(std::move(Path)), Buffer(std::move(Text)), Lines(Buffer) {}

llvm::Expected<std::unique_ptr<XmlSource>>
XmlSource::load(llvm::StringRef Path) {
  auto MB = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                        /*RequiresNullTerminator=*/false);
  if (!MB)
    return fail(Path, "cannot read: " + MB.getError().message());
  if ((*MB)->getBufferSize() > MaxFileSize)
    return fail(Path, "larger than 16 MiB; not a configuration file");
  return fromText(Path, (*MB)->getBuffer());
}

llvm::Expected<std::unique_ptr<XmlSource>>
XmlSource::fromText(llvm::StringRef Path, llvm::StringRef Bytes) {
  auto Text = toUtf8(Path, Bytes);
  if (!Text)
    return Text.takeError();
  if (Text->find('\0') != std::string::npos)
    return fail(Path, "binary data, not XML");
  // Android's resource compiler refuses DTDs; we never expand their entities
  // (no file reads, no entity bombs), and report the file instead.
  if (llvm::StringRef(*Text).contains("<!DOCTYPE") ||
      llvm::StringRef(*Text).contains("<!ENTITY"))
    return fail(Path, "DOCTYPE or entity declaration is not allowed in an "
                      "Android resource; entities are not expanded");
  std::unique_ptr<XmlSource> S(new XmlSource(Path.str(), std::move(*Text)));
  // parse_default has no DTD support and expands only the predefined
  // entities; comments and whitespace-only text are dropped as aapt2 does.
  pugi::xml_parse_result R =
      S->Doc.load_buffer_inplace(S->Buffer.data(), S->Buffer.size(),
                                 pugi::parse_default, pugi::encoding_utf8);
  if (!R) {
    Pos P = S->posOf(S->Buffer.data() + R.offset);
    return fail(Path, llvm::Twine("not well-formed XML: ") + R.description() +
                          " at " + llvm::Twine(P.Line) + ":" +
                          llvm::Twine(P.Column));
  }
  if (!S->root())
    return fail(Path, "no root element");
  if (maxDepth(S->root()) > MaxElementDepth)
    return fail(Path, "elements nested deeper than " +
                          llvm::Twine(MaxElementDepth) + " levels");
  return std::move(S);
}

Pos XmlSource::posOf(const char *P) const {
  if (!P || P < Buffer.data() || P > Buffer.data() + Buffer.size())
    return {};
  auto LC = Lines.lineAndColumn(P - Buffer.data());
  return {LC.first, LC.second};
}

Pos XmlSource::posOf(pugi::xml_node N) const {
  const char *Name = N.name();
  if (!Name || !*Name)
    return {};
  return posOf(Name - 1);
}

Pos XmlSource::valuePosOf(pugi::xml_attribute A) const {
  return posOf(A.value());
}

} // namespace nsc
} // namespace tlslint
