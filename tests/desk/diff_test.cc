// The diff: exactly the changed figures, nothing for identical extractions,
// checks new and resolved; and the three things it compares.
#include "desk/diff.h"

#include <gtest/gtest.h>

#include "desk/diff_sources.h"
#include "tests/desk/desk_fixtures.h"
#include "tests/support/temp_dir.h"

namespace baocao {
namespace {

using testing::Activity;
using testing::Doc;
using testing::Ex;

Extraction Report(std::int64_t participants_of_health) {
  return Ex(Doc("hong-viet.docx", "h1", "UBND xã Hồng Việt", "Hồng Việt", "Văn Lãng", "98/BC-UBND"),
            {Activity("phap_luat", "Giáo dục pháp luật", 4, 312, 158),
             Activity("suc_khoe", "Chăm sóc sức khỏe phụ nữ", 2, participants_of_health, 151),
             Activity("tong", "Tổng cộng", 6, 312 + participants_of_health, 309)});
}

TEST(DiffExtractionsTest, IdenticalExtractionsGiveNothing) {
  Extraction a = Report(143);
  EXPECT_TRUE(DiffExtractions(&a, &a).empty());
}

TEST(DiffExtractionsTest, ExactlyTheChangedFigures) {
  Extraction before = Report(143);
  Extraction after = Report(153);
  DocumentDiff d = DiffExtractions(&before, &after);
  ASSERT_EQ(d.figures.size(), 2u);
  EXPECT_EQ(d.figures[0].kind, FigureChange::Kind::kChanged);
  EXPECT_EQ(d.figures[0].key.label, "Chăm sóc sức khỏe phụ nữ");
  EXPECT_EQ(d.figures[0].field, "participants");
  EXPECT_EQ(d.figures[0].old_value, "143");
  EXPECT_EQ(d.figures[0].new_value, "153");
  ASSERT_TRUE(d.figures[0].old_source.has_value());
  EXPECT_EQ(d.figures[0].old_source->text, "Chăm sóc sức khỏe phụ nữ | 143");
  EXPECT_EQ(d.figures[0].new_source->text, "Chăm sóc sức khỏe phụ nữ | 153");
  EXPECT_EQ(d.figures[1].key.label, "Tổng cộng");
  EXPECT_EQ(d.figures[1].old_value, "455");
  EXPECT_EQ(d.figures[1].new_value, "465");
  EXPECT_TRUE(d.checks.empty());
}

TEST(DiffExtractionsTest, UnknownAndZeroAreDifferent) {
  Extraction before = Report(143);
  Extraction after = Report(143);
  after.records[0].female = std::nullopt;
  before.records[1].classes = 0;
  DocumentDiff d = DiffExtractions(&before, &after);
  ASSERT_EQ(d.figures.size(), 2u);
  EXPECT_EQ(d.figures[0].field, "female");
  EXPECT_EQ(d.figures[0].new_value, "null");
  EXPECT_EQ(d.figures[1].field, "classes");
  EXPECT_EQ(d.figures[1].old_value, "0");
  EXPECT_EQ(d.figures[1].new_value, "2");
}

TEST(DiffExtractionsTest, AddedRemovedAndAKeyChangeAsBoth) {
  Extraction before = Report(143);
  Extraction after = Report(143);
  after.records[0].topic = "khac";  // a rule now reads another topic
  after.records.push_back(testing::Budget("state", "Ngân sách nhà nước", 5000000));
  DocumentDiff d = DiffExtractions(&before, &after);
  ASSERT_EQ(d.figures.size(), 3u);
  EXPECT_EQ(d.figures[0].kind, FigureChange::Kind::kAdded);
  EXPECT_EQ(d.figures[0].key.topic, "khac");
  EXPECT_EQ(d.figures[0].new_value, "{\"classes\":4,\"participants\":312,\"female\":158,\"cost_vnd\":null}");
  EXPECT_EQ(d.figures[1].kind, FigureChange::Kind::kAdded);
  EXPECT_EQ(d.figures[1].new_value, "{\"amount_vnd\":5000000}");
  EXPECT_EQ(d.figures[2].kind, FigureChange::Kind::kRemoved);
  EXPECT_EQ(d.figures[2].key.topic, "phap_luat");
}

TEST(DiffExtractionsTest, RepeatedLabelsMatchInOrder) {
  Extraction before = Ex(Doc("x.docx", "x", "UBND xã X", "X", std::nullopt, "1/BC"),
                         {Activity("khac", "Khác", 1, 10, 5), Activity("khac", "Khác", 2, 20, 10)});
  Extraction after = before;
  after.records[1].participants = 25;
  DocumentDiff d = DiffExtractions(&before, &after);
  ASSERT_EQ(d.figures.size(), 1u);
  EXPECT_EQ(d.figures[0].key.occurrence, 1);
  EXPECT_EQ(d.figures[0].new_value, "25");
}

TEST(DiffExtractionsTest, ChecksNewAndResolved) {
  Extraction before = Report(143);
  before.records.push_back(testing::Check("female-exceeds-total", {1}, "151 nữ trên 143 người"));
  Extraction after = Report(153);
  after.records.push_back(testing::Check("sum-mismatch", {2, 0, 1}, "tổng không khớp"));
  DocumentDiff d = DiffExtractions(&before, &after);
  ASSERT_EQ(d.checks.size(), 2u);
  EXPECT_EQ(d.checks[0].kind, CheckChange::Kind::kNew);
  EXPECT_EQ(d.checks[0].rule, "sum-mismatch");
  EXPECT_EQ(d.checks[1].kind, CheckChange::Kind::kResolved);
  EXPECT_EQ(d.checks[1].rule, "female-exceeds-total");
  ASSERT_EQ(d.checks[1].about.size(), 1u);
  EXPECT_EQ(d.checks[1].about[0], "Chăm sóc sức khỏe phụ nữ");
}

TEST(DiffExtractionsTest, DocumentFieldsAndOneSidedDocuments) {
  Extraction before = Report(143);
  Extraction after = Report(143);
  after.document.commune = "Hồng Việt Mới";
  DocumentDiff d = DiffExtractions(&before, &after);
  ASSERT_EQ(d.figures.size(), 1u);
  EXPECT_EQ(d.figures[0].key.type, "document");
  EXPECT_EQ(d.figures[0].field, "commune");
  DocumentDiff added = DiffExtractions(nullptr, &after);
  EXPECT_EQ(added.figures.size(), 3u);
  for (const FigureChange& c : added.figures) EXPECT_EQ(c.kind, FigureChange::Kind::kAdded);
}

class DiffSourcesTest : public testing::FreshDatabaseTest {
 protected:
  std::int64_t Load(const Extraction& e) {
    std::int64_t run = db_->BeginRun("test-1").value();
    Result<std::int64_t> id = db_->AddDocument(run, e, "{}");
    EXPECT_TRUE(id.ok()) << id.status().reason();
    return id.ok() ? id.value() : 0;
  }
};

TEST_F(DiffSourcesTest, ACorrectedVersionAgainstThePreviousOne) {
  std::int64_t v1 = Load(Report(143));
  Extraction corrected = Report(153);
  corrected.document.sha256 = "h2";
  corrected.document.file = "hong-viet-sua.docx";
  std::int64_t v2 = Load(corrected);
  Result<Diff> d = DiffDocumentVersion(db_.get(), v2);
  ASSERT_TRUE(d.ok()) << d.status().reason();
  ASSERT_EQ(d.value().documents.size(), 1u);
  EXPECT_EQ(d.value().documents[0].old_id, v1);
  EXPECT_EQ(d.value().documents[0].figures.size(), 2u);
  EXPECT_EQ(DiffDocumentVersion(db_.get(), v1).status().code(), Status::Code::kNotFound);
}

TEST_F(DiffSourcesTest, RunsAsTheStoreStoodAfterEach) {
  Load(Report(143));  // run 1
  Extraction corrected = Report(153);
  corrected.document.sha256 = "h2";
  Load(corrected);  // run 2: a new version
  Extraction other = Ex(Doc("an-phu.docx", "a1", "UBND xã An Phú", "An Phú", "Văn Lãng", "3/BC-UBND"),
                        {Activity("kinh_te", "Chăn nuôi", 1, 40, 10)});
  Load(other);  // run 3: a new report
  Result<Diff> same = DiffRuns(db_.get(), 2, 2);
  ASSERT_TRUE(same.ok());
  EXPECT_TRUE(same.value().empty());
  Result<Diff> d12 = DiffRuns(db_.get(), 1, 2);
  ASSERT_TRUE(d12.ok());
  ASSERT_EQ(d12.value().documents.size(), 1u);
  EXPECT_EQ(d12.value().documents[0].figures.size(), 2u);
  Result<Diff> d23 = DiffRuns(db_.get(), 2, 3);
  ASSERT_TRUE(d23.ok());
  ASSERT_EQ(d23.value().documents.size(), 1u);
  EXPECT_EQ(d23.value().documents[0].new_file, "an-phu.docx");
  EXPECT_EQ(d23.value().documents[0].figures[0].kind, FigureChange::Kind::kAdded);
  EXPECT_EQ(DiffRuns(db_.get(), 1, 99).status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace baocao
