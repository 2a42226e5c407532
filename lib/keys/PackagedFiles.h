//===-- PackagedFiles.h - Files an Android build packages as is -*- C++ -*-===//
//
// Where in an app's tree a file ends up inside the APK or AAB, byte for byte,
// for anyone who unpacks it to read; and which file names are key material.
//
//===----------------------------------------------------------------------===//

#ifndef TLSLINT_LIB_KEYS_PACKAGEDFILES_H
#define TLSLINT_LIB_KEYS_PACKAGEDFILES_H

#include "llvm/ADT/StringRef.h"

namespace tlslint::keys {

enum class PackagedLocation {
  None,
  Assets,        ///< A directory named "assets" (src/main/assets, an APK's).
  RawResources,  ///< res/raw, or res/raw-QUALIFIERS.
  JniLibs,       ///< A directory named "jniLibs" (native libraries).
  JavaResources, ///< src/SOURCE_SET/resources, packaged at the APK's root.
};

/// Where the build packages the file at Path, judged from the directories
/// on its path.
PackagedLocation packagedLocation(llvm::StringRef Path);

/// "assets", "res/raw", "jniLibs" or "Java resources".
llvm::StringRef packagedLocationName(PackagedLocation Location);

/// Whether the file's extension is one keys and key stores are kept under:
/// .pem, .key, .der, .p12, .pfx, .bks, .jks, .keystore (any case).
bool hasKeyFileExtension(llvm::StringRef Path);

} // namespace tlslint::keys

#endif
