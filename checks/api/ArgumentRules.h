//===-- ArgumentRules.h - "this value in this argument is insecure" -*- C++
//-*-===//
//
// Most insecure TLS settings are one integer reaching one argument:
// CURLOPT_SSL_VERIFYPEER set to 0, SSL_VERIFY_NONE passed to
// SSL_CTX_set_verify. Each is a row in a library's .def file; the checks find
// the calls, ask the value evaluator, and report what the row says.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CHECKS_API_ARGUMENTRULES_H
#define TLSLINT_CHECKS_API_ARGUMENTRULES_H

#include "lib/rules/Rules.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <vector>

namespace tlslint::api {

constexpr int NoArg = -1;

struct ArgumentRule {
  llvm::StringRef Function;
  /// For option-style calls (curl_easy_setopt(h, CURLOPT_X, v)), the argument
  /// naming the option, and the option: an enumerator's name or a number.
  int KeyArg;
  llvm::StringRef Key;
  unsigned ValueArg;
  /// The value is insecure when Low <= (value & Mask) <= High.
  int64_t Mask;
  int64_t Low;
  int64_t High;
  /// When set, the call is exempt if this handle is provably a server's.
  int ServerHandleArg;
  RuleId Rule;
  /// The diagnostic; %0 is the option (Key) or the called function.
  llvm::StringRef Message;
  /// Replacement for a literal value written at the call, or empty.
  llvm::StringRef Fix;

  bool isInsecure(int64_t Value) const {
    int64_t Masked = Value & Mask;
    return Low <= Masked && Masked <= High;
  }
  bool hasKey() const { return KeyArg != NoArg; }
};

llvm::ArrayRef<ArgumentRule> argumentRules();

/// What a string argument holds, which decides how it is analysed.
enum class StringKind {
  CipherList,     ///< OpenSSL-style cipher list ("HIGH:!aNULL").
  CurlPinnedKeys, ///< CURLOPT_PINNEDPUBLICKEY: "sha256//..;sha256//.." or a
                  ///< file.
};

/// An argument whose string value is checked.
struct StringArgument {
  llvm::StringRef Function;
  int KeyArg; ///< As in ArgumentRule.
  llvm::StringRef Key;
  unsigned ValueArg;
  StringKind Kind;
};

llvm::ArrayRef<StringArgument> stringArguments();
std::vector<llvm::StringRef> stringArgumentFunctions(StringKind Kind);

/// Functions that rows of one rule are about, for hasAnyName matchers.
std::vector<llvm::StringRef> argumentRuleFunctions(RuleId Rule);

} // namespace tlslint::api

#endif
