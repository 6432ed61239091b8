// The roll-up against a fixture computed by hand (see the comment on
// SetUp), and its totals against the sum of its rows.
#include "desk/rollup.h"

#include <gtest/gtest.h>

#include "desk/corrections.h"
#include "tests/desk/desk_fixtures.h"
#include "tests/support/temp_dir.h"

namespace baocao {
namespace {

using testing::Activity;
using testing::Budget;
using testing::Doc;
using testing::Ex;
using testing::QueryText;

class RollupTest : public ::testing::Test {
 protected:
  // District Sông Lam, actual 2024:
  //   An Phú     own report, version 2 (version 1 said 280 for pháp luật):
  //              kinh_te 3/200/?, phap_luat 4/300/150, stated total 7/500/150;
  //              budget state 10.000.000, socialized 2.000.000 (total 12.000.000);
  //              the district table's row for An Phú (9/999/500) is not counted.
  //   Bình Minh  own report: suc_khoe 2/100→110 (corrected)/60, phap_luat 1/50/20 and
  //              its breakdown part 1/50/20 (not counted); no stated total: 3/160/80.
  //   Cát Lâm    only in the district table: total 5/400/200.
  //   Dốc Sỏi    reported 2023 only: not reported for 2024.
  // Totals: kinh_te 3/200/?, phap_luat 5/350/170, suc_khoe 2/110/60, total 15/1060/430;
  // budget state 10.000.000, socialized 2.000.000, total 12.000.000.
  // Xa Lạ (district Núi Cao) is outside the district.
  void SetUp() override {
    ASSERT_TRUE(dir_.ok());
    db_ = Database::Open(dir_.Path("t.db")).value();
    Load(Ex(Doc("an-phu.docx", "a1", "UBND xã An Phú", "An Phú", "Sông Lam", "12/BC-UBND"),
            {Activity("kinh_te", "Kinh tế", 3, 200, std::nullopt), Activity("phap_luat", "Pháp luật", 4, 280, 150),
             Activity("tong", "Tổng cộng", 7, 480, 150)}));
    Load(Ex(Doc("an-phu-v2.docx", "a2", "UBND xã An Phú", "An Phú", "Sông Lam", "12/BC-UBND"),
            {Activity("kinh_te", "Kinh tế", 3, 200, std::nullopt), Activity("phap_luat", "Pháp luật", 4, 300, 150),
             Activity("tong", "Tổng cộng", 7, 500, 150), Budget("state", "Ngân sách nhà nước", 10000000),
             Budget("socialized", "Xã hội hóa", 2000000)}));
    Record part = Activity("phap_luat", "Pháp luật — Trung tâm tổ chức", 1, 50, 20);
    part.organizer = "center";
    part.rule = "prose.activity_part";
    Load(Ex(Doc("binh-minh.docx", "b1", "UBND xã Bình Minh", "Bình Minh", "Sông Lam", "5/BC-UBND"),
            {Activity("suc_khoe", "Sức khỏe", 2, 100, 60), Activity("phap_luat", "Pháp luật", 1, 50, 20), part}));
    Record an_phu_row = Activity("tong", "Xã An Phú", 9, 999, 500);
    an_phu_row.commune = "An Phú";
    Record cat_lam_row = Activity("tong", "Xã Cát Lâm", 5, 400, 200);
    cat_lam_row.commune = "Cát Lâm";
    Load(Ex(Doc("huyen.docx", "h1", "UBND huyện Sông Lam", std::nullopt, "Sông Lam", "40/BC-UBND"),
            {an_phu_row, cat_lam_row, Activity("tong", "Tổng cộng", 14, 1399, 700)}));
    Load(Ex(Doc("doc-soi-2023.docx", "d1", "UBND xã Dốc Sỏi", "Dốc Sỏi", "Sông Lam", "8/BC-UBND"),
            {Activity("phap_luat", "Pháp luật", 2, 90, 40, "2023")}));
    Load(Ex(Doc("xa-la.docx", "x1", "UBND xã Xa Lạ", "Xa Lạ", "Núi Cao", "2/BC-UBND"),
            {Activity("phap_luat", "Pháp luật", 1, 10, 5)}));
    CorrectionRequest fix;
    fix.record_id = std::stoll(QueryText(db_.get(), "SELECT id FROM records WHERE label = 'Sức khỏe'"));
    fix.field = "participants";
    fix.value = "110";
    fix.note = "Biểu số 01 ghi 110";
    fix.author = "lan";
    ASSERT_TRUE(AddCorrection(db_.get(), fix).ok());
  }

  void Load(const Extraction& e) {
    std::int64_t run = db_->BeginRun("test-1").value();
    Result<std::int64_t> id = db_->AddDocument(run, e, "{}");
    ASSERT_TRUE(id.ok()) << id.status().reason();
  }

  Rollup Compute(std::optional<std::string> district = "Sông Lam") {
    RollupOptions o;
    o.period = "2024";
    o.district = std::move(district);
    Result<Rollup> r = ComputeRollup(db_.get(), o);
    EXPECT_TRUE(r.ok()) << r.status().reason();
    return r.ok() ? r.value() : Rollup{};
  }

  static const RollupRow* Find(const Rollup& r, const std::string& commune) {
    for (const RollupRow& row : r.rows) {
      if (row.commune == commune) return &row;
    }
    return nullptr;
  }

