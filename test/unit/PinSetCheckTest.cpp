//===-- PinSetCheckTest.cpp - Pin-sets against served certificates --------===//

#include "lib/pin/PinSetCheck.h"
#include "lib/pin/CertificateDir.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

using namespace tlslint;

namespace {

Sha256Digest digestOf(uint8_t Byte) {
  Sha256Digest D;
  D.fill(Byte);
  return D;
}

nsc::Pin pinOf(uint8_t Byte, unsigned Line) {
  nsc::Pin P;
  P.Where.Line = Line;
  Sha256Digest D = digestOf(Byte);
  P.Bytes.assign(D.begin(), D.end());
  P.Valid = true;
  return P;
}

ServedKey certificate(uint8_t Byte, llvm::StringRef Subject,
                      std::optional<nsc::Day> NotAfter) {
  ServedKey S;
  S.Key.Subject = Subject.str();
  S.Key.Digest = digestOf(Byte);
  S.Key.NotAfterDay = NotAfter;
  S.File = "chain.pem";
  return S;
}

const PinCheckResult *find(const std::vector<PinCheckResult> &Results,
                           PinCheckKind Kind) {
  for (const PinCheckResult &R : Results)
    if (R.Kind == Kind)
      return &R;
  return nullptr;
}

PinCheckOptions on(nsc::Day Today) {
  PinCheckOptions O;
  O.Today = Today;
  O.HorizonDays = 30;
  return O;
}

TEST(PinSetCheckTest, NeedsAMatchAndABackup) {
  nsc::PinSet PS;
  PS.Pins = {pinOf(1, 5), pinOf(9, 6)};
  std::vector<ServedKey> Chain = {certificate(1, "CN=leaf", 1000),
                                  certificate(2, "CN=ca", 5000)};
  auto Results = judgePinSet(PS, Chain, on(0));
  ASSERT_EQ(Results.size(), 3u);
  EXPECT_EQ(find(Results, PinCheckKind::Pin)->Status, PinCheckStatus::Ok);
  EXPECT_EQ(find(Results, PinCheckKind::Pin)->Detail,
            "pin on line 5 matches certificate \"CN=leaf\" (chain.pem)");
  EXPECT_EQ(find(Results, PinCheckKind::BackupPin)->Status, PinCheckStatus::Ok);
  EXPECT_EQ(find(Results, PinCheckKind::Expiry)->Status, PinCheckStatus::Ok);

  PS.Pins = {pinOf(8, 5), pinOf(9, 6)};
  Results = judgePinSet(PS, Chain, on(0));
  EXPECT_EQ(find(Results, PinCheckKind::Pin)->Status, PinCheckStatus::Failed);
  EXPECT_EQ(find(Results, PinCheckKind::BackupPin)->Status, PinCheckStatus::Ok);

  // The same pin twice is still no backup.
  PS.Pins = {pinOf(1, 5), pinOf(1, 6)};
  Results = judgePinSet(PS, Chain, on(0));
  EXPECT_EQ(find(Results, PinCheckKind::Pin)->Status, PinCheckStatus::Ok);
  EXPECT_EQ(find(Results, PinCheckKind::BackupPin)->Status,
            PinCheckStatus::Failed);
}

TEST(PinSetCheckTest, ExpiryWithinTheHorizonFails) {
  nsc::PinSet PS;
  PS.Pins = {pinOf(1, 5), pinOf(9, 6)};
  std::vector<ServedKey> Chain = {certificate(1, "CN=leaf", 130)};
  // Day 130 is exactly Today + 30: within the horizon.
  auto Results = judgePinSet(PS, Chain, on(100));
  ASSERT_EQ(Results.back().Kind, PinCheckKind::Expiry);
  EXPECT_EQ(Results.back().Status, PinCheckStatus::Failed);
  EXPECT_EQ(Results.back().Detail,
            "certificate \"CN=leaf\" (chain.pem) expires on 1970-05-11 (in "
            "30 days; horizon: 30 days)");
  Results = judgePinSet(PS, Chain, on(99));
  EXPECT_EQ(Results.back().Status, PinCheckStatus::Ok);
  EXPECT_EQ(Results.back().Detail, "first to expire: certificate \"CN=leaf\" "
                                   "(chain.pem) on 1970-05-11 (in 31 days)");

  PS.Expires = 99;
  Results = judgePinSet(PS, Chain, on(99));
  EXPECT_EQ(Results.back().Status, PinCheckStatus::Failed);
  EXPECT_EQ(Results.back().Detail,
            "pin-set expires on 1970-04-10 (today; horizon: 30 days)");

  // Without certificates only the pin-set is judged.
  Results = judgePinSet(PS, {}, on(0));
  ASSERT_EQ(Results.size(), 1u);
  EXPECT_EQ(Results[0].Kind, PinCheckKind::Expiry);
}

TEST(PinSetCheckTest, ReportsTheWorstStatus) {
  PinSetCheckReport R;
  R.NothingPinned = true;
  EXPECT_EQ(R.status(), PinCheckStatus::Failed);
  R.NothingPinned = false;
  R.Domains.push_back(
      {"a.example", {{PinCheckKind::Pin, PinCheckStatus::Ok, ""}}});
  EXPECT_EQ(R.status(), PinCheckStatus::Ok);
  R.Domains.back().Results.push_back(
      {PinCheckKind::Expiry, PinCheckStatus::Failed, ""});
  EXPECT_EQ(R.status(), PinCheckStatus::Failed);
  R.Errors.push_back({"x.pem", "is empty"});
  EXPECT_EQ(R.status(), PinCheckStatus::Error);
}

TEST(PinSetCheckTest, FindsCertificateFilesPerDomain) {
  llvm::SmallString<128> Dir;
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("tlslint-certs", Dir));
  auto Touch = [&](llvm::StringRef Name) {
    llvm::SmallString<128> Path(Dir);
    llvm::sys::path::append(Path, Name);
    std::error_code EC;
    llvm::raw_fd_ostream(Path, EC) << "x";
    ASSERT_FALSE(EC) << Path.str().str();
  };
  llvm::SmallString<128> Sub(Dir);
  llvm::sys::path::append(Sub, "Api.Example.com");
  ASSERT_FALSE(llvm::sys::fs::create_directory(Sub));
  Touch("api.example.com.pem");
  Touch("Api.Example.com/b.der");
  Touch("Api.Example.com/a.crt");
  Touch("Api.Example.com/key.txt");
  Touch("typo.example.com.cer");
  Touch("README.md");

  auto Certs = CertificateDir::open(Dir);
  ASSERT_TRUE(bool(Certs)) << llvm::toString(Certs.takeError());
  std::vector<std::string> Files = Certs->claimFilesFor("api.example.com");
  ASSERT_EQ(Files.size(), 3u);
  EXPECT_TRUE(llvm::StringRef(Files[0]).ends_with("a.crt"));
  EXPECT_TRUE(llvm::StringRef(Files[1]).ends_with("b.der"));
  EXPECT_TRUE(llvm::StringRef(Files[2]).ends_with("api.example.com.pem"));
  EXPECT_TRUE(Certs->claimFilesFor("cdn.example.com").empty());
  std::vector<std::string> Left = Certs->unclaimed();
  ASSERT_EQ(Left.size(), 1u);
  EXPECT_TRUE(llvm::StringRef(Left[0]).ends_with("typo.example.com.cer"));

  EXPECT_FALSE(bool(CertificateDir::open(Files[2])));
  llvm::sys::fs::remove_directories(Dir);
}

} // namespace
