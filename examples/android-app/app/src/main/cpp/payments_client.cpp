// Native client for the payment API. The app's network security config pins
// api.example-payments.com, but libcurl never reads that file.
#include <curl/curl.h>
#include <jni.h>

#include <string>

namespace {

size_t collect(char *data, size_t size, size_t count, void *out) {
  static_cast<std::string *>(out)->append(data, size * count);
  return size * count;
}

std::string post(const char *url, const std::string &body) {
  std::string response;
  CURL *curl = curl_easy_init();
  if (!curl)
    return response;
  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response);
  curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return response;
}

} // namespace

extern "C" JNIEXPORT jstring JNICALL
Java_com_example_payments_PaymentsClient_charge(JNIEnv *env, jobject,
                                                jstring request) {
  const char *body = env->GetStringUTFChars(request, nullptr);
  std::string reply =
      post("https://api.example-payments.com/v2/charges", body);
  env->ReleaseStringUTFChars(request, body);
  return env->NewStringUTF(reply.c_str());
}
