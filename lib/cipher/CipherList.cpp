//===-- CipherList.cpp ----------------------------------------------------===//

#include "lib/cipher/CipherList.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include <map>
#include <set>

namespace tlslint {

llvm::StringRef describe(WeakCipherClass Class) {
  switch (Class) {
  case WeakCipherClass::NullEncryption:
    return "NULL (no encryption)";
  case WeakCipherClass::Anonymous:
    return "anonymous (no server authentication)";
  case WeakCipherClass::Export:
    return "export-grade";
  case WeakCipherClass::Rc4:
    return "RC4";
  case WeakCipherClass::Des:
    return "DES";
  case WeakCipherClass::TripleDes:
    return "3DES";
  case WeakCipherClass::Md5:
    return "MD5";
  case WeakCipherClass::LowStrength:
    return "low-strength";
  case WeakCipherClass::SecurityLevelZero:
    return "every suite (@SECLEVEL=0)";
  }
  llvm_unreachable("unknown cipher class");
}

/// The broken classes one component of an entry ("RC4", "ADH-AES128-SHA")
/// stands for: an OpenSSL keyword or a suite name.
static void classesOf(llvm::StringRef Component,
                      std::set<WeakCipherClass> &Out) {
  using C = WeakCipherClass;
  if (Component == "NULL" || Component == "eNULL" ||
      Component == "COMPLEMENTOFALL" || Component == "COMPLEMENTOFDEFAULT")
    Out.insert(C::NullEncryption);
  if (Component == "aNULL" || Component == "ADH" || Component == "AECDH" ||
      Component == "COMPLEMENTOFDEFAULT")
    Out.insert(C::Anonymous);
  if (Component == "EXPORT" || Component == "EXP" || Component == "EXPORT40" ||
      Component == "EXPORT56")
    Out.insert(C::Export);
  if (Component == "RC4")
    Out.insert(C::Rc4);
  if (Component == "DES")
    Out.insert(C::Des);
  if (Component == "3DES")
    Out.insert(C::TripleDes);
  if (Component == "MD5")
    Out.insert(C::Md5);
  if (Component == "LOW")
    Out.insert(C::LowStrength);
  // Suite names, in OpenSSL's spelling and in IANA's (TLS_RSA_WITH_...).
  std::string Upper = Component.upper();
  llvm::StringRef Name(Upper);
  if (!Name.contains('-') && !Name.contains('_'))
    return;
  if (Name.contains("NULL") && !Name.starts_with("ANULL"))
    Out.insert(C::NullEncryption);
  if (Name.starts_with("ADH-") || Name.starts_with("AECDH-") ||
      Name.contains("_ANON_"))
    Out.insert(C::Anonymous);
  if (Name.starts_with("EXP-") || Name.contains("_EXPORT"))
    Out.insert(C::Export);
  if (Name.contains("RC4"))
    Out.insert(C::Rc4);
  if (Name.contains("DES-CBC3") || Name.contains("3DES"))
    Out.insert(C::TripleDes);
  else if (Name.contains("DES-CBC") || Name.contains("_DES_"))
    Out.insert(C::Des);
  if (Name.ends_with("-MD5") || Name.ends_with("_MD5"))
    Out.insert(C::Md5);
}

std::vector<WeakCipherUse> weakCiphersEnabled(llvm::StringRef CipherList) {
  std::map<WeakCipherClass, std::string> Enabled;
  std::set<WeakCipherClass> Banned;
  llvm::SmallVector<llvm::StringRef, 16> Entries;
  llvm::SplitString(CipherList, Entries, ": ,;");
  for (llvm::StringRef Entry : Entries) {
    if (Entry.starts_with_insensitive("@SECLEVEL=")) {
      if (Entry.drop_front(10).trim() == "0")
        Enabled[WeakCipherClass::SecurityLevelZero] = Entry.str();
      else
        Enabled.erase(WeakCipherClass::SecurityLevelZero);
      continue;
    }
    char Op = Entry.front();
    llvm::StringRef Body = Entry;
    if (Op == '!' || Op == '-' || Op == '+')
      Body = Body.drop_front();
    std::set<WeakCipherClass> Classes;
    llvm::SmallVector<llvm::StringRef, 4> Components;
    Body.split(Components, '+');
    // "kRSA+RC4" selects suites matching all components, so it is as weak
    // as any one of them.
    for (llvm::StringRef Component : Components)
      classesOf(Component, Classes);
    for (WeakCipherClass Class : Classes) {
      if (Op == '!') {
        Banned.insert(Class);
        Enabled.erase(Class);
      } else if (Op == '-') {
        Enabled.erase(Class);
      } else if (Op != '+' && !Banned.count(Class)) {
        Enabled.emplace(Class, Entry.str());
      }
    }
  }
  std::vector<WeakCipherUse> Result;
  for (const auto &[Class, Entry] : Enabled)
    Result.push_back({Class, Entry});
  return Result;
}

} // namespace tlslint
