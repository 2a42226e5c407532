//===-- Url.cpp -----------------------------------------------------------===//

#include "lib/url/Url.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

namespace tlslint {

std::optional<UrlPrefix> parseUrlPrefix(llvm::StringRef Text) {
  size_t Sep = Text.find("://");
  if (Sep == 0 || Sep == llvm::StringRef::npos)
    return std::nullopt;
  llvm::StringRef Scheme = Text.take_front(Sep);
  if (!llvm::isAlpha(Scheme.front()) || !llvm::all_of(Scheme, [](char C) {
        return llvm::isAlnum(C) || C == '+' || C == '-' || C == '.';
      }))
    return std::nullopt;
  llvm::StringRef Rest = Text.drop_front(Sep + 3);
  // Drop user info ("user:password@host").
  size_t End = Rest.find_first_of("/?#");
  llvm::StringRef Authority = Rest.take_front(End);
  size_t At = Authority.rfind('@');
  if (At != llvm::StringRef::npos)
    Authority = Authority.drop_front(At + 1);
  UrlPrefix Url;
  Url.Scheme = Scheme;
  Url.SchemeOnly = Rest.empty();
  llvm::StringRef AfterHost;
  if (Authority.starts_with("[")) {
    Url.Host =
        Authority.drop_front().take_until([](char C) { return C == ']'; });
    AfterHost =
        Authority.drop_front(std::min(Authority.size(), Url.Host.size() + 2));
  } else {
    Url.Host = Authority.take_until([](char C) { return C == ':'; });
    AfterHost = Authority.drop_front(Url.Host.size());
  }
  Url.HasPort = AfterHost.starts_with(":");
  return Url;
}

SchemeSecurity schemeSecurity(llvm::StringRef Scheme) {
  std::string Lower = Scheme.lower();
  // One Case per name: the variadic Cases() is deprecated from LLVM 22 on and
  // its replacement taking a list does not exist in 19.
  return llvm::StringSwitch<SchemeSecurity>(Lower)
      .Case("http", SchemeSecurity::Cleartext)
      .Case("ws", SchemeSecurity::Cleartext)
      .Case("ftp", SchemeSecurity::Cleartext)
      .Case("telnet", SchemeSecurity::Cleartext)
      .Case("ldap", SchemeSecurity::Cleartext)
      // MQTT brokers: paho's and mosquitto's URIs; tcp:// is never TLS.
      .Case("mqtt", SchemeSecurity::Cleartext)
      .Case("tcp", SchemeSecurity::Cleartext)
      .Case("smtp", SchemeSecurity::CleartextUnlessStartTls)
      .Case("imap", SchemeSecurity::CleartextUnlessStartTls)
      .Case("pop3", SchemeSecurity::CleartextUnlessStartTls)
      .Case("https", SchemeSecurity::Encrypted)
      .Case("wss", SchemeSecurity::Encrypted)
      .Case("ftps", SchemeSecurity::Encrypted)
      .Case("ldaps", SchemeSecurity::Encrypted)
      .Case("smtps", SchemeSecurity::Encrypted)
      .Case("imaps", SchemeSecurity::Encrypted)
      .Case("pop3s", SchemeSecurity::Encrypted)
      .Case("mqtts", SchemeSecurity::Encrypted)
      .Case("ssl", SchemeSecurity::Encrypted)
      .Default(SchemeSecurity::Unknown);
}

static bool isIPv4Loopback(llvm::StringRef Host) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Host.split(Parts, '.');
  if (Parts.size() != 4 || Parts[0] != "127")
    return false;
  for (llvm::StringRef Part : Parts) {
    unsigned Value;
    if (Part.empty() || Part.getAsInteger(10, Value) || Value > 255)
      return false;
  }
  return true;
}

