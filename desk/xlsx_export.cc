#include "desk/xlsx_export.h"

#include <xlsxwriter.h>

#include <cstdio>
#include <string_view>
#include <vector>
#include <map>

#include "extractors/record_schema.h"

#include "store/statement.h"

namespace baocao {
namespace {

// Excel's limit for the text of one cell.
constexpr std::size_t kMaxCellBytes = 32767;

enum class Kind { kText, kNumber };

struct Column {
  std::string header;
  Kind kind;
  int width;
};

struct Sheet {
  const char* name;
  std::vector<Column> columns;
  std::string sql;  // selects the columns in order
};

// Column widths of the record fields, in characters; others get 10.
int WidthOf(std::string_view name) {
  static const std::map<std::string_view, int> widths = {
      {"status", 8},        {"period", 16},   {"topic", 18},    {"label", 45},       {"name", 45},
      {"organizer", 9},     {"classes", 8},   {"participants", 12}, {"female", 8},   {"cost_vnd", 12},
      {"audience", 24},     {"location", 20}, {"record_commune", 16}, {"approx", 7}, {"category", 11},
      {"amount_vnd", 14},   {"value", 10},    {"unit", 10},     {"of", 8},           {"page", 6},
      {"block", 6},         {"row", 5},       {"col", 5},       {"box", 24},         {"source_text", 60},
      {"rule", 20}};
  auto it = widths.find(name);
  return it == widths.end() ? 10 : it->second;
}

// How the views name a record field (store/views.h).
std::string ViewColumn(const RecordField& f) {
  if (f.name == "commune") return "record_commune";
  if (f.name == "text") return "source_text";
  return std::string(f.name);
}

// A sheet of one record type from the record schema: the document context
// columns, then every field the type carries (corrected values, from the
// views), the corrected/review flags, then provenance.
Sheet RecordSheet(const char* name, RecordType type, std::vector<Column> context, const std::string& context_sql,
                  const std::string& from) {
  Sheet sheet{name, std::move(context), "SELECT " + context_sql};
  auto add = [&sheet](const RecordField& f, std::string header) {
    bool number = f.type == ValueType::kInteger || f.type == ValueType::kReal || f.type == ValueType::kBool;
    sheet.columns.push_back({header, number ? Kind::kNumber : Kind::kText, WidthOf(header)});
    sheet.sql += ", \"" + ViewColumn(f) + "\"";
  };
  for (const RecordField& f : RecordFields()) {
    if (f.sql_table != "records" || !f.Carries(type) || f.role == FieldRole::kProvenance) continue;
    add(f, type == RecordType::kFigure && f.name == "label" ? "name" : ViewColumn(f));
  }
  sheet.columns.push_back({"corrected", Kind::kNumber, 9});
  sheet.columns.push_back({"review", Kind::kNumber, 7});
  sheet.sql += ", corrected, review";
  for (const RecordField& f : RecordFields()) {
    if (f.role == FieldRole::kProvenance && !f.sql_table.empty()) add(f, ViewColumn(f));
  }
  sheet.sql += " " + from;
  return sheet;
}

// The sheets of ExportXlsx. The SQL reads the views, so corrections apply
// and superseded versions stay out.
const std::vector<Sheet>& Sheets() {
  constexpr Kind T = Kind::kText;
  constexpr Kind N = Kind::kNumber;
  static const auto* sheets = new std::vector<Sheet>{
      RecordSheet("activities", RecordType::kActivity,
                  {{"document_id", N, 11}, {"record_id", N, 9}, {"file", T, 30}, {"issuer", T, 28},
                   {"district", T, 16}, {"province", T, 14}, {"commune", T, 16}},
                  "document_id, record_id, file, issuer, district, province, commune",
                  "FROM v_activities ORDER BY document_id, record_id"),
      RecordSheet("budgets", RecordType::kBudget,
                  {{"document_id", N, 11}, {"record_id", N, 9}, {"file", T, 30}, {"issuer", T, 28},
                   {"district", T, 16}, {"province", T, 14}, {"commune", T, 16}},
                  "document_id, record_id, file, issuer, district, province, commune",
                  "FROM v_budgets ORDER BY document_id, record_id"),
      RecordSheet("figures", RecordType::kFigure,
                  {{"document_id", N, 11}, {"record_id", N, 9}, {"file", T, 30}, {"issuer", T, 28},
                   {"commune", T, 16}},
                  "document_id, record_id, file, issuer, COALESCE(record_commune, document_commune)",
                  "FROM v_records WHERE type = 'figure' AND NOT rejected ORDER BY document_id, ordinal"),
      {"checks",
       {{"document_id", N, 11}, {"record_id", N, 9}, {"file", T, 30}, {"issuer", T, 28}, {"commune", T, 16},
        {"rule", T, 20}, {"severity", T, 8}, {"message", T, 60}, {"refs", T, 10}, {"page", N, 6},
        {"block", N, 6}, {"row", N, 5}, {"source_text", T, 60}},
       "SELECT v.document_id, v.record_id, v.file, v.issuer, v.document_commune, v.rule, v.severity,"
       " v.message, (SELECT group_concat(ref_ordinal, ' ') FROM (SELECT ref_ordinal FROM check_refs"
       " WHERE check_id = v.record_id ORDER BY position)), v.page, v.block, v.\"row\", v.source_text"
       " FROM v_records v WHERE v.type = 'check' AND NOT v.rejected ORDER BY v.document_id, v.ordinal"},
      {"documents",
       {{"document_id", N, 11}, {"file", T, 30}, {"doc_type", T, 10}, {"ref", T, 16}, {"issued", T, 11},
        {"title", T, 50}, {"issuer", T, 28}, {"commune", T, 16}, {"district", T, 16}, {"province", T, 14},
        {"version", N, 8}, {"supersedes", N, 11}, {"loaded_at", T, 21}, {"rules_version", T, 14}},
       "SELECT document_id, file, doc_type, ref, issued, title, issuer, commune, district, province, version,"
       " supersedes_id, loaded_at, rules_version FROM v_documents WHERE superseded_by IS NULL"
       " ORDER BY document_id"},
      {"corrections",
       {{"correction_id", N, 13}, {"document_id", N, 11}, {"record_id", N, 9}, {"file", T, 30},
        {"action", T, 7}, {"field", T, 12}, {"extracted", T, 10}, {"corrected", T, 10}, {"current", T, 10},
        {"state", T, 9}, {"note", T, 40}, {"author", T, 12}, {"created", T, 21}},
       "SELECT c.id, c.document_id, c.record_id, d.file, c.action, c.field, c.extracted_value,"
       " c.corrected_value, c.current_value, c.state, c.note, c.author, c.created"
       " FROM v_corrections c JOIN documents d ON d.id = c.document_id ORDER BY c.id"},
      // The metadata corrections: a report's commune, date or type set by
      // hand moves all its figures in the other sheets, so the workbook
      // says who changed it and why, as for records.
      {"document_corrections",
       {{"correction_id", N, 13}, {"document_id", N, 11}, {"file", T, 30}, {"action", T, 7}, {"field", T, 12},
        {"extracted", T, 16}, {"corrected", T, 16}, {"current", T, 16}, {"state", T, 9}, {"note", T, 40},
        {"author", T, 12}, {"created", T, 21}},
       "SELECT c.id, c.document_id, d.file, c.action, c.field, c.extracted_value, c.corrected_value,"
       " c.current_value, c.state, c.note, c.author, c.created"
       " FROM v_document_corrections c JOIN documents d ON d.id = c.document_id ORDER BY c.id"},
  };
  return *sheets;
}

// Cuts `text` to Excel's cell limit at a UTF-8 character boundary.
std::string CellText(std::string text) {
  if (text.size() <= kMaxCellBytes) return text;
  std::size_t end = kMaxCellBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  text.resize(end);
  return text;
}

Status XlsxError(lxw_error e, const std::string& path) {
  return Status::IoError("xlsx: " + path + ": " + lxw_strerror(e));
}

// Owns the workbook: closing writes the file, so every path closes it.
class Workbook {
 public:
  explicit Workbook(const std::string& path) : path_(path), wb_(workbook_new(path.c_str())) {
    if (wb_ != nullptr) {
      header_ = workbook_add_format(wb_);
      format_set_bold(header_);
      format_set_bg_color(header_, 0xDDEBF7);
      format_set_text_wrap(header_);
      bold_ = workbook_add_format(wb_);
      format_set_bold(bold_);
      integer_ = workbook_add_format(wb_);
      format_set_num_format(integer_, "#,##0");
      bold_integer_ = workbook_add_format(wb_);
      format_set_num_format(bold_integer_, "#,##0");
      format_set_bold(bold_integer_);
    }
  }
  ~Workbook() {
    if (wb_ != nullptr) workbook_close(wb_);
  }
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  bool ok() const { return wb_ != nullptr; }
  lxw_workbook* get() { return wb_; }
  lxw_format* header() { return header_; }
  lxw_format* bold() { return bold_; }
  lxw_format* integer() { return integer_; }
  lxw_format* bold_integer() { return bold_integer_; }

