#include "store/record_rows.h"

#include <sqlite3.h>

#include <utility>

namespace baocao {
namespace {

Result<RecordType> TypeFromName(const std::string& name) {
  for (RecordType t : {RecordType::kActivity, RecordType::kBudget, RecordType::kFigure,
                       RecordType::kCheck}) {
    if (name == RecordTypeName(t)) return t;
  }
  return Status::Internal("database: stored record has unknown type '" + name + "'");
}

}  // namespace

const char* const kSelectRecordRows =
    "SELECT r.id, r.type, r.status, r.period, r.topic, r.label, r.organizer, r.classes,"
    " r.participants, r.female, r.cost_vnd, r.audience, r.location, r.commune, r.approx,"
    " r.category, r.amount_vnd, r.value, r.unit, r.\"of\", r.severity, r.message, r.rule,"
    " p.page, p.block, p.\"row\", p.text"
    " FROM records r LEFT JOIN provenance p ON p.record_id = r.id"
    " WHERE r.document_id = ? ORDER BY r.ordinal";

Result<Record> ReadRecordRow(const Statement& st) {
  Result<RecordType> type = TypeFromName(st.ColumnText(1));
  if (!type.ok()) return type.status();
  Record r;
  r.type = type.value();
  r.status = st.OptionalText(2);
  r.period = st.OptionalText(3);
  r.topic = st.OptionalText(4);
  r.label = st.ColumnText(5);
  r.organizer = st.OptionalText(6);
  r.classes = st.OptionalInt64(7);
  r.participants = st.OptionalInt64(8);
  r.female = st.OptionalInt64(9);
  r.cost_vnd = st.OptionalInt64(10);
  r.audience = st.OptionalText(11);
  r.location = st.OptionalText(12);
  r.commune = st.OptionalText(13);
  r.approx = st.ColumnInt64(14) != 0;
  r.category = st.OptionalText(15);
  r.amount_vnd = st.OptionalInt64(16);
  r.value = st.OptionalDouble(17);
  r.unit = st.OptionalText(18);
  r.of = st.OptionalDouble(19);
  r.severity = st.ColumnText(20);
  r.message = st.ColumnText(21);
  r.rule = st.ColumnText(22);
  r.source.page = st.OptionalInt(23);
  r.source.block = static_cast<int>(st.ColumnInt64(24));
  r.source.row = st.OptionalInt(25);
  r.source.text = st.ColumnText(26);
  return r;
}


Result<RecordRows> RecordRows::Prepare(sqlite3* db) {
  Result<Statement> record = Statement::Prepare(
      db,
      "INSERT INTO records (document_id, ordinal, type, status, period, topic, label, organizer,"
      " classes, participants, female, cost_vnd, audience, location, commune, approx, category,"
      " amount_vnd, value, unit, \"of\", severity, message, rule)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!record.ok()) return record.status();
  Result<Statement> provenance = Statement::Prepare(
      db, "INSERT INTO provenance (record_id, page, block, \"row\", text) VALUES (?, ?, ?, ?, ?)");
  if (!provenance.ok()) return provenance.status();
  Result<Statement> check_ref =
      Statement::Prepare(db, "INSERT INTO check_refs (check_id, position, ref_ordinal) VALUES (?, ?, ?)");
  if (!check_ref.ok()) return check_ref.status();
  return RecordRows(db, std::move(record).value(), std::move(provenance).value(), std::move(check_ref).value());
}

Status RecordRows::Insert(std::int64_t document_id, int ordinal, const Record& r) {
  Statement& insert = record_;
  Statement& provenance = provenance_;
  Statement& check_ref = check_ref_;
  insert.Reset();
  int i = 0;
  insert.Bind(++i, document_id);
  insert.Bind(++i, ordinal);
  insert.Bind(++i, RecordTypeName(r.type));
  insert.Bind(++i, r.status);
  insert.Bind(++i, r.period);
  insert.Bind(++i, r.topic);
  insert.Bind(++i, r.label);
  insert.Bind(++i, r.organizer);
  insert.Bind(++i, r.classes);
  insert.Bind(++i, r.participants);
  insert.Bind(++i, r.female);
  insert.Bind(++i, r.cost_vnd);
  insert.Bind(++i, r.audience);
  insert.Bind(++i, r.location);
  insert.Bind(++i, r.commune);
  insert.Bind(++i, r.approx);
  insert.Bind(++i, r.category);
  insert.Bind(++i, r.amount_vnd);
  insert.Bind(++i, r.value);
  insert.Bind(++i, r.unit);
  insert.Bind(++i, r.of);
  // severity and message belong to checks; other records keep them NULL.
  if (r.type == RecordType::kCheck) {
    insert.Bind(++i, r.severity);
    insert.Bind(++i, r.message);
  } else {
    insert.BindNull(++i);
    insert.BindNull(++i);
  }
  insert.Bind(++i, r.rule);
  if (Status s = insert.Run(); !s.ok()) return s;
  std::int64_t record_id = sqlite3_last_insert_rowid(db_);

  provenance.Reset();
  provenance.Bind(1, record_id);
  provenance.Bind(2, r.source.page);
  provenance.Bind(3, r.source.block);
  provenance.Bind(4, r.source.row);
  provenance.Bind(5, r.source.text);
  if (Status s = provenance.Run(); !s.ok()) return s;

  for (std::size_t position = 0; position < r.refs.size(); ++position) {
    check_ref.Reset();
    check_ref.Bind(1, record_id);
    check_ref.Bind(2, static_cast<std::int64_t>(position));
    check_ref.Bind(3, r.refs[position]);
    if (Status s = check_ref.Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace baocao
