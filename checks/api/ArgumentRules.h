//===-- ArgumentRules.h - "this value in this argument is insecure" -C++-===//
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
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <vector>

namespace tlslint::api {

constexpr int NoArg = -1;
/// In place of an argument index: the object a C++ method is called on.
constexpr int ObjectArg = -3;

struct ArgumentRule {
  /// A C function ("SSL_CTX_set_verify"), or a qualified method or
  /// constructor of a C++ API ("QSslSocket::setPeerVerifyMode",
  /// "Poco::Net::Context::Context"), matched against the declaration's
  /// enclosing classes and namespaces.
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
  /// When set, the call is exempt if this handle (an argument, or
  /// ObjectArg) is provably a server's.
  int ServerHandleArg;
  RuleId Rule;
  /// The diagnostic; %0 is the option (Key) or the called function.
  llvm::StringRef Message;
  /// Replacement for a literal value written at the call, or empty.
  llvm::StringRef Fix;

  // What C++ APIs need beyond one integer in one position.

  /// The value is the argument of the parameter with this name, wherever
  /// an overload puts it (Poco's Context constructors); empty: ValueArg.
  llvm::StringRef ValueParam = "";
  /// '|'-separated enumerators of the parameter's enum type. When set, the
  /// value is insecure when it equals one of them, and Mask/Low/High are
  /// unused: Qt 5 and Qt 6 number QSsl::SslProtocol differently.
  llvm::StringRef Enumerators = "";
  /// Only when the parameter named WhenParam holds one of WhenEnumerators
  /// (Poco: only a Context for CLIENT_USE).
  llvm::StringRef WhenParam = "";
  llvm::StringRef WhenEnumerators = "";
  /// '|'-separated functions or classes; a call to or construction of any
  /// of them in the same file cancels the finding, which then waits for the
  /// end of the TU (MBEDTLS_SSL_VERIFY_OPTIONAL is safe only with
  /// mbedtls_ssl_get_verify_result).
  llvm::StringRef UnlessFileUses = "";
  /// A call rule: every call with this many arguments is insecure, whatever
  /// they hold (QSslSocket::ignoreSslErrors()); AnyArity for all overloads.
  /// NoArg: a value rule.
  int CallArity = NoArg;
  /// A field rule: Function names a field ("lws_client_connect_info::
  /// ssl_connection"), and the value is what an assignment or an
  /// initializer stores in it.
  bool IsField = false;

  bool isInsecure(int64_t Value) const {
    int64_t Masked = Value & Mask;
    return Low <= Masked && Masked <= High;
  }
  bool hasKey() const { return KeyArg != NoArg; }
  bool isCallRule() const { return CallArity != NoArg; }
  /// The names in UnlessFileUses.
  llvm::SmallVector<llvm::StringRef, 4> unlessFileUses() const {
    llvm::SmallVector<llvm::StringRef, 4> Names;
    if (!UnlessFileUses.empty())
      UnlessFileUses.split(Names, '|');
    return Names;
  }
};

constexpr int AnyArity = -2;

/// The name the fast matchers look up: the last component of a qualified
/// row name; for a constructor, the class name.
llvm::StringRef unqualifiedName(llvm::StringRef Function);
/// Whether a row's Function names a constructor ("A::B::B").
bool isConstructorName(llvm::StringRef Function);
/// Names sorted, each once: what the tables hand the name matchers.
std::vector<llvm::StringRef> sortedUnique(std::vector<llvm::StringRef> Names);

llvm::ArrayRef<ArgumentRule> argumentRules();

/// What a string argument holds, which decides how it is analysed.
enum class StringKind {
  CipherList,     ///< OpenSSL-style cipher list ("HIGH:!aNULL").
  CurlPinnedKeys, ///< CURLOPT_PINNEDPUBLICKEY: "sha256//..;sha256//.." or a
                  ///< file.
  GnutlsPriority, ///< "NORMAL:+VERS-TLS1.0:+3DES-CBC": versions and ciphers.
  /// The path of a private key file.
  PrivateKeyFile,
  /// A buffer holding a private key, or a memory BIO, QByteArray or
  /// const_buffer over one.
  PrivateKeyData,
  /// A pointer to a struct whose `data` member holds a private key (struct
  /// curl_blob, gnutls_datum_t).
  PrivateKeyStruct,
  /// The password of a private key.
  PrivateKeyPassword,
  /// Not a key argument: a call whose result exposes this argument's bytes
  /// (BIO_new_mem_buf, boost::asio::buffer).
  DataView,
};

/// The member of a PrivateKeyStruct argument that holds the key's bytes
/// (struct curl_blob, gnutls_datum_t).
constexpr llvm::StringLiteral KeyStructDataMember = "data";
/// A PrivateKeyFile value with this prefix names a key in a token (a
/// PKCS#11 URI, RFC 7512), which is where keys belong, not a file.
constexpr llvm::StringLiteral TokenKeyPrefix = "pkcs11:";

/// An argument whose string value is checked.
struct StringArgument {
  /// A C function, or a qualified method or constructor as in ArgumentRule.
  llvm::StringRef Function;
  int KeyArg; ///< As in ArgumentRule.
  llvm::StringRef Key;
  unsigned ValueArg;
  StringKind Kind;
};

llvm::ArrayRef<StringArgument> stringArguments();

/// An output argument whose value says whether the call's check passed:
/// never reading it means trusting the return value alone.
struct OutputArgument {
  llvm::StringRef Function;
  unsigned Arg;
  RuleId Rule;
  /// %0: the function.
  llvm::StringRef Message;
};
llvm::ArrayRef<OutputArgument> outputArguments();
std::vector<llvm::StringRef> stringArgumentFunctions(StringKind Kind);

/// Functions that rows of one rule are about, unqualified (see
/// unqualifiedName), and the names their UnlessFileUses lists.
std::vector<llvm::StringRef> argumentRuleFunctions(RuleId Rule);
/// Fields that field rows of one rule are about, unqualified.
std::vector<llvm::StringRef> argumentRuleFields(RuleId Rule);
/// Classes whose constructors rows of one rule are about, or that their
/// UnlessFileUses lists.
std::vector<llvm::StringRef> argumentRuleClasses(RuleId Rule);

} // namespace tlslint::api

#endif
