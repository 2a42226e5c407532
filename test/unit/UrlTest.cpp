#include "lib/url/Url.h"
#include "gtest/gtest.h"

using namespace tlslint;

namespace {

TEST(UrlTest, ParsesSchemeAndHost) {
  auto U = parseUrlPrefix("http://user:pw@Api.Example.com:8080/path?q#f");
  ASSERT_TRUE(U);
  EXPECT_EQ(U->Scheme, "http");
  EXPECT_EQ(U->Host, "Api.Example.com");
  U = parseUrlPrefix("ws://[::1]:9000/socket");
  ASSERT_TRUE(U);
  EXPECT_EQ(U->Host, "::1");
  U = parseUrlPrefix("http://");
  ASSERT_TRUE(U);
  EXPECT_EQ(U->Host, "");
}

TEST(UrlTest, SchemePrefixesAndPorts) {
  auto U = parseUrlPrefix("http://");
  ASSERT_TRUE(U);
  EXPECT_TRUE(U->SchemeOnly);
  EXPECT_FALSE(U->HasPort);
  U = parseUrlPrefix("http://%s/index.html");
  ASSERT_TRUE(U);
  EXPECT_FALSE(U->SchemeOnly);
  EXPECT_FALSE(U->HasPort);
  U = parseUrlPrefix("http://user:pw@example.com/a:b");
  ASSERT_TRUE(U);
  EXPECT_FALSE(U->HasPort);
  U = parseUrlPrefix("http://example.com:8080/");
  ASSERT_TRUE(U);
  EXPECT_TRUE(U->HasPort);
  U = parseUrlPrefix("ws://[2001:db8::1]:9000");
  ASSERT_TRUE(U);
  EXPECT_EQ("2001:db8::1", U->Host);
  EXPECT_TRUE(U->HasPort);
  U = parseUrlPrefix("ws://[2001:db8::1]/");
  ASSERT_TRUE(U);
  EXPECT_FALSE(U->HasPort);
}

TEST(UrlTest, TextMentioningAUrlIsNotAUrl) {
  EXPECT_FALSE(parseUrlPrefix("see http://example.com for details"));
  EXPECT_FALSE(parseUrlPrefix("://example.com"));
  EXPECT_FALSE(parseUrlPrefix("1http://example.com"));
  EXPECT_FALSE(parseUrlPrefix(""));
}

TEST(UrlTest, SchemeSecurity) {
  EXPECT_EQ(schemeSecurity("http"), SchemeSecurity::Cleartext);
  EXPECT_EQ(schemeSecurity("HTTP"), SchemeSecurity::Cleartext);
  EXPECT_EQ(schemeSecurity("ldap"), SchemeSecurity::Cleartext);
  EXPECT_EQ(schemeSecurity("smtp"), SchemeSecurity::CleartextUnlessStartTls);
  EXPECT_EQ(schemeSecurity("https"), SchemeSecurity::Encrypted);
  EXPECT_EQ(schemeSecurity("file"), SchemeSecurity::Unknown);
  EXPECT_EQ(schemeSecurity("mqtt"), SchemeSecurity::Cleartext);
  EXPECT_EQ(schemeSecurity("tcp"), SchemeSecurity::Cleartext);
  EXPECT_EQ(schemeSecurity("mqtts"), SchemeSecurity::Encrypted);
  EXPECT_EQ(schemeSecurity("ssl"), SchemeSecurity::Encrypted);
  // Brokers' secure schemes use another port: no drop-in replacement.
  EXPECT_EQ(secureCounterpart("mqtt"), "");
}

TEST(UrlTest, Loopback) {
  for (const char *Host : {"localhost", "LOCALHOST.", "dev.localhost",
                           "127.0.0.1", "127.1.2.3", "::1", "10.0.2.2"})
    EXPECT_TRUE(isLoopbackHost(Host)) << Host;
  for (const char *Host : {"localhost.example.com", "128.0.0.1", "127.0.0",
                           "127.0.0.256", "10.0.2.3", "example.com", ""})
    EXPECT_FALSE(isLoopbackHost(Host)) << Host;
}

TEST(UrlTest, NamespaceIdentifiers) {
  EXPECT_TRUE(
      isNamespaceIdentifier("http://schemas.android.com/apk/res/android"));
  EXPECT_TRUE(isNamespaceIdentifier("http://www.w3.org/2001/XMLSchema"));
  EXPECT_FALSE(isNamespaceIdentifier("http://www.w3.org.evil.com/"));
  EXPECT_FALSE(isNamespaceIdentifier("http://api.example.com/"));
}

TEST(UrlTest, Allowlist) {
  std::vector<std::string> Allowed = {"intranet.corp", "*.test.example.com"};
  EXPECT_TRUE(hostMatchesAny("intranet.corp", Allowed));
  EXPECT_TRUE(hostMatchesAny("INTRANET.CORP.", Allowed));
  EXPECT_FALSE(hostMatchesAny("x.intranet.corp", Allowed));
  EXPECT_TRUE(hostMatchesAny("a.b.test.example.com", Allowed));
  EXPECT_TRUE(hostMatchesAny("test.example.com", Allowed));
  EXPECT_FALSE(hostMatchesAny("eviltest.example.com", Allowed));

  // An allowlist entry written fully qualified names the same host.
  std::vector<std::string> Qualified = {"intranet.corp.",
                                        "*.test.example.com."};
  EXPECT_TRUE(hostMatchesAny("intranet.corp", Qualified));
  EXPECT_TRUE(hostMatchesAny("intranet.corp.", Qualified));
  EXPECT_TRUE(hostMatchesAny("a.test.example.com", Qualified));
  EXPECT_FALSE(hostMatchesAny("x.intranet.corp", Qualified));
  EXPECT_FALSE(hostMatchesAny("intranet.corp..", {"."}));
}

TEST(UrlTest, SecureCounterpart) {
  EXPECT_EQ(secureCounterpart("http"), "https");
  EXPECT_EQ(secureCounterpart("ws"), "wss");
  EXPECT_EQ(secureCounterpart("ftp"), "");
}

} // namespace

TEST(UrlTest, ConnectionHostOfEachForm) {
  EXPECT_EQ(connectionHost(PeerForm::Url, "https://Api.Example.com:8443/v1"),
            "api.example.com");
  EXPECT_EQ(connectionHost(PeerForm::Url, "api.example.com"), "");
  EXPECT_EQ(connectionHost(PeerForm::Host, "api.example.com."),
            "api.example.com");
  EXPECT_EQ(connectionHost(PeerForm::Host, "api.example.com:443"),
            "api.example.com");
  EXPECT_EQ(connectionHost(PeerForm::Host, "[::1]:443"), "::1");
  EXPECT_EQ(connectionHost(PeerForm::Host, "fe80::1"), "fe80::1");
  EXPECT_EQ(connectionHost(PeerForm::UrlOrHost, "https://a.example:1"),
            "a.example");
  EXPECT_EQ(connectionHost(PeerForm::UrlOrHost, "a.example:8080"), "a.example");
  EXPECT_EQ(connectionHost(PeerForm::GrpcTarget, "dns:///a.example:443"),
            "a.example");
  EXPECT_EQ(connectionHost(PeerForm::GrpcTarget, "ipv6:[::1]:50051"), "::1");
  EXPECT_EQ(connectionHost(PeerForm::GrpcTarget, "ipv4:10.0.0.1:1,10.0.0.2:1"),
            "10.0.0.1");
  EXPECT_EQ(connectionHost(PeerForm::GrpcTarget, "unix:/tmp/s.sock"), "");
}
