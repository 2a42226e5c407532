//===-- Matchers.h - Matchers shared by the tls checks ----------*- C++ -*-===//
//
// The checks run on every node of the TU, system headers included, before
// any filtering. Each DynTypedMatcher layer costs a kind check and a
// traversal-mode lookup, so these matchers test what they need in one flat
// step instead of nesting callee(functionDecl(hasAnyName(...))).
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CHECKS_UTILS_MATCHERS_H
#define TLSLINT_CHECKS_UTILS_MATCHERS_H

#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/StringSet.h"
#include <memory>

namespace tlslint {

using NameSet = std::shared_ptr<const llvm::StringSet<>>;

inline NameSet makeNameSet(llvm::ArrayRef<llvm::StringRef> Names) {
  auto Set = std::make_shared<llvm::StringSet<>>();
  for (llvm::StringRef Name : Names)
    Set->insert(Name);
  return Set;
}

/// The name a call is made through: the function, the method, or the
/// function-pointer member ((*env)->ThrowNew in C JNI code). Empty if none.
inline llvm::StringRef calleeName(const clang::CallExpr &Call) {
  if (const clang::FunctionDecl *Callee = Call.getDirectCallee())
    return Callee->getIdentifier() ? Callee->getName() : "";
  if (const auto *Member = llvm::dyn_cast<clang::MemberExpr>(
          Call.getCallee()->IgnoreParenImpCasts()))
    if (const clang::ValueDecl *Field = Member->getMemberDecl();
        Field && Field->getIdentifier())
      return Field->getName();
  return "";
}
inline llvm::StringRef calleeName(const clang::CallExpr *Call) {
  return calleeName(*Call);
}

inline bool calleeNameIsIn(const clang::CallExpr &Call,
                           const llvm::StringSet<> &Names) {
  llvm::StringRef Name = calleeName(Call);
  return !Name.empty() && Names.contains(Name);
}

/// A statement of a block that is a call to one of Names whose result is
/// thrown away; null otherwise.
inline const clang::CallExpr *discardedCallTo(const clang::Stmt *Statement,
                                              const llvm::StringSet<> &Names) {
  const auto *Expression = llvm::dyn_cast_or_null<clang::Expr>(Statement);
  const auto *Call = llvm::dyn_cast_or_null<clang::CallExpr>(
      Expression ? Expression->IgnoreImplicit() : nullptr);
  return Call && calleeNameIsIn(*Call, Names) ? Call : nullptr;
}

/// The name of the class a constructor call builds.
inline llvm::StringRef
constructedClassName(const clang::CXXConstructExpr &Construct) {
  const clang::CXXRecordDecl *Class = Construct.getConstructor()->getParent();
  return Class->getIdentifier() ? Class->getName() : "";
}

AST_MATCHER_P(clang::CXXConstructExpr, constructsClassIn, NameSet, Names) {
  llvm::StringRef Name = constructedClassName(Node);
  return !Name.empty() && Names->contains(Name);
}

AST_MATCHER_P(clang::CallExpr, calleeNameIn, NameSet, Names) {
  return calleeNameIsIn(Node, *Names);
}

/// A block with at least one statement that calls one of Names and drops the
/// result (see discardedCallTo). Matched from the block down, so no parent
/// map is needed.
AST_MATCHER_P(clang::CompoundStmt, discardsCallTo, NameSet, Names) {
  return llvm::any_of(Node.body(), [&](const clang::Stmt *Statement) {
    return discardedCallTo(Statement, *Names) != nullptr;
  });
}

/// The field an assignment (`x.f = v`, `p->f |= v`) stores to, when it is
/// one of Names; null otherwise.
inline const clang::FieldDecl *
assignedField(const clang::BinaryOperator &Assign,
              const llvm::StringSet<> &Names) {
  if (Assign.getOpcode() != clang::BO_Assign &&
      Assign.getOpcode() != clang::BO_OrAssign)
    return nullptr;
  const auto *Member =
      llvm::dyn_cast<clang::MemberExpr>(Assign.getLHS()->IgnoreParenImpCasts());
  const auto *Field =
      Member ? llvm::dyn_cast<clang::FieldDecl>(Member->getMemberDecl())
             : nullptr;
  return Field && Field->getIdentifier() && Names.contains(Field->getName())
             ? Field
             : nullptr;
}

AST_MATCHER_P(clang::BinaryOperator, assignsFieldIn, NameSet, Names) {
  return assignedField(Node, *Names) != nullptr;
}

/// The semantic form of an initializer list (fields in order, designators
/// resolved) for a struct with a field among Names. The syntactic form of a
/// designated initializer is skipped: its semantic form is matched too.
AST_MATCHER_P(clang::InitListExpr, initializesFieldIn, NameSet, Names) {
  if (!Node.isSemanticForm() && Node.getSemanticForm())
    return false;
  const clang::RecordDecl *Record = Node.getType()->getAsRecordDecl();
  if (!Record || Record->isUnion())
    return false;
  return llvm::any_of(Record->fields(), [&](const clang::FieldDecl *Field) {
    return Field->getIdentifier() && Names->contains(Field->getName());
  });
}

/// A call to one of the functions an API table names, through the function,
/// a method, or a function-pointer member (see calleeName).
inline auto callTo(llvm::ArrayRef<llvm::StringRef> Names) {
  return clang::ast_matchers::callExpr(calleeNameIn(makeNameSet(Names)));
}

} // namespace tlslint

#endif
