#include "tools/tlslint/InputRecorder.h"
#include "llvm/Support/MemoryBuffer.h"
#include "gtest/gtest.h"

using namespace tlslint;

namespace {

llvm::IntrusiveRefCntPtr<llvm::vfs::InMemoryFileSystem> disk() {
  auto FS = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  FS->addFile("/src/a.cpp", 0, llvm::MemoryBuffer::getMemBuffer("int a;"));
  FS->addFile("/inc2/h.h", 0, llvm::MemoryBuffer::getMemBuffer("int h;"));
  FS->addFile("/inc1/other.h", 0, llvm::MemoryBuffer::getMemBuffer(""));
  FS->setCurrentWorkingDirectory("/src");
  return FS;
}

std::string read(llvm::vfs::FileSystem &FS, llvm::StringRef Path) {
  auto File = FS.openFileForRead(Path);
  if (!File)
    return "<none>";
  auto Buffer = (*File)->getBuffer(Path);
  return Buffer ? (*Buffer)->getBuffer().str() : "<unreadable>";
}

TEST(InputRecorderTest, RecordsReadsProbesAndListings) {
  auto Recorder = llvm::makeIntrusiveRefCnt<InputRecorder>(disk());
  // As an include lookup: inc1 probed in vain, then found in inc2.
  EXPECT_FALSE(Recorder->exists("/inc1/h.h"));
  EXPECT_EQ(read(*Recorder, "/inc2/h.h"), "int h;");
  // Relative to the working directory, as clang names the main file.
  EXPECT_EQ(read(*Recorder, "a.cpp"), "int a;");
  EXPECT_TRUE(Recorder->status("/inc1").operator bool());
  std::error_code EC;
  Recorder->dir_begin("/inc1", EC);
  EXPECT_FALSE(EC);

  const PathRecords &R = Recorder->records();
  ASSERT_EQ(R.count("/inc1/h.h"), 1u);
  EXPECT_EQ(R.at("/inc1/h.h").Kind, 'm');
  EXPECT_TRUE(R.at("/inc1/h.h").Content.empty());
  EXPECT_EQ(R.at("/inc2/h.h").Kind, 'f');
  EXPECT_EQ(R.at("/inc2/h.h").Content, digestOf("int h;"));
  EXPECT_EQ(R.at("/src/a.cpp").Content, digestOf("int a;"));
  EXPECT_EQ(R.at("/inc1").Kind, 'd');
  EXPECT_EQ(R.at("/inc1").Listing, listingDigest({"other.h"}));
  EXPECT_EQ(R.count("a.cpp"), 0u);
  EXPECT_TRUE(Recorder->complete());
}

TEST(InputRecorderTest, ContentChangedDuringTheRunIsIncomplete) {
  auto FS = disk();
  auto Recorder = llvm::makeIntrusiveRefCnt<InputRecorder>(FS);
  EXPECT_EQ(read(*Recorder, "/inc2/h.h"), "int h;");
  Recorder->recordContent("/inc2/h.h", "int h2;");
  EXPECT_FALSE(Recorder->complete());
}

TEST(InputRecorderTest, DigestsTellContentsAndListingsApart) {
  EXPECT_EQ(digestOf("x").size(), 32u);
  EXPECT_NE(digestOf("int a;"), digestOf("int a; "));
  EXPECT_EQ(listingDigest({"b", "a"}), listingDigest({"a", "b"}));
  EXPECT_NE(listingDigest({"ab"}), listingDigest({"a", "b"}));
}

} // namespace
