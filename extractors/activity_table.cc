#include "extractors/activity_table.h"

#include <map>
#include <set>

#include "extractors/classify.h"
#include "extractors/folded.h"
#include "normalize/numbers.h"
#include "normalize/text.h"

namespace baocao {
namespace {

std::string OneLine(const std::string& s) {
  std::string out;
  for (char ch : s) out.push_back(ch == '\n' ? ' ' : ch);
  return normalize::CanonicalText(out);
}

// A cell's text when `row` is the cell's own first row; empty for the lower
// rows of a vertically merged cell, so a merged figure is counted once.
std::string OwnText(const Table& t, int row, int col) {
  const TableCell* cell = t.CellAt(row, col);
  if (cell == nullptr || cell->row != row) return "";
  return OneLine(cell->text);
}

bool IsCount(const std::string& s) { return normalize::ParseCount(s).has_value(); }

// "A | B | 1 | 2 | 3" or "(1) | (2) | (3)": column numbers, not data.
bool IsColumnNumberRow(const Table& t, int row) {
  int short_cells = 0, other = 0;
  for (int c = 0; c < t.cols; ++c) {
    const TableCell* cell = t.CellAt(row, c);
    if (cell == nullptr || cell->col != c) continue;
    std::string s = OneLine(cell->text);
    if (s.empty()) continue;
    std::string inner = TrimPunct(s, " ()");
    bool tiny = inner.size() <= 2;
    (tiny ? short_cells : other)++;
  }
  return other == 0 && short_cells >= 3;
}

// First row holding data: a count in a cell of its own, not a column-number row.
int FirstDataRow(const Table& t) {
  for (int r = 0; r < t.rows; ++r) {
    if (IsColumnNumberRow(t, r)) continue;
    for (int c = 0; c < t.cols; ++c) {
      if (IsCount(OwnText(t, r, c))) return r;
    }
  }
  return t.rows;
}

// Column meanings from the header rows [0, header_end): bottom cell first.
std::map<std::string, int> ColumnMeanings(const Table& t, int header_end, const RuleSet& rules) {
  std::map<std::string, int> kinds;
  for (int c = 0; c < t.cols; ++c) {
    const TableCell* previous = nullptr;
    for (int r = header_end - 1; r >= 0; --r) {
      const TableCell* cell = t.CellAt(r, c);
      if (cell == nullptr || cell == previous) continue;
      previous = cell;
      FoldedText text(OneLine(cell->text));
      if (text.canon.empty()) continue;
      const Rule* kind = nullptr;
      for (const Rule& rule : rules.Section("column")) {
        if (kinds.count(rule.id)) continue;  // one column per meaning
        if (RuleSet::Match(rule, text.folded, nullptr)) {
          kind = &rule;
          break;
        }
      }
      if (kind != nullptr) {
        kinds[kind->id] = c;
        break;
      }
    }
  }
  return kinds;
}

std::int64_t MoneyScale(const TableSite& site, const Table& t, int header_end, const RuleSet& rules) {
  std::string text = site.caption;
  for (int r = 0; r < header_end; ++r) {
    for (int c = 0; c < t.cols; ++c) text += " " + OwnText(t, r, c);
  }
  const Rule* r = rules.FirstMatch("money_scale", normalize::FoldKey(normalize::CanonicalText(text)));
  if (r == nullptr) return 1;
  if (r->id == "million") return 1000000;
  if (r->id == "thousand") return 1000;
  return 1;
}

std::string RowText(const Table& t, int row) {
  std::string out;
  std::set<const TableCell*> seen;
  for (int c = 0; c < t.cols; ++c) {
    const TableCell* cell = t.CellAt(row, c);
    if (cell == nullptr || !seen.insert(cell).second) continue;
    std::string s = cell->row == row ? OneLine(cell->text) : "";
    if (!out.empty()) out += " | ";
    out += s;
  }
  return out;
}

std::optional<std::string> Optional(const std::string& s) {
  if (s.empty() || s == "-") return std::nullopt;
  return s;
}

}  // namespace

bool ExtractActivityTable(const TableSite& site, const RuleSet& rules, std::vector<Record>* records) {
  const Table& t = *site.table;
  if (t.rows < 2 || t.cols < 3) return false;
  int data_begin = FirstDataRow(t);
  if (data_begin == 0 || data_begin >= t.rows) return false;
  std::map<std::string, int> col = ColumnMeanings(t, data_begin, rules);
  if (!col.count("name") || (!col.count("classes") && !col.count("participants"))) return false;
  std::int64_t scale = MoneyScale(site, t, data_begin, rules);
  auto text_of = [&](int r, const char* kind) -> std::string {
    auto it = col.find(kind);
    return it == col.end() ? "" : OwnText(t, r, it->second);
  };
  auto count_of = [&](int r, const char* kind) { return normalize::ParseCount(text_of(r, kind)); };

  for (int r = data_begin; r < t.rows; ++r) {
    if (IsColumnNumberRow(t, r)) continue;
    std::string name = text_of(r, "name");
    // A totals row often merges TT and the name column: read the row's first cell too.
    std::string first = OwnText(t, r, 0);
    FoldedText label(CleanLabel(name.empty() ? first : name));
    Record rec;
    rec.type = RecordType::kActivity;
    rec.classes = count_of(r, "classes");
    rec.participants = count_of(r, "participants");
    rec.female = count_of(r, "female");
    std::string cost = text_of(r, "cost");
    if (!cost.empty()) rec.cost_vnd = normalize::ParseMoneyVnd(cost, scale);
    bool has_number = rec.classes || rec.participants || rec.female || rec.cost_vnd;
    if (label.canon.empty() && !has_number) continue;
    if (!has_number) continue;  // a group heading row: no figures of its own
    rec.label = label.canon;
    rec.status = site.context.status;
    rec.period = site.context.period;
    FoldedText first_folded(first);
    if (rules.FirstMatch("total_row", label.folded) || rules.FirstMatch("total_row", first_folded.folded)) {
      rec.topic = "tong";
      rec.notes.total_row = true;
    } else if (auto topic = TopicOf(rules, FoldedText(name.empty() ? first : name))) {
      rec.topic = topic->code;
    }
    FoldedText note(text_of(r, "note"));
    rec.organizer = OrganizerOf(rules, note);
    rec.audience = Optional(text_of(r, "audience"));
    rec.location = Optional(text_of(r, "location"));
    rec.source.page = site.page;
    rec.source.block = site.block;
    rec.source.row = r;
    rec.source.text = RowText(t, r);
    rec.rule = "table.activity";
    records->push_back(std::move(rec));
  }
  return true;
}

}  // namespace baocao
