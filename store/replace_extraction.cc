#include "store/replace_extraction.h"

#include <sqlite3.h>

#include "store/extraction_history.h"
#include "store/record_rows.h"
#include "store/statement.h"

namespace baocao {

Status ReplaceExtraction(Database* db, std::int64_t run_id, const StoredDocument& before, const Extraction& after) {
  sqlite3* h = db->handle();
  const std::int64_t document_id = before.info.id;
  Result<RecordRows> rows = RecordRows::Prepare(h);
  if (!rows.ok()) return rows.status();
  Result<Statement> remove = Statement::Prepare(h, "DELETE FROM records WHERE document_id = ?");
  if (!remove.ok()) return remove.status();
  Result<Statement> update = Statement::Prepare(
      h, "UPDATE documents SET doc_type = ?, ref = ?, issued = ?, title = ?, issuer = ?, commune = ?,"
         " district = ?, province = ?, rules_version = ? WHERE id = ?");
  if (!update.ok()) return update.status();

  Transaction txn(h);
  if (Status s = txn.Begin(); !s.ok()) return s;
  remove.value().Bind(1, document_id);
  if (Status s = remove.value().Run(); !s.ok()) return s;
  const DocumentInfo& d = after.document;
  Statement& u = update.value();
  int i = 0;
  u.Bind(++i, d.doc_type);
  u.Bind(++i, d.ref);
  u.Bind(++i, d.issued);
  u.Bind(++i, d.title);
  u.Bind(++i, d.issuer);
  u.Bind(++i, d.commune);
  u.Bind(++i, d.district);
  u.Bind(++i, d.province);
  u.Bind(++i, after.rules_version);
  u.Bind(++i, document_id);
  if (Status s = u.Run(); !s.ok()) return s;
  if (sqlite3_changes(h) != 1) return Status::NotFound("no document " + std::to_string(document_id));
  if (ExtractionJsonLines(before.extraction) != ExtractionJsonLines(after)) {
    if (Status s = KeepReplacedExtraction(db, document_id, run_id, before.extraction); !s.ok()) return s;
  }
  for (std::size_t ordinal = 0; ordinal < after.records.size(); ++ordinal) {
    Status s = rows.value().Insert(document_id, static_cast<int>(ordinal), after.records[ordinal]);
    if (!s.ok()) return s;
  }
  return txn.Commit();
}

}  // namespace baocao
