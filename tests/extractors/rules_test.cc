#include "extractors/rules.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

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

TEST(RulesTest, GroupsPastTheRuleAndNonNumbersAreAbsent) {
  Result<RuleSet> r = RuleSet::LoadText("version = 1\n[meta]\nref = ^so\\s*:\\s*(\\w+)(x)?\n");
  ASSERT_TRUE(r.ok());
  std::vector<std::pair<std::size_t, std::size_t>> g;
  ASSERT_TRUE(RuleSet::Match(*r.value().Find("meta", "ref"), "so: 2025", &g));
  EXPECT_EQ(RuleSet::GroupNumber("so: 2025", g, 1), 2025);
  EXPECT_EQ(RuleSet::Group(g, 2).first, std::string::npos) << "took no part";
  EXPECT_EQ(RuleSet::Group(g, 7).first, std::string::npos) << "the rule has no group 7";
  EXPECT_EQ(RuleSet::GroupNumber("so: 2025", g, 7), std::nullopt);
  ASSERT_TRUE(RuleSet::Match(*r.value().Find("meta", "ref"), "so: giêng", &g));
  EXPECT_EQ(RuleSet::GroupNumber("so: giêng", g, 1), std::nullopt);
  ASSERT_TRUE(RuleSet::Match(*r.value().Find("meta", "ref"), "so: 123456", &g));
  EXPECT_EQ(RuleSet::GroupNumber("so: 123456", g, 1), std::nullopt) << "more digits than a year";
}

// Found by fuzz/rules_fuzzer.cc (inputs in tests/data/fuzz-regressions/rules/):
// an analyst's edit that leaves a rule without the group the code reads, or
// capturing nothing or words where the code expects digits, read past the
// groups (heap overflow) or threw from std::stoi (the run aborted). Such a
// rule now finds nothing where it captures nothing usable.
TEST(RulesTest, EditedRulesThatCaptureNothingUsableNeverCrashExtraction) {
  std::string text;
  for (const char* file : {"baocao.rules", "columns.rules", "topics.rules"}) {
    std::ifstream in(std::string(BAOCAO_RULES) + "/" + file);
    text += std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  auto edit = [&](const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
  };
  edit("month_only = \\bthang\\s*(\\d{1,2})\\b", "month_only = \\bthang\\s*(\\d{1,2})?\\b");
  edit("half_year  = 6 thang (?:dau|cuoi) nam\\s*((?:19|20)\\d\\d)", "half_year  = 6 thang (?:dau|cuoi) nam\\s*(\\w*)");
  edit("commune    = \\b(?:xa|phuong|thi tran)\\s+([a-z0-9][^,;:.()\\n]*)",
       "commune    = \\b(?:xa|phuong|thi tran)\\s+[a-z0-9][^,;:.()\\n]*");
  edit("(?:thang|/|-)[\\s.…_]*(\\d{1,2})?[\\s.…_]*(?:nam|/|-)", "(?:thang|/|-)[\\s.…_]*(\\w*)[\\s.…_]*(?:nam|/|-)");
  Result<RuleSet> rules = RuleSet::LoadText(text);
  ASSERT_TRUE(rules.ok()) << rules.status().reason();

  Document doc = testing::DocBuilder()
                     .P("UBND XÃ TÂN HÒA")
                     .P("Tân Hòa, ngày 15 tháng giêng năm 2025")
                     .P("KẾ HOẠCH")
                     .P("Hoạt động 6 tháng đầu năm nay của Trung tâm học tập cộng đồng xã Tân Hòa")
                     .T({{"TT", "Nội dung hoạt động", "Thời gian", "Số lớp", "Số học viên"},
                         {"1", "Tập huấn chăn nuôi", "Hằng tháng", "01", "30"},
                         {"2", "Phổ biến pháp luật", "Tháng 4", "02", "80"}})
                     .Build();
  Extraction ex = Extract(doc, rules.value(), {});
  EXPECT_EQ(ex.document.issued, "2025") << "the month captured as a word is no month";
  for (const Record& r : ex.records) {
    if (r.period) {
      EXPECT_EQ(r.period->find("nay"), std::string::npos) << *r.period;
    }
  }
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
