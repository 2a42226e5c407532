//===-- TlsTidyModule.cpp - Registers the tls-* checks --------------------===//
//
// Registration only: the same object is linked into the clang-tidy plugin and
// into the `tlslint` driver, so both see exactly the same checks.
//
//===----------------------------------------------------------------------===//

#include "checks/CleartextUrlCheck.h"
#include "checks/EmbeddedPrivateKeyCheck.h"
#include "checks/HostnameVerificationCheck.h"
#include "checks/MissingPinCheck.h"
#include "checks/TrustAllCertificatesCheck.h"
#include "checks/WeakCipherCheck.h"
#include "checks/WeakProtocolVersionCheck.h"
#include "clang-tidy-plugin/ClangTidyCompat.h"
#include "clang-tidy/ClangTidyModule.h"
#include "lib/rules/Rules.h"

namespace tlslint {

namespace {
/// Registers a check under its rule's id in the registry (lib/rules), so
/// the plugin, the CLI and the docs cannot disagree on a name.
template <typename CheckT>
void registerRule(clang::tidy::ClangTidyCheckFactories &Factories) {
  Factories.registerCheck<CheckT>(getRule(CheckT::Rule).Id);
}
} // namespace

class TlsModule : public clang::tidy::ClangTidyModule {
public:
  void
  addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    registerRule<CleartextUrlCheck>(Factories);
    registerRule<EmbeddedPrivateKeyCheck>(Factories);
    registerRule<HostnameVerificationCheck>(Factories);
    registerRule<MissingPinCheck>(Factories);
    registerRule<TrustAllCertificatesCheck>(Factories);
    registerRule<WeakCipherCheck>(Factories);
    registerRule<WeakProtocolVersionCheck>(Factories);
  }
};

static clang::tidy::ClangTidyModuleRegistry::Add<TlsModule>
    Registration("tls-module", "Insecure TLS usage checks (tlslint).");

} // namespace tlslint

// Referenced by the driver so the linker keeps this object and its
// registration.
volatile int TlsModuleAnchorSource = 0;
