//===-- GnutlsPriority.cpp ------------------------------------------------===//

#include "lib/cipher/GnutlsPriority.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSwitch.h"
#include <optional>

namespace tlslint {
namespace {

/// The weak version an item names; VERS-ALL names them all.
llvm::SmallVector<llvm::StringRef, 3> weakVersionsOf(llvm::StringRef Item) {
  if (Item == "VERS-ALL" || Item == "VERS-TLS-ALL")
    return {"SSL 3.0", "TLS 1.0", "TLS 1.1"};
  llvm::StringRef Version = llvm::StringSwitch<llvm::StringRef>(Item)
                                .Case("VERS-SSL3.0", "SSL 3.0")
                                .Case("VERS-TLS1.0", "TLS 1.0")
                                .Case("VERS-TLS1.1", "TLS 1.1")
                                .Default("");
  if (Version.empty())
    return {};
  return {Version};
}

std::optional<WeakCipherClass> weakCipherOf(llvm::StringRef Item) {
  // One Case per name: the variadic Cases() is deprecated from LLVM 22 on and
  // its replacement taking a list does not exist in 19.
  return llvm::StringSwitch<std::optional<WeakCipherClass>>(Item)
      .Case("NULL", WeakCipherClass::NullEncryption)
      .Case("ARCFOUR-128", WeakCipherClass::Rc4)
      .Case("ARCFOUR-40", WeakCipherClass::Rc4)
      .Case("ARCFOUR", WeakCipherClass::Rc4)
      .Case("DES-CBC", WeakCipherClass::Des)
      .Case("RC2-40", WeakCipherClass::Des)
      .Case("3DES-CBC", WeakCipherClass::TripleDes)
      .Case("ANON-DH", WeakCipherClass::Anonymous)
      .Case("ANON-ECDH", WeakCipherClass::Anonymous)
      .Case("RSA-EXPORT", WeakCipherClass::Export)
      .Case("EXPORT", WeakCipherClass::Export)
      .Case("MD5", WeakCipherClass::Md5)
      .Default(std::nullopt);
}

} // namespace

GnutlsPriorityUse readGnutlsPriority(llvm::StringRef Priority) {
  // Items in order; a later removal cancels an earlier addition.
  std::vector<std::pair<std::string, std::string>> Versions;
  std::vector<WeakCipherUse> Ciphers;
  llvm::SmallVector<llvm::StringRef, 16> Items;
  Priority.split(Items, ':', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (llvm::StringRef Raw : Items) {
    llvm::StringRef Item = Raw.trim();
    bool Adds = Item.consume_front("+");
    bool Removes =
        !Adds && (Item.consume_front("-") || Item.consume_front("!"));
    if (!Adds && !Removes)
      continue; // A keyword or a %FLAG.
    for (llvm::StringRef Version : weakVersionsOf(Item)) {
      llvm::erase_if(Versions,
                     [&](const auto &V) { return V.first == Version; });
      if (Adds)
        Versions.push_back({Version.str(), Raw.trim().str()});
    }
    if (std::optional<WeakCipherClass> Class = weakCipherOf(Item)) {
      llvm::erase_if(Ciphers, [&](const WeakCipherUse &Use) {
        return Use.Entry == "+" + Item.str();
      });
      if (Adds)
        Ciphers.push_back({*Class, Raw.trim().str()});
    }
  }
  return {std::move(Versions), std::move(Ciphers)};
}

} // namespace tlslint
