//===-- PackagedFiles.cpp -------------------------------------------------===//

#include "lib/keys/PackagedFiles.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/Path.h"

namespace tlslint::keys {

PackagedLocation packagedLocation(llvm::StringRef Path) {
  llvm::SmallVector<llvm::StringRef, 16> Dirs(
      llvm::sys::path::begin(llvm::sys::path::parent_path(Path)),
      llvm::sys::path::end(llvm::sys::path::parent_path(Path)));
  for (size_t I = 0; I < Dirs.size(); ++I) {
    llvm::StringRef Dir = Dirs[I];
    if (Dir == "assets")
      return PackagedLocation::Assets;
    if (Dir == "jniLibs")
      return PackagedLocation::JniLibs;
    if (I > 0 && Dirs[I - 1] == "res" &&
        (Dir == "raw" || Dir.starts_with("raw-")))
      return PackagedLocation::RawResources;
    if (I > 1 && Dirs[I - 2] == "src" && Dir == "resources")
      return PackagedLocation::JavaResources;
  }
  return PackagedLocation::None;
}

llvm::StringRef packagedLocationName(PackagedLocation Location) {
  switch (Location) {
  case PackagedLocation::None:
    return "";
  case PackagedLocation::Assets:
    return "assets";
  case PackagedLocation::RawResources:
    return "res/raw";
  case PackagedLocation::JniLibs:
    return "jniLibs";
  case PackagedLocation::JavaResources:
    return "Java resources";
  }
  llvm_unreachable("unknown packaged location");
}

bool hasKeyFileExtension(llvm::StringRef Path) {
  llvm::StringRef Extension = llvm::sys::path::extension(Path);
  return llvm::any_of(
      std::initializer_list<llvm::StringRef>{
          ".pem", ".key", ".der", ".p12", ".pfx", ".bks", ".jks", ".keystore"},
      [&](llvm::StringRef Known) {
        return Extension.equals_insensitive(Known);
      });
}

} // namespace tlslint::keys
