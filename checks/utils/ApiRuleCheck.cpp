//===-- ApiRuleCheck.cpp --------------------------------------------------===//

#include "checks/utils/ApiRuleCheck.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {

ApiRuleCheck::ApiRuleCheck(llvm::StringRef Name,
                           tidy::ClangTidyContext *Context, RuleId Rule)
    : ClangTidyCheck(Name, Context), TidyContext(*Context),
      Settings(Rule, Options, *Context),
      ReportConditional(Settings.flag(OptionId::ReportConditional)),
      Arguments(Rule, ReportConditional),
      ArgumentFunctions(makeNameSet(Arguments.functions())),
      ArgumentClasses(makeNameSet(Arguments.classes())),
      ArgumentFields(makeNameSet(Arguments.fields())) {}

void ApiRuleCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Settings.store(Options, Opts);
}

std::shared_ptr<const NetworkPolicy> ApiRuleCheck::loadNetworkPolicy() {
  llvm::StringRef Path = Settings.text(OptionId::NetworkSecurityConfig);
  if (Path.empty())
    return nullptr;
  llvm::Expected<std::shared_ptr<const NetworkPolicy>> Loaded =
      NetworkPolicy::load(Path);
  if (Loaded)
    return std::move(*Loaded);
  if (Settings.reportsProblemsOf(OptionId::NetworkSecurityConfig, TidyContext))
    configurationDiag("cannot read the network security config given by "
                      "NetworkSecurityConfig: %0",
                      DiagnosticIDs::Error)
        << llvm::toString(Loaded.takeError());
  else
    llvm::consumeError(Loaded.takeError());
  return nullptr;
}

SourceLocation ApiRuleCheck::policyLocation(SourceManager &SM,
                                            const NetworkPolicy &Policy,
                                            nsc::Pos Where) const {
  llvm::Expected<FileEntryRef> File =
      SM.getFileManager().getFileRef(Policy.path());
  if (!File) {
    llvm::consumeError(File.takeError());
    return {};
  }
  FileID ID = SM.getOrCreateFileID(*File, SrcMgr::C_User);
  return SM.translateLineCol(ID, std::max(Where.Line, 1u),
                             std::max(Where.Column, 1u));
}

void ApiRuleCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<llvm::StringRef> Names = Arguments.functions();
  llvm::append_range(Names, calledFunctions());
  if (!Names.empty())
    Finder->addMatcher(callTo(Names).bind("apiCall"), this);
  if (!ArgumentFields->empty()) {
    Finder->addMatcher(
        binaryOperator(assignsFieldIn(ArgumentFields)).bind("fieldStore"),
        this);
    Finder->addMatcher(
        initListExpr(initializesFieldIn(ArgumentFields)).bind("fieldInit"),
        this);
  }
  std::vector<llvm::StringRef> Classes = Arguments.classes();
  llvm::append_range(Classes, constructedClasses());
  if (!Classes.empty())
    Finder->addMatcher(cxxConstructExpr(constructsClassIn(makeNameSet(Classes)))
                           .bind("apiNew"),
                       this);
}

void ApiRuleCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Construct =
          Result.Nodes.getNodeAs<CXXConstructExpr>("apiNew")) {
    llvm::StringRef Class = constructedClassName(*Construct);
    if (ArgumentClasses->contains(Class))
      Arguments.checkSite(*ApiSite::of(*Construct), Class, Result, *this);
    checkConstruct(*Construct, Class, Result);
    return;
  }
  if (const auto *Store =
          Result.Nodes.getNodeAs<BinaryOperator>("fieldStore")) {
    if (const FieldDecl *Field = assignedField(*Store, *ArgumentFields)) {
      const auto *Member =
          dyn_cast<MemberExpr>(Store->getLHS()->IgnoreParenImpCasts());
      Arguments.checkField(*Field, *Store->getRHS(),
                           Member ? Member->getBase() : nullptr, Result, *this);
    }
    return;
  }
  if (const auto *Init = Result.Nodes.getNodeAs<InitListExpr>("fieldInit")) {
    const RecordDecl *Record = Init->getType()->getAsRecordDecl();
    for (const FieldDecl *Field : Record->fields()) {
      unsigned Index = Field->getFieldIndex();
      if (Index >= Init->getNumInits() || !Field->getIdentifier() ||
          !ArgumentFields->contains(Field->getName()) ||
          isa<ImplicitValueInitExpr>(Init->getInit(Index)))
        continue;
      Arguments.checkField(*Field, *Init->getInit(Index), nullptr, Result,
                           *this);
    }
    return;
  }
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("apiCall");
  if (!Call)
    return;
  llvm::StringRef Callee = calleeName(*Call);
  if (ArgumentFunctions->contains(Callee))
    Arguments.checkSite(*ApiSite::of(*Call), Callee, Result, *this);
  checkCall(*Call, Callee, Result);
}

void ApiRuleCheck::onEndOfTranslationUnit() {
  Arguments.onEndOfTranslationUnit(*this);
}

} // namespace tlslint
