#include "desk/document_corrections.h"

#include <sqlite3.h>

#include <algorithm>
#include <regex>

#include "extractors/record_schema.h"
#include "store/statement.h"
#include "store/views.h"

namespace baocao {
namespace {

// The contract's document kinds (records.md, `doc_type`).
const std::vector<std::string>& DocTypes() {
  static const auto* codes =
      new std::vector<std::string>{"bao_cao", "ke_hoach", "to_trinh", "cong_van", "quyet_dinh", "other"};
  return *codes;
}

std::string Joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// YYYY, YYYY-MM or YYYY-MM-DD, and a day the calendar has (2025-02-29 is
// refused: a typo the analyst should see now, not in a spreadsheet later).
bool IsIsoDate(const std::string& text) {
  static const std::regex form(R"((\d{4})(-(\d{2})(-(\d{2}))?)?)");
  std::smatch m;
  if (!std::regex_match(text, m, form)) return false;
  int year = std::stoi(m[1]);
  if (year < 1900 || year > 2200) return false;
  if (!m[3].matched) return true;
  int month = std::stoi(m[3]);
  if (month < 1 || month > 12) return false;
  if (!m[5].matched) return true;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int days = kDays[month - 1] + (month == 2 && IsLeap(year) ? 1 : 0);
  int day = std::stoi(m[5]);
  return day >= 1 && day <= days;
}

// The value to store for `field`, or why it cannot be; empty optional is
// NULL (unknown).
Result<std::optional<std::string>> ParseDocumentValue(const std::string& field, const std::string& typed) {
  std::string what = field + "=" + typed + ": ";
  if (typed == "null") {
    if (field == "doc_type") return Status::InvalidInput(what + "a document always has a type (other when unsure)");
    return std::optional<std::string>();
  }
  if (typed.empty()) return Status::InvalidInput(what + "give a value, or null for unknown");
  if (std::any_of(typed.begin(), typed.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
    return Status::InvalidInput(field + ": one line of text, without line breaks or tabs");
  }
  if (typed.size() > 1000) return Status::InvalidInput(field + ": at most 1000 bytes");
  if (field == "doc_type" && std::find(DocTypes().begin(), DocTypes().end(), typed) == DocTypes().end()) {
    return Status::InvalidInput(what + "one of " + Joined(DocTypes()));
  }
  if (field == "issued" && !IsIsoDate(typed)) {
    return Status::InvalidInput(what + "a date that exists, as YYYY-MM-DD (2024-12-20), YYYY-MM or YYYY, or null");
  }
  if (field == "ref" && typed.find(' ') != std::string::npos) {
    return Status::InvalidInput(what + "a reference without spaces, as printed after Số: (157/BC-UBND)");
  }
  return std::optional<std::string>(typed);
}

bool Correctable(const std::string& field) {
  const std::vector<std::string>& fields = CorrectableDocumentFields();
  return std::find(fields.begin(), fields.end(), field) != fields.end();
}

Result<bool> HasActiveSet(Database* db, std::int64_t document_id, const std::string& field) {
  Result<Statement> st = Statement::Prepare(
      db->handle(),
      "SELECT 1 FROM v_document_corrections WHERE document_id = ? AND field = ? AND state IN ('active', 'review')");
  if (!st.ok()) return st.status();
  st.value().Bind(1, document_id);
  st.value().Bind(2, field);
  return st.value().Step();
}

std::string Printed(const Statement& st, int column) { return st.IsNull(column) ? "null" : st.ColumnText(column); }

}  // namespace

Result<std::int64_t> AddDocumentCorrection(Database* db, const DocumentCorrectionRequest& request) {
  if (request.author.empty()) return Status::InvalidInput("a correction needs an author");
  if (request.action != CorrectionAction::kSet && request.action != CorrectionAction::kUndo) {
    return Status::InvalidInput("a document's metadata can be set or undone, not rejected");
  }
  if (!Correctable(request.field)) {
    return Status::InvalidInput("unknown document field '" + request.field + "' (one of " +
                                Joined(CorrectableDocumentFields()) + ")");
  }
  std::optional<std::string> corrected;
  const char* action = "set";
  if (request.action == CorrectionAction::kSet) {
    Result<std::optional<std::string>> parsed = ParseDocumentValue(request.field, request.value);
    if (!parsed.ok()) return parsed.status();
    corrected = parsed.value();
  } else {
    action = "undo";
    Result<bool> has = HasActiveSet(db, request.document_id, request.field);
    if (!has.ok()) return has.status();
    if (!has.value()) {
      return Status::InvalidInput("document " + std::to_string(request.document_id) + " has no correction of " +
                                  request.field + " to undo");
    }
  }
  // The field is a name of CorrectableDocumentFields(), never user text.
  Result<Statement> insert = Statement::Prepare(
      db->handle(),
      "INSERT INTO document_corrections (document_id, action, field, extracted_value, corrected_value, note,"
      " author, created) SELECT d.id, ?1, ?2, d.\"" + request.field +
          "\", ?3, ?4, ?5, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM documents d WHERE d.id = ?6");
  if (!insert.ok()) return insert.status();
  Statement& st = insert.value();
  st.Bind(1, action);
  st.Bind(2, request.field);
  st.Bind(3, corrected);
  st.Bind(4, request.note);
  st.Bind(5, request.author);
  st.Bind(6, request.document_id);
  if (Status s = st.Run(); !s.ok()) return s;
  if (sqlite3_changes(db->handle()) != 1) {
    return Status::NotFound("no document " + std::to_string(request.document_id));
  }
  return static_cast<std::int64_t>(sqlite3_last_insert_rowid(db->handle()));
}

Result<std::vector<std::int64_t>> AddDocumentCorrections(Database* db,
                                                         const std::vector<DocumentCorrectionRequest>& requests) {
  return AddAllOrNone(db, requests, AddDocumentCorrection);
}

Result<std::vector<DocumentCorrection>> ListDocumentCorrections(Database* db,
                                                                std::optional<std::int64_t> document_id,
                                                                bool history) {
  std::string sql =
      "SELECT c.id, c.document_id, d.file, d.sha256, c.action, c.field, c.extracted_value, c.corrected_value,"
      " c.current_value, c.note, c.author, c.created, c.state"
      " FROM v_document_corrections c JOIN documents d ON d.id = c.document_id"
      " WHERE (?1 IS NULL OR c.document_id = ?1)";
  if (!history) sql += " AND c.state IN ('active', 'review')";
  sql += " ORDER BY c.id";
  Result<Statement> st = Statement::Prepare(db->handle(), sql);
  if (!st.ok()) return st.status();
  st.value().Bind(1, document_id);
  std::vector<DocumentCorrection> out;
  while (true) {
    Result<bool> row = st.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    const Statement& r = st.value();
    DocumentCorrection c;
    c.id = r.ColumnInt64(0);
    c.document_id = r.ColumnInt64(1);
    c.file = r.ColumnText(2);
    c.sha256 = r.ColumnText(3);
    c.action = r.ColumnText(4);
    c.field = r.ColumnText(5);
    c.extracted = Printed(r, 6);
    c.corrected = c.action == "set" ? Printed(r, 7) : "";
    c.current = Printed(r, 8);
    c.note = r.ColumnText(9);
    c.author = r.ColumnText(10);
    c.created = r.ColumnText(11);
    c.state = r.ColumnText(12);
    out.push_back(std::move(c));
  }
  return out;
}

Result<std::map<std::int64_t, std::vector<DocumentCorrection>>> DocumentCorrectionsByDocument(
    Database* db, std::optional<std::int64_t> document_id) {
  Result<std::vector<DocumentCorrection>> all = ListDocumentCorrections(db, document_id, /*history=*/false);
  if (!all.ok()) return all.status();
  std::map<std::int64_t, std::vector<DocumentCorrection>> out;
  for (DocumentCorrection& c : all.value()) {
    if (c.action == "set") out[c.document_id].push_back(std::move(c));
  }
  return out;
}

void ApplyDocumentCorrections(const std::vector<DocumentCorrection>& sets, DocumentInfo* document) {
  for (const DocumentCorrection& c : sets) {
    for (const DocumentField& f : DocumentFields()) {
      if (f.name != c.field || f.role != FieldRole::kMetadata) continue;
      if (c.corrected == "null") {
        f.Set(document, std::monostate{});
      } else {
        f.Set(document, c.corrected);
      }
    }
  }
}

}  // namespace baocao
