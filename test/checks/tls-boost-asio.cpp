// Boost.Asio / Boost.Beast SSL against the real <boost/asio/ssl.hpp>. Notes
// point back at the callbacks by absolute line: keep them first.
// RUN: %check_tls %s %t -- -std=c++17

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <string>

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;

static bool acceptAll(bool Preverified, ssl::verify_context &) { return true; }
static bool checked(bool Preverified, ssl::verify_context &) { return Preverified; }

class TlsClient {
public:
  explicit TlsClient(asio::io_context &Io)
      : Ctx(ssl::context::tlsv1_client), Stream(Io, Ctx) {}
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: ssl::context::tlsv1_client speaks only a protocol older than TLS 1.2; use

  void insecure() {
    Ctx.set_verify_mode(ssl::verify_none);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'set_verify_mode' with ssl::verify_none disables certificate verification; any
    Stream.set_verify_mode(ssl::verify_none);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'set_verify_mode' with ssl::verify_none disables certificate verification; any
    Ctx.set_verify_callback(acceptAll);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: the verify callback given to 'set_verify_callback' returns non-zero on every path, so it
  // CHECK-MESSAGES: :12:13: note: verify callback defined here
    Stream.set_verify_callback(
        [](bool, ssl::verify_context &) { return true; });
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: the verify callback given to 'set_verify_callback' returns non-zero on every path, so it
  // CHECK-MESSAGES: :30:9: note: verify callback defined here
  }

  // Chain verified; the host name is not (see the hostname test).
  void secure() {
    Ctx.set_verify_mode(ssl::verify_peer | ssl::verify_fail_if_no_peer_cert);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'set_verify_mode' turns certificate verification on, but this file never installs
    Ctx.set_verify_callback(checked);
    Ctx.set_verify_callback(
        [](bool Preverified, ssl::verify_context &) { return Preverified; });
  }

private:
  ssl::context Ctx;
  ssl::stream<asio::ip::tcp::socket> Stream;
};

void protocols() {
  ssl::context Old(ssl::context::sslv3_client);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: ssl::context::sslv3_client speaks only a protocol older than TLS 1.2; use
  ssl::context Eleven(ssl::context::tlsv11);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: ssl::context::tlsv11 speaks only a protocol older than TLS 1.2; use
  ssl::context Modern(ssl::context::tls_client);
  ssl::context Twelve(ssl::context::tlsv12_client);
}
