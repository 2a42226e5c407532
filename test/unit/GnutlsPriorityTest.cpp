#include "lib/cipher/GnutlsPriority.h"
#include "gtest/gtest.h"

using namespace tlslint;

namespace {

std::vector<std::string> versions(llvm::StringRef Priority) {
  std::vector<std::string> Out;
  for (const auto &V : readGnutlsPriority(Priority).WeakVersions)
    Out.push_back(V.first + " <- " + V.second);
  return Out;
}

TEST(GnutlsPriorityTest, KeywordsAloneEnableNothingExplicitly) {
  EXPECT_TRUE(versions("NORMAL").empty());
  EXPECT_TRUE(versions("SECURE256:%SERVER_PRECEDENCE").empty());
  EXPECT_TRUE(readGnutlsPriority("PERFORMANCE").WeakCiphers.empty());
}

TEST(GnutlsPriorityTest, AddedVersionsBelowTls12) {
  EXPECT_EQ(versions("NORMAL:+VERS-TLS1.0:+VERS-TLS1.2"),
            std::vector<std::string>{"TLS 1.0 <- +VERS-TLS1.0"});
  EXPECT_EQ(versions("NONE:+VERS-SSL3.0"),
            std::vector<std::string>{"SSL 3.0 <- +VERS-SSL3.0"});
  EXPECT_EQ(versions("NORMAL:+VERS-ALL").size(), 3u);
}

TEST(GnutlsPriorityTest, LaterRemovalCancelsAddition) {
  EXPECT_TRUE(versions("NORMAL:+VERS-TLS1.1:-VERS-TLS1.1").empty());
  EXPECT_EQ(versions("NORMAL:+VERS-ALL:-VERS-SSL3.0:!VERS-TLS1.0"),
            std::vector<std::string>{"TLS 1.1 <- +VERS-ALL"});
  EXPECT_TRUE(versions("NORMAL:-VERS-TLS1.1:+VERS-TLS1.2").empty());
}

TEST(GnutlsPriorityTest, WeakCiphersAndKeyExchanges) {
  GnutlsPriorityUse Use = readGnutlsPriority(
      "NORMAL:+3DES-CBC:+ARCFOUR-128:+ANON-ECDH:+AES-128-GCM");
  ASSERT_EQ(Use.WeakCiphers.size(), 3u);
  EXPECT_EQ(Use.WeakCiphers[0].Class, WeakCipherClass::TripleDes);
  EXPECT_EQ(Use.WeakCiphers[0].Entry, "+3DES-CBC");
  EXPECT_EQ(Use.WeakCiphers[1].Class, WeakCipherClass::Rc4);
  EXPECT_EQ(Use.WeakCiphers[2].Class, WeakCipherClass::Anonymous);
  EXPECT_TRUE(
      readGnutlsPriority("NORMAL:+3DES-CBC:-3DES-CBC").WeakCiphers.empty());
}

} // namespace
