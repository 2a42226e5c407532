//===-- AndroidApp.cpp ----------------------------------------------------===//

#include "lib/manifest/AndroidApp.h"
#include "lib/support/Paths.h"
#include "llvm/Support/Path.h"

namespace tlslint {
namespace manifest {

std::string moduleRoot(llvm::StringRef Manifest) {
  std::string Dir = realPath(llvm::sys::path::parent_path(Manifest));
  llvm::StringRef SourceSet = llvm::sys::path::parent_path(Dir);
  if (llvm::sys::path::filename(SourceSet) == "src")
    return llvm::sys::path::parent_path(SourceSet).str();
  return Dir;
}

const AndroidApp *appForFile(llvm::ArrayRef<AndroidApp> Apps,
                             llvm::StringRef File) {
  const AndroidApp *Best = nullptr;
  for (const AndroidApp &App : Apps) {
    llvm::StringRef Root(App.Root);
    bool Holds = File.starts_with(Root) &&
                 (File.size() == Root.size() ||
                  llvm::sys::path::is_separator(File[Root.size()]) ||
                  Root.ends_with("/"));
    if (Holds && (!Best || Root.size() > Best->Root.size()))
      Best = &App;
  }
  if (!Best && Apps.size() == 1)
    return &Apps.front();
  return Best;
}

} // namespace manifest
} // namespace tlslint
