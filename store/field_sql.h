// The record schema (extractors/record_schema.h) in SQL: how a field's value
// is bound and read, and the column lists the store's statements use. Internal
// to store/: record_rows.cc, document_row.cc and views.cc build their SQL
// from here, so a field declared in the schema is written, read and shown in
// the views without naming it again.
//
// Thread safety: pure functions.
#ifndef BAOCAO_STORE_FIELD_SQL_H_
#define BAOCAO_STORE_FIELD_SQL_H_

#include <string>
#include <string_view>
#include <vector>

#include "extractors/record_schema.h"
#include "store/statement.h"

namespace baocao {

// The column name, double-quoted (SQL keywords such as "of" and "row" are
// field names).
std::string QuotedColumn(std::string_view name);

// Binds `v` at `index`: null as NULL, bool as 0/1, lists and boxes as JSON
// text.
void BindField(Statement& st, int index, const FieldValue& v);
// Reads column `column` as a value of `type`; NULL is null. A JSON column
// that does not parse reads as null (list fields: empty).
FieldValue ColumnField(const Statement& st, int column, ValueType type);

// The record fields stored in `table` ("records" or "provenance"), in schema
// order.
std::vector<const RecordField*> FieldsInTable(std::string_view table);

}  // namespace baocao

#endif  // BAOCAO_STORE_FIELD_SQL_H_
