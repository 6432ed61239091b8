// Corrections of a document's metadata (desk/document_corrections.h): set,
// replaced, undone, flagged for review when the extracted value changes,
// and read by v_documents, the record views and the roll-up.
#include "desk/document_corrections.h"

#include <gtest/gtest.h>

#include "desk/rollup.h"
#include "tests/desk/desk_fixtures.h"

namespace baocao {
namespace {

using testing::QueryText;

class DocumentCorrectionsTest : public testing::FreshDatabaseTest {
 protected:
  void SetUp() override {
    FreshDatabaseTest::SetUp();
    Result<std::int64_t> run = db_->BeginRun("test-1");
    ASSERT_TRUE(run.ok());
    Result<std::int64_t> id = db_->AddDocument(
        run.value(),
        testing::Ex(testing::Doc("binh-minh.docx", "b1", "UBND xã Bình Minh", "Bình Minh", "Sông Lam", "5/BC-UBND"),
                    {testing::Activity("suc_khoe", "Chăm sóc sức khỏe", 2, 100, 60)}),
        "{}");
    ASSERT_TRUE(id.ok()) << id.status().reason();
    doc_ = id.value();
  }

  Status Set(const std::string& field, const std::string& value, CorrectionAction action = CorrectionAction::kSet) {
    DocumentCorrectionRequest r;
    r.document_id = doc_;
    r.action = action;
    r.field = field;
    r.value = value;
    r.author = "lan";
    return AddDocumentCorrection(db_.get(), r).status();
  }

  std::string Rolled() {
    RollupOptions o;
    o.period = "2024";
    Result<Rollup> r = ComputeRollup(db_.get(), o);
    EXPECT_TRUE(r.ok()) << r.status().reason();
    std::string out;
    if (r.ok()) {
      for (const RollupRow& row : r.value().rows) {
        if (row.reported) out += row.commune + "/" + row.district.value_or("-") + " ";
      }
    }
    return out;
  }

  std::int64_t doc_ = 0;
};

TEST_F(DocumentCorrectionsTest, ASetCommuneMovesTheRecordsAndTheRollupAndAnUndoMovesThemBack) {
  EXPECT_EQ(Rolled(), "Bình Minh/Sông Lam ");
  ASSERT_TRUE(Set("commune", "Tân Lập").ok());
  ASSERT_TRUE(Set("district", "Nam Đông").ok());
  EXPECT_EQ(QueryText(db_.get(), "SELECT commune FROM v_activities"), "Tân Lập");
  EXPECT_EQ(QueryText(db_.get(), "SELECT district FROM v_records"), "Nam Đông");
  EXPECT_EQ(QueryText(db_.get(), "SELECT corrected FROM v_documents"), "1");
  EXPECT_EQ(QueryText(db_.get(), "SELECT commune FROM documents"), "Bình Minh") << "the extraction is kept";
  EXPECT_EQ(Rolled(), "Tân Lập/Nam Đông ");
  ASSERT_TRUE(Set("commune", "", CorrectionAction::kUndo).ok());
  EXPECT_EQ(Rolled(), "Bình Minh/Nam Đông ");
  EXPECT_EQ(QueryText(db_.get(), "SELECT group_concat(state, ',') FROM v_document_corrections"),
            "replaced,active,undone");
  EXPECT_EQ(Set("commune", "", CorrectionAction::kUndo).code(), Status::Code::kInvalidInput) << "nothing to undo";
}

TEST_F(DocumentCorrectionsTest, NullClearsAndAChangedExtractionIsFlaggedButStillApplied) {
  ASSERT_TRUE(Set("issuer", "null").ok());
  EXPECT_EQ(QueryText(db_.get(), "SELECT issuer IS NULL FROM v_documents"), "1");
  ASSERT_TRUE(Set("ref", "157/BC-UBND").ok());
  ASSERT_TRUE(testing::Exec(db_.get(), "UPDATE documents SET ref = '6/BC-UBND'"));  // a re-extraction read it anew
  Result<std::vector<DocumentCorrection>> list = ListDocumentCorrections(db_.get(), doc_, false);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list.value().size(), 2u);
  EXPECT_EQ(list.value()[1].state, "review");
  EXPECT_EQ(list.value()[1].extracted, "5/BC-UBND");
  EXPECT_EQ(list.value()[1].current, "6/BC-UBND");
  EXPECT_EQ(QueryText(db_.get(), "SELECT ref FROM v_documents"), "157/BC-UBND");
  DocumentInfo d;
  d.issuer = "x";
  ApplyDocumentCorrections(list.value(), &d);
  EXPECT_FALSE(d.issuer.has_value());
  EXPECT_EQ(d.ref.value_or(""), "157/BC-UBND");
}

TEST_F(DocumentCorrectionsTest, FieldsAndValuesAreChecked) {
  EXPECT_TRUE(Set("issued", "2024-02-29").ok()) << "a leap day";
  EXPECT_TRUE(Set("issued", "2024-12").ok());
  EXPECT_TRUE(Set("doc_type", "ke_hoach").ok());
  for (const char* bad : {"2025-02-29", "2024-04-31", "2024-13", "24-12-20", "20/12/2024", "", "2024-12-20T00"}) {
    Status s = Set("issued", bad);
    EXPECT_EQ(s.code(), Status::Code::kInvalidInput) << bad;
    EXPECT_NE(s.reason().find("issued="), std::string::npos) << s.reason();
  }
  EXPECT_EQ(Set("doc_type", "null").code(), Status::Code::kInvalidInput);
  EXPECT_EQ(Set("doc_type", "bien_ban").code(), Status::Code::kInvalidInput);
  EXPECT_EQ(Set("title", "hai\ndòng").code(), Status::Code::kInvalidInput);
  EXPECT_EQ(Set("file", "x.docx").code(), Status::Code::kInvalidInput) << "not metadata";
  EXPECT_EQ(Set("sha256", "00").code(), Status::Code::kInvalidInput);
  DocumentCorrectionRequest unknown;
  unknown.document_id = 4242;
  unknown.field = "commune";
  unknown.value = "X";
  unknown.author = "lan";
  EXPECT_EQ(AddDocumentCorrection(db_.get(), unknown).status().code(), Status::Code::kNotFound);
  unknown.document_id = doc_;
  unknown.author = "";
  EXPECT_EQ(AddDocumentCorrection(db_.get(), unknown).status().code(), Status::Code::kInvalidInput);
  EXPECT_EQ(QueryText(db_.get(), "SELECT COUNT(*) FROM document_corrections"), "3");
}

}  // namespace
}  // namespace baocao
