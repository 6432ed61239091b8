// A database for the review-page tests: the committed samples run through
// the pipeline, a corrected version of errors-table.docx, a document with
// hostile text, and an analyst's correction.
#ifndef BAOCAO_TESTS_DESK_REVIEW_FIXTURES_H_
#define BAOCAO_TESTS_DESK_REVIEW_FIXTURES_H_

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>

#include "pipeline/pipeline.h"
#include "desk/corrections.h"
#include "store/database.h"
#include "tests/support/test_support.h"
#include "tests/support/docx_edit.h"

namespace baocao::testing {

// Text a hostile (or merely careless) report could carry.
inline constexpr const char* kHostile = "<script>alert('x')</script><img src=x onerror=alert(1)>\"'&";

// Adds `sample` (a file name under samples/) through the whole pipeline.
// With `from`, a corrected version: the DOCX with `from` replaced by `to` in
// word/document.xml, loaded as `as_file`.
inline std::int64_t LoadSample(Database* db, const std::string& sample, const std::string& as_file = "",
                               const std::string& from = "", const std::string& to = "") {
  std::string bytes = ReadText(std::string(BAOCAO_SAMPLES) + "/" + sample);
  if (!from.empty()) bytes = ReplaceInDocx(bytes, from, to);
  EXPECT_FALSE(bytes.empty()) << sample;
  Result<Processed> p = ProcessBytes(bytes, as_file.empty() ? sample : as_file, Rules());
  EXPECT_TRUE(p.ok()) << sample;
  if (!p.ok()) return 0;
  std::int64_t run = db->BeginRun(Rules().version()).value();
  Result<std::int64_t> id = db->AddDocument(run, p.value().extraction, p.value().document_json);
  EXPECT_TRUE(id.ok()) << id.status().reason();
  return id.ok() ? id.value() : 0;
}

// A document whose every text field is hostile.
inline std::int64_t LoadHostile(Database* db, const std::string& sha256 = "hostile") {
  Extraction e;
  e.rules_version = "test";
  e.document.file = std::string("bao-cao-") + kHostile + ".docx";
  e.document.sha256 = sha256;
  e.document.format = "docx";
  e.document.doc_type = "bao_cao";
  e.document.title = std::string("Kết quả ") + kHostile;
  e.document.issuer = std::string("UBND xã ") + kHostile;
  e.document.warnings = {std::string("page 2 could not be read ") + kHostile};
  Record r;
  r.type = RecordType::kActivity;
  r.status = "actual";
  r.period = "2024";
  r.topic = "khac";
  r.label = std::string("Lớp ") + kHostile + " \xff\xfe";
  r.participants = 12;
  r.source.text = std::string("Nguồn ") + kHostile;
  r.rule = "table.activity";
  e.records.push_back(r);
  Record check;
  check.type = RecordType::kCheck;
  check.severity = "warning";
  check.rule = "topic-unknown";
  check.message = std::string("chủ đề ") + kHostile;
  check.refs = {0};
  e.records.push_back(check);
  std::int64_t run = db->BeginRun("test").value();
  Result<std::int64_t> id = db->AddDocument(run, e, "{}");
  EXPECT_TRUE(id.ok()) << id.status().reason();
  return id.ok() ? id.value() : 0;
}

inline std::int64_t RecordIdByLabel(Database* db, std::int64_t document_id, const std::string& label) {
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db->handle(), "SELECT id FROM records WHERE document_id = ? AND label = ?", -1, &st, nullptr);
  sqlite3_bind_int64(st, 1, document_id);
  sqlite3_bind_text(st, 2, label.c_str(), -1, SQLITE_TRANSIENT);
  std::int64_t id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
  sqlite3_finalize(st);
  return id;
}

// errors-table.docx, its corrected version (143 -> 153 participants), the
// hostile document, and a correction of the corrected version's total.
struct ReviewDatabase {
  std::unique_ptr<Database> db;
  std::int64_t first = 0;
  std::int64_t second = 0;
  std::int64_t hostile = 0;

  explicit ReviewDatabase(const std::string& path) {
    db = Database::Open(path).value();
    first = LoadSample(db.get(), "errors-table.docx");
    second = LoadSample(db.get(), "errors-table.docx", "errors-table-sua.docx", ">143<", ">153<");
    hostile = LoadHostile(db.get());
    CorrectionRequest fix;
    fix.record_id = RecordIdByLabel(db.get(), second, "Tổng cộng");
    fix.field = "participants";
    fix.value = "1466";
    fix.note = std::string("cộng lại các dòng ") + kHostile;
    fix.author = "lan";
    Result<std::int64_t> id = AddCorrection(db.get(), fix);
    EXPECT_TRUE(id.ok()) << id.status().reason();
  }
};

}  // namespace baocao::testing

#endif  // BAOCAO_TESTS_DESK_REVIEW_FIXTURES_H_
