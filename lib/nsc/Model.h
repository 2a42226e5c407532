//===-- Model.h - Network security config model ------------------*- C++
//-*-===//
//
// What Android's XmlConfigSource builds from network_security_config.xml,
// plus the source position of every element and attribute. Indices, not
// pointers, link configs to their parents so the model copies safely.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_NSC_MODEL_H
#define TLSLINT_LIB_NSC_MODEL_H

#include "lib/nsc/Pos.h"
#include "lib/rules/Rules.h"
#include "lib/support/Days.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tlslint {
namespace nsc {

/// Rules suppressed by tools:ignore on an element or its ancestors, one bit
/// per RuleId.
using RuleMask = uint32_t;
constexpr unsigned NumRules = 0
#define TLS_RULE(Enum, Id, Family, Severity, Cwe, Halves, Summary) +1
#include "lib/rules/Rules.def"
    ;
static_assert(NumRules <= 32, "RuleMask needs a wider type");
inline RuleMask ruleBit(RuleId R) { return RuleMask(1) << unsigned(R); }

/// An attribute as written; Present is false when it is absent.
struct Attr {
  bool Present = false;
  std::string Value;
  Pos Where; ///< The attribute name.
};

/// Days since 1970-01-01 (a civil date, no time zone).
using tlslint::Day;

enum class AnchorSource { System, User, Wfa, Resource };

struct CertificatesEntry {
  Pos Where;
  Attr Src;
  Attr OverridePinsAttr;
  AnchorSource Source = AnchorSource::System;
  bool OverridePins = false; ///< After Android's default for the config kind.
  RuleMask Ignored = 0;
};

struct Pin {
  Pos Where;
  std::string Digest; ///< As written in the digest attribute.
  std::string Text;   ///< Trimmed base64 text.
  std::vector<uint8_t> Bytes;
  bool Valid = false;
  RuleMask Ignored = 0;
};

struct PinSet {
  Pos Where;
  Attr Expiration;
  std::optional<Day> Expires; ///< Unset: never expires.
  std::vector<Pin> Pins;
  RuleMask Ignored = 0;
};

struct Domain {
  Pos Where;
  std::string Name; ///< Trimmed and lower-cased, as Android stores it.
  bool IncludeSubdomains = false;
  RuleMask Ignored = 0;
};

enum class ConfigKind { Base, Domain, Debug };

struct Config {
  ConfigKind Kind = ConfigKind::Base;
  Pos Where;
  int Parent = -1;    ///< Enclosing domain-config; -1: base-config or default.
  unsigned Depth = 0; ///< Nesting depth of a domain-config (0: top level).
  std::optional<bool> CleartextPermitted;
  Attr CleartextAttr;
  std::optional<bool> HstsEnforced;
  Attr HstsAttr;
  bool HasTrustAnchors = false;
  Pos TrustAnchorsWhere;
  std::vector<CertificatesEntry> TrustAnchors;
  std::optional<PinSet> Pins;
  std::vector<Domain> Domains;
  RuleMask Ignored = 0;
};

/// A problem found while parsing: what Android rejects (error) or silently
/// skips (note).
struct ParseProblem {
  RuleId Rule;
  Severity Level;
  std::string Message;
  Pos Where;
  RuleMask Ignored = 0;
};

struct NetworkSecurityConfig {
  std::string Path;
  bool IsNetworkSecurityConfig = false; ///< The root element is right.
  /// Parsed as NAME_debug.xml: Android reads only its debug-overrides.
  bool IsDebugCompanion = false;
  /// Where Configs[Debug] came from when NAME_debug.xml supplied it.
  std::string DebugPath;
  Pos RootWhere;
  RuleMask RootIgnored = 0;
  std::vector<Config> Configs;
  int Base = -1;  ///< Index of base-config in Configs.
  int Debug = -1; ///< Index of debug-overrides in Configs.
  std::vector<ParseProblem> Problems;

  bool isValid() const {
    for (const ParseProblem &P : Problems)
      if (P.Level == Severity::Error)
        return false;
    return true;
  }
};

} // namespace nsc
} // namespace tlslint

#endif
