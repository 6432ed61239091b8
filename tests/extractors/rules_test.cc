#include "extractors/rules.h"

#include <gtest/gtest.h>

#include "tests/extractors/test_documents.h"

namespace baocao {
namespace {

TEST(RulesTest, ProjectRulesLoadWithAVersion) {
  const RuleSet& rules = testing::ProjectRules();
  EXPECT_FALSE(rules.version().empty());
  EXPECT_FALSE(rules.Section("topic").empty());
  EXPECT_FALSE(rules.Section("column").empty());
}

TEST(RulesTest, BadPatternNamesFileLineAndRule) {
  Result<RuleSet> r = RuleSet::LoadText("version = 1\n[budget]\nstate = ngan (sach\n", "test.rules");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().reason().find("test.rules:3"), std::string::npos) << r.status().reason();
  EXPECT_NE(r.status().reason().find("budget.state"), std::string::npos) << r.status().reason();
}

TEST(RulesTest, MissingVersionAndDuplicatesAreRefused) {
  EXPECT_FALSE(RuleSet::LoadText("[a]\nx = y\n").ok());
  EXPECT_FALSE(RuleSet::LoadText("version = 1\n[a]\nx = y\nx = z\n").ok());
  EXPECT_FALSE(RuleSet::LoadText("version = 1\nversion = 2\n").ok());
  EXPECT_FALSE(RuleSet::LoadText("version = 1\nx = y\n").ok());  // outside a section
}

TEST(RulesTest, FirstMatchFollowsFileOrder) {
  Result<RuleSet> r = RuleSet::LoadText("version = 7\n[s]\nfirst = kinh phi\nsecond = phi\n");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().version(), "7");
  const Rule* m = r.value().FirstMatch("s", "kinh phi xa hoi hoa");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->FullId(), "s.first");
  EXPECT_EQ(r.value().FirstMatch("s", "ngan sach"), nullptr);
}

TEST(RulesTest, MatchReturnsGroupSpans) {
  Result<RuleSet> r = RuleSet::LoadText("version = 1\n[meta]\nref = ^so\\s*:\\s*(\\S.*)$\n");
  ASSERT_TRUE(r.ok());
  std::vector<std::pair<std::size_t, std::size_t>> g;
  ASSERT_TRUE(RuleSet::Match(*r.value().Find("meta", "ref"), "so: 12/bc-ubnd", &g));
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(std::string("so: 12/bc-ubnd").substr(g[1].first, g[1].second - g[1].first), "12/bc-ubnd");
}

TEST(RulesTest, TopicsCoverTheContractCodes) {
  const RuleSet& rules = testing::ProjectRules();
  std::vector<std::string> ids;
  for (const Rule& r : rules.Section("topic")) ids.push_back(r.id);
  for (const char* code : {"kinh_te", "van_hoa_xa_hoi", "phap_luat", "suc_khoe", "moi_truong", "xoa_mu_chu",
                           "hoc_nghe", "ky_nang_song", "van_nghe_the_thao", "ngoai_ngu_tin_hoc", "khac"}) {
    EXPECT_NE(std::find(ids.begin(), ids.end(), code), ids.end()) << code;
  }
}

}  // namespace
}  // namespace baocao
