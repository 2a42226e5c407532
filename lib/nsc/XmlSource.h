//===-- XmlSource.h - A hostile-input-safe XML file in memory ---*- C++ -*-===//
//
// Reads one XML file, decodes UTF-16 to UTF-8, refuses DTDs, and parses it in
// place with pugixml so every name and value points into our buffer: that
// gives exact byte offsets, which LineIndex turns into line:col.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_NSC_XMLSOURCE_H
#define TLSLINT_LIB_NSC_XMLSOURCE_H

#include "lib/nsc/Pos.h"
#include "lib/support/LineIndex.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <pugixml.hpp>
#include <string>

namespace tlslint {
namespace nsc {

/// Deeper documents are refused: Android's configs are a few levels deep, and
/// our walks recurse.
constexpr unsigned MaxElementDepth = 200;

class XmlSource {
public:
  /// Reads, decodes and parses Path. Errors name what is wrong, never the
  /// file's content.
  static llvm::Expected<std::unique_ptr<XmlSource>> load(llvm::StringRef Path);
  /// Same, from text already in memory (unit tests).
  static llvm::Expected<std::unique_ptr<XmlSource>>
  fromText(llvm::StringRef Path, llvm::StringRef Bytes);

  const std::string &path() const { return Path; }
  pugi::xml_node root() const { return Doc.document_element(); }
  /// Position of a pointer into the parsed buffer.
  Pos posOf(const char *P) const;
  /// Position of an element's '<'.
  Pos posOf(pugi::xml_node N) const;
  Pos posOf(pugi::xml_attribute A) const { return posOf(A.name()); }
  Pos valuePosOf(pugi::xml_attribute A) const;

private:
  XmlSource(std::string Path, std::string Text);
  std::string Path;
  std::string Buffer; ///< Parsed in place, so pugixml writes into it.
  LineIndex Lines;
  pugi::xml_document Doc;
};

} // namespace nsc
} // namespace tlslint

#endif
