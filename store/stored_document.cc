#include "store/stored_document.h"

#include <sqlite3.h>

#include <utility>

#include "store/document_row.h"
#include "store/record_rows.h"
#include "store/statement.h"

namespace baocao {
namespace {

// The version columns at 0..7, the document line's from 8.
const std::string& DocumentColumns() {
  static const std::string sql =
      std::string("SELECT id, run_id, loaded_at, rules_version, COALESCE(lineage, id), version, supersedes_id,"
                  " superseded_by, ") +
      DocumentInfoColumns() + " FROM documents";
  return sql;
}

StoredDocumentInfo ReadInfo(const Statement& st) {
  StoredDocumentInfo info;
  info.id = st.ColumnInt64(0);
  info.run_id = st.OptionalInt64(1);
  info.loaded_at = st.ColumnText(2);
  info.rules_version = st.ColumnText(3);
  info.lineage = st.ColumnInt64(4);
  info.version = static_cast<int>(st.ColumnInt64(5));
  info.supersedes = st.OptionalInt64(6);
  info.superseded_by = st.OptionalInt64(7);
  info.document = ReadDocumentInfo(st, 8);
  return info;
}

}  // namespace

Result<std::vector<StoredDocumentInfo>> ListStoredDocuments(Database* db, bool current_only) {
  std::string sql = DocumentColumns();
  if (current_only) sql += " WHERE superseded_by IS NULL";
  sql += " ORDER BY id";
  Result<Statement> st = Statement::Prepare(db->handle(), sql);
  if (!st.ok()) return st.status();
  std::vector<StoredDocumentInfo> out;
  while (true) {
    Result<bool> row = st.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    out.push_back(ReadInfo(st.value()));
  }
  return out;
}

Result<StoredDocumentInfo> LoadStoredDocumentInfo(Database* db, std::int64_t id) {
  Result<Statement> doc = Statement::Prepare(db->handle(), DocumentColumns() + " WHERE id = ?");
  if (!doc.ok()) return doc.status();
  doc.value().Bind(1, id);
  Result<bool> found = doc.value().Step();
  if (!found.ok()) return found.status();
  if (!found.value()) return Status::NotFound("no document " + std::to_string(id));
  return ReadInfo(doc.value());
}

Result<StoredDocument> LoadStoredDocument(Database* db, std::int64_t id) {
  sqlite3* h = db->handle();
  // One snapshot: a run loading meanwhile cannot tear the document.
  Transaction snapshot(h);
  if (Status s = snapshot.BeginRead(); !s.ok()) return s;
  Result<Statement> doc = Statement::Prepare(h, DocumentColumns() + " WHERE id = ?");
  if (!doc.ok()) return doc.status();
  doc.value().Bind(1, id);
  Result<bool> found = doc.value().Step();
  if (!found.ok()) return found.status();
  if (!found.value()) return Status::NotFound("no document " + std::to_string(id));
  StoredDocument out;
  out.info = ReadInfo(doc.value());
  out.extraction.document = out.info.document;
  out.extraction.rules_version = out.info.rules_version;

  Result<Statement> records = Statement::Prepare(h, SelectRecordRowsSql());
  if (!records.ok()) return records.status();
  Result<Statement> refs = Statement::Prepare(
      h, "SELECT ref_ordinal FROM check_refs WHERE check_id = ? ORDER BY position");
  if (!refs.ok()) return refs.status();
  records.value().Bind(1, id);
  while (true) {
    Result<bool> row = records.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    Result<Record> record = ReadRecordRow(records.value());
    if (!record.ok()) return record.status();
    std::int64_t record_id = records.value().ColumnInt64(0);
    if (record.value().type == RecordType::kCheck) {
      refs.value().Reset();
      refs.value().Bind(1, record_id);
      while (true) {
        Result<bool> ref = refs.value().Step();
        if (!ref.ok()) return ref.status();
        if (!ref.value()) break;
        record.value().refs.push_back(static_cast<int>(refs.value().ColumnInt64(0)));
      }
    }
    out.extraction.records.push_back(std::move(record).value());
    out.record_ids.push_back(record_id);
  }
  if (Status s = snapshot.Commit(); !s.ok()) return s;
  return out;
}

Result<std::string> LoadDocumentJson(Database* db, std::int64_t id) {
  Result<Statement> st = Statement::Prepare(db->handle(), "SELECT normalized_json FROM documents WHERE id = ?");
  if (!st.ok()) return st.status();
  st.value().Bind(1, id);
  Result<bool> row = st.value().Step();
  if (!row.ok()) return row.status();
  if (!row.value()) return Status::NotFound("no document " + std::to_string(id));
  if (st.value().IsNull(0)) {
    return Status::NotFound("document " + std::to_string(id) + " has no stored normalised document");
  }
  return st.value().ColumnText(0);
}

Result<std::int64_t> DocumentOfRecord(Database* db, std::int64_t record_id) {
  Result<Statement> st = Statement::Prepare(db->handle(), "SELECT document_id FROM records WHERE id = ?");
  if (!st.ok()) return st.status();
  st.value().Bind(1, record_id);
  Result<bool> row = st.value().Step();
  if (!row.ok()) return row.status();
  if (!row.value()) return Status::NotFound("no record " + std::to_string(record_id));
  return st.value().ColumnInt64(0);
}

}  // namespace baocao
