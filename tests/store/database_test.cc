#include "desk/export.h"
#include "store/database.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/record_json.h"
#include "store/schema.h"

namespace baocao {
namespace {

using testing::TempDir;

// Runs a query returning one value, as text ("" for NULL, "<error>" on error).
std::string QueryText(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) return "<error>";
  std::string out;
  int rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) {
    const unsigned char* text = sqlite3_column_text(st, 0);
    if (text != nullptr) out = reinterpret_cast<const char*>(text);
  } else if (rc != SQLITE_DONE) {
    out = "<error>";
  }
  sqlite3_finalize(st);
  return out;
}

std::int64_t QueryInt(sqlite3* db, const std::string& sql) {
  return std::stoll("0" + QueryText(db, sql));
}

// A document exercising every record type, nulls next to real zeros, and
// provenance with and without page/row.
Extraction SampleExtraction(const std::string& sha256) {
  Extraction e;
  e.rules_version = "rules-2026.11.1";
  DocumentInfo& d = e.document;
  d.file = "bao-cao-2024.docx";
  d.sha256 = sha256;
  d.format = "docx";
  d.pages = std::nullopt;
  d.ocr = false;
  d.ocr_confidence = std::nullopt;
  d.doc_type = "bao_cao";
  d.ref = "157/BC-UBND";
  d.issued = "2024-12";
  d.title = "Kết quả hoạt động Trung tâm học tập cộng đồng năm 2024";
  d.issuer = std::nullopt;
  d.commune = "Thượng Nhật";
  d.district = "Nam Đông";
  d.province = std::nullopt;

  Record activity;
  activity.type = RecordType::kActivity;
  activity.status = "actual";
  activity.period = "2024";
  activity.topic = "phap_luat";
  activity.label = "Chuyên đề Giáo dục pháp luật";
  activity.classes = 0;  // a stated zero: must stay 0, not become null
  activity.participants = std::nullopt;
  activity.female = 706;
  activity.cost_vnd = 720000;
  activity.audience = "Nhân dân thôn Cầu Hin";
  activity.approx = true;
  activity.source = {2, 5, std::nullopt, "Chuyên đề Giáo dục pháp luật: gần 706 nữ", std::nullopt, std::nullopt};
  activity.rule = "activity-row";

  Record budget;
  budget.type = RecordType::kBudget;
  budget.status = "plan";
  budget.period = "2025-01/2025-06";
  budget.category = "state";
  budget.label = "Tổng kinh phí hỗ trợ từ ngân sách nhà nước";
  budget.amount_vnd = 30800000;
  budget.source = {std::nullopt, 7, 3, "30.800.000 đồng", 1, SourceBox{72, 410.5, 523, 424}};
  budget.rule = "budget-line";

  Record figure;
  figure.type = RecordType::kFigure;
  figure.label = "thôn đạt chuẩn";
  figure.value = 16;
  figure.of = 19;
  figure.unit = "thôn";
  figure.period = "2024";
  figure.source = {1, 2, std::nullopt, "16/19 thôn", std::nullopt, std::nullopt};
  figure.rule = "figure-ratio";

  Record fraction;
  fraction.type = RecordType::kFigure;
  fraction.label = "tỷ lệ";
  fraction.value = 12.5;
  fraction.unit = "%";
  fraction.source = {1, 3, std::nullopt, "12,5%", std::nullopt, std::nullopt};
  fraction.rule = "figure-percent";

  Record check;
  check.type = RecordType::kCheck;
  check.severity = "warning";
  check.message = "female 706 > participants null";
  check.refs = {0, 2};
  check.source = {2, 5, std::nullopt, "Chuyên đề Giáo dục pháp luật: gần 706 nữ", std::nullopt, std::nullopt};
  check.rule = "female-exceeds-total";

  e.records = {activity, budget, figure, fraction, check};
  return e;
}

void ExpectSameDocument(const DocumentInfo& a, const DocumentInfo& b) {
  EXPECT_EQ(a.file, b.file);
  EXPECT_EQ(a.sha256, b.sha256);
  EXPECT_EQ(a.format, b.format);
  EXPECT_EQ(a.pages, b.pages);
  EXPECT_EQ(a.ocr, b.ocr);
  EXPECT_EQ(a.ocr_confidence, b.ocr_confidence);
  EXPECT_EQ(a.doc_type, b.doc_type);
  EXPECT_EQ(a.ref, b.ref);
  EXPECT_EQ(a.issued, b.issued);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.issuer, b.issuer);
  EXPECT_EQ(a.commune, b.commune);
  EXPECT_EQ(a.district, b.district);
  EXPECT_EQ(a.province, b.province);
}

