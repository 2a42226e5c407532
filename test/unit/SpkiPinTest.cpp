#include "lib/pin/SpkiPin.h"
#include "gtest/gtest.h"

using namespace tlslint;

namespace {

// base64 of 32 bytes of 0x00 and of 0x01.
const char *const Zeros = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
const char *const Ones = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";

TEST(SpkiPinTest, DecodesExactly32Bytes) {
  auto Digest = decodeSha256Pin(Ones);
  ASSERT_TRUE(bool(Digest)) << llvm::toString(Digest.takeError());
  EXPECT_EQ((*Digest)[0], 1);
  EXPECT_EQ((*Digest)[31], 1);

  auto Short = decodeSha256Pin("AAAA");
  ASSERT_FALSE(bool(Short));
  EXPECT_EQ(llvm::toString(Short.takeError()),
            "decodes to 3 bytes, not the 32 of a SHA-256 digest");
  auto Garbage = decodeSha256Pin("not base64!");
  ASSERT_FALSE(bool(Garbage));
  EXPECT_EQ(llvm::toString(Garbage.takeError()), "is not valid base64");
}

TEST(SpkiPinTest, ReadsCurlPinLists) {
  CurlPinnedPublicKey Two = parseCurlPinnedPublicKey(
      std::string("sha256//") + Zeros + ";sha256//" + Ones);
  EXPECT_FALSE(Two.IsFile);
  ASSERT_EQ(Two.Pins.size(), 2u);
  EXPECT_EQ(Two.validDistinctPins(), 2u);

  CurlPinnedPublicKey Same = parseCurlPinnedPublicKey(
      std::string("sha256//") + Zeros + ";sha256//" + Zeros);
  EXPECT_EQ(Same.validDistinctPins(), 1u);

  CurlPinnedPublicKey Bad = parseCurlPinnedPublicKey("sha256//AAAA;md5//x");
  ASSERT_EQ(Bad.Pins.size(), 2u);
  EXPECT_FALSE(Bad.Pins[0].Problem.empty());
  EXPECT_EQ(Bad.Pins[1].Problem, "does not start with 'sha256//'");
  EXPECT_EQ(Bad.validDistinctPins(), 0u);

  EXPECT_TRUE(parseCurlPinnedPublicKey("/data/app/server-key.pem").IsFile);
}

TEST(SpkiPinTest, WritesCurlPinListsItReads) {
  EXPECT_EQ(formatCurlPinnedPublicKey({}), "");
  std::string List = formatCurlPinnedPublicKey({Zeros, Ones});
  EXPECT_EQ(List, std::string("sha256//") + Zeros + ";sha256//" + Ones);
  CurlPinnedPublicKey Read = parseCurlPinnedPublicKey(List);
  ASSERT_EQ(Read.Pins.size(), 2u);
  EXPECT_EQ(Read.Pins[0].Text, Zeros);
  EXPECT_EQ(Read.Pins[1].Text, Ones);
}

} // namespace
