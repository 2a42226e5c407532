// A native TrustManager the app installs for its "legacy" backend. Its
// checkServerTrusted never throws, so every certificate chain is accepted.
#include <jni.h>

extern "C" JNIEXPORT void JNICALL
Java_com_example_payments_LegacyTrustManager_checkServerTrusted(
    JNIEnv *env, jobject self, jobjectArray chain, jstring authType) {
  // TODO: validate the chain against the legacy CA.
  (void)env;
  (void)chain;
}

// The strict one used for the payment API delegates to the platform's
// default TrustManager, which throws on a bad chain.
extern "C" JNIEXPORT void JNICALL
Java_com_example_payments_StrictTrustManager_checkServerTrusted(
    JNIEnv *env, jobject self, jobjectArray chain, jstring authType) {
  jclass cls = env->GetObjectClass(self);
  jfieldID field =
      env->GetFieldID(cls, "platform", "Ljavax/net/ssl/X509TrustManager;");
  jobject platform = env->GetObjectField(self, field);
  jmethodID check = env->GetMethodID(
      env->GetObjectClass(platform), "checkServerTrusted",
      "([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V");
  env->CallVoidMethod(platform, check, chain, authType);
}
