//===-- LocalStructStores.h - What a function puts in a local struct -*- C++
//-*-===//
//
// Rows such as TLS_REQUIRED_FLAG judge a struct a function fills in and
// passes by address: whether any value it can hold in one field has a flag.
// That needs every store to the local, and whether the fields it never
// stores are zero.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_CHECKS_UTILS_LOCALSTRUCTSTORES_H
#define TLSLINT_CHECKS_UTILS_LOCALSTRUCTSTORES_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"
#include <utility>

namespace tlslint {

struct LocalStructStores {
  /// The initializer's values (not the ones it leaves implicit) and every
  /// assignment's, in no particular order.
  llvm::SmallVector<std::pair<const clang::FieldDecl *, const clang::Expr *>, 8>
      Stores;
  /// The struct starts zeroed: an initializer list, or a memset of it.
  bool ZeroInitialized = false;

  /// The values stored in the field a row names ("Struct::field").
  llvm::SmallVector<const clang::Expr *, 2>
  storesTo(llvm::StringRef QualifiedField) const;
};

/// The local variable whose address Arg is (`&info`), when its function has
/// a body; null otherwise.
const clang::VarDecl *addressedLocal(const clang::Expr *Arg);

/// What the function holding Local stores in its fields.
LocalStructStores localStructStores(const clang::VarDecl &Local,
                                    clang::ASTContext &Context);

} // namespace tlslint

#endif
