//===-- EmbeddedPrivateKeyCheck.cpp ---------------------------------------===//

#include "checks/EmbeddedPrivateKeyCheck.h"
#include "checks/api/ArgumentRules.h"
#include "checks/utils/ArgumentRuleChecker.h"
#include "checks/utils/ReportLocation.h"
#include "checks/utils/ValueEvaluator.h"
#include "lib/keys/PrivateKeys.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {
namespace {

llvm::ArrayRef<uint8_t> bytesOf(StringRef Text) {
  return llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(Text.data()),
                                 Text.size());
}

/// A narrow literal with a PEM private key marker, or one DER SEQUENCE the
/// size of a key: the only literals worth decoding. Tested in the matcher,
/// so the many other literals of the headers never reach the check.
AST_MATCHER(StringLiteral, mayHoldPrivateKey) {
  if (Node.getCharByteWidth() != 1)
    return false;
  StringRef Text = Node.getString();
  return (keys::mayHoldPem(Text) && Text.contains("PRIVATE KEY-----")) ||
         keys::mayBeDerPrivateKey(bytesOf(Text), Text.size());
}

/// The semantic form of a braced list for an array of bytes, long enough
/// for a key and starting with the header of a DER SEQUENCE that fills it.
/// Only the first few elements are evaluated here.
AST_MATCHER(InitListExpr, mayHoldDerPrivateKey) {
  if (!Node.isSemanticForm() || Node.isValueDependent() ||
      Node.getNumInits() < keys::MinDerPrivateKeySize)
    return false;
  const ASTContext &Context = Finder->getASTContext();
  const auto *Array = Context.getAsConstantArrayType(Node.getType());
  if (!Array || !Array->getElementType()->isIntegerType() ||
      Context.getTypeSize(Array->getElementType()) != 8)
    return false;
  // A SEQUENCE's header is at most six bytes (tag, 0x84, four lengths).
  uint8_t Header[6];
  for (unsigned I = 0; I < std::size(Header); ++I) {
    Expr::EvalResult Value;
    if (!Node.getInit(I)->EvaluateAsInt(Value, Context))
      return false;
    Header[I] = static_cast<uint8_t>(Value.Val.getInt().getExtValue());
  }
  return keys::mayBeDerPrivateKey(Header, Node.getNumInits());
}

bool isKeyLoadingKind(api::StringKind Kind) {
  switch (Kind) {
  case api::StringKind::PrivateKeyFile:
  case api::StringKind::PrivateKeyData:
  case api::StringKind::PrivateKeyStruct:
  case api::StringKind::PrivateKeyPassword:
    return true;
  default:
    return false;
  }
}

/// The argument a DataView row says a call exposes, for
/// ValueEvaluator::evaluateBytes.
const Expr *viewedArgument(const CallExpr &Call) {
  std::optional<ApiSite> Site = ApiSite::of(Call);
  if (!Site || !Site->Callee)
    return nullptr;
  for (const api::StringArgument &Row : api::stringArguments())
    if (Row.Kind == api::StringKind::DataView && Site->calls(Row.Function))
      return Site->argument("", Row.ValueArg);
  return nullptr;
}

/// The text of a path or password: up to its first NUL (a char array's
/// initialiser list may spell the terminator).
StringRef textOf(const BytesValue &Value) {
  return StringRef(Value.Bytes).take_until([](char C) { return C == '\0'; });
}

bool sameFile(const Stmt *A, const Stmt *B, const SourceManager &SM) {
  return SM.getFileID(reportLocation(A, SM)) ==
         SM.getFileID(reportLocation(B, SM));
}

} // namespace

void EmbeddedPrivateKeyCheck::registerMatchers(MatchFinder *Finder) {
  ApiRuleCheck::registerMatchers(Finder);
  Finder->addMatcher(stringLiteral(mayHoldPrivateKey()).bind("literal"), this);
  Finder->addMatcher(initListExpr(mayHoldDerPrivateKey()).bind("bytes"), this);
}

void EmbeddedPrivateKeyCheck::check(const MatchFinder::MatchResult &Result) {
  ApiRuleCheck::check(Result);
  const SourceManager &SM = *Result.SourceManager;
  if (const auto *Literal = Result.Nodes.getNodeAs<StringLiteral>("literal"))
    checkKeyMaterial(*Literal, Literal->getString(), SM);
  if (const auto *List = Result.Nodes.getNodeAs<InitListExpr>("bytes"))
    if (std::optional<std::string> Bytes =
            ValueEvaluator(*Result.Context).initListBytes(*List))
      checkKeyMaterial(*List, *Bytes, SM);
}

