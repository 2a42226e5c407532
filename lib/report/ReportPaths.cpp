//===-- ReportPaths.cpp ---------------------------------------------------===//

#include "lib/report/ReportPaths.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace tlslint {

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

std::optional<std::string> uriDecodePath(llvm::StringRef Uri) {
  std::string Out;
  for (size_t I = 0; I < Uri.size(); ++I) {
    if (Uri[I] != '%') {
      Out += Uri[I];
      continue;
    }
    if (I + 2 >= Uri.size() || !llvm::isHexDigit(Uri[I + 1]) ||
        !llvm::isHexDigit(Uri[I + 2]))
      return std::nullopt;
    char Byte = static_cast<char>(llvm::hexFromNibbles(Uri[I + 1], Uri[I + 2]));
    if (Byte == '\0')
      return std::nullopt;
    Out += Byte;
    I += 2;
  }
  return Out;
}

std::optional<std::string> pathFromReportUri(llvm::StringRef Uri,
                                             llvm::StringRef Root) {
  if (Uri.consume_front("file://")) {
    // "file:///p" and "file://localhost/p" name a local file.
    Uri.consume_front("localhost");
    if (!Uri.starts_with("/"))
      return std::nullopt;
    std::optional<std::string> Path = uriDecodePath(Uri);
    if (!Path)
      return std::nullopt;
    // fileUri writes "C:/x" as "/C:/x".
    if (Path->size() > 2 && (*Path)[2] == ':' && llvm::isAlpha((*Path)[1]))
      Path->erase(0, 1);
    return absolutePath(*Path);
  }
  // A scheme ("https:") before any '/' is not a path of ours.
  size_t Colon = Uri.find(':');
  if (Colon != llvm::StringRef::npos && Uri.find('/') > Colon)
    return std::nullopt;
  std::optional<std::string> Rel = uriDecodePath(Uri);
  if (!Rel || llvm::sys::path::is_absolute(*Rel, llvm::sys::path::Style::posix))
    return std::nullopt;
  llvm::SmallString<256> Path(absolutePath(Root));
  llvm::sys::path::append(Path, *Rel);
  return absolutePath(Path);
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
