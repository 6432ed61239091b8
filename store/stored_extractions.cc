#include "store/stored_extractions.h"

#include <sqlite3.h>

#include <string>

#include "store/document_row.h"
#include "store/record_rows.h"
#include "store/statement.h"

namespace baocao {
namespace {

// The id, rules_version, then the document line's columns from 2 on (their
// number follows the record schema, so nothing is read after them).
const std::string& SelectDocuments() {
  static const std::string sql = "SELECT id, rules_version, " + DocumentInfoColumns() +
                                 " FROM documents WHERE ?1 OR superseded_by IS NULL ORDER BY id";
  return sql;
}

}  // namespace

Status ForEachStoredExtraction(Database* database, Versions which, const StoredExtractionVisitor& visit) {
  sqlite3* db = database->handle();
  Result<Statement> documents = Statement::Prepare(db, SelectDocuments());
  if (!documents.ok()) return documents.status();
  documents.value().Bind(1, which == Versions::kAll);
  Result<Statement> records = Statement::Prepare(db, SelectRecordRowsSql());
  if (!records.ok()) return records.status();
  Result<Statement> refs = Statement::Prepare(
      db, "SELECT ref_ordinal FROM check_refs WHERE check_id = ? ORDER BY position");
  if (!refs.ok()) return refs.status();

  while (true) {
    Result<bool> doc_row = documents.value().Step();
    if (!doc_row.ok()) return doc_row.status();
    if (!doc_row.value()) break;
    Extraction extraction;
    extraction.document = ReadDocumentInfo(documents.value(), 2);
    extraction.rules_version = documents.value().ColumnText(1);

    records.value().Reset();
    records.value().Bind(1, documents.value().ColumnInt64(0));
    std::vector<std::int64_t> record_ids;
    while (true) {
      Result<bool> row = records.value().Step();
      if (!row.ok()) return row.status();
      if (!row.value()) break;
      Result<Record> record = ReadRecordRow(records.value());
      if (!record.ok()) return record.status();
      if (record.value().type == RecordType::kCheck) {
        refs.value().Reset();
        refs.value().Bind(1, records.value().ColumnInt64(0));
        while (true) {
          Result<bool> ref_row = refs.value().Step();
          if (!ref_row.ok()) return ref_row.status();
          if (!ref_row.value()) break;
          record.value().refs.push_back(static_cast<int>(refs.value().ColumnInt64(0)));
        }
      }
      extraction.records.push_back(std::move(record).value());
      record_ids.push_back(records.value().ColumnInt64(0));
    }
    if (Status s = visit(extraction, record_ids); !s.ok()) return s;
  }
  return Status::Ok();
}

Result<std::vector<Extraction>> Database::LoadExtractions(Versions which) {
  Transaction snapshot(db_);
  if (Status s = snapshot.BeginRead(); !s.ok()) return s;
  std::vector<Extraction> all;
  Status s = ForEachStoredExtraction(this, which, [&all](Extraction& e, const std::vector<std::int64_t>&) {
    all.push_back(std::move(e));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (Status c = snapshot.Commit(); !c.ok()) return c;
  return all;
}

}  // namespace baocao
