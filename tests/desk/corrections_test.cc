// Corrections: stored beside the extracted value, applied by the views,
// kept across a re-extraction, flagged when the extracted value changes.
#include "desk/corrections.h"

#include <gtest/gtest.h>

#include "tests/desk/desk_fixtures.h"
#include "tests/support/temp_dir.h"

namespace baocao {
namespace {

using testing::Activity;
using testing::Doc;
using testing::Ex;
using testing::QueryText;

class CorrectionsTest : public testing::FreshDatabaseTest {
 protected:
  void SetUp() override {
    FreshDatabaseTest::SetUp();
    Result<std::int64_t> id = db_->AddDocument(
        run(), Ex(Doc("binh-minh.docx", "b1", "UBND xã Bình Minh", "Bình Minh", "Sông Lam", "5/BC-UBND"),
                  {Activity("suc_khoe", "Chăm sóc sức khỏe", 2, 100, 60),
                   Activity("phap_luat", "Giáo dục pháp luật", 1, 50, 20),
                   testing::Budget("state", "Ngân sách nhà nước cấp", 10000000),
                   testing::Check("sum-mismatch", {0, 1}, "tổng không khớp")}),
        "{}");
    ASSERT_TRUE(id.ok()) << id.status().reason();
    document_ = id.value();
  }

  std::int64_t run() {
    Result<std::int64_t> r = db_->BeginRun("test-1");
    return r.ok() ? r.value() : 0;
  }

  // The current id of the document's record with this label.
  std::int64_t RecordId(const std::string& label) {
    return std::stoll("0" + QueryText(db_.get(), "SELECT id FROM records WHERE label = '" + label + "'"));
  }

  CorrectionRequest Set(const std::string& label, const std::string& field, const std::string& value) {
    CorrectionRequest r;
    r.record_id = RecordId(label);
    r.field = field;
    r.value = value;
    r.note = "Biểu số 01 ghi khác";
    r.author = "lan";
    return r;
  }

  std::string Participants(const std::string& label) {
    return QueryText(db_.get(), "SELECT participants FROM v_activities WHERE label = '" + label + "'");
  }

  std::int64_t document_ = 0;
};

TEST_F(CorrectionsTest, StoredBesideTheExtractedValueWithWhoWhenWhy) {
  Result<std::int64_t> id = AddCorrection(db_.get(), Set("Chăm sóc sức khỏe", "participants", "110"));
  ASSERT_TRUE(id.ok()) << id.status().reason();
  // The record keeps what the document said; the view gives the correction.
  EXPECT_EQ(QueryText(db_.get(), "SELECT participants FROM records WHERE label = 'Chăm sóc sức khỏe'"), "100");
  EXPECT_EQ(Participants("Chăm sóc sức khỏe"), "110");
  EXPECT_EQ(QueryText(db_.get(), "SELECT corrected FROM v_activities WHERE label = 'Chăm sóc sức khỏe'"), "1");
  EXPECT_EQ(QueryText(db_.get(), "SELECT corrected FROM v_activities WHERE label = 'Giáo dục pháp luật'"), "0");

  Result<std::vector<Correction>> all = ListCorrections(db_.get(), std::nullopt, false);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all.value().size(), 1u);
  const Correction& c = all.value()[0];
  EXPECT_EQ(c.field, "participants");
  EXPECT_EQ(c.extracted, "100");
  EXPECT_EQ(c.corrected, "110");
  EXPECT_EQ(c.author, "lan");
  EXPECT_EQ(c.note, "Biểu số 01 ghi khác");
  EXPECT_EQ(c.state, "active");
  EXPECT_EQ(c.label, "Chăm sóc sức khỏe");
  EXPECT_EQ(c.created.size(), 20u) << c.created;  // 2026-11-23T20:51:00Z
}

TEST_F(CorrectionsTest, SurvivesAReExtractionThatGivesTheSameValue) {
  ASSERT_TRUE(AddCorrection(db_.get(), Set("Chăm sóc sức khỏe", "participants", "110")).ok());
  std::int64_t before = RecordId("Chăm sóc sức khỏe");
  ASSERT_TRUE(testing::RewriteRecords(db_.get(), document_));
  ASSERT_NE(RecordId("Chăm sóc sức khỏe"), before);  // new record ids
  EXPECT_EQ(Participants("Chăm sóc sức khỏe"), "110");
  Result<std::vector<Correction>> all = ListCorrections(db_.get(), std::nullopt, false);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all.value().size(), 1u);
  EXPECT_EQ(all.value()[0].state, "active");
  EXPECT_EQ(all.value()[0].record_id, RecordId("Chăm sóc sức khỏe"));
  EXPECT_EQ(CountCorrectionsToReview(db_.get()).value(), 0);
}

