//===-- CertificateDir.cpp ------------------------------------------------===//

#include "lib/pin/CertificateDir.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <algorithm>

namespace tlslint {

bool isCertificateFileName(llvm::StringRef Name) {
  std::string Ext = llvm::sys::path::extension(Name).lower();
  return Ext == ".pem" || Ext == ".crt" || Ext == ".cer" || Ext == ".der";
}

namespace {

/// Regular files (following links) of Dir that look like certificates,
/// without hidden ones such as editor backups.
std::vector<std::string> certificateFilesIn(llvm::StringRef Dir,
                                            std::error_code &EC) {
  std::vector<std::string> Files;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; !EC && It != End;
       It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (Name.starts_with(".") || !isCertificateFileName(Name))
      continue;
    if (llvm::sys::fs::is_regular_file(It->path()))
      Files.push_back(It->path());
  }
  llvm::sort(Files);
  return Files;
}

} // namespace

llvm::Expected<CertificateDir> CertificateDir::open(llvm::StringRef Dir) {
  if (!llvm::sys::fs::is_directory(Dir))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "is not a directory");
  CertificateDir Result(Dir.str());
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; !EC && It != End;
       It.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(It->path());
    if (Name.starts_with("."))
      continue;
    Entry E;
    E.Path = It->path();
    E.IsDirectory = llvm::sys::fs::is_directory(E.Path);
    if (E.IsDirectory) {
      E.Domain = Name.lower();
    } else if (isCertificateFileName(Name)) {
      E.Domain = llvm::sys::path::stem(Name).lower();
    } else {
      continue;
    }
    Result.Entries.push_back(std::move(E));
  }
  if (EC)
    return llvm::createStringError(EC, "cannot list: " + EC.message());
  llvm::sort(Result.Entries,
             [](const Entry &A, const Entry &B) { return A.Path < B.Path; });
  return std::move(Result);
}

std::vector<std::string> CertificateDir::claimFilesFor(llvm::StringRef Domain) {
  std::vector<std::string> Files;
  for (Entry &E : Entries) {
    if (E.Domain != Domain)
      continue;
    E.Claimed = true;
    if (!E.IsDirectory) {
      Files.push_back(E.Path);
      continue;
    }
    // A directory that cannot be listed holds nothing we can check; the
    // domain is then reported as having no certificates.
    std::error_code EC;
    llvm::append_range(Files, certificateFilesIn(E.Path, EC));
  }
  llvm::sort(Files);
  return Files;
}

std::string CertificateDir::placesFor(llvm::StringRef Domain) const {
  llvm::SmallString<128> Base(Dir);
  llvm::sys::path::append(Base, Domain);
  return (Base + ".{pem,crt,cer,der} or " + Base +
          llvm::sys::path::get_separator())
      .str();
}

std::vector<std::string> CertificateDir::unclaimed() const {
  std::vector<std::string> Paths;
  for (const Entry &E : Entries)
    if (!E.Claimed)
      Paths.push_back(E.Path);
  return Paths;
}

} // namespace tlslint
