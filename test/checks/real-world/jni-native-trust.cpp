// The native half of an Android app's certificate pinning: a TrustManager
// and a HostnameVerifier whose checks live in C++, registered from
// JNI_OnLoad with RegisterNatives, plus the legacy Java_ exports and the
// native code that installs the TrustManager into an SSLContext.
// REQUIRES: jni
// RUN: %check_tls %s %t -- -std=c++17 -I%jni_include -I%jni_include/linux
// Notes point back at the functions by absolute line: keep them first.

#include <jni.h>

#include <cstdio>
#include <cstring>
#include <iterator>

namespace {

jclass gCertificateException; // global ref, set in JNI_OnLoad
jmethodID gGetEncoded;        // X509Certificate.getEncoded()

void throwCertificateException(JNIEnv *Env, const char *Message) {
  Env->ThrowNew(gCertificateException, Message);
}

bool leafMatchesPin(JNIEnv *Env, jobjectArray Chain) {
  jobject Leaf = Env->GetObjectArrayElement(Chain, 0);
  auto Der = static_cast<jbyteArray>(Env->CallObjectMethod(Leaf, gGetEncoded));
  bool Match = Der != nullptr && Env->GetArrayLength(Der) > 0; // SPKI hash elided
  Env->DeleteLocalRef(Leaf);
  return Match;
}

// Pinned: throws through a helper that receives the JNIEnv.
void JNICALL checkServerTrustedPinned(JNIEnv *Env, jobject, jobjectArray Chain, jstring) {
  if (Chain == nullptr || Env->GetArrayLength(Chain) == 0) {
    throwCertificateException(Env, "empty certificate chain");
    return;
  }
  if (!leafMatchesPin(Env, Chain))
    throwCertificateException(Env, "certificate does not match the pinned key");
}

// "Only for the QA flavour."
void JNICALL checkServerTrustedQa(JNIEnv *, jobject, jobjectArray Chain, jstring AuthType) {
  std::fprintf(stderr, "QA build: trusting server chain %p (%p)\n", static_cast<void *>(Chain),
               static_cast<void *>(AuthType));
}

// Throws through a local lambda that captures the JNIEnv.
void JNICALL checkServerTrustedStrict(JNIEnv *Env, jobject, jobjectArray Chain, jstring) {
  auto Reject = [Env](const char *Why) { Env->ThrowNew(gCertificateException, Why); };
  if (Env->GetArrayLength(Chain) == 0)
    Reject("empty certificate chain");
  else if (!leafMatchesPin(Env, Chain))
    Reject("certificate does not match the pinned key");
}

jboolean JNICALL verifyPinnedHost(JNIEnv *Env, jobject, jstring Host, jobject) {
  const char *Name = Env->GetStringUTFChars(Host, nullptr);
  if (Name == nullptr)
    return JNI_FALSE;
  jboolean Ok = std::strcmp(Name, "api.example.com") == 0 ? JNI_TRUE : JNI_FALSE;
  Env->ReleaseStringUTFChars(Host, Name);
  return Ok;
}

// Logs mismatches "to see how often they happen", then accepts them.
jboolean JNICALL verifyLogOnly(JNIEnv *Env, jobject, jstring Host, jobject) {
  const char *Name = Env->GetStringUTFChars(Host, nullptr);
  if (Name != nullptr && std::strcmp(Name, "api.example.com") != 0)
    std::fprintf(stderr, "host name mismatch: %s\n", Name);
  Env->ReleaseStringUTFChars(Host, Name);
  return JNI_TRUE;
}

#define TRUST_MANAGER_SIG "([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V"
#define VERIFIER_SIG "(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z"

const JNINativeMethod kPinningTrustManager[] = {
    {const_cast<char *>("checkServerTrusted"), const_cast<char *>(TRUST_MANAGER_SIG),
     reinterpret_cast<void *>(checkServerTrustedPinned)},
};
const JNINativeMethod kQaTrustManager[] = {
    {const_cast<char *>("checkServerTrusted"), const_cast<char *>(TRUST_MANAGER_SIG),
     // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: native checkServerTrusted never throws, so this TrustManager accepts every certificate chain, even a forged one [tls-trust-all-certificates]
     // CHECK-MESSAGES: :43:14: note: native implementation defined here
     reinterpret_cast<void *>(checkServerTrustedQa)},
};
const JNINativeMethod kStrictTrustManager[] = {
    {const_cast<char *>("checkServerTrusted"), const_cast<char *>(TRUST_MANAGER_SIG),
     reinterpret_cast<void *>(checkServerTrustedStrict)},
};
const JNINativeMethod kVerifiers[] = {
    {const_cast<char *>("verify"), const_cast<char *>(VERIFIER_SIG),
     reinterpret_cast<void *>(verifyPinnedHost)},
};
const JNINativeMethod kLoggingVerifiers[] = {
    {const_cast<char *>("verify"), const_cast<char *>(VERIFIER_SIG),
     // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: native verify returns true on every path, so this HostnameVerifier accepts every host name [tls-hostname-verification-disabled]
     // CHECK-MESSAGES: :67:18: note: native implementation defined here
     reinterpret_cast<void *>(verifyLogOnly)},
};

bool registerClass(JNIEnv *Env, const char *Name, const JNINativeMethod *Methods, jint Count) {
  jclass Class = Env->FindClass(Name);
  return Class != nullptr && Env->RegisterNatives(Class, Methods, Count) == JNI_OK;
}

} // namespace