  Status Close() {
    lxw_error e = workbook_close(wb_);
    wb_ = nullptr;
    if (e != LXW_NO_ERROR) return XlsxError(e, path_);
    return Status::Ok();
  }

 private:
  std::string path_;
  lxw_workbook* wb_;
  lxw_format* header_ = nullptr;
  lxw_format* bold_ = nullptr;
  lxw_format* integer_ = nullptr;
  lxw_format* bold_integer_ = nullptr;
};

// Remembers the first write error, so a sheet's cells need no checks of
// their own.
struct Writer {
  lxw_worksheet* ws;
  lxw_error error = LXW_NO_ERROR;
  void Note(lxw_error e) {
    if (error == LXW_NO_ERROR) error = e;
  }
  void Text(lxw_row_t r, lxw_col_t c, const std::string& text, lxw_format* f = nullptr) {
    Note(worksheet_write_string(ws, r, c, CellText(text).c_str(), f));
  }
  void Number(lxw_row_t r, lxw_col_t c, double v, lxw_format* f = nullptr) {
    Note(worksheet_write_number(ws, r, c, v, f));
  }
  void Optional(lxw_row_t r, lxw_col_t c, const std::optional<std::int64_t>& v, lxw_format* f) {
    if (v) Number(r, c, static_cast<double>(*v), f);  // unknown stays an empty cell
  }
};

Status WriteSheet(Database* db, Workbook& wb, const Sheet& sheet) {
  lxw_worksheet* ws = workbook_add_worksheet(wb.get(), sheet.name);
  if (ws == nullptr) return Status::Internal(std::string("xlsx: cannot add sheet ") + sheet.name);
  Writer w{ws};
  for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
    const Column& col = sheet.columns[c];
    auto cc = static_cast<lxw_col_t>(c);
    w.Note(worksheet_set_column(ws, cc, cc, col.width, nullptr));
    w.Text(0, cc, col.header, wb.header());
  }
  worksheet_freeze_panes(ws, 1, 0);

