//===-- TidyConfig.cpp - .clang-tidy settings for the XML rules -----------===//

#include "lib/xmllint/TidyConfig.h"
#include "lib/rules/CheckGlobs.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

namespace tlslint {
namespace xmllint {

namespace {

bool wildcardMatch(llvm::StringRef Pattern, llvm::StringRef Text) {
  if (Pattern.empty())
    return Text.empty();
  if (Pattern[0] == '*') {
    for (size_t I = 0; I <= Text.size(); ++I)
      if (wildcardMatch(Pattern.drop_front(), Text.drop_front(I)))
        return true;
    return false;
  }
  return !Text.empty() && Pattern[0] == Text[0] &&
         wildcardMatch(Pattern.drop_front(), Text.drop_front());
}

std::string scalarText(llvm::yaml::Node *N) {
  if (auto *S = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(N)) {
    llvm::SmallString<128> Storage;
    return S->getValue(Storage).str();
  }
  if (auto *B = llvm::dyn_cast_or_null<llvm::yaml::BlockScalarNode>(N))
    return B->getValue().str();
  return "";
}

void applyOption(TidyXmlConfig &C, llvm::StringRef Key, llvm::StringRef Value) {
  Value = Value.trim();
  if (Key == "tls-pin-set-expiry.ExpiryHorizonDays") {
    unsigned Days;
    if (!Value.getAsInteger(10, Days))
      C.ExpiryHorizonDays = Days;
    else
      C.Error = "tls-pin-set-expiry.ExpiryHorizonDays: expected a number of "
                "days, got '" +
                Value.str() + "'";
  } else if (Key == "tls-missing-pin.RequiredDomains") {
    llvm::SmallVector<llvm::StringRef, 8> Domains;
    Value.split(Domains, ',', -1, false);
    for (llvm::StringRef D : Domains)
      if (!D.trim().empty())
        C.RequirePins.push_back(D.trim().str());
  }
}

} // namespace

bool globsEnable(llvm::StringRef Globs, llvm::StringRef Id) {
  bool Enabled = true;
  llvm::SmallVector<llvm::StringRef, 16> Parts;
  Globs.split(Parts, ',', -1, false);
  for (llvm::StringRef G : Parts) {
    G = G.trim();
    bool Negative = G.consume_front("-");
    if (wildcardMatch(G.trim(), Id))
      Enabled = !Negative;
  }
  return Enabled;
}

TidyXmlConfig parseTidyConfig(llvm::StringRef Path, llvm::StringRef Text) {
  TidyXmlConfig C;
  C.Path = Path.str();
  llvm::SourceMgr SM;
  // Diagnostics go nowhere: a broken file is reported once, by name.
  SM.setDiagHandler([](const llvm::SMDiagnostic &, void *) {});
  llvm::yaml::Stream S(Text, SM);
  auto Doc = S.begin();
  if (Doc == S.end())
    return C;
  auto *Root = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(Doc->getRoot());
  if (!Root) {
    if (S.failed())
      C.Error = "not valid YAML";
    return C;
  }
  for (llvm::yaml::KeyValueNode &KV : *Root) {
    std::string Key = scalarText(KV.getKey());
    if (Key == "Checks") {
      std::string Globs = keepTlsGlobs(scalarText(KV.getValue()));
      for (const Rule &R : allRules())
        if (R.hasXmlCheck() && !globsEnable(Globs, R.Id))
          C.Disabled |= nsc::ruleBit(R.Enum);
    } else if (Key == "CheckOptions") {
      llvm::yaml::Node *V = KV.getValue();
      if (auto *Map = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(V)) {
        for (llvm::yaml::KeyValueNode &O : *Map)
          applyOption(C, scalarText(O.getKey()), scalarText(O.getValue()));
      } else if (auto *Seq =
                     llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(V)) {
        // The older form: - key: K  value: V
        for (llvm::yaml::Node &Item : *Seq) {
          auto *M = llvm::dyn_cast<llvm::yaml::MappingNode>(&Item);
          if (!M)
            continue;
          std::string K, Val;
          for (llvm::yaml::KeyValueNode &F : *M) {
            std::string Name = scalarText(F.getKey());
            if (Name == "key")
              K = scalarText(F.getValue());
            else if (Name == "value")
              Val = scalarText(F.getValue());
          }
          applyOption(C, K, Val);
        }
      }
    } else {
      KV.skip();
    }
  }
  if (S.failed() && C.Error.empty())
    C.Error = "not valid YAML";
  return C;
}

const TidyXmlConfig &TidyConfigFinder::forDirectory(llvm::StringRef Dir) {
  llvm::SmallString<256> Abs(Dir);
  (void)llvm::sys::fs::make_absolute(Abs); // On failure: keep it relative.
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  auto It = Cache.find(Abs);
  if (It != Cache.end())
    return It->second;
  TidyXmlConfig Found;
  llvm::SmallString<256> File(Abs);
  llvm::sys::path::append(File, ".clang-tidy");
  if (llvm::sys::fs::is_regular_file(File)) {
    auto MB = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
    if (MB)
      Found = parseTidyConfig(File, (*MB)->getBuffer());
    else {
      Found.Path = std::string(File);
      Found.Error = "cannot read: " + MB.getError().message();
    }
  } else {
    llvm::StringRef Parent = llvm::sys::path::parent_path(Abs);
    if (!Parent.empty() && Parent != Abs.str())
      Found = forDirectory(Parent);
  }
  return Cache.insert({Abs, std::move(Found)}).first->second;
}

} // namespace xmllint
} // namespace tlslint