extern "C" JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *Vm, void *) {
  JNIEnv *Env = nullptr;
  if (Vm->GetEnv(reinterpret_cast<void **>(&Env), JNI_VERSION_1_6) != JNI_OK)
    return JNI_ERR;
  gCertificateException = static_cast<jclass>(
      Env->NewGlobalRef(Env->FindClass("java/security/cert/CertificateException")));
  gGetEncoded = Env->GetMethodID(Env->FindClass("java/security/cert/Certificate"), "getEncoded", "()[B");
  bool Ok = registerClass(Env, "com/example/net/PinningTrustManager", kPinningTrustManager, 1) &&
            registerClass(Env, "com/example/net/QaTrustManager", kQaTrustManager, 1) &&
            registerClass(Env, "com/example/net/StrictTrustManager", kStrictTrustManager, 1) &&
            registerClass(Env, "com/example/net/PinnedHostVerifier", kVerifiers, std::size(kVerifiers)) &&
            registerClass(Env, "com/example/net/LoggingHostVerifier", kLoggingVerifiers, 1);
  return Ok ? JNI_VERSION_1_6 : JNI_ERR;
}

// The pre-RegisterNatives export, still shipped for the old Java class.
extern "C" JNIEXPORT void JNICALL
Java_com_example_net_LegacyTrustManager_checkServerTrusted(JNIEnv *Env, jobject, jobjectArray Chain,
                                                           jstring) {
  // CHECK-MESSAGES: :[[@LINE-2]]:1: warning: native checkServerTrusted never throws, so this TrustManager accepts every certificate chain, even a forged one [tls-trust-all-certificates]
  if (Chain == nullptr)
    return; // "the platform already checked it"
  Env->DeleteLocalRef(Chain);
}

// Builds the SSLContext that the Java networking code then uses.
extern "C" JNIEXPORT jobject JNICALL
Java_com_example_net_NativeTls_newSslContext(JNIEnv *Env, jclass, jobjectArray TrustManagers) {
  jclass SslContext = Env->FindClass("javax/net/ssl/SSLContext");
  jmethodID GetInstance = Env->GetStaticMethodID(SslContext, "getInstance",
                                                 "(Ljava/lang/String;)Ljavax/net/ssl/SSLContext;");
  jmethodID Init = Env->GetMethodID(SslContext, "init",
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: SSLContext.init is called from native code in a file whose native checkServerTrusted accepts every chain; the context it sets up trusts any certificate [tls-trust-all-certificates]
                                    "([Ljavax/net/ssl/KeyManager;[Ljavax/net/ssl/TrustManager;"
                                    "Ljava/security/SecureRandom;)V");
  jobject Context = Env->CallStaticObjectMethod(SslContext, GetInstance, Env->NewStringUTF("TLS"));
  Env->CallVoidMethod(Context, Init, nullptr, TrustManagers, nullptr);
  return Context;
}