void EmbeddedPrivateKeyCheck::checkKeyMaterial(const Expr &Where,
                                               StringRef Bytes,
                                               const SourceManager &SM) {
  // A library's test keys (wolfssl/certs_test.h) are reported where the
  // user's code loads them.
  if (isInLibraryHeader(reportLocation(&Where, SM), SM))
    return;
  std::optional<keys::PrivateKey> Key = keys::findPrivateKey(Bytes);
  if (!Key)
    return;
  diag(reportLocation(&Where, SM),
       Key->Encrypted
           ? "%0 embedded in the app; its password has to ship with it, so "
             "anyone who unpacks the app can decrypt the key; %1"
           : "%0 embedded in the app, where anyone who unpacks it can "
             "extract the key; %1")
      << Key->description() << keys::KeyStoreAdvice;
}

std::vector<StringRef> EmbeddedPrivateKeyCheck::calledFunctions() const {
  std::vector<StringRef> Names;
  for (const api::StringArgument &Row : api::stringArguments())
    if (isKeyLoadingKind(Row.Kind) && !api::isConstructorName(Row.Function) &&
        !llvm::is_contained(Names, api::unqualifiedName(Row.Function)))
      Names.push_back(api::unqualifiedName(Row.Function));
  return Names;
}

std::vector<StringRef> EmbeddedPrivateKeyCheck::constructedClasses() const {
  std::vector<StringRef> Names;
  for (const api::StringArgument &Row : api::stringArguments())
    if (isKeyLoadingKind(Row.Kind) && api::isConstructorName(Row.Function) &&
        !llvm::is_contained(Names, api::unqualifiedName(Row.Function)))
      Names.push_back(api::unqualifiedName(Row.Function));
  return Names;
}

void EmbeddedPrivateKeyCheck::checkCall(
    const CallExpr &Call, StringRef, const MatchFinder::MatchResult &Result) {
  if (std::optional<ApiSite> Site = ApiSite::of(Call))
    checkKeyLoading(*Site, Result);
}

void EmbeddedPrivateKeyCheck::checkConstruct(
    const CXXConstructExpr &Construct, StringRef,
    const MatchFinder::MatchResult &Result) {
  if (std::optional<ApiSite> Site = ApiSite::of(Construct))
    checkKeyLoading(*Site, Result);
}

void EmbeddedPrivateKeyCheck::checkKeyLoading(
    const ApiSite &Site, const MatchFinder::MatchResult &Result) {
  const SourceManager &SM = *Result.SourceManager;
  // wolfssl/test.h's example code loads its test key from a fixed path.
  if (!Site.Callee || isInLibraryHeader(reportLocation(Site.Node, SM), SM))
    return;
  ValueEvaluator Values(*Result.Context);
  for (const api::StringArgument &Row : api::stringArguments()) {
    if (!isKeyLoadingKind(Row.Kind) || !Site.calls(Row.Function) ||
        !callHasKey(Site, Row.KeyArg, Row.Key, Values))
      continue;
    const Expr *Arg = Site.argument("", Row.ValueArg);
    if (!Arg)
      continue;
    std::optional<BytesValue> Value = Values.evaluateBytes(
        Row.Kind == api::StringKind::PrivateKeyStruct
            ? Values.memberInitializer(Arg, api::KeyStructDataMember)
            : Arg,
        viewedArgument);
    if (!Value)
      continue;

    StringRef Message;
    std::string Detail; // %1, when the message has one.
    switch (Row.Kind) {
    case api::StringKind::PrivateKeyFile:
      Detail = textOf(*Value).str();
      if (Detail.empty() || StringRef(Detail).starts_with(api::TokenKeyPrefix))
        continue;
      Message = "%0 loads a private key from the fixed path '%1'; a key file "
                "that ships with the app or sits on the device can be copied "
                "off it; %2";
      break;
    case api::StringKind::PrivateKeyPassword:
      if (textOf(*Value).empty())
        continue;
      Message = "the password given to %0 is compiled into the app; anyone "
                "who unpacks it can read the password and decrypt the key; %1";
      break;
    default:
      // Too short for any key, or public material (a QSslKey of a public
      // key); a key confirmed in the same file is reported where it is
      // written.
      if (Value->Bytes.size() < keys::MinDerPrivateKeySize ||
          keys::isPublicMaterial(Value->Bytes) ||
          (sameFile(Value->Source, Arg, SM) &&
           keys::findPrivateKey(Value->Bytes)))
        continue;
      Detail = Value->Array ? "'" + Value->Array->getName().str() + "'"
                            : std::string("a literal");
      Message = "%0 loads a private key compiled into the app from %1; anyone "
                "who unpacks the app can extract it; %2";
      break;
    }
    auto Diag = diag(reportLocation(Arg, SM), Message);
    if (Row.KeyArg != api::NoArg)
      Diag << Row.Key;
    else
      Diag << Site.Callee;
    if (!Detail.empty())
      Diag << Detail;
    Diag << keys::KeyStoreAdvice;
  }
}

} // namespace tlslint
