// `baocao user` and the accounts rule of `baocao serve`, through the binary:
// an account is added with the password from stdin; serving any address but
// loopback without an account is refused before anything listens.
#include <gtest/gtest.h>

#include "tests/support/test_support.h"

namespace baocao {
namespace {

class ServeCliTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(dir_.ok()); }

  // The binary with the project's rules and this test's database.
  std::string Baocao(const std::string& args) const {
    return std::string("'") + BAOCAO_BINARY + "' --rules '" + BAOCAO_RULES + "' " + args + " --db '" +
           dir_.Path("baocao.db") + "'";
  }

  testing::TempDir dir_;
};

TEST_F(ServeCliTest, UserAddReadsThePasswordFromStdinAndRefusesMistakes) {
  std::string out;
  ASSERT_EQ(testing::Run("printf 'mat-khau-lan\\n' | " + Baocao("user add lan --role analyst"), &out), 0);
  EXPECT_NE(out.find("account lan (analyst) added"), std::string::npos) << out;
  ASSERT_EQ(testing::Run("printf 'mat-khau-minh\\n' | " + Baocao("user add minh --role viewer") + " >/dev/null"), 0);
  ASSERT_EQ(testing::Run(Baocao("user list"), &out), 0);
  EXPECT_NE(out.find("lan\tanalyst\t"), std::string::npos) << out;
  EXPECT_NE(out.find("minh\tviewer\t"), std::string::npos) << out;
  EXPECT_EQ(out.find("mat-khau"), std::string::npos) << "a password is never printed";

  EXPECT_EQ(testing::Run("printf 'mot-mat-khau\\n' | " + Baocao("user add lan") + " 2>/dev/null"), 2) << "taken";
  EXPECT_EQ(testing::Run("printf 'mot-mat-khau\\n' | " + Baocao("user add tu --role boss") + " 2>/dev/null"), 2);
  EXPECT_EQ(testing::Run("printf 'ngan\\n' | " + Baocao("user add tu") + " 2>/dev/null"), 2) << "too short";
  ASSERT_EQ(testing::Run(Baocao("user list"), &out), 0);
  EXPECT_EQ(out.find("tu\t"), std::string::npos) << out;
}

TEST_F(ServeCliTest, ServingBeyondLoopbackWithoutAnAccountIsRefused) {
  ASSERT_EQ(testing::Run(Baocao("user list") + " >/dev/null"), 0);  // creates the empty database
  std::string err = dir_.Path("err.txt");
  // `timeout`: a server that did start would otherwise never return.
  EXPECT_EQ(testing::Run("timeout 20 " + Baocao("serve --listen 0.0.0.0:0") + " 2>'" + err + "'"), 2);
  std::string text = testing::ReadText(err);
  EXPECT_NE(text.find("needs accounts, and there is none"), std::string::npos) << text;
  EXPECT_NE(text.find("baocao user add NAME --role analyst"), std::string::npos) << text;
  EXPECT_EQ(testing::Run("timeout 20 " + Baocao("serve --listen 192.0.2.1:8080") + " 2>/dev/null"), 2);
  EXPECT_EQ(testing::Run("timeout 20 " + Baocao("serve --listen 127.0.0.1:0 --accounts") + " 2>/dev/null"), 2);
  // On loopback no account is needed: it starts (and is stopped by timeout).
  EXPECT_EQ(testing::Run("timeout 3 " + Baocao("serve --listen 127.0.0.1:0") + " 2>/dev/null"), 124);
}

}  // namespace
}  // namespace baocao
