// Boost.Asio: verify_peer needs a host name check in the same file.
// RUN: %check_tls %s %t -- -std=c++17
// RUN: %check_tls %s %t --check-suffix=BOUND -- -std=c++17 -DBIND_HOST

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <string>

namespace ssl = boost::asio::ssl;

void connect(ssl::context &Ctx, const std::string &Host) {
  Ctx.set_verify_mode(ssl::verify_peer);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'set_verify_mode' turns certificate verification on, but this file never installs
#ifdef BIND_HOST
  Ctx.set_verify_callback(ssl::host_name_verification(Host));
#endif
}
// With the check in place, nothing (any warning fails the test):
// CHECK-MESSAGES-BOUND-NOT: warning:
