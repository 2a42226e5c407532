//===-- Parser.cpp - Android-faithful network security config parser -----===//
//
// Semantics follow AOSP's XmlConfigSource (read for behaviour, not copied):
// what it rejects, with its messages, and what it skips.
//
//===----------------------------------------------------------------------===//

#include "lib/nsc/Parser.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/StringSwitch.h"

namespace tlslint {
namespace nsc {

static bool isLeap(int64_t Y) {
  return (Y % 4 == 0 && Y % 100 != 0) || Y % 400 == 0;
}

/// Reads one run of digits; SimpleDateFormat takes as many as there are.
static bool takeNumber(llvm::StringRef &S, int64_t &Out) {
  size_t N = 0;
  while (N < S.size() && llvm::isDigit(S[N]))
    ++N;
  if (N == 0 || N > 9)
    return false;
  S.take_front(N).getAsInteger(10, Out);
  S = S.drop_front(N);
  return true;
}

std::optional<Day> parseExpirationDate(llvm::StringRef S) {
  int64_t Y, M, D;
  if (!takeNumber(S, Y) || !S.consume_front("-") || !takeNumber(S, M) ||
      !S.consume_front("-") || !takeNumber(S, D))
    return std::nullopt;
  // Non-lenient GregorianCalendar: year >= 1, month and day in range.
  static const unsigned MonthDays[] = {31, 28, 31, 30, 31, 30,
                                       31, 31, 30, 31, 30, 31};
  if (Y < 1 || M < 1 || M > 12 || D < 1)
    return std::nullopt;
  unsigned Max = MonthDays[M - 1] + (M == 2 && isLeap(Y));
  if (D > Max)
    return std::nullopt;
  return daysFromCivil(Y, M, D);
}

std::optional<std::vector<uint8_t>> decodeAndroidBase64(llvm::StringRef Text) {
  std::vector<uint8_t> Out;
  unsigned State = 0; // 0-3: sextets seen in this quantum; 4: one '='; 5: done
  uint32_t Acc = 0;
  for (char C : Text) {
    int V = -1;
    if (C >= 'A' && C <= 'Z')
      V = C - 'A';
    else if (C >= 'a' && C <= 'z')
      V = C - 'a' + 26;
    else if (C >= '0' && C <= '9')
      V = C - '0' + 52;
    else if (C == '+')
      V = 62;
    else if (C == '/')
      V = 63;
    else if (C == '=')
      V = -2;
    if (V == -1)
      continue; // Android skips every character outside the alphabet.
    if (State == 5)
      return std::nullopt;
    if (V == -2) {
      if (State == 2)
        State = 4;
      else if (State == 3) {
        Out.push_back(uint8_t(Acc >> 10));
        Out.push_back(uint8_t(Acc >> 2));
        State = 5;
      } else if (State == 4) {
        Out.push_back(uint8_t(Acc >> 4));
        State = 5;
      } else
        return std::nullopt;
      continue;
    }
    if (State == 4)
      return std::nullopt;
    Acc = (Acc << 6) | unsigned(V);
    if (++State == 4) {
      Out.push_back(uint8_t(Acc >> 16));
      Out.push_back(uint8_t(Acc >> 8));
      Out.push_back(uint8_t(Acc));
      State = 0;
      Acc = 0;
    }
  }
  switch (State) {
  case 1:
  case 4:
    return std::nullopt;
  case 2:
    Out.push_back(uint8_t(Acc >> 4));
    break;
  case 3:
    Out.push_back(uint8_t(Acc >> 10));
    Out.push_back(uint8_t(Acc >> 2));
    break;
  default:
    break;
  }
  return Out;
}

RuleMask ignoredRulesOf(pugi::xml_node E) {
  RuleMask M = 0;
  for (pugi::xml_attribute A : E.attributes()) {
    llvm::StringRef Name = A.name();
    if (!Name.ends_with(":ignore"))
      continue;
    llvm::SmallVector<llvm::StringRef, 4> Ids;
    llvm::StringRef(A.value()).split(Ids, ',', -1, false);
    for (llvm::StringRef Id : Ids) {
      Id = Id.trim();
      if (Id.equals_insensitive("all"))
        return ~RuleMask(0);
      if (const Rule *R = findRule(Id))
        M |= ruleBit(R->Enum);
    }
  }
  return M;
}

namespace {

llvm::StringRef kindName(ConfigKind K) {
  switch (K) {
  case ConfigKind::Base:
    return "base-config";
  case ConfigKind::Domain:
    return "domain-config";
  case ConfigKind::Debug:
    return "debug-overrides";
  }
  return "";
}

/// XmlResourceParser.getAttributeBooleanValue reads the value aapt2
/// compiled: "true", "True", "TRUE" (and the same for false) become
/// booleans; anything else reads as the default.
std::optional<bool> parseBool(llvm::StringRef V) {
  if (V == "true" || V == "True" || V == "TRUE")
    return true;
  if (V == "false" || V == "False" || V == "FALSE")
    return false;
  return std::nullopt;
}

bool isNamespaced(llvm::StringRef Name) {
  return Name.contains(':') || Name == "xmlns";
}

class Parser {
public:
  Parser(const XmlSource &Src, NetworkSecurityConfig &Out, bool Companion)
      : Src(Src), Out(Out), Companion(Companion) {}

  void run() {
    pugi::xml_node Root = Src.root();
    Out.Path = Src.path();
    Out.RootWhere = Src.posOf(Root);
    Out.RootIgnored = ignoredRulesOf(Root);
    if (llvm::StringRef(Root.name()) != "network-security-config") {
      error(Out.RootWhere, Out.RootIgnored,
            "Unexpected start tag: found " + std::string(Root.name()) +
                ", expected network-security-config");
      return;
    }
    Out.IsNetworkSecurityConfig = true;
    checkAttributes(Root, {}, Out.RootIgnored);
    bool SeenBase = false, SeenDebug = false;
    for (pugi::xml_node E : Root.children()) {
      if (E.type() != pugi::node_element) {
        textNote(E, Out.RootIgnored);
        continue;
      }
      llvm::StringRef Name = E.name();
      RuleMask Ign = Out.RootIgnored | ignoredRulesOf(E);
      if (Companion && Name != "debug-overrides") {
        note(Src.posOf(E), Ign,
             "Android reads only <debug-overrides> from a _debug config; <" +
                 Name.str() + "> is ignored");
        continue;
      }
      if (Name == "base-config") {
        if (SeenBase)
          error(Src.posOf(E), Ign, "Only one base-config allowed");
        SeenBase = true;
        int I = parseConfig(E, ConfigKind::Base, -1, 0, Out.RootIgnored);
        if (Out.Base < 0)
          Out.Base = I;
      } else if (Name == "domain-config") {
        parseConfig(E, ConfigKind::Domain, -1, 0, Out.RootIgnored);
      } else if (Name == "debug-overrides") {
        if (SeenDebug)
          error(Src.posOf(E), Ign, "Only one debug-overrides allowed");
        SeenDebug = true;
        int I = parseConfig(E, ConfigKind::Debug, -1, 0, Out.RootIgnored);
        if (Out.Debug < 0)
          Out.Debug = I;
      } else {
        unknownElement(E, "network-security-config", Ign);
      }
    }
  }

private:
  const XmlSource &Src;
  NetworkSecurityConfig &Out;
  bool Companion;
  llvm::StringSet<> SeenDomains;

  void problem(RuleId R, Severity S, Pos P, RuleMask Ign, std::string Msg) {
    Out.Problems.push_back({R, S, std::move(Msg), P, Ign});
  }
  void error(Pos P, RuleMask Ign, std::string Msg) {
    problem(RuleId::InvalidConfig, Severity::Error, P, Ign, std::move(Msg));
  }
  void note(Pos P, RuleMask Ign, std::string Msg) {
    problem(RuleId::InvalidConfig, Severity::Note, P, Ign, std::move(Msg));
  }

  void unknownElement(pugi::xml_node E, llvm::StringRef In, RuleMask Ign) {
    note(Src.posOf(E), Ign,
         "unknown element <" + std::string(E.name()) + "> in <" + In.str() +
             "> is ignored by Android");
  }

  /// Stray text between elements: Android's nextElementWithin skips it.
  void textNote(pugi::xml_node N, RuleMask Ign) {
    if (N.type() == pugi::node_pcdata || N.type() == pugi::node_cdata)
      note(Src.posOf(N.value()), Ign,
           "text outside an element is ignored "
           "by Android");
  }

