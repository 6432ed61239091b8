// What an in-place re-extraction replaced is kept (schema version 4): the
// review page's "Changes since run N" and `diff --run A --run B` read it.
#include "store/extraction_history.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <vector>

#include "desk/diff_sources.h"
#include "store/replace_extraction.h"
#include "store/schema.h"
#include "store/stored_document.h"
#include "tests/desk/desk_fixtures.h"
#include "tests/support/temp_dir.h"

namespace baocao {
namespace {

using testing::Activity;
using testing::Doc;
using testing::Ex;

Extraction Report(std::int64_t participants_of_health, const std::string& rules_version = "test-1") {
  Extraction e = Ex(Doc("hong-viet.docx", "h1", "UBND xã Hồng Việt", "Hồng Việt", "Văn Lãng", "98/BC-UBND"),
                    {Activity("phap_luat", "Giáo dục pháp luật", 4, 312, 158),
                     Activity("suc_khoe", "Chăm sóc sức khỏe phụ nữ", 2, participants_of_health, 151)});
  e.rules_version = rules_version;
  return e;
}

class ExtractionHistoryTest : public testing::FreshDatabaseTest {
 protected:
  void SetUp() override {
    FreshDatabaseTest::SetUp();
    std::int64_t run = db_->BeginRun("test-1").value();  // run 1
    Result<std::int64_t> id = db_->AddDocument(run, Report(143), "{}");
    ASSERT_TRUE(id.ok()) << id.status().reason();
    id_ = id.value();
  }

  // What `baocao reextract` does to the document with rules that now read
  // `participants` for the health row; returns the run.
  std::int64_t Reextract(std::int64_t participants, const std::string& rules_version) {
    std::int64_t run = db_->BeginRun(rules_version).value();
    Result<StoredDocument> before = LoadStoredDocument(db_.get(), id_);
    EXPECT_TRUE(before.ok());
    Status s = ReplaceExtraction(db_.get(), run, before.value(), Report(participants, rules_version));
    EXPECT_TRUE(s.ok()) << s.reason();
    return run;
  }

  std::int64_t id_ = 0;
};

TEST_F(ExtractionHistoryTest, AReExtractionThatChangesKeepsWhatItReplaced) {
  std::int64_t run2 = Reextract(153, "test-2");
  Result<std::optional<ReplacedExtraction>> last = LastReplacement(db_.get(), id_);
  ASSERT_TRUE(last.ok()) << last.status().reason();
  ASSERT_TRUE(last.value().has_value());
  EXPECT_EQ(last.value()->run_id, run2);
  EXPECT_EQ(last.value()->since_run, 1);  // the run that loaded it
  EXPECT_EQ(last.value()->extraction.rules_version, "test-1");
  EXPECT_EQ(ExtractionJsonLines(last.value()->extraction), ExtractionJsonLines(Report(143)));

  // A second re-extraction: its replaced records are those run 2 wrote.
  std::int64_t run3 = Reextract(160, "test-3");
  last = LastReplacement(db_.get(), id_);
  ASSERT_TRUE(last.ok() && last.value().has_value());
  EXPECT_EQ(last.value()->run_id, run3);
  EXPECT_EQ(last.value()->since_run, run2);
  EXPECT_EQ(last.value()->extraction.records[1].participants, 153);
  // What the document held after each run.
  EXPECT_EQ(FirstReplacementAfter(db_.get(), id_, 1).value()->extraction.records[1].participants, 143);
  EXPECT_EQ(FirstReplacementAfter(db_.get(), id_, run2).value()->extraction.records[1].participants, 153);
  EXPECT_FALSE(FirstReplacementAfter(db_.get(), id_, run3).value().has_value());
}

TEST_F(ExtractionHistoryTest, AReExtractionThatChangesNothingKeepsNothing) {
  Reextract(143, "test-2");  // new rules version, same records
  EXPECT_FALSE(LastReplacement(db_.get(), id_).value().has_value());
  Result<std::optional<Diff>> d = DiffLastReextraction(db_.get(), id_);
  ASSERT_TRUE(d.ok());
  EXPECT_FALSE(d.value().has_value());
  EXPECT_EQ(LoadStoredDocumentInfo(db_.get(), id_).value().rules_version, "test-2");
}

TEST_F(ExtractionHistoryTest, TheLastReExtractionAsADiffSinceTheRunBefore) {
  std::int64_t run2 = Reextract(153, "test-2");
  Result<std::optional<Diff>> d = DiffLastReextraction(db_.get(), id_);
  ASSERT_TRUE(d.ok()) << d.status().reason();
  ASSERT_TRUE(d.value().has_value());
  EXPECT_EQ(d.value()->old_label, "run 1");
  EXPECT_EQ(d.value()->new_label, "run " + std::to_string(run2));
  ASSERT_EQ(d.value()->documents.size(), 1u);
  ASSERT_EQ(d.value()->documents[0].figures.size(), 1u);
  EXPECT_EQ(d.value()->documents[0].figures[0].field, "participants");
  EXPECT_EQ(d.value()->documents[0].figures[0].old_value, "143");
  EXPECT_EQ(d.value()->documents[0].figures[0].new_value, "153");
}

TEST_F(ExtractionHistoryTest, RunsCompareTheRecordsAsTheyStoodAfterEach) {
  std::int64_t run2 = Reextract(153, "test-2");
  Result<Diff> forward = DiffRuns(db_.get(), 1, run2);
  ASSERT_TRUE(forward.ok()) << forward.status().reason();
  ASSERT_EQ(forward.value().documents.size(), 1u);
  ASSERT_EQ(forward.value().documents[0].figures.size(), 1u);
  EXPECT_EQ(forward.value().documents[0].figures[0].old_value, "143");
  EXPECT_EQ(forward.value().documents[0].figures[0].new_value, "153");
  Result<Diff> backward = DiffRuns(db_.get(), run2, 1);
  ASSERT_TRUE(backward.ok());
  ASSERT_EQ(backward.value().documents.size(), 1u);
  EXPECT_EQ(backward.value().documents[0].figures[0].new_value, "143");
  // A later run that did not touch it: nothing changed since run 2.
  std::int64_t run3 = db_->BeginRun("test-2").value();
  EXPECT_TRUE(DiffRuns(db_.get(), run2, run3).value().empty());
  EXPECT_TRUE(DiffRuns(db_.get(), 1, 1).value().empty());
}

TEST(ExtractionHistoryMigrationTest, AVersionThreeDatabaseGainsTheTable) {
  testing::TempDir dir;
  ASSERT_TRUE(dir.ok());
  std::string path = dir.Path("v3.db");
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
    std::vector<Migration> to_three(Migrations().begin(), Migrations().begin() + 3);
    ASSERT_EQ(to_three.back().version, 3);
    Status s = MigrateWith(raw, to_three);
    sqlite3_close(raw);
    ASSERT_TRUE(s.ok()) << s.reason();
  }
  Result<std::unique_ptr<Database>> db = Database::Open(path);
  ASSERT_TRUE(db.ok()) << db.status().reason();
  // Migrated to the newest version, whatever it is now.
  EXPECT_GE(Database::SchemaVersion(), 4);
  EXPECT_EQ(testing::QueryText(db.value().get(), "PRAGMA user_version"),
            std::to_string(Database::SchemaVersion()));
  EXPECT_EQ(testing::QueryText(db.value().get(), "SELECT COUNT(*) FROM replaced_extractions"), "0");
  EXPECT_FALSE(LastReplacement(db.value().get(), 1).value().has_value());
}

}  // namespace
}  // namespace baocao
