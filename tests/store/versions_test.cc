// Versions of a report (schema version 2): the document period, the
// matching rules, supersession in exports, the backfill of documents stored
// by schema version 1, and the run account's new columns.
#include "desk/export.h"
#include "store/versions.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <sstream>

#include "extractors/record_json.h"
#include "store/database.h"
#include "store/schema.h"
#include "tests/support/temp_dir.h"

namespace baocao {
namespace {

Record Activity(const std::string& status, const std::string& period) {
  Record r;
  r.type = RecordType::kActivity;
  r.status = status;
  r.period = period;
  r.label = "Chuyên đề giáo dục pháp luật";
  r.classes = 4;
  r.participants = 210;
  r.source.block = 7;
  r.source.text = "Tổ chức 4 lớp chuyên đề giáo dục pháp luật với 210 lượt người";
  r.rule = "prose.activity";
  return r;
}

Extraction Report(const std::string& sha, const std::string& file, const std::string& ref,
                  const std::string& issued, int participants = 210) {
  Extraction e;
  e.rules_version = "r1";
  e.document.file = file;
  e.document.sha256 = sha;
  e.document.format = "docx";
  e.document.doc_type = "bao_cao";
  e.document.ref = ref;
  e.document.issued = issued;
  e.document.title = "Kết quả hoạt động Trung tâm học tập cộng đồng năm 2024";
  e.document.issuer = "TTHTCĐ xã Yên Lạc";
  e.document.commune = "Yên Lạc";
  Record r = Activity("actual", "2024");
  r.participants = participants;
  e.records.push_back(r);
  return e;
}

TEST(DocumentPeriodTest, FromTheRecordsOfTheDocumentsOwnStatus) {
  Extraction e = Report("a", "x.docx", "1/BC", "2024-12-20");
  e.records = {Activity("actual", "2024"), Activity("actual", "2024"), Activity("plan", "2025"),
               Activity("plan", "2025"), Activity("plan", "2025")};
  EXPECT_EQ(DocumentPeriod(e), "2024") << "a báo cáo is about what was done";
  e.document.doc_type = "ke_hoach";
  EXPECT_EQ(DocumentPeriod(e), "2025") << "a kế hoạch is about what is planned";
}

TEST(DocumentPeriodTest, MonthsCountAsTheirYearHalfYearsAndSchoolYearsStay) {
  Extraction e = Report("a", "x.docx", "1/KH", "2025-01-08");
  e.document.doc_type = "ke_hoach";
  e.records = {Activity("plan", "2025-01"), Activity("plan", "2025-03"), Activity("plan", "2025-04/2025-06")};
  EXPECT_EQ(DocumentPeriod(e), "2025");
  e.document.doc_type = "bao_cao";
  e.records = {Activity("actual", "2025-01/2025-06"), Activity("actual", "2025-01/2025-06"),
               Activity("actual", "2025-03")};
  EXPECT_EQ(DocumentPeriod(e), "2025-01/2025-06");
  e.records = {Activity("actual", "2023-09/2024-05")};
  EXPECT_EQ(DocumentPeriod(e), "2023-09/2024-05");
}

TEST(DocumentPeriodTest, FallsBackToTheTitleThenTheIssuedYear) {
  Extraction e = Report("a", "x.docx", "1/BC", "2025-06-20");
  e.records.clear();
  e.document.title = "Sơ kết hoạt động 6 tháng đầu năm 2025";
  EXPECT_EQ(DocumentPeriod(e), "2025-01/2025-06");
  e.document.title = "Kết quả hoạt động năm 2024 và phương hướng năm 2025";
  EXPECT_EQ(DocumentPeriod(e), "2025") << "the last year named";
  e.document.title = "Báo cáo kết quả hoạt động";
  EXPECT_EQ(DocumentPeriod(e), "2025") << "the issued year";
  e.document.issued.reset();
  EXPECT_FALSE(DocumentPeriod(e).has_value()) << "unknown stays unknown";
}

TEST(VersionKeyTest, NeedsIssuerPeriodAndAKnownType) {
  DocumentInfo d = Report("a", "x.docx", "12/BC", "2024-12-01").document;
  EXPECT_TRUE(VersionKey(d, "2024").has_value());
  EXPECT_NE(VersionKey(d, "2024"), VersionKey(d, "2023"));
  EXPECT_FALSE(VersionKey(d, std::nullopt).has_value());
  DocumentInfo other = d;
  other.doc_type = "other";
  EXPECT_FALSE(VersionKey(other, "2024").has_value());
  DocumentInfo no_ref = d;
  no_ref.ref.reset();
  EXPECT_NE(VersionKey(no_ref, "2024"), VersionKey(d, "2024"));
  EXPECT_TRUE(VersionKey(no_ref, "2024").has_value()) << "the title stands in for the reference";
}

class VersionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = std::move(Database::Open(dir_.Path("b.db")).value());
    run_ = db_->BeginRun("r1").value();
  }
  DocumentVersion Add(const Extraction& e) {
    Result<DocumentVersion> v = db_->AddDocumentVersion(run_, e, "{}");
    EXPECT_TRUE(v.ok()) << v.status().reason();
    return v.ok() ? v.value() : DocumentVersion{};
  }
  std::string Export(Versions which) {
    std::ostringstream out;
    EXPECT_TRUE(ExportJsonl(db_.get(), out, which).ok());
    return out.str();
  }

