// Native TrustManagers and HostnameVerifiers, bound by name and through
// RegisterNatives, against OpenJDK's real <jni.h>.
// REQUIRES: jni
// RUN: %check_tls %s %t -- -std=c++17 -I%jni_include -I%jni_include/linux

#include <jni.h>

extern "C" JNIEXPORT void JNICALL
Java_com_example_net_PinnedTrustManager_checkServerTrusted(JNIEnv *Env,
                                                           jobject Self,
                                                           jobjectArray Chain,
                                                           jstring AuthType) {
  // CHECK-MESSAGES: :[[@LINE-4]]:1: warning: native checkServerTrusted never throws, so this TrustManager accepts every certificate chain, even a forged one [tls-trust-all-certificates]
  (void)Chain;
}

extern "C" JNIEXPORT jboolean JNICALL
Java_com_example_net_LaxVerifier_verify(JNIEnv *, jobject, jstring Host,
                                        jobject Session) {
  // CHECK-MESSAGES: :[[@LINE-2]]:1: warning: native verify returns true on every path, so this HostnameVerifier accepts every host name [tls-hostname-verification-disabled]
  return JNI_TRUE;
}

// Registered through a table instead of by name.
static void trustAll(JNIEnv *, jobject, jobjectArray, jstring) {}
static jboolean acceptHost(JNIEnv *, jobject, jstring, jobject) { return 1; }

static const JNINativeMethod kMethods[] = {
    {"checkServerTrusted",
     "([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V",
     reinterpret_cast<void *>(trustAll)},
    // CHECK-MESSAGES: :[[@LINE-3]]:5: warning: native checkServerTrusted never throws
    // CHECK-MESSAGES: :25:13: note: native implementation defined here
    {"verify", "(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z",
     reinterpret_cast<void *>(acceptHost)},
    // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: native verify returns true on every path
    // CHECK-MESSAGES: :26:17: note: native implementation defined here
};

jint registerAll(JNIEnv *Env, jclass Class) {
  return Env->RegisterNatives(Class, kMethods, 2);
}

void lookups(JNIEnv *Env) {
  jclass Verifier =
      Env->FindClass("org/apache/http/conn/ssl/AllowAllHostnameVerifier");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: JNI lookup of AllowAllHostnameVerifier, which accepts every host name [tls-hostname-verification-disabled]
  jclass Factory = Env->FindClass("org/apache/http/conn/ssl/SSLSocketFactory");
  Env->GetStaticFieldID(Factory, "ALLOW_ALL_HOSTNAME_VERIFIER",
                        "Lorg/apache/http/conn/ssl/X509HostnameVerifier;");
  // CHECK-MESSAGES: :[[@LINE-2]]:34: warning: JNI lookup of ALLOW_ALL_HOSTNAME_VERIFIER
  jclass Sockets = Env->FindClass("android/net/SSLCertificateSocketFactory");
  Env->GetStaticMethodID(Sockets, "getInsecure",
                         "(ILandroid/net/SSLSessionCache;)Ljavax/net/ssl/SSLSocketFactory;");
  // CHECK-MESSAGES: :[[@LINE-2]]:35: warning: JNI lookup of SSLCertificateSocketFactory.getInsecure, whose sockets verify no certificate at all [tls-trust-all-certificates]
  (void)Verifier;
}

// A lambda that is called but only logs: still never throws. One that
// throws but is never called rejects nothing either.
extern "C" JNIEXPORT void JNICALL
Java_com_example_net_LoggingTrustManager_checkServerTrusted(JNIEnv *Env,
                                                            jobject,
                                                            jobjectArray Chain,
                                                            jstring) {
  // CHECK-MESSAGES: :[[@LINE-4]]:1: warning: native checkServerTrusted never throws
  auto Log = [&](int Length) { (void)Length; };
  auto Unused = [&] {
    Env->ThrowNew(Env->FindClass("java/security/cert/CertificateException"),
                  "never called");
  };
  Log(Env->GetArrayLength(Chain));
}

// Look-alikes that are fine.
extern "C" JNIEXPORT void JNICALL
Java_com_example_net_StrictTrustManager_checkServerTrusted(JNIEnv *Env, jobject,
                                                           jobjectArray Chain,
                                                           jstring) {
  if (Env->GetArrayLength(Chain) == 0)
    Env->ThrowNew(Env->FindClass("java/security/cert/CertificateException"),
                  "empty chain");
}

// Rejects only through a local lambda that captures the JNIEnv.
extern "C" JNIEXPORT void JNICALL
Java_com_example_net_LambdaTrustManager_checkServerTrusted(JNIEnv *Env, jobject,
                                                           jobjectArray Chain,
                                                           jstring) {
  auto Reject = [&](const char *Why) {
    Env->ThrowNew(Env->FindClass("java/security/cert/CertificateException"),
                  Why);
  };
  if (Env->GetArrayLength(Chain) == 0)
    Reject("empty chain");
}

static void checkPins(JNIEnv *Env, jobjectArray Chain);

extern "C" JNIEXPORT void JNICALL
Java_com_example_net_PinningTrustManager_checkServerTrusted(JNIEnv *Env, jobject,
                                                            jobjectArray Chain,
                                                            jstring) {
  checkPins(Env, Chain); // may throw
}

extern "C" JNIEXPORT jboolean JNICALL
Java_com_example_net_StrictVerifier_verify(JNIEnv *Env, jobject, jstring Host,
                                           jobject) {
  const char *Name = Env->GetStringUTFChars(Host, nullptr);
  jboolean Ok = Name && Name[0] != '\0';
  Env->ReleaseStringUTFChars(Host, Name);
  return Ok;
}

// Another class's verify(): not a HostnameVerifier signature.
static const JNINativeMethod kOther[] = {
    {"verify", "([B)Z", reinterpret_cast<void *>(acceptHost)},
};

void fineLookups(JNIEnv *Env) {
  Env->FindClass("javax/net/ssl/HttpsURLConnection");
  Env->GetStaticMethodID(Env->FindClass("javax/net/ssl/SSLContext"),
                         "getInstance", "(Ljava/lang/String;)Ljavax/net/ssl/SSLContext;");
}

// Installing a TrustManager from native code in a file whose native
// checkServerTrusted accepts everything.
void installTrustManager(JNIEnv *Env, jobject Context, jobjectArray Managers) {
  jclass SslContext = Env->FindClass("javax/net/ssl/SSLContext");
  jmethodID Init = Env->GetMethodID(
      SslContext, "init",
      "([Ljavax/net/ssl/KeyManager;[Ljavax/net/ssl/TrustManager;"
      "Ljava/security/SecureRandom;)V");
  // CHECK-MESSAGES: :[[@LINE-4]]:20: warning: SSLContext.init is called from native code in a file whose native checkServerTrusted accepts every chain; the context it sets up trusts any certificate [tls-trust-all-certificates]
  Env->CallVoidMethod(Context, Init, nullptr, Managers, nullptr);
}