TEST_F(CorrectionsTest, FlaggedForReviewWhenTheExtractedValueChanges) {
  ASSERT_TRUE(AddCorrection(db_.get(), Set("Chăm sóc sức khỏe", "participants", "110")).ok());
  ASSERT_TRUE(testing::RewriteRecords(db_.get(), document_));
  ASSERT_TRUE(testing::Exec(db_.get(), "UPDATE records SET participants = 105 WHERE label = 'Chăm sóc sức khỏe'"));
  Result<std::vector<Correction>> all = ListCorrections(db_.get(), std::nullopt, false);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all.value().size(), 1u);
  EXPECT_EQ(all.value()[0].state, "review");
  EXPECT_EQ(all.value()[0].current, "105");
  EXPECT_EQ(CountCorrectionsToReview(db_.get()).value(), 1);
  // Neither silently kept nor dropped: still applied, and flagged.
  EXPECT_EQ(Participants("Chăm sóc sức khỏe"), "110");
  EXPECT_EQ(QueryText(db_.get(), "SELECT review FROM v_activities WHERE label = 'Chăm sóc sức khỏe'"), "1");
  // Setting it again against the new value settles it.
  ASSERT_TRUE(AddCorrection(db_.get(), Set("Chăm sóc sức khỏe", "participants", "110")).ok());
  EXPECT_EQ(CountCorrectionsToReview(db_.get()).value(), 0);
  Result<std::vector<Correction>> history = ListCorrections(db_.get(), std::nullopt, true);
  ASSERT_EQ(history.value().size(), 2u);
  EXPECT_EQ(history.value()[0].state, "replaced");
  EXPECT_EQ(history.value()[1].state, "active");
}

TEST_F(CorrectionsTest, FlaggedWhenTheRecordIsGone) {
  ASSERT_TRUE(AddCorrection(db_.get(), Set("Giáo dục pháp luật", "classes", "2")).ok());
  ASSERT_TRUE(testing::Exec(db_.get(), "DELETE FROM records WHERE label = 'Giáo dục pháp luật'"));
  Result<std::vector<Correction>> all = ListCorrections(db_.get(), std::nullopt, false);
  ASSERT_EQ(all.value().size(), 1u);
  EXPECT_EQ(all.value()[0].state, "review");
  EXPECT_FALSE(all.value()[0].record_id.has_value());
}

TEST_F(CorrectionsTest, RejectLeavesTheRecordOutAndUndoBringsItBack) {
  CorrectionRequest reject;
  reject.record_id = RecordId("Giáo dục pháp luật");
  reject.action = CorrectionAction::kReject;
  reject.note = "trùng với dòng khác";
  reject.author = "lan";
  ASSERT_TRUE(AddCorrection(db_.get(), reject).ok());
  EXPECT_EQ(QueryText(db_.get(), "SELECT COUNT(*) FROM v_activities"), "1");
  EXPECT_EQ(QueryText(db_.get(), "SELECT COUNT(*) FROM v_records WHERE rejected"), "1");

  CorrectionRequest undo = reject;
  undo.action = CorrectionAction::kUndo;
  undo.field = "*";
  ASSERT_TRUE(AddCorrection(db_.get(), undo).ok());
  EXPECT_EQ(QueryText(db_.get(), "SELECT COUNT(*) FROM v_activities"), "2");
}

TEST_F(CorrectionsTest, NullMakesAValueUnknownAndUndoRestoresTheExtractedOne) {
  ASSERT_TRUE(AddCorrection(db_.get(), Set("Chăm sóc sức khỏe", "female", "null")).ok());
  EXPECT_EQ(QueryText(db_.get(), "SELECT female FROM v_activities WHERE label = 'Chăm sóc sức khỏe'"), "NULL");
  CorrectionRequest undo = Set("Chăm sóc sức khỏe", "female", "");
  undo.action = CorrectionAction::kUndo;
  ASSERT_TRUE(AddCorrection(db_.get(), undo).ok());
  EXPECT_EQ(QueryText(db_.get(), "SELECT female FROM v_activities WHERE label = 'Chăm sóc sức khỏe'"), "60");
}

TEST_F(CorrectionsTest, CodesAndTextFieldsAreCorrectedToo) {
  ASSERT_TRUE(AddCorrection(db_.get(), Set("Chăm sóc sức khỏe", "topic", "moi_truong")).ok());
  ASSERT_TRUE(AddCorrection(db_.get(), Set("Ngân sách nhà nước cấp", "amount_vnd", "12000000")).ok());
  EXPECT_EQ(QueryText(db_.get(), "SELECT topic FROM v_activities WHERE label = 'Chăm sóc sức khỏe'"), "moi_truong");
  EXPECT_EQ(QueryText(db_.get(), "SELECT amount_vnd FROM v_budgets"), "12000000");
}