  void checkAttributes(pugi::xml_node E,
                       std::initializer_list<llvm::StringRef> Known,
                       RuleMask Ign) {
    for (pugi::xml_attribute A : E.attributes()) {
      llvm::StringRef Name = A.name();
      if (isNamespaced(Name) || llvm::is_contained(Known, Name))
        continue;
      note(Src.posOf(A), Ign,
           "unknown attribute '" + Name.str() + "' on <" +
               std::string(E.name()) + "> is ignored by Android");
    }
  }

  Attr attr(pugi::xml_node E, const char *Name) {
    Attr R;
    if (pugi::xml_attribute A = E.attribute(Name)) {
      R.Present = true;
      R.Value = A.value();
      R.Where = Src.posOf(A);
    }
    return R;
  }

  /// The text of an element whose only content Android reads as one TEXT
  /// event. Returns the trimmed text, and whether a child element follows
  /// it (Android's "contains additional elements").
  struct TextContent {
    bool HasText = false;
    bool ElementFirst = false;
    bool ElementAfter = false;
    std::string Text;
    Pos Where;
  };
  TextContent textOf(pugi::xml_node E) {
    TextContent T;
    for (pugi::xml_node C : E.children()) {
      if (C.type() == pugi::node_element) {
        if (T.HasText)
          T.ElementAfter = true;
        else
          T.ElementFirst = true;
        break;
      }
      if (C.type() != pugi::node_pcdata && C.type() != pugi::node_cdata)
        continue;
      llvm::StringRef V = C.value();
      if (!T.HasText)
        T.Where = Src.posOf(C.value());
      T.Text += V.str();
      T.HasText = true;
    }
    // aapt2 trims text; whitespace-only text is no text.
    T.Text = llvm::StringRef(T.Text).trim().str();
    if (T.Text.empty())
      T.HasText = false;
    return T;
  }

  int parseConfig(pugi::xml_node E, ConfigKind Kind, int Parent, unsigned Depth,
                  RuleMask InheritedIgn) {
    int Index = static_cast<int>(Out.Configs.size());
    Out.Configs.emplace_back();
    {
      Config &C = Out.Configs.back();
      C.Kind = Kind;
      C.Where = Src.posOf(E);
      C.Parent = Parent;
      C.Depth = Depth;
      C.Ignored = InheritedIgn | ignoredRulesOf(E);
      C.CleartextAttr = attr(E, "cleartextTrafficPermitted");
      if (C.CleartextAttr.Present) {
        // Android falls back to the platform default (true) for a value that
        // is not a boolean, rather than inheriting.
        C.CleartextPermitted = parseBool(C.CleartextAttr.Value).value_or(true);
        if (!parseBool(C.CleartextAttr.Value))
          note(C.CleartextAttr.Where, C.Ignored,
               "cleartextTrafficPermitted=\"" + C.CleartextAttr.Value +
                   "\" is not a boolean; Android reads it as true");
      }
      C.HstsAttr = attr(E, "hstsEnforced");
      if (C.HstsAttr.Present)
        C.HstsEnforced = parseBool(C.HstsAttr.Value).value_or(false);
      checkAttributes(E, {"cleartextTrafficPermitted", "hstsEnforced"},
                      C.Ignored);
    }
    RuleMask Ign = Out.Configs[Index].Ignored;
    llvm::StringRef KindName = kindName(Kind);
    bool SeenPinSet = false, SeenAnchors = false;
    // A rejected <domain> already has its error; Android stops there.
    bool SeenDomainElement = false;
    for (pugi::xml_node Child : E.children()) {
      if (Child.type() != pugi::node_element) {
        textNote(Child, Ign);
        continue;
      }
      llvm::StringRef Name = Child.name();
      RuleMask ChildIgn = Ign | ignoredRulesOf(Child);
      Pos P = Src.posOf(Child);
      if (Name == "domain") {
        if (Kind != ConfigKind::Domain) {
          error(P, ChildIgn, "domain element not allowed in " + KindName.str());
          continue;
        }
        SeenDomainElement = true;
        parseDomain(Child, Index, ChildIgn);
      } else if (Name == "trust-anchors") {
        if (SeenAnchors) {
          error(P, ChildIgn, "Multiple trust-anchor elements not allowed");
          continue;
        }
        SeenAnchors = true;
        parseTrustAnchors(Child, Index, ChildIgn);
      } else if (Name == "pin-set") {
        if (Kind != ConfigKind::Domain) {
          error(P, ChildIgn,
                "pin-set element not allowed in " + KindName.str());
          continue;
        }
        if (SeenPinSet) {
          error(P, ChildIgn, "Multiple pin-set elements not allowed");
          continue;
        }
        SeenPinSet = true;
        parsePinSet(Child, Index, ChildIgn);
      } else if (Name == "domain-config") {
        if (Kind != ConfigKind::Domain) {
          error(P, ChildIgn,
                "Nested domain-config not allowed in " + KindName.str());
          continue;
        }
        parseConfig(Child, ConfigKind::Domain, Index, Depth + 1, Ign);
      } else if (Name == "certificateTransparency") {
        // Android 16: allowed in base-config and domain-config only.
        if (Kind == ConfigKind::Debug)
          error(P, ChildIgn,
                "certificateTransparency element not allowed in "
                "debug-overrides");
        checkAttributes(Child, {"enabled"}, ChildIgn);
      } else {
        unknownElement(Child, KindName, ChildIgn);
      }
    }
    if (Kind == ConfigKind::Domain && !SeenDomainElement)
      error(Out.Configs[Index].Where, Ign,
            "No domain elements in domain-config");
    return Index;
  }

