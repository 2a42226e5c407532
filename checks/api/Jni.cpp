//===-- Jni.cpp - Lookups into the JNI API model --------------------------===//

#include "checks/api/Jni.h"
#include "llvm/ADT/STLExtras.h"

namespace tlslint::api::jni {
namespace {

const NativeMethod NativeMethods[] = {
#define TLS_JNI_NATIVE_METHOD(Method, Signature, Kind, Message)                \
  {Method, Signature, NativeKind::Kind, Message},
#include "checks/api/Jni.def"
};

const InsecureLookup Lookups[] = {
#define TLS_JNI_INSECURE_LOOKUP(Name, Match, Rule, Message)                    \
  {Name, LookupMatch::Match, RuleId::Rule, Message},
#include "checks/api/Jni.def"
};

const InstallLookup InstallLookups[] = {
#define TLS_JNI_INSTALL_LOOKUP(Function, Name, SignatureContains, Kind,        \
                               Message)                                        \
  {Function, Name, SignatureContains, NativeKind::Kind, Message},
#include "checks/api/Jni.def"
};

const llvm::StringRef LookupFunctions[] = {
#define TLS_JNI_LOOKUP_FUNCTION(Name) Name,
#include "checks/api/Jni.def"
};

const llvm::StringRef ThrowingPrefixes[] = {
#define TLS_JNI_THROWING_PREFIX(Prefix) Prefix,
#include "checks/api/Jni.def"
};

} // namespace

llvm::ArrayRef<NativeMethod> nativeMethods() { return NativeMethods; }
llvm::ArrayRef<InsecureLookup> insecureLookups() { return Lookups; }
llvm::ArrayRef<llvm::StringRef> lookupFunctions() { return LookupFunctions; }
llvm::ArrayRef<InstallLookup> installLookups() { return InstallLookups; }
bool mayThrowJavaException(llvm::StringRef Function) {
  return llvm::any_of(ThrowingPrefixes, [&](llvm::StringRef Prefix) {
    return Function.starts_with(Prefix);
  });
}

} // namespace tlslint::api::jni
