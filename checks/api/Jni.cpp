//===-- Jni.cpp - Lookups into the JNI API model --------------------------===//

#include "checks/api/Jni.h"

namespace tlslint::api::jni {
namespace {

const NativeMethod NativeMethods[] = {
#define TLS_JNI_NATIVE_METHOD(Method, Signature, Kind)                         \
  {Method, Signature, NativeKind::Kind},
#include "checks/api/Jni.def"
};

const InsecureLookup Lookups[] = {
#define TLS_JNI_INSECURE_LOOKUP(Name, Match, Rule, Message)                    \
  {Name, LookupMatch::Match, RuleId::Rule, Message},
#include "checks/api/Jni.def"
};

const llvm::StringRef LookupFunctions[] = {"FindClass", "GetFieldID",
                                           "GetStaticFieldID", "GetMethodID",
                                           "GetStaticMethodID"};

const llvm::StringRef ThrowFunctions[] = {"Throw", "ThrowNew"};

} // namespace

llvm::ArrayRef<NativeMethod> nativeMethods() { return NativeMethods; }
llvm::ArrayRef<InsecureLookup> insecureLookups() { return Lookups; }
llvm::ArrayRef<llvm::StringRef> lookupFunctions() { return LookupFunctions; }
llvm::ArrayRef<llvm::StringRef> throwFunctions() { return ThrowFunctions; }

} // namespace tlslint::api::jni
