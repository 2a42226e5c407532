//===-- Matchers.h - Matchers shared by the tls checks ----------*- C++ -*-===//

#ifndef TLSLINT_CHECKS_UTILS_MATCHERS_H
#define TLSLINT_CHECKS_UTILS_MATCHERS_H

#include "clang/ASTMatchers/ASTMatchers.h"
#include <vector>

namespace tlslint {

/// A direct call to one of the functions an API table names.
inline auto callTo(std::vector<llvm::StringRef> Names) {
  using namespace clang::ast_matchers;
  return callExpr(callee(functionDecl(hasAnyName(std::move(Names)))));
}

} // namespace tlslint

#endif