void ExpectSameRecord(const Record& a, const Record& b) {
  SCOPED_TRACE(std::string("record ") + RecordTypeName(a.type) + " " + a.rule);
  EXPECT_EQ(a.type, b.type);
  EXPECT_EQ(a.status, b.status);
  EXPECT_EQ(a.period, b.period);
  EXPECT_EQ(a.label, b.label);
  EXPECT_EQ(a.topic, b.topic);
  EXPECT_EQ(a.organizer, b.organizer);
  EXPECT_EQ(a.classes, b.classes);
  EXPECT_EQ(a.participants, b.participants);
  EXPECT_EQ(a.female, b.female);
  EXPECT_EQ(a.cost_vnd, b.cost_vnd);
  EXPECT_EQ(a.audience, b.audience);
  EXPECT_EQ(a.location, b.location);
  EXPECT_EQ(a.commune, b.commune);
  EXPECT_EQ(a.approx, b.approx);
  EXPECT_EQ(a.category, b.category);
  EXPECT_EQ(a.amount_vnd, b.amount_vnd);
  EXPECT_EQ(a.value, b.value);
  EXPECT_EQ(a.unit, b.unit);
  EXPECT_EQ(a.of, b.of);
  EXPECT_EQ(a.severity, b.severity);
  EXPECT_EQ(a.message, b.message);
  EXPECT_EQ(a.refs, b.refs);
  EXPECT_EQ(a.source.page, b.source.page);
  EXPECT_EQ(a.source.block, b.source.block);
  EXPECT_EQ(a.source.row, b.source.row);
  EXPECT_EQ(a.source.text, b.source.text);
  EXPECT_EQ(a.rule, b.rule);
}

class DatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.ok());
    path_ = dir_.Path("baocao.db");
  }
  std::unique_ptr<Database> OpenOrDie() {
    Result<std::unique_ptr<Database>> db = Database::Open(path_);
    EXPECT_TRUE(db.ok()) << db.status().ToString();
    return db.ok() ? std::move(db).value() : nullptr;
  }

  TempDir dir_;
  std::string path_;
};

