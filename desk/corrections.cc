#include "desk/corrections.h"

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <regex>

#include "extractors/record_schema.h"
#include "store/statement.h"
#include "store/views.h"

namespace baocao {
namespace {

enum class Kind { kInteger, kReal, kCode, kPeriod, kText };

// A correctable field of the record schema (extractors/record_schema.h), with
// how a typed value is checked.
struct FieldSpec {
  std::string name;
  Kind kind;
  const RecordField* field;
};

Kind KindOf(const RecordField& f) {
  switch (f.type) {
    case ValueType::kInteger: return Kind::kInteger;
    case ValueType::kReal: return Kind::kReal;
    case ValueType::kCode: return Kind::kCode;
    default: return f.name == "period" ? Kind::kPeriod : Kind::kText;
  }
}

const std::vector<FieldSpec>& Specs() {
  static const auto* specs = [] {
    auto* out = new std::vector<FieldSpec>;
    for (const RecordField& f : RecordFields()) {
      if (f.correctable) out->push_back({std::string(f.name), KindOf(f), &f});
    }
    return out;
  }();
  return *specs;
}

const FieldSpec* FindSpec(const std::string& field) {
  for (const FieldSpec& s : Specs()) {
    if (field == s.name) return &s;
  }
  return nullptr;
}

// A typed value to bind: empty variant index 0 is NULL.
struct Value {
  enum { kNull, kInt, kReal, kText } kind = kNull;
  std::int64_t i = 0;
  double d = 0;
  std::string text;
};

void BindValue(Statement& st, int index, const Value& v) {
  switch (v.kind) {
    case Value::kNull: st.BindNull(index); break;
    case Value::kInt: st.Bind(index, v.i); break;
    case Value::kReal: st.Bind(index, v.d); break;
    case Value::kText: st.Bind(index, v.text); break;
  }
}

Result<Value> ParseValue(const FieldSpec& spec, const std::string& typed) {
  Value v;
  if (typed == "null") return v;
  std::string what = std::string(spec.name) + "=" + typed + ": ";
  switch (spec.kind) {
    case Kind::kInteger: {
      // Plain digits only: "1.621" would be a thousands separator in a
      // report but a decimal point to a shell user; refusing it is safer.
      if (typed.empty() || typed.size() > 18 ||
          !std::all_of(typed.begin(), typed.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return Status::InvalidInput(what + "a whole number of digits (1621) or null");
      }
      v.kind = Value::kInt;
      v.i = std::stoll(typed);
      return v;
    }
    case Kind::kReal: {
      errno = 0;
      char* end = nullptr;
      double d = std::strtod(typed.c_str(), &end);
      if (typed.empty() || end != typed.c_str() + typed.size() || errno != 0 || !std::isfinite(d)) {
        return Status::InvalidInput(what + "a number (57.1) or null");
      }
      v.kind = Value::kReal;
      v.d = d;
      return v;
    }
    case Kind::kCode: {
      for (std::string_view code : spec.field->codes) {
        if (typed == code) {
          v.kind = Value::kText;
          v.text = typed;
          return v;
        }
      }
      std::string allowed;
      for (std::string_view code : spec.field->codes) allowed += (allowed.empty() ? "" : ", ") + std::string(code);
      return Status::InvalidInput(what + "one of " + allowed + " or null");
    }
    case Kind::kPeriod: {
      static const std::regex period(R"(\d{4}(-\d{2})?(/\d{4}(-\d{2})?)?)");
      if (!std::regex_match(typed, period)) {
        return Status::InvalidInput(what + "an ISO period (2024, 2024-03, 2025-01/2025-06) or null");
      }
      v.kind = Value::kText;
      v.text = typed;
      return v;
    }
    case Kind::kText:
      if (typed.empty()) return Status::InvalidInput(what + "text, or null for unknown");
      v.kind = Value::kText;
      v.text = typed;
      return v;
  }
  return v;
}

Result<RecordType> RecordTypeOf(Database* db, std::int64_t record_id, std::int64_t* document_id) {
  Result<Statement> st = Statement::Prepare(db->handle(), "SELECT type, document_id FROM records WHERE id = ?");
  if (!st.ok()) return st.status();
  st.value().Bind(1, record_id);
  Result<bool> row = st.value().Step();
  if (!row.ok()) return row.status();
  if (!row.value()) return Status::NotFound("no record " + std::to_string(record_id));
  *document_id = st.value().ColumnInt64(1);
  std::string type = st.value().ColumnText(0);
  for (RecordType t : {RecordType::kActivity, RecordType::kBudget, RecordType::kFigure, RecordType::kCheck}) {
    if (type == RecordTypeName(t)) return t;
  }
  return Status::Internal("database: record " + std::to_string(record_id) + " has unknown type " + type);
}

// The SQL of the value a correction of `field` is made against. For "*" the
// same signature as v_corrections' (store/views.cc): they must stay equal.
std::string ExtractedValueSql(const std::string& field) {
  if (field == "*") return RejectSignatureSql("r");
  return "r.\"" + field + "\"";  // a name of CorrectableFields(), never user text
}

std::string Printed(const Statement& st, int column) {
  return st.IsNull(column) ? "null" : st.ColumnText(column);
}

constexpr const char* kSelectCorrections =
    "SELECT c.id, c.document_id, c.record_id, d.file, c.record_key, c.action, c.field,"
    " c.extracted_value, c.corrected_value, c.current_value, c.note, c.author, c.created, c.state"
    " FROM v_corrections c JOIN documents d ON d.id = c.document_id";

Correction ReadCorrection(const Statement& st) {
  Correction c;
  c.id = st.ColumnInt64(0);
  c.document_id = st.ColumnInt64(1);
  c.record_id = st.OptionalInt64(2);
  c.file = st.ColumnText(3);
  nlohmann::json key = nlohmann::json::parse(st.ColumnText(4), nullptr, /*allow_exceptions=*/false);
  if (key.is_array() && key.size() == 9) {
    if (key[0].is_string()) c.record_type = key[0].get<std::string>();
    if (key[7].is_string()) c.label = key[7].get<std::string>();
  }
  c.action = st.ColumnText(5);
  c.field = st.ColumnText(6);
  c.extracted = Printed(st, 7);
  c.corrected = c.action == "set" ? Printed(st, 8) : "";
  c.current = Printed(st, 9);
  c.note = st.ColumnText(10);
  c.author = st.ColumnText(11);
  c.created = st.ColumnText(12);
  c.state = st.ColumnText(13);
  return c;
}

std::optional<std::int64_t> AsInt(const std::string& printed) {
  if (printed == "null" || printed.empty()) return std::nullopt;
  return std::strtoll(printed.c_str(), nullptr, 10);
}

std::optional<double> AsReal(const std::string& printed) {
  if (printed == "null" || printed.empty()) return std::nullopt;
  return std::strtod(printed.c_str(), nullptr);
}

std::optional<std::string> AsText(const std::string& printed) {
  if (printed == "null") return std::nullopt;
  return printed;
}

template <typename T>
FieldValue OrNull(const std::optional<T>& v) {
  if (!v) return std::monostate{};
  return *v;
}

}  // namespace

const std::vector<std::string>& CorrectableFields() {
  static const auto* names = [] {
    auto* v = new std::vector<std::string>;
    for (const FieldSpec& s : Specs()) v->push_back(s.name);
    return v;
  }();
  return *names;
}

Result<std::int64_t> AddCorrection(Database* db, const CorrectionRequest& request) {
  if (request.note.empty()) return Status::InvalidInput("a correction needs a note saying why");
  if (request.author.empty()) return Status::InvalidInput("a correction needs an author");
  std::int64_t document_id = 0;
  Result<RecordType> type = RecordTypeOf(db, request.record_id, &document_id);
  if (!type.ok()) return type.status();

  std::string field = request.field;
  Value corrected;
  const char* action = "set";
  if (request.action == CorrectionAction::kReject) {
    field = "*";
    action = "reject";
  } else {
    if (request.action == CorrectionAction::kUndo) action = "undo";
    if (!(request.action == CorrectionAction::kUndo && field == "*")) {
      const FieldSpec* spec = FindSpec(field);
      if (spec == nullptr) {
        std::string known;
        for (const std::string& f : CorrectableFields()) known += (known.empty() ? "" : ", ") + f;
        return Status::InvalidInput("unknown field '" + field + "' (one of " + known + ")");
      }
      if (!spec->field->Carries(type.value())) {
        return Status::InvalidInput(std::string("a ") + RecordTypeName(type.value()) + " record has no field " +
                                    field);
      }
      if (request.action == CorrectionAction::kSet) {
        Result<Value> parsed = ParseValue(*spec, request.value);
        if (!parsed.ok()) return parsed.status();
        corrected = parsed.value();
      }
    }
  }

  // The key comes from v_record_keys (one definition in SQL); document_id is
  // a partition column, so SQLite numbers only this document's records.
  Result<Statement> insert = Statement::Prepare(
      db->handle(),
      "INSERT INTO corrections (document_id, record_key, action, field, extracted_value,"
      " corrected_value, note, author, created)"
      " SELECT k.document_id, k.record_key, ?1, ?2, " + ExtractedValueSql(field) +
          ", ?3, ?4, ?5, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
          " FROM v_record_keys k JOIN records r ON r.id = k.record_id"
          " WHERE k.document_id = ?6 AND k.record_id = ?7");
  if (!insert.ok()) return insert.status();
  Statement& st = insert.value();
  st.Bind(1, action);
  st.Bind(2, field);
  BindValue(st, 3, corrected);
  st.Bind(4, request.note);
  st.Bind(5, request.author);
  st.Bind(6, document_id);
  st.Bind(7, request.record_id);
  if (Status s = st.Run(); !s.ok()) return s;
  if (sqlite3_changes(db->handle()) != 1) {
    return Status::NotFound("no record " + std::to_string(request.record_id));
  }
  return static_cast<std::int64_t>(sqlite3_last_insert_rowid(db->handle()));
}

Result<std::vector<std::int64_t>> AddCorrections(Database* db, const std::vector<CorrectionRequest>& requests) {
  return AddAllOrNone(db, requests, AddCorrection);
}

Result<std::vector<Correction>> ListCorrections(Database* db, std::optional<std::int64_t> document_id,
                                                bool history) {
  std::string sql = std::string(kSelectCorrections) + " WHERE (?1 IS NULL OR c.document_id = ?1)";
  if (!history) sql += " AND c.state IN ('active', 'review')";
  sql += " ORDER BY c.id";
  Result<Statement> st = Statement::Prepare(db->handle(), sql);
  if (!st.ok()) return st.status();
  st.value().Bind(1, document_id);
  std::vector<Correction> out;
  while (true) {
    Result<bool> row = st.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    out.push_back(ReadCorrection(st.value()));
  }
  return out;
}

Result<std::map<std::int64_t, RecordCorrections>> CorrectionsByRecord(Database* db,
                                                                     std::optional<std::int64_t> document_id) {
  Result<std::vector<Correction>> all = ListCorrections(db, document_id, /*history=*/false);
  if (!all.ok()) return all.status();
  std::map<std::int64_t, RecordCorrections> out;
  for (Correction& c : all.value()) {
    if (!c.record_id) continue;  // its record is gone: listed, never applied
    RecordCorrections& rc = out[*c.record_id];
    if (c.state == "review") rc.review = true;
    if (c.action == "reject") {
      rc.rejected = true;
    } else if (c.action == "set") {
      rc.sets.push_back(std::move(c));
    }
  }
  return out;
}

void ApplyCorrections(const RecordCorrections& c, Record* r) {
  for (const Correction& set : c.sets) {
    const FieldSpec* spec = FindSpec(set.field);
    if (spec == nullptr) continue;  // a field a later build no longer corrects
    const std::string& v = set.corrected;
    switch (spec->kind) {
      case Kind::kInteger: spec->field->Set(r, OrNull(AsInt(v))); break;
      case Kind::kReal: spec->field->Set(r, OrNull(AsReal(v))); break;
      default: spec->field->Set(r, OrNull(AsText(v))); break;
    }
  }
}

void ApplyCorrections(const std::map<std::int64_t, RecordCorrections>& by_record,
                      const std::vector<std::int64_t>& record_ids, Extraction* extraction) {
  std::vector<Record>& records = extraction->records;
  // A check's refs are ordinals in the document: where each record lands
  // once the rejected ones are gone (-1: rejected).
  std::vector<int> landed(records.size(), -1);
  std::vector<Record> kept;
  kept.reserve(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    auto it = i < record_ids.size() ? by_record.find(record_ids[i]) : by_record.end();
    if (it != by_record.end()) {
      if (it->second.rejected) continue;
      ApplyCorrections(it->second, &records[i]);
    }
    landed[i] = static_cast<int>(kept.size());
    kept.push_back(std::move(records[i]));
  }
  if (kept.size() < records.size()) {
    for (Record& r : kept) {
      std::vector<int> refs;
      for (int ref : r.refs) {
        if (ref >= 0 && static_cast<std::size_t>(ref) < landed.size() && landed[static_cast<std::size_t>(ref)] >= 0) {
          refs.push_back(landed[static_cast<std::size_t>(ref)]);
        }
      }
      r.refs = std::move(refs);
    }
  }
  records = std::move(kept);
}

Result<int> CountCorrectionsToReview(Database* db) {
  Result<Statement> st = Statement::Prepare(db->handle(), "SELECT COUNT(*) FROM v_corrections WHERE state = 'review'");
  if (!st.ok()) return st.status();
  Result<bool> row = st.value().Step();
  if (!row.ok()) return row.status();
  return static_cast<int>(st.value().ColumnInt64(0));
}

}  // namespace baocao
