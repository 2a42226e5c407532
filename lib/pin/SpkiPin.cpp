//===-- SpkiPin.cpp -------------------------------------------------------===//

#include "lib/pin/SpkiPin.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Base64.h"
#include <algorithm>
#include <set>

namespace tlslint {

llvm::Expected<Sha256Digest> decodeSha256Pin(llvm::StringRef Base64) {
  std::vector<char> Bytes;
  if (llvm::Error E = llvm::decodeBase64(Base64, Bytes)) {
    llvm::consumeError(std::move(E));
    return llvm::createStringError("is not valid base64");
  }
  if (Bytes.size() != 32)
    return llvm::createStringError(
        "decodes to %zu bytes, not the 32 of a SHA-256 digest", Bytes.size());
  Sha256Digest Digest;
  std::transform(Bytes.begin(), Bytes.end(), Digest.begin(),
                 [](char C) { return static_cast<uint8_t>(C); });
  return Digest;
}

unsigned CurlPinnedPublicKey::validDistinctPins() const {
  std::set<std::string> Distinct;
  for (const CurlPin &Pin : Pins)
    if (Pin.Problem.empty())
      Distinct.insert(Pin.Text);
  return Distinct.size();
}

CurlPinnedPublicKey parseCurlPinnedPublicKey(llvm::StringRef Value) {
  CurlPinnedPublicKey Result;
  Value = Value.trim();
  // libcurl treats anything not starting with "sha256//" as a file name.
  if (!Value.starts_with("sha256//")) {
    Result.IsFile = true;
    return Result;
  }
  llvm::SmallVector<llvm::StringRef, 4> Entries;
  Value.split(Entries, ';', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (llvm::StringRef Entry : Entries) {
    Entry = Entry.trim();
    CurlPin Pin;
    if (!Entry.consume_front("sha256//")) {
      Pin.Text = Entry.str();
      Pin.Problem = "does not start with 'sha256//'";
    } else {
      Pin.Text = Entry.str();
      if (auto Digest = decodeSha256Pin(Entry); !Digest)
        Pin.Problem = llvm::toString(Digest.takeError());
    }
    Result.Pins.push_back(std::move(Pin));
  }
  return Result;
}

std::string formatCurlPinnedPublicKey(llvm::ArrayRef<std::string> Digests) {
  std::string List;
  for (const std::string &Digest : Digests)
    List += (List.empty() ? "sha256//" : ";sha256//") + Digest;
  return List;
}

} // namespace tlslint