bool isLoopbackHost(llvm::StringRef Host) {
  std::string Lower = Host.lower();
  llvm::StringRef H(Lower);
  H.consume_back(".");
  return H == "localhost" || H.ends_with(".localhost") || H == "::1" ||
         H == "0:0:0:0:0:0:0:1" || H == "10.0.2.2" || isIPv4Loopback(H);
}

bool isNamespaceIdentifier(llvm::StringRef Url) {
  static const char *const Prefixes[] = {
      "http://schemas.android.com/",
      "http://www.w3.org/",
      "http://xmlns.com/",
      "http://schemas.xmlsoap.org/",
      "http://schemas.microsoft.com/",
      "http://purl.org/",
      "http://ns.adobe.com/",
      "http://java.sun.com/xml/ns/",
      "http://xmlns.jcp.org/xml/ns/",
      "http://xml.org/sax/",
      "http://json-schema.org/",
      "http://www.apache.org/licenses/",
      "http://www.opengis.net/",
      "http://docs.oasis-open.org/",
  };
  for (const char *Prefix : Prefixes)
    if (Url.starts_with_insensitive(Prefix))
      return true;
  return false;
}

bool hostMatchesAny(llvm::StringRef Host,
                    llvm::ArrayRef<std::string> Patterns) {
  std::string LowerHost = Host.lower();
  llvm::StringRef H(LowerHost);
  H.consume_back(".");
  for (const std::string &RawPattern : Patterns) {
    std::string Lower = llvm::StringRef(RawPattern).trim().lower();
    llvm::StringRef Pattern(Lower);
    Pattern.consume_back("."); // A fully qualified name is the same host.
    if (Pattern.empty())
      continue;
    if (Pattern.consume_front("*.")) {
      if (H == Pattern || H.ends_with(("." + Pattern).str()))
        return true;
    } else if (H == Pattern) {
      return true;
    }
  }
  return false;
}

llvm::StringRef secureCounterpart(llvm::StringRef Scheme) {
  std::string Lower = Scheme.lower();
  if (Lower == "http")
    return "https";
  if (Lower == "ws")
    return "wss";
  return "";
}

namespace {

/// "host", "host:port", "[v6]" or "[v6]:port" without the port.
llvm::StringRef hostOfAuthority(llvm::StringRef Authority) {
  if (Authority.starts_with("["))
    return Authority.drop_front().take_until([](char C) { return C == ']'; });
  // A bare IPv6 address has several colons and no port.
  if (Authority.count(':') > 1)
    return Authority;
  return Authority.take_until([](char C) { return C == ':'; });
}

llvm::StringRef grpcTargetHost(llvm::StringRef Target) {
  if (Target.starts_with("unix:") || Target.starts_with("unix-abstract:") ||
      Target.starts_with("vsock:"))
    return "";
  for (llvm::StringRef Scheme : {"dns:///", "dns:", "ipv4:", "ipv6:"})
    if (Target.consume_front(Scheme))
      break;
  // "ipv4:a:1,b:2" lists addresses; the first names the peer well enough.
  return hostOfAuthority(Target.split(',').first);
}

} // namespace

std::string connectionHost(PeerForm Form, llvm::StringRef Text) {
  Text = Text.trim();
  llvm::StringRef Host;
  switch (Form) {
  case PeerForm::Url:
    if (std::optional<UrlPrefix> Url = parseUrlPrefix(Text))
      Host = Url->Host;
    break;
  case PeerForm::UrlOrHost:
    if (Text.contains("://")) {
      if (std::optional<UrlPrefix> Url = parseUrlPrefix(Text))
        Host = Url->Host;
      break;
    }
    [[fallthrough]];
  case PeerForm::Host:
    Host = hostOfAuthority(Text.take_until([](char C) { return C == '/'; }));
    break;
  case PeerForm::GrpcTarget:
    Host = grpcTargetHost(Text);
    break;
  }
  std::string Lower = Host.lower();
  if (llvm::StringRef(Lower).ends_with("."))
    Lower.pop_back();
  return Lower;
}

} // namespace tlslint