TEST_F(CorrectionsTest, RefusesWhatIsNotACorrection) {
  auto code = [this](CorrectionRequest r) { return AddCorrection(db_.get(), r).status().code(); };
  EXPECT_EQ(code(Set("Chăm sóc sức khỏe", "participants", "1.621")), Status::Code::kInvalidInput);
  EXPECT_EQ(code(Set("Chăm sóc sức khỏe", "participants", "-3")), Status::Code::kInvalidInput);
  EXPECT_EQ(code(Set("Chăm sóc sức khỏe", "participans", "3")), Status::Code::kInvalidInput);
  EXPECT_EQ(code(Set("Chăm sóc sức khỏe", "amount_vnd", "3")), Status::Code::kInvalidInput);
  EXPECT_EQ(code(Set("Chăm sóc sức khỏe", "topic", "bong_da")), Status::Code::kInvalidInput);
  EXPECT_EQ(code(Set("Chăm sóc sức khỏe", "period", "năm 2024")), Status::Code::kInvalidInput);
  CorrectionRequest no_note = Set("Chăm sóc sức khỏe", "participants", "3");
  no_note.note.clear();
  EXPECT_EQ(code(no_note), Status::Code::kInvalidInput);
  CorrectionRequest check;
  check.record_id = std::stoll(QueryText(db_.get(), "SELECT id FROM records WHERE type = 'check'"));
  check.field = "message";
  check.value = "x";
  check.note = "n";
  check.author = "lan";
  EXPECT_EQ(code(check), Status::Code::kInvalidInput);
  CorrectionRequest missing = Set("Chăm sóc sức khỏe", "participants", "3");
  missing.record_id = 999999;
  EXPECT_EQ(code(missing), Status::Code::kNotFound);
  EXPECT_EQ(QueryText(db_.get(), "SELECT COUNT(*) FROM corrections"), "0");
}

TEST_F(CorrectionsTest, SeveralAtOnceAreAllOrNothing) {
  std::vector<CorrectionRequest> both = {Set("Chăm sóc sức khỏe", "participants", "110"),
                                         Set("Chăm sóc sức khỏe", "classes", "two")};
  EXPECT_FALSE(AddCorrections(db_.get(), both).ok());
  EXPECT_EQ(QueryText(db_.get(), "SELECT COUNT(*) FROM corrections"), "0");
  both[1].value = "3";
  Result<std::vector<std::int64_t>> ids = AddCorrections(db_.get(), both);
  ASSERT_TRUE(ids.ok());
  EXPECT_EQ(ids.value().size(), 2u);
}

TEST_F(CorrectionsTest, ApplyCorrectionsWritesTheValuesIntoARecord) {
  ASSERT_TRUE(AddCorrection(db_.get(), Set("Chăm sóc sức khỏe", "participants", "110")).ok());
  ASSERT_TRUE(AddCorrection(db_.get(), Set("Chăm sóc sức khỏe", "female", "null")).ok());
  Result<std::map<std::int64_t, RecordCorrections>> by_record = CorrectionsByRecord(db_.get(), document_);
  ASSERT_TRUE(by_record.ok());
  ASSERT_EQ(by_record.value().size(), 1u);
  Record r = Activity("suc_khoe", "Chăm sóc sức khỏe", 2, 100, 60);
  ApplyCorrections(by_record.value().begin()->second, &r);
  EXPECT_EQ(r.participants, 110);
  EXPECT_FALSE(r.female.has_value());
  EXPECT_EQ(r.classes, 2);
}

TEST_F(CorrectionsTest, SupersededVersionsLeaveTheViews) {
  // A corrected report from the same commune (same issuer, type, period and
  // reference) supersedes the first: the views show the new one only.
  Result<std::int64_t> v2 = db_->AddDocument(
      run(), Ex(Doc("binh-minh-v2.docx", "b2", "UBND xã Bình Minh", "Bình Minh", "Sông Lam", "5/BC-UBND"),
                {Activity("suc_khoe", "Chăm sóc sức khỏe", 2, 120, 60)}),
      "{}");
  ASSERT_TRUE(v2.ok()) << v2.status().reason();
  EXPECT_EQ(QueryText(db_.get(), "SELECT COUNT(*) FROM v_activities"), "1");
  EXPECT_EQ(Participants("Chăm sóc sức khỏe"), "120");
}

}  // namespace
}  // namespace baocao
