//===-- Jni.h - Lookups into the JNI API model ------------------*- C++ -*-===//

#ifndef TLSLINT_CHECKS_API_JNI_H
#define TLSLINT_CHECKS_API_JNI_H

#include "lib/rules/Rules.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace tlslint::api::jni {

enum class NativeKind { MustThrow, MustReturnFalseSometimes };

struct NativeMethod {
  llvm::StringRef Method;
  llvm::StringRef Signature;
  NativeKind Kind;
};

enum class LookupMatch { Exact, Suffix };

struct InsecureLookup {
  llvm::StringRef Name;
  LookupMatch Match;
  RuleId Rule;
  llvm::StringRef Message;

  bool matches(llvm::StringRef Text) const {
    return Match == LookupMatch::Exact ? Text == Name : Text.ends_with(Name);
  }
};

llvm::ArrayRef<NativeMethod> nativeMethods();
llvm::ArrayRef<InsecureLookup> insecureLookups();

/// JNIEnv functions that look Java classes and members up by name.
llvm::ArrayRef<llvm::StringRef> lookupFunctions();
/// JNIEnv functions that throw a Java exception.
llvm::ArrayRef<llvm::StringRef> throwFunctions();

} // namespace tlslint::api::jni

#endif
