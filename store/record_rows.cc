#include "store/record_rows.h"

#include <sqlite3.h>

#include <utility>

namespace baocao {

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
