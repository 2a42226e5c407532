//===-- FileClassTest.cpp -------------------------------------------------===//

#include "lib/report/FileClass.h"
#include "gtest/gtest.h"

namespace tlslint {
namespace {

FileClass classOf(llvm::StringRef Relative) {
  return classifyFile("/src/proj/" + Relative.str(), "/src/proj");
}

TEST(FileClassTest, DirectoriesBelowTheRootDecide) {
  EXPECT_EQ(classOf("lib/net_mosq.c"), FileClass::Shipped);
  EXPECT_EQ(classOf("src/tool_operate.c"), FileClass::Shipped);
  EXPECT_EQ(classOf("docs/examples/https.c"), FileClass::Example);
  EXPECT_EQ(classOf("minimal-examples-lowlevel/ws-client/main.c"),
            FileClass::Example);
  EXPECT_EQ(classOf("src/samples/MQTTClient_publish.c"), FileClass::Example);
  EXPECT_EQ(classOf("demo/app.cpp"), FileClass::Example);
  EXPECT_EQ(classOf("tests/libtest/lib1515.c"), FileClass::Test);
  EXPECT_EQ(classOf("test/test1.c"), FileClass::Test);
  EXPECT_EQ(classOf("test-apps/android/app/src/main/AndroidManifest.xml"),
            FileClass::Test);
  EXPECT_EQ(classOf("app/src/androidTest/cpp/probe.cpp"), FileClass::Test);
  EXPECT_EQ(classOf("fuzz/curl_fuzzer.cc"), FileClass::Test);
  EXPECT_EQ(classOf("testing/unit.c"), FileClass::Test);
}

TEST(FileClassTest, TheOutermostDirectoryWins) {
  EXPECT_EQ(classOf("tests/examples/a.c"), FileClass::Test);
  EXPECT_EQ(classOf("examples/tests/a.c"), FileClass::Example);
}

TEST(FileClassTest, FileNamesOfTests) {
  EXPECT_EQ(classOf("src/client_test.cc"), FileClass::Test);
  EXPECT_EQ(classOf("src/test_client.c"), FileClass::Test);
  EXPECT_EQ(classOf("src/ClientTest.cpp"), FileClass::Test);
  EXPECT_EQ(classOf("src/client_unittest.cpp"), FileClass::Test);
  // Words that only contain "test" are not tests.
  EXPECT_EQ(classOf("src/latest.c"), FileClass::Shipped);
  EXPECT_EQ(classOf("src/contest/attest.c"), FileClass::Shipped);
  EXPECT_EQ(classOf("testament/a.c"), FileClass::Shipped);
}

TEST(FileClassTest, OnlyTheNameOutsideTheRoot) {
  // The machine's directories (a CI checkout under /builds/tests) say
  // nothing about the project.
  EXPECT_EQ(classifyFile("/builds/tests/proj/lib/a.c", "/src/proj"),
            FileClass::Shipped);
  EXPECT_EQ(classifyFile("/builds/tests/proj/lib/a_test.c", "/src/proj"),
            FileClass::Test);
}

TEST(FileClassTest, NamesRoundTrip) {
  for (FileClass Class :
       {FileClass::Shipped, FileClass::Example, FileClass::Test})
    EXPECT_EQ(parseFileClass(fileClassName(Class)), Class);
  EXPECT_EQ(parseFileClass("vendored"), std::nullopt);
}

} // namespace
} // namespace tlslint
