//===-- ReportPaths.cpp ---------------------------------------------------===//

#include "lib/report/ReportPaths.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace tlslint {

std::string absolutePath(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  // Without a current directory, the path as given is the best name left.
  if (llvm::sys::fs::make_absolute(Abs))
    Abs = Path;
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return std::string(Abs);
}

std::optional<std::string> pathUnderRoot(llvm::StringRef File,
                                         llvm::StringRef Root) {
  std::string AbsFile = absolutePath(File);
  std::string AbsRoot = absolutePath(Root);
  llvm::SmallString<256> Rel(AbsFile);
  if (!llvm::sys::path::replace_path_prefix(Rel, AbsRoot, ""))
    return std::nullopt;
  llvm::StringRef Result = Rel.str();
  // "/root2/a" must not count as under "/root".
  if (!Result.empty() && !llvm::sys::path::is_separator(Result.front()) &&
      !llvm::sys::path::is_separator(AbsRoot.back()))
    return std::nullopt;
  Result = Result.ltrim("/\\");
  if (Result.empty())
    return std::nullopt; // The root itself is not a file under it.
  return llvm::sys::path::convert_to_slash(Result);
}

std::string uriEncodePath(llvm::StringRef Path) {
  std::string Out;
  for (char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C)) {
      Out += C;
      continue;
    }
    Out += '%';
    Out += llvm::hexdigit(static_cast<unsigned char>(C) >> 4);
    Out += llvm::hexdigit(static_cast<unsigned char>(C) & 0xF);
  }
  return Out;
}

std::string fileUri(llvm::StringRef AbsolutePath, bool IsDirectory) {
  std::string Path = llvm::sys::path::convert_to_slash(AbsolutePath);
  if (Path.empty() || Path.front() != '/')
    Path.insert(Path.begin(), '/'); // C:/x becomes /C:/x.
  if (IsDirectory && Path.back() != '/')
    Path += '/';
  return "file://" + uriEncodePath(Path);
}

} // namespace tlslint