  void parseDomain(pugi::xml_node E, int Index, RuleMask Ign) {
    checkAttributes(E, {"includeSubdomains"}, Ign);
    Domain D;
    D.Where = Src.posOf(E);
    D.Ignored = Ign;
    Attr Sub = attr(E, "includeSubdomains");
    D.IncludeSubdomains = Sub.Present && parseBool(Sub.Value).value_or(false);
    TextContent T = textOf(E);
    if (!T.HasText) {
      error(D.Where, Ign, "Domain name missing");
      return;
    }
    if (T.ElementAfter) {
      error(D.Where, Ign, "domain contains additional elements");
      return;
    }
    D.Name = llvm::StringRef(T.Text).lower();
    // Domains are compared as written, across the whole file.
    if (!SeenDomains.insert(D.Name).second) {
      error(D.Where, Ign, D.Name + " has already been specified");
      return;
    }
    Out.Configs[Index].Domains.push_back(std::move(D));
  }

  void parseTrustAnchors(pugi::xml_node E, int Index, RuleMask Ign) {
    Config &C = Out.Configs[Index];
    C.HasTrustAnchors = true;
    C.TrustAnchorsWhere = Src.posOf(E);
    checkAttributes(E, {}, Ign);
    bool DefaultOverride = C.Kind == ConfigKind::Debug;
    for (pugi::xml_node Child : E.children()) {
      if (Child.type() != pugi::node_element) {
        textNote(Child, Ign);
        continue;
      }
      RuleMask ChildIgn = Ign | ignoredRulesOf(Child);
      if (llvm::StringRef(Child.name()) != "certificates") {
        unknownElement(Child, "trust-anchors", ChildIgn);
        continue;
      }
      checkAttributes(Child, {"src", "overridePins"}, ChildIgn);
      CertificatesEntry Cert;
      Cert.Where = Src.posOf(Child);
      Cert.Ignored = ChildIgn;
      Cert.Src = attr(Child, "src");
      Cert.OverridePinsAttr = attr(Child, "overridePins");
      Cert.OverridePins = DefaultOverride;
      if (Cert.OverridePinsAttr.Present)
        Cert.OverridePins =
            parseBool(Cert.OverridePinsAttr.Value).value_or(DefaultOverride);
      if (!Cert.Src.Present) {
        error(Cert.Where, ChildIgn,
              "certificates element missing src attribute");
        continue;
      }
      llvm::StringRef S = Cert.Src.Value;
      if (S.starts_with("@"))
        Cert.Source = AnchorSource::Resource;
      else if (S == "system")
        Cert.Source = AnchorSource::System;
      else if (S == "user")
        Cert.Source = AnchorSource::User;
      else if (S == "wfa")
        Cert.Source = AnchorSource::Wfa;
      else {
        error(Cert.Src.Where, ChildIgn,
              "Unknown certificates src. Should be one of "
              "system|user|@resourceVal");
        continue;
      }
      Out.Configs[Index].TrustAnchors.push_back(std::move(Cert));
    }
  }