  Result<Statement> st = Statement::Prepare(db->handle(), sheet.sql);
  if (!st.ok()) return st.status();
  lxw_row_t row = 0;
  while (true) {
    Result<bool> more = st.value().Step();
    if (!more.ok()) return more.status();
    if (!more.value()) break;
    ++row;
    for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
      int col = static_cast<int>(c);
      if (st.value().IsNull(col)) continue;
      auto cc = static_cast<lxw_col_t>(c);
      if (sheet.columns[c].kind == Kind::kNumber) {
        w.Number(row, cc, st.value().ColumnDouble(col));
      } else {
        w.Text(row, cc, st.value().ColumnText(col));
      }
    }
  }
  if (w.error != LXW_NO_ERROR) return Status::IoError(std::string("xlsx: ") + lxw_strerror(w.error));
  return Status::Ok();
}

}  // namespace

Status ExportXlsx(Database* db, const std::string& path) {
  Workbook wb(path);
  if (!wb.ok()) return Status::IoError("xlsx: cannot create " + path);
  // One snapshot: the sheets agree with each other.
  Transaction snapshot(db->handle());
  if (Status s = snapshot.BeginRead(); !s.ok()) return s;
  for (const Sheet& sheet : Sheets()) {
    if (Status s = WriteSheet(db, wb, sheet); !s.ok()) return s;
  }
  if (Status s = snapshot.Commit(); !s.ok()) return s;
  return wb.Close();
}