TEST_F(DatabaseTest, OpenCreatesSchemaAtCurrentVersion) {
  auto db = OpenOrDie();
  ASSERT_NE(db, nullptr);
  EXPECT_EQ(QueryInt(db->handle(), "PRAGMA user_version"), Database::SchemaVersion());
  for (const char* table : {"runs", "documents", "records", "provenance", "check_refs", "quarantine"}) {
    EXPECT_EQ(QueryInt(db->handle(), std::string("SELECT count(*) FROM sqlite_master WHERE type = "
                                                 "'table' AND name = '") + table + "'"),
              1)
        << table;
  }
  EXPECT_EQ(QueryInt(db->handle(), "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                   "name IN ('records_document', 'documents_sha256')"),
            2);
}

TEST_F(DatabaseTest, ReopenIsIdempotent) {
  {
    auto db = OpenOrDie();
    ASSERT_NE(db, nullptr);
    Result<std::int64_t> run = db->BeginRun("r1");
    ASSERT_TRUE(run.ok());
    ASSERT_TRUE(db->AddDocument(run.value(), SampleExtraction("aa11"), "{}").ok());
  }
  for (int i = 0; i < 2; ++i) {
    auto db = OpenOrDie();
    ASSERT_NE(db, nullptr);
    EXPECT_EQ(QueryInt(db->handle(), "PRAGMA user_version"), Database::SchemaVersion());
    Result<bool> has = db->HasDocument("aa11");
    ASSERT_TRUE(has.ok());
    EXPECT_TRUE(has.value());
    EXPECT_EQ(QueryInt(db->handle(), "SELECT count(*) FROM records"), 5);
  }
}

TEST_F(DatabaseTest, NewerSchemaIsRefused) {
  {
    auto db = OpenOrDie();
    ASSERT_NE(db, nullptr);
    std::string bump = "PRAGMA user_version = " + std::to_string(Database::SchemaVersion() + 1);
    ASSERT_EQ(sqlite3_exec(db->handle(), bump.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
  }
  Result<std::unique_ptr<Database>> db = Database::Open(path_);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), Status::Code::kUnsupported);
  int m = Database::SchemaVersion();
  EXPECT_EQ(db.status().reason(), "database schema version " + std::to_string(m + 1) +
                                      " is newer than this baocao (" + std::to_string(m) +
                                      "); upgrade baocao");
}

TEST_F(DatabaseTest, MigrationsApplyInOrderAndAtomically) {
  auto db = OpenOrDie();
  ASSERT_NE(db, nullptr);
  std::vector<Migration> steps(Migrations().begin(), Migrations().end());
  int base = static_cast<int>(steps.size());
  steps.push_back({base + 1, "ALTER TABLE runs ADD COLUMN note TEXT;"});
  // Depends on the step before it: only works when applied in order.
  steps.push_back({base + 2, "UPDATE runs SET note = 'x'; CREATE TABLE notes (n TEXT);"});
  ASSERT_TRUE(MigrateWith(db->handle(), steps).ok());
  EXPECT_EQ(QueryInt(db->handle(), "PRAGMA user_version"), base + 2);
  EXPECT_EQ(QueryInt(db->handle(), "SELECT count(*) FROM sqlite_master WHERE name = 'notes'"), 1);

  // A failing step leaves the database exactly as it was.
  steps.push_back({base + 3, "CREATE TABLE half (x); SELECT no_such_function();"});
  Status s = MigrateWith(db->handle(), steps);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(QueryInt(db->handle(), "PRAGMA user_version"), base + 2);
  EXPECT_EQ(QueryInt(db->handle(), "SELECT count(*) FROM sqlite_master WHERE name = 'half'"), 0);
}

TEST_F(DatabaseTest, ConnectionSettings) {
  auto db = OpenOrDie();
  ASSERT_NE(db, nullptr);
  EXPECT_EQ(QueryText(db->handle(), "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(QueryInt(db->handle(), "PRAGMA foreign_keys"), 1);
  EXPECT_EQ(QueryInt(db->handle(), "PRAGMA synchronous"), 2);  // FULL
  EXPECT_EQ(QueryInt(db->handle(), "PRAGMA busy_timeout"), 5000);
}

// Two processes opening one new database at the same moment (two nightly
// runs, or a run and an export) both get it: switching a new file to WAL
// answers "database is locked" at once, without SQLite's busy wait, so
// Open waits for it itself. Without that about one round in six failed.
TEST(DatabaseOpenTest, TwoProcessesOpeningANewDatabaseTogetherBothSucceed) {
  TempDir dir;
  for (int round = 0; round < 40; ++round) {
    std::string path = dir.Path("new-" + std::to_string(round) + ".db");
    pid_t children[2];
    for (pid_t& child : children) {
      child = ::fork();
      ASSERT_GE(child, 0);
      if (child == 0) ::_exit(Database::Open(path).ok() ? 0 : 1);
    }
    for (pid_t child : children) {
      int status = 0;
      ASSERT_EQ(::waitpid(child, &status, 0), child);
      EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "round " << round;
    }
    auto db = Database::Open(path);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(QueryText(db.value()->handle(), "PRAGMA journal_mode"), "wal");
  }
}

TEST_F(DatabaseTest, RoundTripThroughJsonl) {
  auto db = OpenOrDie();
  ASSERT_NE(db, nullptr);
  Result<std::int64_t> run = db->BeginRun("rules-2026.11.1");
  ASSERT_TRUE(run.ok());
  Extraction first = SampleExtraction("aa11");
  Extraction second = SampleExtraction("bb22");
  second.document.file = "ke-hoach.pdf";
  second.records.resize(2);
  Result<bool> before = db->HasDocument("aa11");
  ASSERT_TRUE(before.ok());
  EXPECT_FALSE(before.value());
  ASSERT_TRUE(db->AddDocument(run.value(), first, R"({"blocks":[]})").ok());
  ASSERT_TRUE(db->AddDocument(run.value(), second, "{}").ok());

  // Unknowns are NULL in the table and a stated zero is 0.
  EXPECT_EQ(QueryText(db->handle(), "SELECT typeof(classes) || ',' || typeof(participants) FROM "
                                    "records WHERE ordinal = 0 AND document_id = 1"),
            "integer,null");
  EXPECT_EQ(QueryText(db->handle(), "SELECT normalized_json FROM documents WHERE id = 1"),
            R"({"blocks":[]})");

  // Loaded back as values, field by field, in load order.
  Result<std::vector<Extraction>> loaded = db->LoadExtractions();
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  ASSERT_EQ(loaded.value().size(), 2u);
  const Extraction* expected[] = {&first, &second};
  for (std::size_t d = 0; d < 2; ++d) {
    const Extraction& got = loaded.value()[d];
    ExpectSameDocument(got.document, expected[d]->document);
    EXPECT_EQ(got.rules_version, expected[d]->rules_version);
    ASSERT_EQ(got.records.size(), expected[d]->records.size());
    for (std::size_t i = 0; i < got.records.size(); ++i) {
      ExpectSameRecord(got.records[i], expected[d]->records[i]);
    }
  }

  // The JSON Lines export is what `extract` prints for the same files.
  std::string extract_output;
  for (const Extraction* e : expected) {
    extract_output += DocumentToJsonLine(e->document) + "\n";
    for (const Record& r : e->records) extract_output += RecordToJsonLine(r) + "\n";
  }
  std::ostringstream out;
  ASSERT_TRUE(ExportJsonl(db.get(), out).ok());
  EXPECT_EQ(out.str(), extract_output);

  // And it parses back to the same values.
  std::istringstream lines(out.str());
  std::string line;
  std::vector<std::string> all;
  while (std::getline(lines, line)) all.push_back(line);
  ASSERT_EQ(all.size(), 1 + first.records.size() + 1 + second.records.size());
  Result<DocumentInfo> doc = DocumentFromJsonLine(all[0]);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ExpectSameDocument(doc.value(), first.document);
  for (std::size_t i = 0; i < first.records.size(); ++i) {
    Result<Record> r = RecordFromJsonLine(all[1 + i]);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    ExpectSameRecord(r.value(), first.records[i]);
  }
  EXPECT_NE(all[1].find("\"classes\":0"), std::string::npos) << all[1];
  EXPECT_NE(all[1].find("\"participants\":null"), std::string::npos) << all[1];
}

TEST_F(DatabaseTest, DuplicateShaIsRefusedAndWritesNothing) {
  auto db = OpenOrDie();
  ASSERT_NE(db, nullptr);
  Result<std::int64_t> run = db->BeginRun("r1");
  ASSERT_TRUE(run.ok());
  std::string sha(64, 'c');
  ASSERT_TRUE(db->AddDocument(run.value(), SampleExtraction(sha), "{}").ok());
  Extraction again = SampleExtraction(sha);
  again.document.file = "copy.docx";
  Result<std::int64_t> second = db->AddDocument(run.value(), again, "{}");
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), Status::Code::kInvalidInput);
  EXPECT_EQ(second.status().reason(), "already loaded: cccccccccccc");
  EXPECT_EQ(QueryInt(db->handle(), "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(QueryInt(db->handle(), "SELECT count(*) FROM records"), 5);
  EXPECT_EQ(QueryInt(db->handle(), "SELECT count(*) FROM provenance"), 5);
  EXPECT_EQ(QueryInt(db->handle(), "SELECT count(*) FROM check_refs"), 2);
  // The connection is usable afterwards: no transaction left open.
  EXPECT_NE(sqlite3_get_autocommit(db->handle()), 0);
}

TEST_F(DatabaseTest, FailedInsertRollsBack) {
  auto db = OpenOrDie();
  ASSERT_NE(db, nullptr);
  // No run 42: the foreign key refuses the document row.
  Result<std::int64_t> added = db->AddDocument(42, SampleExtraction("dd44"), "{}");
  ASSERT_FALSE(added.ok());
  EXPECT_EQ(added.status().code(), Status::Code::kIoError);
  EXPECT_EQ(added.status().reason().rfind("database: ", 0), 0u) << added.status().reason();
  EXPECT_EQ(QueryInt(db->handle(), "SELECT count(*) FROM documents"), 0);
  EXPECT_NE(sqlite3_get_autocommit(db->handle()), 0);
}

TEST_F(DatabaseTest, RunsAreRecordedWithCounts) {
  auto db = OpenOrDie();
  ASSERT_NE(db, nullptr);
  Result<std::int64_t> first = db->BeginRun("rules-1");
  Result<std::int64_t> second = db->BeginRun("rules-2");
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_NE(first.value(), second.value());
  RunCounts counts{3, 1, 2, 40, 5};
  ASSERT_TRUE(db->FinishRun(first.value(), counts).ok());
  EXPECT_EQ(db->FinishRun(999, counts).code(), Status::Code::kNotFound);

  Result<std::vector<RunInfo>> runs = db->Runs();
  ASSERT_TRUE(runs.ok()) << runs.status().ToString();
  ASSERT_EQ(runs.value().size(), 2u);
  const RunInfo& done = runs.value()[0];
  std::regex iso(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)");
  EXPECT_EQ(done.id, first.value());
  EXPECT_TRUE(std::regex_match(done.started, iso)) << done.started;
  EXPECT_TRUE(std::regex_match(done.finished, iso)) << done.finished;
  EXPECT_EQ(done.rules_version, "rules-1");
  EXPECT_EQ(done.counts.loaded, 3);
  EXPECT_EQ(done.counts.duplicates, 1);
  EXPECT_EQ(done.counts.quarantined, 2);
  EXPECT_EQ(done.counts.records, 40);
  EXPECT_EQ(done.counts.checks, 5);
  const RunInfo& running = runs.value()[1];
  EXPECT_EQ(running.rules_version, "rules-2");
  EXPECT_EQ(running.finished, "");
  EXPECT_EQ(running.counts.loaded, 0);
}

TEST_F(DatabaseTest, QuarantineRow) {
  auto db = OpenOrDie();
  ASSERT_NE(db, nullptr);
  Result<std::int64_t> run = db->BeginRun("r1");
  ASSERT_TRUE(run.ok());
  const std::string reason = "zip bomb: 2.1 GiB uncompressed exceeds the 512 MiB limit";
  ASSERT_TRUE(db->AddQuarantine(run.value(), "bomb.docx", "ee55", reason).ok());
  ASSERT_TRUE(db->AddQuarantine(run.value(), "unreadable.pdf", "", "permission denied").ok());
  EXPECT_EQ(QueryText(db->handle(), "SELECT run_id || '|' || file || '|' || sha256 || '|' || reason "
                                    "FROM quarantine WHERE id = 1"),
            std::to_string(run.value()) + "|bomb.docx|ee55|" + reason);
  EXPECT_EQ(QueryText(db->handle(), "SELECT typeof(sha256) FROM quarantine WHERE id = 2"), "null");
  EXPECT_TRUE(std::regex_match(QueryText(db->handle(), "SELECT at FROM quarantine WHERE id = 1"),
                               std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
}

TEST_F(DatabaseTest, CsvQuotesAndLeavesNullsEmpty) {
  auto db = OpenOrDie();
  ASSERT_NE(db, nullptr);
  Result<std::int64_t> run = db->BeginRun("r1");
  ASSERT_TRUE(run.ok());
  Extraction e = SampleExtraction("ff66");
  e.records[0].label = "Lớp \"A\", khóa 1\nthôn B";
  ASSERT_TRUE(db->AddDocument(run.value(), e, "{}").ok());

  std::ostringstream out;
  ASSERT_TRUE(ExportCsv(db.get(), out).ok());
  std::string csv = out.str();
  EXPECT_EQ(csv.rfind("file,sha256,doc_type,ref,issued,commune,district,province,type,", 0), 0u);
  EXPECT_NE(csv.find(",\"Lớp \"\"A\"\", khóa 1\nthôn B\","), std::string::npos) << csv;
  // The budget row in full: unknowns are empty fields, not 0.
  std::string budget_row =
      "bao-cao-2024.docx,ff66,bao_cao,157/BC-UBND,2024-12,Thượng Nhật,Nam Đông,,"
      "budget,plan,2025-01/2025-06,,Tổng kinh phí hỗ trợ từ ngân sách nhà nước,,,,,,,,,,"
      "state,30800000,,,,,,,7,3,1,\"[72,410.5,523,424]\",30.800.000 đồng,budget-line\r\n";
  EXPECT_NE(csv.find("\r\n" + budget_row), std::string::npos) << csv;
  // Figures: whole numbers without ".0", fractions as they are.
  EXPECT_NE(csv.find(",figure,,2024,,thôn đạt chuẩn,,,,,,,,,false,,,16,thôn,19,"), std::string::npos)
      << csv;
  EXPECT_NE(csv.find(",12.5,%,,"), std::string::npos) << csv;
  // Header plus one row per record (the quoted newline is inside a field).
  std::size_t rows = 0;
  for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) {
    ++rows;
  }
  EXPECT_EQ(rows, 1 + e.records.size());
}

}  // namespace
}  // namespace baocao
