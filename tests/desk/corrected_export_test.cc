// JSON Lines and CSV exports with the analyst's corrections: the same values
// the XLSX export and the views show (a set value replaces the extracted
// one, a rejected record is left out, an undone correction is ignored, one
// flagged for review still applies); Values::kAsExtracted prints the store.
#include <gtest/gtest.h>

#include <sstream>

#include "desk/export.h"
#include "desk/corrections.h"
#include "store/database.h"
#include "tests/desk/desk_fixtures.h"

namespace baocao {
namespace {

using testing::Activity;
using testing::Doc;
using testing::Ex;
using testing::QueryText;

class CorrectedExportTest : public testing::FreshDatabaseTest {
 protected:
  void SetUp() override {
    FreshDatabaseTest::SetUp();
    std::int64_t run = db_->BeginRun("test-1").value();
    Result<std::int64_t> id = db_->AddDocument(
        run, Ex(Doc("binh-minh.docx", "b1", "UBND xã Bình Minh", "Bình Minh", "Sông Lam", "5/BC-UBND"),
                {Activity("suc_khoe", "Chăm sóc sức khỏe", 2, 100, 60),
                 Activity("phap_luat", "Giáo dục pháp luật", 1, 50, 20),
                 testing::Budget("state", "Ngân sách nhà nước cấp", 10000000),
                 testing::Check("sum-mismatch", {0, 1, 2}, "tổng không khớp")}),
        "{}");
    ASSERT_TRUE(id.ok()) << id.status().reason();
  }

  // The record labelled `label`; the empty label names the check (a check
  // has no label: its column is null).
  std::int64_t RecordId(const std::string& label) {
    std::string where = label.empty() ? "type = 'check'" : "label = '" + label + "'";
    return std::stoll("0" + QueryText(db_.get(), "SELECT id FROM records WHERE " + where));
  }

  void Correct(const std::string& label, CorrectionAction action, const std::string& field = "",
               const std::string& value = "") {
    CorrectionRequest r;
    r.record_id = RecordId(label);
    r.action = action;
    r.field = field;
    r.value = value;
    r.note = "Biểu số 01";
    r.author = "lan";
    Result<std::int64_t> id = AddCorrection(db_.get(), r);
    ASSERT_TRUE(id.ok()) << id.status().reason();
  }

  std::string Jsonl(Values values = Values::kCorrected) {
    std::ostringstream out;
    Status s = ExportJsonl(db_.get(), out, Versions::kCurrent, values);
    EXPECT_TRUE(s.ok()) << s.reason();
    return out.str();
  }

  std::string Csv(Values values = Values::kCorrected) {
    std::ostringstream out;
    Status s = ExportCsv(db_.get(), out, Versions::kCurrent, values);
    EXPECT_TRUE(s.ok()) << s.reason();
    return out.str();
  }

  // The line of `text` holding `what`, or "".
  static std::string LineWith(const std::string& text, const std::string& what) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
      if (line.find(what) != std::string::npos) return line;
    }
    return "";
  }
};

TEST_F(CorrectedExportTest, WithoutCorrectionsBothAreTheExtraction) {
  EXPECT_EQ(Jsonl(), Jsonl(Values::kAsExtracted));
  EXPECT_EQ(Csv(), Csv(Values::kAsExtracted));
}

TEST_F(CorrectedExportTest, ASetValueReplacesTheExtractedOneAsInTheViews) {
  Correct("Chăm sóc sức khỏe", CorrectionAction::kSet, "participants", "110");
  Correct("Ngân sách nhà nước cấp", CorrectionAction::kSet, "amount_vnd", "12000000");
  std::string health = LineWith(Jsonl(), "Chăm sóc sức khỏe");
  EXPECT_NE(health.find("\"participants\":110,"), std::string::npos) << health;
  EXPECT_NE(LineWith(Jsonl(), "Ngân sách").find("\"amount_vnd\":12000000"), std::string::npos);
  EXPECT_NE(LineWith(Jsonl(Values::kAsExtracted), "Chăm sóc sức khỏe").find("\"participants\":100,"),
            std::string::npos);
  EXPECT_NE(LineWith(Csv(), "Chăm sóc sức khỏe").find(",2,110,60,"), std::string::npos);
  EXPECT_NE(LineWith(Csv(Values::kAsExtracted), "Chăm sóc sức khỏe").find(",2,100,60,"), std::string::npos);
  // The XLSX export reads the views: the same value.
  EXPECT_EQ(QueryText(db_.get(), "SELECT participants FROM v_activities WHERE label = 'Chăm sóc sức khỏe'"), "110");
}

TEST_F(CorrectedExportTest, ARejectedRecordIsLeftOutAndCheckRefsFollowTheRest) {
  Correct("Chăm sóc sức khỏe", CorrectionAction::kReject);
  std::string jsonl = Jsonl();
  EXPECT_EQ(jsonl.find("Chăm sóc sức khỏe"), std::string::npos);
  EXPECT_EQ(Csv().find("Chăm sóc sức khỏe"), std::string::npos);
  // The check stays (checks are not re-run); its refs are positions in the
  // export, so "Giáo dục pháp luật" and the budget are now 0 and 1.
  EXPECT_NE(LineWith(jsonl, "sum-mismatch").find("\"refs\":[0,1]"), std::string::npos) << jsonl;
  EXPECT_NE(LineWith(Jsonl(Values::kAsExtracted), "sum-mismatch").find("\"refs\":[0,1,2]"), std::string::npos);
  EXPECT_EQ(QueryText(db_.get(), "SELECT COUNT(*) FROM v_activities"), "1");
}

TEST_F(CorrectedExportTest, ARejectedCheckIsLeftOut) {
  Correct("", CorrectionAction::kReject);  // the check's label is empty
  EXPECT_EQ(Jsonl().find("sum-mismatch"), std::string::npos);
  EXPECT_NE(Jsonl(Values::kAsExtracted).find("sum-mismatch"), std::string::npos);
}

TEST_F(CorrectedExportTest, AnUndoneCorrectionIsIgnored) {
  Correct("Chăm sóc sức khỏe", CorrectionAction::kSet, "participants", "110");
  Correct("Giáo dục pháp luật", CorrectionAction::kReject);
  Correct("Chăm sóc sức khỏe", CorrectionAction::kUndo, "participants");
  Correct("Giáo dục pháp luật", CorrectionAction::kUndo, "*");
  EXPECT_EQ(Jsonl(), Jsonl(Values::kAsExtracted));
}

TEST_F(CorrectedExportTest, ACorrectionFlaggedForReviewStillAppliesAsInTheViews) {
  Correct("Chăm sóc sức khỏe", CorrectionAction::kSet, "participants", "110");
  // New rules read another value: the correction is flagged, not dropped.
  ASSERT_TRUE(testing::Exec(db_.get(), "UPDATE records SET participants = 105 WHERE label = 'Chăm sóc sức khỏe'"));
  ASSERT_EQ(QueryText(db_.get(), "SELECT state FROM v_corrections"), "review");
  EXPECT_NE(LineWith(Jsonl(), "Chăm sóc sức khỏe").find("\"participants\":110,"), std::string::npos);
  EXPECT_NE(LineWith(Jsonl(Values::kAsExtracted), "Chăm sóc sức khỏe").find("\"participants\":105,"),
            std::string::npos);
  EXPECT_EQ(QueryText(db_.get(), "SELECT participants FROM v_activities WHERE label = 'Chăm sóc sức khỏe'"), "110");
}

}  // namespace
}  // namespace baocao