Status WriteRollupXlsx(const Rollup& rollup, const std::string& path) {
  Workbook wb(path);
  if (!wb.ok()) return Status::IoError("xlsx: cannot create " + path);
  // The period stays out of the name: "/" is not allowed in a sheet name.
  lxw_worksheet* ws = workbook_add_worksheet(wb.get(), "Tổng hợp");
  if (ws == nullptr) return Status::Internal("xlsx: cannot add the roll-up sheet");
  Writer w{ws};

  // Columns: commune, district, then (classes, participants, women) per topic
  // and for the total, then budget by source, then status notes.
  const char* measures[] = {"Số lớp", "Lượt người", "Nữ"};
  std::vector<std::string> groups = rollup.topics;
  groups.push_back("tong");
  lxw_col_t col = 0;
  w.Note(worksheet_merge_range(ws, 0, col, 1, col, "Xã / thị trấn", wb.header()));
  w.Note(worksheet_set_column(ws, col, col, 22, nullptr));
  ++col;
  w.Note(worksheet_merge_range(ws, 0, col, 1, col, "Huyện", wb.header()));
  w.Note(worksheet_set_column(ws, col, col, 16, nullptr));
  ++col;
  for (const std::string& topic : groups) {
    w.Note(worksheet_merge_range(ws, 0, col, 0, col + 2, TopicHeading(topic).c_str(), wb.header()));
    for (int m = 0; m < 3; ++m) w.Text(1, static_cast<lxw_col_t>(col + m), measures[m], wb.header());
    w.Note(worksheet_set_column(ws, col, col + 2, 10, nullptr));
    col += 3;
  }
  lxw_col_t budget_col = col;
  if (!rollup.categories.empty()) {
    auto last = static_cast<lxw_col_t>(col + rollup.categories.size() - 1);
    if (last > col) {
      w.Note(worksheet_merge_range(ws, 0, col, 0, last, "Kinh phí (đồng)", wb.header()));
    } else {
      w.Text(0, col, "Kinh phí (đồng)", wb.header());
    }
    for (const std::string& c : rollup.categories) {
      w.Text(1, col, CategoryHeading(c), wb.header());
      w.Note(worksheet_set_column(ws, col, col, 16, nullptr));
      ++col;
    }
  }
  lxw_col_t notes_col = col;
  w.Note(worksheet_merge_range(ws, 0, col, 1, col, "Ghi chú", wb.header()));
  w.Note(worksheet_set_column(ws, col, col, 24, nullptr));
  worksheet_freeze_panes(ws, 2, 1);

  auto write_row = [&](lxw_row_t r, const RollupRow& row, bool bold) {
    lxw_format* text = bold ? wb.bold() : nullptr;
    lxw_format* number = bold ? wb.bold_integer() : wb.integer();
    w.Text(r, 0, row.commune, text);
    if (row.district) w.Text(r, 1, *row.district, text);
    lxw_col_t c = 2;
    for (const std::string& topic : groups) {
      const RollupMeasures* m = nullptr;
      if (topic == "tong") {
        m = &row.total;
      } else if (auto it = row.topics.find(topic); it != row.topics.end()) {
        m = &it->second;
      }
      if (m != nullptr) {
        w.Optional(r, c, m->classes, number);
        w.Optional(r, static_cast<lxw_col_t>(c + 1), m->participants, number);
        w.Optional(r, static_cast<lxw_col_t>(c + 2), m->female, number);
      }
      c = static_cast<lxw_col_t>(c + 3);
    }
    c = budget_col;
    for (const std::string& category : rollup.categories) {
      if (auto it = row.budget.find(category); it != row.budget.end()) w.Optional(r, c, it->second, number);
      ++c;
    }
    std::string note;
    if (!row.reported) note = "chưa báo cáo";
    if (row.source == "table") note = "theo biểu tổng hợp của huyện";
    if (row.review) note += std::string(note.empty() ? "" : "; ") + "có hiệu chỉnh cần xem lại";
    else if (row.corrected) note += std::string(note.empty() ? "" : "; ") + "có hiệu chỉnh";
    if (!note.empty()) w.Text(r, notes_col, note, text);
  };

  // Reported communes, then those that have not reported (empty figures),
  // then the totals row.
  lxw_row_t r = 2;
  for (const RollupRow& row : rollup.rows) write_row(r++, row, false);
  write_row(r++, rollup.totals, true);
  if (w.error != LXW_NO_ERROR) return Status::IoError(std::string("xlsx: ") + lxw_strerror(w.error));
  return wb.Close();
}

}  // namespace baocao