  void parsePinSet(pugi::xml_node E, int Index, RuleMask Ign) {
    checkAttributes(E, {"expiration"}, Ign);
    PinSet PS;
    PS.Where = Src.posOf(E);
    PS.Ignored = Ign;
    PS.Expiration = attr(E, "expiration");
    if (PS.Expiration.Present) {
      PS.Expires = parseExpirationDate(PS.Expiration.Value);
      if (!PS.Expires)
        error(PS.Expiration.Where, Ign, "Invalid expiration date in pin-set");
    }
    for (pugi::xml_node Child : E.children()) {
      if (Child.type() != pugi::node_element) {
        textNote(Child, Ign);
        continue;
      }
      RuleMask ChildIgn = Ign | ignoredRulesOf(Child);
      if (llvm::StringRef(Child.name()) != "pin") {
        unknownElement(Child, "pin-set", ChildIgn);
        continue;
      }
      if (auto P = parsePin(Child, ChildIgn))
        PS.Pins.push_back(std::move(*P));
    }
    Out.Configs[Index].Pins = std::move(PS);
  }

  std::optional<Pin> parsePin(pugi::xml_node E, RuleMask Ign) {
    checkAttributes(E, {"digest"}, Ign);
    Pin P;
    P.Where = Src.posOf(E);
    P.Ignored = Ign;
    Attr Digest = attr(E, "digest");
    P.Digest = Digest.Value;
    if (!Digest.Present ||
        !llvm::StringRef(P.Digest).equals_insensitive("SHA-256")) {
      error(Digest.Present ? Digest.Where : P.Where, Ign,
            "Unsupported pin digest algorithm: " +
                (Digest.Present ? P.Digest : std::string("null")));
      return std::nullopt;
    }
    TextContent T = textOf(E);
    if (!T.HasText) {
      problem(RuleId::InvalidPin, Severity::Error, P.Where, Ign,
              "Missing pin digest");
      return std::nullopt;
    }
    P.Text = T.Text;
    auto Bytes = decodeAndroidBase64(P.Text);
    if (!Bytes) {
      problem(RuleId::InvalidPin, Severity::Error, T.Where, Ign,
              "Invalid pin digest");
      return std::nullopt;
    }
    if (Bytes->size() != 32) {
      problem(RuleId::InvalidPin, Severity::Error, T.Where, Ign,
              "digest length " + std::to_string(Bytes->size()) +
                  " does not match expected length for " + P.Digest + " of 32");
      return std::nullopt;
    }
    if (T.ElementAfter) {
      error(P.Where, Ign, "pin contains additional elements");
      return std::nullopt;
    }
    P.Bytes = std::move(*Bytes);
    P.Valid = true;
    return P;
  }
};

} // namespace

NetworkSecurityConfig parseNetworkSecurityConfig(const XmlSource &Src) {
  NetworkSecurityConfig Out;
  Parser(Src, Out, /*Companion=*/false).run();
  return Out;
}

llvm::Expected<NetworkSecurityConfig>
loadNetworkSecurityConfig(llvm::StringRef Path) {
  auto Src = XmlSource::load(Path);
  if (!Src)
    return Src.takeError();
  return parseNetworkSecurityConfig(**Src);
}

NetworkSecurityConfig parseDebugCompanion(const XmlSource &Src) {
  NetworkSecurityConfig Out;
  Out.IsDebugCompanion = true;
  Parser(Src, Out, /*Companion=*/true).run();
  return Out;
}

void attachDebugCompanion(NetworkSecurityConfig &Main,
                          const NetworkSecurityConfig &Companion) {
  if (Main.Debug >= 0 || Companion.Debug < 0)
    return;
  Config C = Companion.Configs[Companion.Debug];
  C.Parent = -1;
  Main.Debug = static_cast<int>(Main.Configs.size());
  Main.Configs.push_back(std::move(C));
  Main.DebugPath = Companion.Path;
}

} // namespace nsc
} // namespace tlslint
