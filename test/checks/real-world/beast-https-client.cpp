// An HTTPS client and a small TLS admin server on Boost.Beast / Boost.Asio,
// shaped like Beast's own SSL examples: a context per client, a
// beast::ssl_stream per connection, SNI, a logging verify callback.
// RUN: %check_tls %s %t -- -std=c++17
// Notes point back at the callbacks by absolute line: keep them first.

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/version.hpp>
#include <iostream>
#include <string>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
using tcp = net::ip::tcp;

static bool logFailures(bool Preverified, ssl::verify_context &Ctx) {
  if (!Preverified)
    std::cerr << "tls: " << X509_verify_cert_error_string(X509_STORE_CTX_get_error(Ctx.native_handle())) << "\n";
  return Preverified;
}

struct ClientOptions {
  std::string CaFile;
  bool Insecure = false;     // --insecure, for lab setups
  bool SelfSigned = false;   // the device's factory certificate
  bool LegacyDevice = false; // firmware older than 2.0 speaks TLS 1.0 only
};

class HttpsClient {
public:
  HttpsClient(net::io_context &Io, const ClientOptions &Opts)
      : Io(Io), Ctx(Opts.LegacyDevice ? ssl::context::tls_client
                                      : ssl::context::tlsv12_client) {
    Ctx.set_options(ssl::context::default_workarounds | ssl::context::no_sslv3 |
                    ssl::context::no_compression);
    if (Opts.CaFile.empty())
      Ctx.set_default_verify_paths();
    else
      Ctx.load_verify_file(Opts.CaFile);
    Ctx.set_verify_mode(ssl::verify_peer | ssl::verify_fail_if_no_peer_cert);
    if (Opts.Insecure)
      Ctx.set_verify_mode(ssl::verify_none);
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: when `Opts.Insecure` is set, 'set_verify_mode' with ssl::verify_none disables certificate verification; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
    TrustSelfSigned = Opts.SelfSigned;
  }

  std::string get(const std::string &Host, const std::string &Target) {
    tcp::resolver Resolver(Io);
    beast::ssl_stream<beast::tcp_stream> Stream(Io, Ctx);
    if (!SSL_set_tlsext_host_name(Stream.native_handle(), Host.c_str()))
      throw beast::system_error(beast::error_code(static_cast<int>(::ERR_get_error()),
                                                  net::error::get_ssl_category()));
    Stream.set_verify_callback(ssl::host_name_verification(Host));
    if (TrustSelfSigned) {
      Stream.set_verify_mode(ssl::verify_none);
      // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: when `TrustSelfSigned` is set, 'set_verify_mode' with ssl::verify_none disables certificate verification; any certificate chain, even a forged one, is accepted [tls-trust-all-certificates]
      Stream.set_verify_callback([](bool Preverified, ssl::verify_context &) {
        // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: when `TrustSelfSigned` is set, the verify callback given to 'set_verify_callback' returns non-zero on every path, so it accepts every certificate chain, even a forged one [tls-trust-all-certificates]
        // CHECK-MESSAGES: :[[@LINE-2]]:34: note: verify callback defined here
        if (!Preverified)
          std::cerr << "tls: accepting the device's self-signed certificate\n";
        return true;
      });
    } else {
      Stream.set_verify_callback(logFailures);
    }
    beast::get_lowest_layer(Stream).connect(Resolver.resolve(Host, "443"));
    Stream.handshake(ssl::stream_base::client);

    http::request<http::empty_body> Req{http::verb::get, Target, 11};
    Req.set(http::field::host, Host);
    Req.set(http::field::user_agent, BOOST_BEAST_VERSION_STRING);
    http::write(Stream, Req);
    beast::flat_buffer Buffer;
    http::response<http::string_body> Res;
    http::read(Stream, Buffer, Res);
    beast::error_code Ec;
    Stream.shutdown(Ec);
    return Res.body();
  }

private:
  net::io_context &Io;
  ssl::context Ctx;
  bool TrustSelfSigned = false;
};

// The provisioning endpoint of first-generation devices.
ssl::context legacyContext() {
  ssl::context Ctx(ssl::context::tlsv1_client);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: ssl::context::tlsv1_client speaks only a protocol older than TLS 1.2; use ssl::context::tls_client (or tlsv12_client) instead [tls-weak-protocol-version]
  Ctx.set_default_verify_paths();
  Ctx.set_verify_mode(ssl::verify_peer);
  return Ctx;
}

// The local admin endpoint: a server that does not ask for client certs.
ssl::context adminServerContext(const std::string &Chain, const std::string &Key) {
  ssl::context Ctx{ssl::context::tlsv12_server};
  Ctx.use_certificate_chain_file(Chain);
  Ctx.use_private_key_file(Key, ssl::context::pem);
  // A context built with tlsv12_server only accepts connections: verify_none
  // on it only means no client certificate is asked for.
  Ctx.set_verify_mode(ssl::verify_none);
  return Ctx;
}

const char *const kStatusPage = "http://status.example.com/devices";
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: cleartext http:// URL to 'status.example.com': anyone on the network path can read and change this traffic [tls-cleartext-url]
const char *const kDocsPage = "https://docs.example.com/devices/tls";
