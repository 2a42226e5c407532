//===-- Parser.h - Android-faithful network security config parser -*- C++
//-*-===//

#ifndef TLSLINT_LIB_NSC_PARSER_H
#define TLSLINT_LIB_NSC_PARSER_H

#include "lib/nsc/Model.h"
#include "lib/nsc/XmlSource.h"

namespace tlslint {
namespace nsc {

/// Builds the model the way Android's XmlConfigSource does. Where Android
/// throws a ParserException, a tls-invalid-config (or tls-invalid-pin) error
/// with Android's own reason is recorded and parsing goes on, so one run shows
/// every rejection. What Android skips silently becomes a note.
/// The root must be <network-security-config>; otherwise that is the error.
NetworkSecurityConfig parseNetworkSecurityConfig(const XmlSource &Src);

/// Reads and parses one config file: the entry point for code that needs
/// the policy (e.g. "is host X pinned"). Errors are unreadable or hostile
/// files; Android's rejections are in the result's Problems.
llvm::Expected<NetworkSecurityConfig>
loadNetworkSecurityConfig(llvm::StringRef Path);

/// Parses NAME_debug.xml as Android does when NAME.xml has no
/// debug-overrides: only its debug-overrides is read; the rest is skipped
/// (a note each).
NetworkSecurityConfig parseDebugCompanion(const XmlSource &Src);

/// Gives Main the debug-overrides of its NAME_debug.xml companion, as Android
/// does when Main has none of its own.
void attachDebugCompanion(NetworkSecurityConfig &Main,
                          const NetworkSecurityConfig &Companion);

/// Suppressions declared by tools:ignore on one element (not inherited).
RuleMask ignoredRulesOf(pugi::xml_node Element);

/// Parses a pin-set expiration as non-lenient SimpleDateFormat("yyyy-MM-dd")
/// does: one or more digits per field, month and day range-checked, trailing
/// text ignored.
std::optional<Day> parseExpirationDate(llvm::StringRef Text);
/// Decodes base64 as android.util.Base64.decode(s, DEFAULT): characters
/// outside the alphabet are skipped, padding is optional. std::nullopt where
/// Android throws "bad base-64".
std::optional<std::vector<uint8_t>> decodeAndroidBase64(llvm::StringRef Text);

} // namespace nsc
} // namespace tlslint

#endif
