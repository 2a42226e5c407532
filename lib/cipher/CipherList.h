//===-- CipherList.h - Weak suites in an OpenSSL cipher string --*- C++ -*-===//
//
// Reads an OpenSSL-style cipher list ("HIGH:!aNULL:RC4-SHA") the way OpenSSL
// applies it, left to right: plain entries add suites, "-X" removes them
// until added again, "!X" removes them for good. What remains enabled from a
// broken class is reported.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_CIPHER_CIPHERLIST_H
#define TLSLINT_LIB_CIPHER_CIPHERLIST_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace tlslint {

enum class WeakCipherClass {
  NullEncryption,
  Anonymous,
  Export,
  Rc4,
  Des,
  TripleDes,
  Md5,
  LowStrength,
  SecurityLevelZero,
};

llvm::StringRef describe(WeakCipherClass Class);

struct WeakCipherUse {
  WeakCipherClass Class;
  std::string Entry; ///< The entry of the list that enabled it.
};

/// The broken classes the list leaves enabled, in class order.
std::vector<WeakCipherUse> weakCiphersEnabled(llvm::StringRef CipherList);

} // namespace tlslint

#endif
