// The same in C, where JNI calls go through (*env)->Function(env, ...).
// REQUIRES: jni
// RUN: %check_tls %s %t -- -std=c11 -I%jni_include -I%jni_include/linux

#include <jni.h>

JNIEXPORT void JNICALL
Java_com_example_TrustAll_checkServerTrusted(JNIEnv *env, jobject self,
                                             jobjectArray chain, jstring type) {
  // CHECK-MESSAGES: :[[@LINE-2]]:1: warning: native checkServerTrusted never throws, so this TrustManager accepts every certificate chain, even a forged one [tls-trust-all-certificates]
}

JNIEXPORT void JNICALL
Java_com_example_Strict_checkServerTrusted(JNIEnv *env, jobject self,
                                           jobjectArray chain, jstring type) {
  if ((*env)->GetArrayLength(env, chain) == 0)
    (*env)->ThrowNew(env,
                     (*env)->FindClass(env,
                                       "java/security/cert/CertificateException"),
                     "empty chain");
}

void lookups(JNIEnv *env) {
  (*env)->FindClass(env, "org/apache/http/conn/ssl/NoopHostnameVerifier");
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: JNI lookup of NoopHostnameVerifier, which accepts every host name [tls-hostname-verification-disabled]
  (*env)->FindClass(env, "javax/net/ssl/HttpsURLConnection");
}

/* Here the only native TrustManager throws, so SSLContext.init is fine. */
