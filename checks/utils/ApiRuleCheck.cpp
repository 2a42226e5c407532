//===-- ApiRuleCheck.cpp --------------------------------------------------===//

#include "checks/utils/ApiRuleCheck.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace tlslint {

ApiRuleCheck::ApiRuleCheck(llvm::StringRef Name,
                           tidy::ClangTidyContext *Context, RuleId Rule)
    : ClangTidyCheck(Name, Context),
      ReportConditional(Options.get("ReportConditional", false)),
      Arguments(Rule, ReportConditional),
      ArgumentFunctions(makeNameSet(Arguments.functions())),
      ArgumentClasses(makeNameSet(Arguments.classes())),
      ArgumentFields(makeNameSet(Arguments.fields())) {}

void ApiRuleCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  if (!ArgumentFunctions->empty() || !ArgumentClasses->empty() ||
      !ArgumentFields->empty())
    Options.store(Opts, "ReportConditional", ReportConditional);
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
