// SQL, the views and CSV agree with the record schema: a record with every
// field set is stored and read back equal; every field has its column in
// v_records and in the CSV header.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <set>
#include <sstream>
#include <string>

#include "desk/export.h"
#include "extractors/record_schema.h"
#include "store/database.h"
#include "tests/support/full_record.h"
#include "tests/support/temp_dir.h"

namespace baocao {
namespace {

const RecordType kTypes[] = {RecordType::kActivity, RecordType::kBudget, RecordType::kFigure, RecordType::kCheck};

// The names of a table's or view's columns.
std::set<std::string> ColumnsOf(sqlite3* db, const std::string& table) {
  std::set<std::string> out;
  sqlite3_stmt* st = nullptr;
  std::string sql = "SELECT name FROM pragma_table_info('" + table + "')";
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) return out;
  while (sqlite3_step(st) == SQLITE_ROW) out.insert(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
  sqlite3_finalize(st);
  return out;
}

// v_records and CSV name the record's commune and source text apart from
// the document's.
std::string ViewColumn(const RecordField& f) {
  if (f.name == "commune") return "record_commune";
  if (f.name == "text") return "source_text";
  return std::string(f.name);
}

class SchemaAgreementTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.ok());
    Result<std::unique_ptr<Database>> db = Database::Open(dir_.Path("s.db"));
    ASSERT_TRUE(db.ok()) << db.status().reason();
    db_ = std::move(db).value();
    full_.document = testing::FullDocument();
    full_.rules_version = "rules-2026.12.1";
    for (RecordType t : kTypes) full_.records.push_back(testing::FullRecord(t));
    Result<std::int64_t> run = db_->BeginRun("r1");
    ASSERT_TRUE(run.ok());
    ASSERT_TRUE(db_->AddDocument(run.value(), full_, R"({"blocks":[]})").ok());
  }

  testing::TempDir dir_;
  std::unique_ptr<Database> db_;
  Extraction full_;
};

TEST_F(SchemaAgreementTest, EveryFieldIsStoredAndReadBack) {
  Result<std::vector<Extraction>> loaded = db_->LoadExtractions();
  ASSERT_TRUE(loaded.ok()) << loaded.status().reason();
  ASSERT_EQ(loaded.value().size(), 1u);
  const Extraction& got = loaded.value()[0];
  EXPECT_EQ(got.rules_version, full_.rules_version);
  for (const DocumentField& f : DocumentFields())
    EXPECT_TRUE(f.Get(got.document) == f.Get(full_.document)) << "document." << f.name;
  ASSERT_EQ(got.records.size(), full_.records.size());
  for (std::size_t i = 0; i < got.records.size(); ++i) {
    for (const RecordField& f : RecordFields()) {
      if (!f.Carries(full_.records[i].type)) continue;
      EXPECT_TRUE(f.Get(got.records[i]) == f.Get(full_.records[i]))
          << RecordTypeName(full_.records[i].type) << "." << f.name;
    }
  }
}

TEST_F(SchemaAgreementTest, EveryFieldHasItsColumnInTheViewAndTheCsv) {
  std::set<std::string> view = ColumnsOf(db_->handle(), "v_records");
  std::ostringstream csv;
  ASSERT_TRUE(ExportCsv(db_.get(), csv).ok());
  std::string header = csv.str().substr(0, csv.str().find("\r\n"));
  std::set<std::string> csv_columns;
  std::istringstream in(header);
  for (std::string c; std::getline(in, c, ',');) csv_columns.insert(c);
  for (const RecordField& f : RecordFields()) {
    if (f.type == ValueType::kIntList) continue;  // refs live in check_refs
    EXPECT_TRUE(view.count(ViewColumn(f))) << f.name << " missing from v_records";
    EXPECT_TRUE(csv_columns.count(ViewColumn(f))) << f.name << " missing from the CSV header: " << header;
  }
}

}  // namespace
}  // namespace baocao
