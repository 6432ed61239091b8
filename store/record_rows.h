// Writes and reads the rows of a document's records: `records`, their `provenance`
// and a check's `check_refs`. Internal to store/: AddDocumentVersion and
// re-extraction write records through this one piece, so both store a
// record the same way.
//
//   Result<RecordRows> rows = RecordRows::Prepare(db);   // before BEGIN
//   for (i…) rows.value().Insert(document_id, i, records[i]);
//
// Thread safety: belongs to the connection's thread.
#ifndef BAOCAO_STORE_RECORD_ROWS_H_
#define BAOCAO_STORE_RECORD_ROWS_H_

#include <cstdint>
#include <string>
#include <utility>

#include "extractors/record.h"
#include "store/statement.h"
#include "util/status.h"

struct sqlite3;

namespace baocao {

class RecordRows {
 public:
  // Prepares the statements. Call before the transaction, so an SQL error is
  // not mistaken for a write failure.
  static Result<RecordRows> Prepare(sqlite3* db);

  // Inserts record `r` as position `ordinal` of document `document_id`.
  // Unknown values are stored as NULL, never 0.
  Status Insert(std::int64_t document_id, int ordinal, const Record& r);

 private:
  RecordRows(sqlite3* db, Statement record, Statement provenance, Statement check_ref)
      : db_(db), record_(std::move(record)), provenance_(std::move(provenance)), check_ref_(std::move(check_ref)) {}

  sqlite3* db_;
  Statement record_;
  Statement provenance_;
  Statement check_ref_;
};

// Reading them back: the SELECT whose columns ReadRecordRow() reads (the
// record id first, then the record, then its provenance), for one document
// (bind its id) in ordinal order. Check refs are read separately.
const std::string& SelectRecordRowsSql();

// The record of the current row of a SelectRecordRowsSql() statement.
Result<Record> ReadRecordRow(const Statement& st);

}  // namespace baocao

#endif  // BAOCAO_STORE_RECORD_ROWS_H_
