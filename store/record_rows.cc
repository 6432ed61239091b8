#include "store/record_rows.h"

#include <sqlite3.h>

#include <utility>

#include "extractors/record_schema.h"
#include "store/field_sql.h"

namespace baocao {
namespace {

// "a, b, c" of the fields' quoted columns, each with `prefix`.
std::string ColumnList(const std::vector<const RecordField*>& fields, const std::string& prefix) {
  std::string out;
  for (const RecordField* f : fields) {
    if (!out.empty()) out += ", ";
    out += prefix + QuotedColumn(f->name);
  }
  return out;
}

std::string Placeholders(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += i == 0 ? "?" : ", ?";
  return out;
}

// A field the record's type does not carry is stored as NULL (approx, a NOT
// NULL flag, as false), so SQL shows what the JSON Lines print.
void BindRecordField(Statement& st, int index, const RecordField& f, const Record& r) {
  if (f.Carries(r.type)) {
    BindField(st, index, f.Get(r));
  } else if (f.type == ValueType::kBool) {
    st.Bind(index, false);
  } else {
    st.BindNull(index);
  }
}

}  // namespace

const std::string& SelectRecordRowsSql() {
  static const std::string* sql = new std::string(
      "SELECT r.id, r.type, " + ColumnList(FieldsInTable("records"), "r.") + ", " +
      ColumnList(FieldsInTable("provenance"), "p.") +
      " FROM records r LEFT JOIN provenance p ON p.record_id = r.id"
      " WHERE r.document_id = ? ORDER BY r.ordinal");
  return *sql;
}

Result<Record> ReadRecordRow(const Statement& st) {
  std::optional<RecordType> type = RecordTypeFromName(st.ColumnText(1));
  if (!type) return Status::Internal("database: stored record has unknown type '" + st.ColumnText(1) + "'");
  Record r;
  r.type = *type;
  int column = 2;
  for (const char* table : {"records", "provenance"}) {
    for (const RecordField* f : FieldsInTable(table)) {
      f->Set(&r, ColumnField(st, column++, f->type));
    }
  }
  return r;
}

Result<RecordRows> RecordRows::Prepare(sqlite3* db) {
  std::vector<const RecordField*> record_fields = FieldsInTable("records");
  std::vector<const RecordField*> provenance_fields = FieldsInTable("provenance");
  Result<Statement> record = Statement::Prepare(
      db, "INSERT INTO records (document_id, ordinal, type, " + ColumnList(record_fields, "") + ") VALUES (?, ?, ?, " +
              Placeholders(record_fields.size()) + ")");
  if (!record.ok()) return record.status();
  Result<Statement> provenance =
      Statement::Prepare(db, "INSERT INTO provenance (record_id, " + ColumnList(provenance_fields, "") +
                                 ") VALUES (?, " + Placeholders(provenance_fields.size()) + ")");
  if (!provenance.ok()) return provenance.status();
  Result<Statement> check_ref =
      Statement::Prepare(db, "INSERT INTO check_refs (check_id, position, ref_ordinal) VALUES (?, ?, ?)");
  if (!check_ref.ok()) return check_ref.status();
  return RecordRows(db, std::move(record).value(), std::move(provenance).value(), std::move(check_ref).value());
}

Status RecordRows::Insert(std::int64_t document_id, int ordinal, const Record& r) {
  record_.Reset();
  int i = 0;
  record_.Bind(++i, document_id);
  record_.Bind(++i, ordinal);
  record_.Bind(++i, RecordTypeName(r.type));
  for (const RecordField* f : FieldsInTable("records")) BindRecordField(record_, ++i, *f, r);
  if (Status s = record_.Run(); !s.ok()) return s;
  std::int64_t record_id = sqlite3_last_insert_rowid(db_);

  provenance_.Reset();
  i = 0;
  provenance_.Bind(++i, record_id);
  for (const RecordField* f : FieldsInTable("provenance")) BindField(provenance_, ++i, f->Get(r));
  if (Status s = provenance_.Run(); !s.ok()) return s;

  for (std::size_t position = 0; position < r.refs.size(); ++position) {
    check_ref_.Reset();
    check_ref_.Bind(1, record_id);
    check_ref_.Bind(2, static_cast<std::int64_t>(position));
    check_ref_.Bind(3, r.refs[position]);
    if (Status s = check_ref_.Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace baocao
