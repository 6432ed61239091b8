// Fixtures for the analyst's-desk tests: a fresh database per test, small
// extractions written in the test, a stand-in for a re-extraction that
// writes records anew, and reading an entry of a zip (XLSX, DOCX) back.
#ifndef BAOCAO_TESTS_DESK_DESK_FIXTURES_H_
#define BAOCAO_TESTS_DESK_DESK_FIXTURES_H_

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <zip.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "extractors/record.h"
#include "store/database.h"
#include "tests/support/temp_dir.h"

namespace baocao::testing {

// A test with its own empty database, `db_`, in a temporary directory.
class FreshDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.ok());
    Result<std::unique_ptr<Database>> db = Database::Open(dir_.Path("t.db"));
    ASSERT_TRUE(db.ok()) << db.status().reason();
    db_ = std::move(db).value();
  }

  TempDir dir_;
  std::unique_ptr<Database> db_;
};

inline DocumentInfo Doc(const std::string& file, const std::string& sha256, const std::string& issuer,
                        std::optional<std::string> commune, std::optional<std::string> district,
                        const std::string& ref) {
  DocumentInfo d;
  d.file = file;
  d.sha256 = sha256;
  d.format = "docx";
  d.doc_type = "bao_cao";
  d.ref = ref;
  d.issued = "2024-12-20";
  d.title = "Kết quả hoạt động Trung tâm học tập cộng đồng năm 2024";
  d.issuer = issuer;
  d.commune = std::move(commune);
  d.district = std::move(district);
  return d;
}

inline Record Activity(const std::string& topic, const std::string& label, std::optional<std::int64_t> classes,
                       std::optional<std::int64_t> participants, std::optional<std::int64_t> female,
                       const std::string& period = "2024") {
  Record r;
  r.type = RecordType::kActivity;
  r.status = "actual";
  r.period = period;
  r.topic = topic;
  r.label = label;
  r.classes = classes;
  r.participants = participants;
  r.female = female;
  r.source = {std::nullopt, 3, 1, label + " | " + (participants ? std::to_string(*participants) : ""), std::nullopt, std::nullopt};
  r.rule = "table.activity";
  return r;
}

inline Record Budget(const std::string& category, const std::string& label, std::int64_t amount,
                     const std::string& period = "2024") {
  Record r;
  r.type = RecordType::kBudget;
  r.status = "actual";
  r.period = period;
  r.category = category;
  r.label = label;
  r.amount_vnd = amount;
  r.source = {std::nullopt, 7, std::nullopt, label + ": " + std::to_string(amount) + " đồng", std::nullopt, std::nullopt};
  r.rule = "budget." + category;
  return r;
}

inline Record Check(const std::string& rule, std::vector<int> refs, const std::string& message) {
  Record r;
  r.type = RecordType::kCheck;
  r.severity = "error";
  r.rule = rule;
  r.message = message;
  r.refs = std::move(refs);
  r.source = {std::nullopt, 3, 1, "…", std::nullopt, std::nullopt};
  return r;
}

inline Extraction Ex(DocumentInfo d, std::vector<Record> records) {
  Extraction e;
  e.document = std::move(d);
  e.records = std::move(records);
  e.rules_version = "test-1";
  return e;
}

inline bool Exec(Database* db, const std::string& sql) {
  return sqlite3_exec(db->handle(), sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

inline std::string QueryText(Database* db, const std::string& sql) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db->handle(), sql.c_str(), -1, &st, nullptr) != SQLITE_OK) return "<error>";
  std::string out;
  int rc = sqlite3_step(st);
  if (rc == SQLITE_ROW) {
    const unsigned char* text = sqlite3_column_text(st, 0);
    out = text == nullptr ? "NULL" : reinterpret_cast<const char*>(text);
  } else if (rc != SQLITE_DONE) {
    out = "<error>";
  }
  sqlite3_finalize(st);
  return out;
}

// What a re-extraction that writes records anew does: the document's
// records (with provenance and check refs) deleted and inserted again under
// new ids, with the same values.
inline bool RewriteRecords(Database* db, std::int64_t document_id) {
  std::string d = std::to_string(document_id);
  return Exec(db,
              "CREATE TEMP TABLE IF NOT EXISTS old_records AS SELECT * FROM records WHERE 0;"
              "CREATE TEMP TABLE IF NOT EXISTS old_provenance AS SELECT * FROM provenance WHERE 0;"
              "CREATE TEMP TABLE IF NOT EXISTS old_refs AS SELECT * FROM check_refs WHERE 0;"
              "DELETE FROM old_records; DELETE FROM old_provenance; DELETE FROM old_refs;"
              "INSERT INTO old_records SELECT * FROM records WHERE document_id = " + d + ";"
              "INSERT INTO old_provenance SELECT p.* FROM provenance p JOIN records r ON r.id = p.record_id"
              " WHERE r.document_id = " + d + ";"
              "INSERT INTO old_refs SELECT c.* FROM check_refs c JOIN records r ON r.id = c.check_id"
              " WHERE r.document_id = " + d + ";"
              "DELETE FROM records WHERE document_id = " + d + ";"
              "UPDATE old_records SET id = id + 100000; UPDATE old_provenance SET record_id = record_id + 100000;"
              "UPDATE old_refs SET check_id = check_id + 100000;"
              "INSERT INTO records SELECT * FROM old_records; INSERT INTO provenance SELECT * FROM old_provenance;"
              "INSERT INTO check_refs SELECT * FROM old_refs;");
}

// The bytes of entry `name` of the zip file at `path`; nullopt when absent.
inline std::optional<std::string> ZipEntryText(const std::string& path, const std::string& name) {
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (z == nullptr) return std::nullopt;
  std::optional<std::string> out;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(z, name.c_str(), 0, &st) == 0) {
    zip_file_t* f = zip_fopen(z, name.c_str(), 0);
    if (f != nullptr) {
      std::string data(static_cast<std::size_t>(st.size), '\0');
      zip_int64_t got = zip_fread(f, data.data(), st.size);
      zip_fclose(f);
      if (got == static_cast<zip_int64_t>(st.size)) out = std::move(data);
    }
  }
  zip_close(z);
  return out;
}

}  // namespace baocao::testing

#endif  // BAOCAO_TESTS_DESK_DESK_FIXTURES_H_