  testing::TempDir dir_;
  std::unique_ptr<Database> db_;
  std::int64_t run_ = 0;
};

TEST_F(VersionsTest, ACorrectedReportSupersedesTheOldInExportsAndKeepsIt) {
  DocumentVersion v1 = Add(Report("sha-1", "yen-lac-2024.docx", "12/BC-TTHTCĐ", "2024-12-15", 210));
  DocumentVersion other = Add(Report("sha-2", "tan-hoa.docx", "3/BC-TTHTCĐ", "2024-12-10", 99));
  // A corrected report, renamed by the sender: same issuer, type, period, reference.
  DocumentVersion v2 = Add(Report("sha-3", "yen-lac-2024 (sua).docx", "12/BC-TTHTCĐ", "2024-12-20", 230));
  EXPECT_EQ(v1.version, 1);
  EXPECT_EQ(other.version, 1);
  EXPECT_EQ(v2.version, 2);
  EXPECT_EQ(v2.lineage, v1.id);
  EXPECT_EQ(v2.supersedes, v1.id);
  EXPECT_EQ(v2.period, "2024");

  std::string current = Export(Versions::kCurrent);
  EXPECT_EQ(current.find("\"sha-1\""), std::string::npos) << "the old version is out of the export";
  EXPECT_NE(current.find("\"sha-3\""), std::string::npos);
  EXPECT_NE(current.find("\"participants\":230"), std::string::npos);
  EXPECT_EQ(current.find("\"participants\":210"), std::string::npos);
  std::string all = Export(Versions::kAll);
  EXPECT_NE(all.find("\"sha-1\""), std::string::npos) << "kept for the record and the diff";
  EXPECT_EQ(db_->LoadExtractions(Versions::kCurrent).value().size(), 2u);
  EXPECT_EQ(db_->LoadExtractions().value().size(), 3u);

  std::vector<DocumentVersion> versions = db_->DocumentVersions().value();
  ASSERT_EQ(versions.size(), 3u);
  EXPECT_EQ(versions[0].superseded_by, v2.id);
  EXPECT_FALSE(versions[1].superseded_by.has_value());
  EXPECT_FALSE(versions[2].superseded_by.has_value());
}

TEST_F(VersionsTest, SameFileNameFromTheSameSenderIsANewVersion) {
  DocumentVersion v1 = Add(Report("sha-1", "bao-cao.docx", "12/BC", "2024-12-15"));
  // The sender fixed the reference number's typo: the key differs, the
  // name and the sender do not.
  Extraction fixed = Report("sha-2", "bao-cao.docx", "12/BC", "2024-12-18");
  fixed.document.ref.reset();  // unknown this time: still compatible
  DocumentVersion v2 = Add(fixed);
  EXPECT_EQ(v2.supersedes, v1.id);
  // Same name, same sender, another year: a different report.
  Extraction next_year = Report("sha-3", "bao-cao.docx", "9/BC", "2025-12-15");
  next_year.records = {Activity("actual", "2025")};
  DocumentVersion other = Add(next_year);
  EXPECT_EQ(other.version, 1);
  EXPECT_FALSE(other.supersedes.has_value());
  // Same name from another sender: a different report.
  Extraction elsewhere = Report("sha-4", "bao-cao.docx", "12/BC", "2024-12-15");
  elsewhere.document.issuer = "TTHTCĐ xã Tân Hòa";
  EXPECT_EQ(Add(elsewhere).version, 1);
}

TEST_F(VersionsTest, AnOlderVersionArrivingLateDoesNotSupersedeTheNewer) {
  DocumentVersion newer = Add(Report("sha-new", "a.docx", "12/BC", "2024-12-20", 230));
  DocumentVersion older = Add(Report("sha-old", "b.docx", "12/BC", "2024-12-15", 210));
  EXPECT_EQ(older.version, 2);
  EXPECT_EQ(older.superseded_by, newer.id);
  EXPECT_FALSE(older.supersedes.has_value());
  std::string current = Export(Versions::kCurrent);
  EXPECT_NE(current.find("\"participants\":230"), std::string::npos);
  EXPECT_EQ(current.find("\"participants\":210"), std::string::npos);
}

