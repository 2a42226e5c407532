//===-- AndroidApp.h - An app module and the sources it owns ----*- C++ -*-===//
//
// Native code ignores the app's network security config, so the scan
// compares each native source with the config of the app it belongs to.
// The XML half finds the apps by their manifests; the C/C++ half asks which
// one holds a source file.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_MANIFEST_ANDROIDAPP_H
#define TLSLINT_LIB_MANIFEST_ANDROIDAPP_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace tlslint {
namespace manifest {

/// An app found by its AndroidManifest.xml.
struct AndroidApp {
  std::string Manifest;
  /// The network security config the manifest names, when it exists; empty
  /// otherwise.
  std::string NetworkSecurityConfig;
  /// The module directory (moduleRoot). Native sources under it belong to
  /// the app.
  std::string Root;
};

/// The module directory of a manifest: "app" for
/// app/src/main/AndroidManifest.xml (any source set), else the manifest's
/// directory; symbolic links resolved.
std::string moduleRoot(llvm::StringRef Manifest);

/// The app a source file belongs to: the one with the deepest Root that
/// holds File; when none does and there is exactly one app, that one (native
/// code often sits beside the app module). Null when none applies.
const AndroidApp *appForFile(llvm::ArrayRef<AndroidApp> Apps,
                             llvm::StringRef File);

} // namespace manifest
} // namespace tlslint

#endif
