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
  /// %0: the method.
  llvm::StringRef Message;
};

/// A lookup that installs what a Kind method implements (see Jni.def).
struct InstallLookup {
  llvm::StringRef Function;
  llvm::StringRef Name;
  llvm::StringRef SignatureContains;
  NativeKind Kind;
  llvm::StringRef Message;
};

/// The prefix of a native method's exported name (Java_pkg_Class_method).
constexpr llvm::StringLiteral ExportPrefix = "Java_";
/// The typedef of a RegisterNatives table's elements.
constexpr llvm::StringLiteral MethodTableType = "JNINativeMethod";

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
llvm::ArrayRef<InstallLookup> installLookups();

/// JNIEnv functions that look Java classes and members up by name.
llvm::ArrayRef<llvm::StringRef> lookupFunctions();
/// Whether a JNIEnv function of this name may leave a Java exception
/// pending.
bool mayThrowJavaException(llvm::StringRef Function);

} // namespace tlslint::api::jni

#endif