TEST_F(VersionsTest, AThirdVersionSupersedesTheSecond) {
  DocumentVersion v1 = Add(Report("s1", "a.docx", "12/BC", "2024-12-15"));
  DocumentVersion v2 = Add(Report("s2", "a2.docx", "12/BC", "2024-12-16"));
  DocumentVersion v3 = Add(Report("s3", "a3.docx", "12/BC", "2024-12-17"));
  EXPECT_EQ(v3.version, 3);
  EXPECT_EQ(v3.supersedes, v2.id);
  EXPECT_EQ(v3.lineage, v1.id);
  EXPECT_EQ(db_->LoadExtractions(Versions::kCurrent).value().size(), 1u);
}

TEST(VersionsMigrationTest, DocumentsOfSchemaOneGetTheirVersionsOnOpen) {
  testing::TempDir dir;
  std::string path = dir.Path("old.db");
  {
    // A database as baocao with schema version 1 wrote it.
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
    ASSERT_TRUE(MigrateWith(raw, Migrations().subspan(0, 1)).ok());
    const char* insert =
        "INSERT INTO documents (id, sha256, file, format, ocr, doc_type, ref, issued, issuer, loaded_at)"
        " VALUES (1, 'a', 'x.docx', 'docx', 0, 'bao_cao', '12/BC', '2024-12-15', 'UBND xã Yên Lạc', 't'),"
        "        (2, 'b', 'y.docx', 'docx', 0, 'bao_cao', '12/BC', '2024-12-20', 'UBND xã Yên Lạc', 't');"
        "INSERT INTO records (document_id, ordinal, type, status, period, label, rule)"
        " VALUES (1, 0, 'activity', 'actual', '2024', 'x', 'r'), (2, 0, 'activity', 'actual', '2024', 'x', 'r');"
        "INSERT INTO runs (started, loaded) VALUES ('t', 2);";
    ASSERT_EQ(sqlite3_exec(raw, insert, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
  }
  std::unique_ptr<Database> db = std::move(Database::Open(path).value());
  std::vector<DocumentVersion> v = db->DocumentVersions().value();
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].version, 1);
  EXPECT_EQ(v[0].superseded_by, 2);
  EXPECT_EQ(v[1].version, 2);
  EXPECT_EQ(v[1].period, "2024");
  EXPECT_EQ(db->Runs().value()[0].counts.loaded, 2) << "old runs keep their counts";
  // A new corrected version links to the family.
  Extraction e = Report("c", "z.docx", "12/BC", "2024-12-28");
  e.document.issuer = "UBND xã Yên Lạc";
  Result<DocumentVersion> third = db->AddDocumentVersion(db->BeginRun("r2").value(), e, "{}");
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(third.value().version, 3);
  EXPECT_EQ(third.value().supersedes, 2);
}

TEST(RunEndTest, TheRunEndIsStored) {
  testing::TempDir dir;
  std::unique_ptr<Database> db = std::move(Database::Open(dir.Path("b.db")).value());
  std::int64_t run = db->BeginRun("r").value();
  RunCounts counts;
  counts.loaded = 7;
  counts.files = 12;
  counts.new_versions = 2;
  counts.waiting = 1;
  counts.quarantined = 3;
  RunEnd end;
  end.status = "quarantined";
  end.seconds = 4.5;
  end.jobs = 2;
  end.quarantine_reasons = {{"timeout: converting took longer than 120 s", 1}, {"crashed: signal 11 (SIGSEGV)", 2}};
  ASSERT_TRUE(db->FinishRun(run, counts, end).ok());
  RunInfo info = db->Runs().value()[0];
  EXPECT_EQ(info.counts.files, 12);
  EXPECT_EQ(info.counts.new_versions, 2);
  EXPECT_EQ(info.counts.waiting, 1);
  EXPECT_EQ(info.end.status, "quarantined");
  EXPECT_EQ(info.end.seconds, 4.5);
  EXPECT_EQ(info.end.jobs, 2);
  EXPECT_EQ(info.end.quarantine_reasons, end.quarantine_reasons);
}

TEST(QuarantineRowsTest, AKilledRunsRowIsAdoptedNotRepeated) {
  testing::TempDir dir;
  std::unique_ptr<Database> db = std::move(Database::Open(dir.Path("b.db")).value());
  std::int64_t killed = db->BeginRun("r").value();  // never finished
  ASSERT_TRUE(db->AddQuarantine(killed, "x.docx", "abc", "crashed: signal 11").ok());
  std::int64_t next = db->BeginRun("r").value();
  ASSERT_TRUE(db->AddQuarantine(next, "x.docx", "abc", "crashed: signal 11").ok());
  ASSERT_TRUE(db->FinishRun(next, {}).ok());
  std::vector<Database::QuarantineEntry> rows = db->Quarantined().value();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].run_id, next);
  // A finished run's row is history: a new submission is a new row.
  std::int64_t later = db->BeginRun("r").value();
  ASSERT_TRUE(db->AddQuarantine(later, "x.docx", "abc", "crashed: signal 11").ok());
  EXPECT_EQ(db->Quarantined().value().size(), 2u);
}

}  // namespace
}  // namespace baocao
