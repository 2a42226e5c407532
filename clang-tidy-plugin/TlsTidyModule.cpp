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

namespace tlslint {

class TlsModule : public clang::tidy::ClangTidyModule {
public:
  void
  addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<CleartextUrlCheck>("tls-cleartext-url");
    Factories.registerCheck<EmbeddedPrivateKeyCheck>(
        "tls-embedded-private-key");
    Factories.registerCheck<HostnameVerificationCheck>(
        "tls-hostname-verification-disabled");
    Factories.registerCheck<MissingPinCheck>("tls-missing-pin");
    Factories.registerCheck<TrustAllCertificatesCheck>(
        "tls-trust-all-certificates");
    Factories.registerCheck<WeakCipherCheck>("tls-weak-cipher");
    Factories.registerCheck<WeakProtocolVersionCheck>(
        "tls-weak-protocol-version");
  }
};

static clang::tidy::ClangTidyModuleRegistry::Add<TlsModule>
    Registration("tls-module", "Insecure TLS usage checks (tlslint).");

} // namespace tlslint

// Referenced by the driver so the linker keeps this object and its
// registration.
volatile int TlsModuleAnchorSource = 0;
