#include "lib/cipher/CipherList.h"
#include "gtest/gtest.h"

using namespace tlslint;

namespace {

std::vector<WeakCipherClass> classes(llvm::StringRef List) {
  std::vector<WeakCipherClass> Out;
  for (const WeakCipherUse &Use : weakCiphersEnabled(List))
    Out.push_back(Use.Class);
  return Out;
}

TEST(CipherListTest, StrongListsAreClean) {
  EXPECT_TRUE(classes("HIGH:!aNULL:!MD5").empty());
  EXPECT_TRUE(classes("ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-CHACHA20-POLY1305")
                  .empty());
  EXPECT_TRUE(classes("DEFAULT").empty());
  EXPECT_TRUE(classes("").empty());
}

TEST(CipherListTest, FindsKeywordsAndSuiteNames) {
  using C = WeakCipherClass;
  EXPECT_EQ(classes("RC4-SHA"), std::vector<C>{C::Rc4});
  EXPECT_EQ(classes("ALL:eNULL"), std::vector<C>{C::NullEncryption});
  EXPECT_EQ(classes("HIGH:ADH"), std::vector<C>{C::Anonymous});
  EXPECT_EQ(classes("EXP-RC4-MD5"),
            (std::vector<C>{C::Export, C::Rc4, C::Md5}));
  EXPECT_EQ(classes("DES-CBC3-SHA"), std::vector<C>{C::TripleDes});
  EXPECT_EQ(classes("TLS_RSA_WITH_3DES_EDE_CBC_SHA"),
            std::vector<C>{C::TripleDes});
  EXPECT_EQ(classes("kRSA+RC4"), std::vector<C>{C::Rc4});
  EXPECT_EQ(classes("DEFAULT:@SECLEVEL=0"),
            std::vector<C>{C::SecurityLevelZero});
}

TEST(CipherListTest, AppliesExclusionsInOrder) {
  // "!" bans for good, even against later additions.
  EXPECT_TRUE(classes("!RC4:RC4-SHA").empty());
  EXPECT_TRUE(classes("RC4-SHA:!RC4").empty());
  // "-" removes until added again.
  EXPECT_TRUE(classes("RC4:-RC4").empty());
  EXPECT_EQ(classes("-RC4:RC4"), std::vector<WeakCipherClass>{WeakCipherClass::Rc4});
  // "+" only moves suites.
  EXPECT_TRUE(classes("HIGH:+RC4").empty());
}

TEST(CipherListTest, RemembersTheEnablingEntry) {
  auto Uses = weakCiphersEnabled("HIGH:RC4-MD5:!MD5");
  ASSERT_EQ(Uses.size(), 1u);
  EXPECT_EQ(Uses[0].Class, WeakCipherClass::Rc4);
  EXPECT_EQ(Uses[0].Entry, "RC4-MD5");
}

} // namespace