  testing::TempDir dir_;
  std::unique_ptr<Database> db_;
};


void ExpectMeasures(const RollupMeasures& m, std::optional<std::int64_t> classes,
                    std::optional<std::int64_t> participants, std::optional<std::int64_t> female) {
  EXPECT_EQ(m.classes, classes);
  EXPECT_EQ(m.participants, participants);
  EXPECT_EQ(m.female, female);
}

TEST_F(RollupTest, MatchesTheHandComputedFixture) {
  Rollup r = Compute();
  ASSERT_EQ(r.rows.size(), 4u);
  EXPECT_EQ(r.topics, (std::vector<std::string>{"kinh_te", "phap_luat", "suc_khoe"}));
  EXPECT_EQ(r.categories, (std::vector<std::string>{"state", "socialized", "total"}));

  const RollupRow* an_phu = Find(r, "An Phú");
  ASSERT_NE(an_phu, nullptr);
  EXPECT_TRUE(an_phu->reported);
  EXPECT_EQ(an_phu->source, "report");
  ExpectMeasures(an_phu->topics.at("kinh_te"), 3, 200, std::nullopt);
  ExpectMeasures(an_phu->topics.at("phap_luat"), 4, 300, 150);
  ExpectMeasures(an_phu->total, 7, 500, 150);
  EXPECT_EQ(an_phu->budget.at("state"), 10000000);
  EXPECT_EQ(an_phu->budget.at("total"), 12000000);

  const RollupRow* binh_minh = Find(r, "Bình Minh");
  ASSERT_NE(binh_minh, nullptr);
  ExpectMeasures(binh_minh->topics.at("suc_khoe"), 2, 110, 60);
  ExpectMeasures(binh_minh->topics.at("phap_luat"), 1, 50, 20);
  ExpectMeasures(binh_minh->total, 3, 160, 80);
  EXPECT_TRUE(binh_minh->corrected);

  const RollupRow* cat_lam = Find(r, "Cát Lâm");
  ASSERT_NE(cat_lam, nullptr);
  EXPECT_EQ(cat_lam->source, "table");
  EXPECT_TRUE(cat_lam->topics.empty());
  ExpectMeasures(cat_lam->total, 5, 400, 200);

  const RollupRow* doc_soi = Find(r, "Dốc Sỏi");
  ASSERT_NE(doc_soi, nullptr);
  EXPECT_FALSE(doc_soi->reported);
  EXPECT_EQ(&r.rows.back(), doc_soi);  // the communes that have not reported come last

  ExpectMeasures(r.totals.topics.at("kinh_te"), 3, 200, std::nullopt);
  ExpectMeasures(r.totals.topics.at("phap_luat"), 5, 350, 170);
  ExpectMeasures(r.totals.topics.at("suc_khoe"), 2, 110, 60);
  ExpectMeasures(r.totals.total, 15, 1060, 430);
  EXPECT_EQ(r.totals.budget.at("state"), 10000000);
  EXPECT_EQ(r.totals.budget.at("socialized"), 2000000);
  EXPECT_EQ(r.totals.budget.at("total"), 12000000);
}

TEST_F(RollupTest, TotalsAreTheSumOfTheRows) {
  Rollup r = Compute(std::nullopt);  // every district
  ASSERT_NE(Find(r, "Xa Lạ"), nullptr);
  RollupMeasures total;
  std::map<std::string, std::int64_t> topic_participants;
  std::int64_t budget_total = 0;
  for (const RollupRow& row : r.rows) {
    total.classes = total.classes.value_or(0) + row.total.classes.value_or(0);
    total.participants = total.participants.value_or(0) + row.total.participants.value_or(0);
    for (const auto& [topic, m] : row.topics) topic_participants[topic] += m.participants.value_or(0);
    if (row.budget.count("total") > 0) budget_total += row.budget.at("total").value_or(0);
  }
  EXPECT_EQ(r.totals.total.classes, total.classes);
  EXPECT_EQ(r.totals.total.participants, total.participants);
  for (const auto& [topic, sum] : topic_participants) {
    EXPECT_EQ(r.totals.topics.at(topic).participants, sum) << topic;
  }
  EXPECT_EQ(r.totals.budget.at("total"), budget_total);
  EXPECT_EQ(r.totals.total.participants, 1060 + 10);
}

TEST_F(RollupTest, ARejectedRecordLeavesTheRollUp) {
  CorrectionRequest reject;
  reject.record_id = std::stoll(QueryText(db_.get(), "SELECT id FROM records WHERE label = 'Xã Cát Lâm'"));
  reject.action = CorrectionAction::kReject;
  reject.note = "xã đã sáp nhập";
  reject.author = "lan";
  ASSERT_TRUE(AddCorrection(db_.get(), reject).ok());
  Rollup r = Compute();
  const RollupRow* cat_lam = Find(r, "Cát Lâm");
  ASSERT_NE(cat_lam, nullptr);
  EXPECT_FALSE(cat_lam->reported);
  ExpectMeasures(r.totals.total, 10, 660, 230);
}

TEST_F(RollupTest, OtherPeriodsAndEmptyPeriod) {
  RollupOptions o;
  o.period = "2023";
  o.district = "Sông Lam";
  Result<Rollup> r = ComputeRollup(db_.get(), o);
  ASSERT_TRUE(r.ok());
  ExpectMeasures(r.value().totals.total, 2, 90, 40);
  o.period = "";
  EXPECT_EQ(ComputeRollup(db_.get(), o).status().code(), Status::Code::kInvalidInput);
}

}  // namespace
}  // namespace baocao
