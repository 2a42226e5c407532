// A downloader and a small HTTPS status server on Poco::Net (NetSSL_OpenSSL),
// following Poco's own download sample: a Context, an invalid-certificate
// handler, SSLManager, HTTPSClientSession; the server side on SERVER_USE.
// RUN: %check_tls %s %t -- -std=c++17

#include <Poco/Net/AcceptCertificateHandler.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <iostream>
#include <string>

using Poco::Net::Context;
using Poco::Net::InvalidCertificateHandler;

namespace {

const std::string kCiphers = "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5";
const char *const kReleasesUrl = "https://releases.example.com/app/latest.json";
const char *const kMirrorUrl = "http://mirror.example.org/app/latest.json";
// CHECK-MESSAGES: :[[@LINE-1]]:32: warning: cleartext http:// URL to 'mirror.example.org': anyone on the network path can read and change this traffic [tls-cleartext-url]

struct DownloadOptions {
  std::string CaLocation = "/etc/ssl/certs";
  bool Insecure = false;       // --insecure
  bool LegacyAppliance = false; // the appliance speaks TLS 1.1
};

Context::Ptr clientContext(const DownloadOptions &Opts) {
  if (Opts.Insecure) {
    std::cerr << "warning: not verifying certificates\n";
    return new Context(Context::CLIENT_USE, "", "", "", Context::VERIFY_NONE, 9,
    // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: when `Opts.Insecure` is set, a client Context with Context::VERIFY_NONE does not verify the server's certificate; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
                       false, kCiphers);
  }
  if (Opts.LegacyAppliance)
    return new Context(Context::TLSV1_1_CLIENT_USE, "", "", Opts.CaLocation,
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: when `Opts.LegacyAppliance` is set, Context::TLSV1_1_CLIENT_USE fixes the protocol to a version older than TLS 1.2; use TLS_CLIENT_USE with requireMinimumProtocol(PROTO_TLSV1_2) [tls-weak-protocol-version]
                       Context::VERIFY_RELAXED, 9, false, kCiphers);
  Context::Ptr Ctx = new Context(Context::TLS_CLIENT_USE, "", "", Opts.CaLocation,
                                 Context::VERIFY_STRICT, 9, true, kCiphers);
  Ctx->requireMinimumProtocol(Context::PROTO_TLSV1_2);
  return Ctx;
}

// The Params form that Poco recommends since 1.9.
Context::Ptr paramsContext(bool Lab) {
  Context::Params Params;
  Params.caLocation = "/etc/ssl/certs";
  Params.verificationMode = Context::VERIFY_RELAXED;
  Params.cipherList = kCiphers;
  if (Lab)
    Params.verificationMode = Context::VERIFY_NONE;
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: when `Lab` is set, 'verificationMode' set to VERIFY_NONE disables certificate verification for the Context built from these Params; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
  return new Context(Context::TLS_CLIENT_USE, Params);
}

void initializeSsl(bool Lab) {
  Poco::Net::initializeSSL();
  Poco::SharedPtr<InvalidCertificateHandler> Handler;
  if (Lab)
    Handler = new Poco::Net::AcceptCertificateHandler(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: when `Lab` is set, AcceptCertificateHandler accepts every invalid certificate; as the invalid-certificate handler it turns verification off (use RejectCertificateHandler) [tls-trust-all-certificates]
  else
    Handler = new Poco::Net::RejectCertificateHandler(false);
  DownloadOptions Defaults;
  Poco::Net::SSLManager::instance().initializeClient(nullptr, Handler, clientContext(Defaults));
}

} // namespace

std::string download(const std::string &Url, const DownloadOptions &Opts) {
  Poco::URI Uri(Url);
  Poco::Net::HTTPSClientSession Session(Uri.getHost(), Uri.getPort(), clientContext(Opts));
  Poco::Net::HTTPRequest Request(Poco::Net::HTTPRequest::HTTP_GET, Uri.getPathAndQuery(),
                                 Poco::Net::HTTPMessage::HTTP_1_1);
  Session.sendRequest(Request);
  Poco::Net::HTTPResponse Response;
  std::istream &Body = Session.receiveResponse(Response);
  std::string Out;
  Poco::StreamCopier::copyToString(Body, Out);
  return Out;
}

std::string latestRelease(bool UseMirror) {
  return download(UseMirror ? kMirrorUrl : kReleasesUrl, DownloadOptions());
}

// The status page is served over HTTPS; browsers send no client certificate.
Context::Ptr statusServerContext(const std::string &Key, const std::string &Cert) {
  Context::Ptr Ctx = new Context(Context::SERVER_USE, Key, Cert, "", Context::VERIFY_NONE, 9,
                                 false, kCiphers);
  Ctx->requireMinimumProtocol(Context::PROTO_TLSV1_2);
  Ctx->enableExtendedCertificateVerification(false);
  return Ctx;
}

// The same server context through Params; the SecureServerSocket that uses
// it is built in server.cpp.
Context::Ptr statusServerParamsContext(const std::string &Key, const std::string &Cert) {
  Context::Params Params;
  Params.privateKeyFile = Key;
  Params.certificateFile = Cert;
  Params.cipherList = kCiphers;
  // The Params reach only Context(SERVER_USE, ...) on the next line, so
  // VERIFY_NONE only means "ask for no client certificate": not reported.
  Params.verificationMode = Context::VERIFY_NONE;
  Context::Ptr Ctx = new Context(Context::SERVER_USE, Params);
  Ctx->requireMinimumProtocol(Context::PROTO_TLSV1_2);
  return Ctx;
}
