#include "extractors/table_layout.h"

#include <set>

#include "extractors/classify.h"
#include "extractors/folded.h"
#include "normalize/numbers.h"
#include "normalize/text.h"

namespace baocao {
namespace {

const std::set<std::string> kMeasureKinds = {"classes", "participants", "female", "cost"};

std::string OneLine(const std::string& s) {
  std::string out;
  for (char ch : s) out.push_back(ch == '\n' ? ' ' : ch);
  return normalize::CanonicalText(out);
}

bool IsCount(const std::string& s) { return normalize::ParseCount(s).has_value(); }

// First row holding data: a count in a cell of its own, not a column-number row.
int FirstDataRow(const Table& t) {
  for (int r = 0; r < t.rows; ++r) {
    if (IsColumnNumberRow(t, r)) continue;
    for (int c = 0; c < t.cols; ++c) {
      if (IsCount(OwnCellText(t, r, c))) return r;
    }
  }
  return t.rows;
}

// The merged header cell above column `c` that names a topic or a total, if any.
const TableCell* GroupHeader(const Table& t, int header_end, int c, const RuleSet& rules,
                             std::optional<std::string>* topic) {
  for (int r = 0; r < header_end; ++r) {
    const TableCell* cell = t.CellAt(r, c);
    if (cell == nullptr || cell->col_span < 2 || cell->row + cell->row_span >= header_end) continue;
    FoldedText text(OneLine(cell->text));
    if (rules.FirstMatch("total_row", text.folded) != nullptr) {
      *topic = "tong";
      return cell;
    }
    if (auto found = TopicOf(rules, text)) {
      *topic = found->code;
      return cell;
    }
  }
  return nullptr;
}

std::int64_t MoneyScale(const std::string& caption, const Table& t, int header_end, const RuleSet& rules) {
  std::string text = caption;
  for (int r = 0; r < header_end; ++r) {
    for (int c = 0; c < t.cols; ++c) text += " " + OwnCellText(t, r, c);
  }
  const Rule* r = rules.FirstMatch("money_scale", normalize::FoldKey(normalize::CanonicalText(text)));
  if (r == nullptr) return 1;
  if (r->id == "million") return 1000000;
  if (r->id == "thousand") return 1000;
  return 1;
}

}  // namespace

bool TableLayout::HasMeasure(const std::string& measure) const {
  for (const ColumnGroup& g : groups) {
    if (g.measures.count(measure)) return true;
  }
  return false;
}

std::string OwnCellText(const Table& t, int row, int col) {
  const TableCell* cell = t.CellAt(row, col);
  // A merged cell belongs to its first row and first column: "Tổng cộng"
  // spread over TT, Nội dung and Đối tượng is not an audience.
  if (cell == nullptr || cell->row != row || cell->col != col) return "";
  return OneLine(cell->text);
}

bool IsColumnNumberRow(const Table& t, int row) {
  int short_cells = 0, other = 0;
  for (int c = 0; c < t.cols; ++c) {
    const TableCell* cell = t.CellAt(row, c);
    if (cell == nullptr || cell->col != c || cell->row != row) continue;
    std::string s = OneLine(cell->text);
    if (s.empty()) continue;
    std::string inner = TrimPunct(s, " ()");
    (inner.size() <= 2 ? short_cells : other)++;
  }
  return other == 0 && short_cells >= 3;
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

std::optional<double> RowConfidence(const Table& t, int row) {
  std::optional<double> lowest;
  for (int c = 0; c < t.cols; ++c) {
    const TableCell* cell = t.CellAt(row, c);
    if (cell == nullptr || !cell->confidence) continue;
    if (!lowest || *cell->confidence < *lowest) lowest = cell->confidence;
  }
  return lowest;
}

std::optional<TableLayout> ReadTableLayout(const Table& t, const std::string& caption, const RuleSet& rules) {
  if (t.rows < 2 || t.cols < 2) return std::nullopt;
  TableLayout layout;
  layout.cols = t.cols;
  layout.data_begin = FirstDataRow(t);
  if (layout.data_begin == 0 || layout.data_begin >= t.rows) return std::nullopt;
  layout.money_scale = MoneyScale(caption, t, layout.data_begin, rules);

  std::map<const TableCell*, std::size_t> group_of_header;
  layout.groups.emplace_back();  // the group of measures under no topic header
  for (int c = 0; c < t.cols; ++c) {
    std::optional<std::string> topic;
    const TableCell* group_cell = GroupHeader(t, layout.data_begin, c, rules, &topic);
    std::size_t group = 0;
    if (group_cell != nullptr) {
      auto [it, added] = group_of_header.emplace(group_cell, layout.groups.size());
      if (added) {
        ColumnGroup g;
        g.topic = topic;
        g.label = CleanLabel(OneLine(group_cell->text));
        layout.groups.push_back(std::move(g));
      }
      group = it->second;
    }
    // Bottom header cell first: "Nữ" under "Số lượt người tham gia" is women.
    const TableCell* previous = nullptr;
    for (int r = layout.data_begin - 1; r >= 0; --r) {
      const TableCell* cell = t.CellAt(r, c);
      if (cell == nullptr || cell == previous || cell == group_cell) continue;
      previous = cell;
      FoldedText text(OneLine(cell->text));
      if (text.canon.empty()) continue;
      const Rule* kind = nullptr;
      for (const Rule& rule : rules.Section("column")) {
        bool measure = kMeasureKinds.count(rule.id) > 0;
        bool taken = measure ? layout.groups[group].measures.count(rule.id) > 0 : layout.fields.count(rule.id) > 0;
        if (taken) continue;  // one column per meaning (per group for measures)
        if (RuleSet::Match(rule, text.folded, nullptr)) {
          kind = &rule;
          break;
        }
      }
      if (kind == nullptr) continue;
      if (kMeasureKinds.count(kind->id)) {
        layout.groups[group].measures[kind->id] = c;
      } else {
        layout.fields[kind->id] = c;
      }
      break;
    }
  }
  // Drop groups without measures (the default group may be empty).
  std::vector<ColumnGroup> kept;
  for (ColumnGroup& g : layout.groups) {
    if (!g.measures.empty()) kept.push_back(std::move(g));
  }
  layout.groups = std::move(kept);
  if (layout.groups.empty() && layout.fields.empty()) return std::nullopt;
  return layout;
}

}  // namespace baocao
