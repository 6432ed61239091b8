#include "extractors/table.h"

#include <cmath>
#include <map>
#include <set>

#include "extractors/classify.h"
#include "extractors/folded.h"
#include "extractors/table_cells.h"
#include "extractors/table_lines.h"
#include "extractors/table_rows.h"
#include "normalize/numbers.h"

namespace baocao {
namespace {

enum class TableKind { kActivity, kBudget, kUnknown };

std::optional<std::string> YearOf(const std::optional<std::string>& period) {
  if (!period || period->size() < 4) return std::nullopt;
  return period->substr(0, 4);
}

std::string JoinLabel(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + " — " + b;
}

// Everything one record needs to know about where it was read.
struct Place {
  const TableSite& site;  // its table is the one read (line-aligned rows split)
  const TableHeader& header;
  const std::vector<RowMeaning>& rows;
  const std::vector<int>& origin;  // per row read: its row in the document's table

  int DocumentRow(int row) const { return origin[static_cast<std::size_t>(row)]; }
};

void SetSource(const Place& p, const RowMeaning& row, Record* rec) {
  rec->source.page = p.site.page;
  rec->source.block = p.site.block;
  rec->source.row = p.DocumentRow(row.row);
  rec->source.text = RowText(*p.site.table, row.row);
  rec->notes.confidence = RowConfidence(*p.site.table, row.row);
  rec->notes.table = p.header.first_block;
  rec->notes.total_row = row.total == TotalKind::kGrand;
  rec->notes.breakdown = row.breakdown;
}

// The dimensions of row × group: the row's own words first, then the
// group's header, then the sections above the row, the table, the context.
Dims CellDims(const Place& p, const RowMeaning& row, const Dims& group) {
  Dims d = row.own;
  d.Inherit(group);
  d.Inherit(row.dims);
  d.Inherit(p.header.dims);
  Dims context;
  context.status = p.site.context.status;
  context.period = p.site.context.period;
  // A plan's table stating a year before the plan's own ("Năm 2023 | Năm
  // 2024" in a plan for 2025) states results: a plan is for its own year
  // or later.
  std::optional<std::string> own_year = YearOf(d.period), plan_year = YearOf(context.period);
  if (!d.status && context.status == std::optional<std::string>("plan") && own_year && plan_year &&
      *own_year < *plan_year) {
    context.status = "actual";
  }
  d.Inherit(context);
  return d;
}

// A count cell: a whole number, else null with a note when it held digits.
std::optional<std::int64_t> CountCell(const Table& t, int r, int c, std::vector<std::string>* unsure) {
  CellNumber n = ReadCellNumber(t, r, c);
  if (n.blank) return std::nullopt;
  if (n.value && !n.percent && *n.value >= 0 && std::floor(*n.value) == *n.value) {
    return static_cast<std::int64_t>(*n.value);
  }
  // A count has no fraction, so "1,461" under "Số lượt người" is English
  // thousands; "2,5" stays unsure (ParseCount refuses it).
  if (!n.value && t.CellAt(r, c)->text.find('\n') == std::string::npos) {
    if (std::optional<std::int64_t> count = normalize::ParseCount(OwnCellText(t, r, c))) return count;
  }
  unsure->push_back(n.unsure.empty() ? "\"" + OwnCellText(t, r, c) + "\": not a whole count" : n.unsure);
  return std::nullopt;
}

// A money cell in đồng, its number times the unit stated for its column.
std::optional<std::int64_t> MoneyCell(const Place& p, int r, int c, std::vector<std::string>* unsure) {
  const Table& t = *p.site.table;
  CellNumber n = ReadCellNumber(t, r, c);
  if (n.blank) return std::nullopt;
  std::string text = OwnCellText(t, r, c);
  bool one_line = t.CellAt(r, c)->text.find('\n') == std::string::npos || n.unsure.empty();
  if (one_line) {
    if (std::optional<std::int64_t> vnd = normalize::ParseMoneyVnd(text, p.header.MoneyUnit(c))) return vnd;
  }
  unsure->push_back(n.unsure.empty() ? "\"" + text + "\": not an amount" : n.unsure);
  return std::nullopt;
}

std::string BudgetCategory(const RuleSet& rules, const RowMeaning& row, const Dims& d, std::string* rule) {
  if (row.total != TotalKind::kNone && !row.own.money_part.has_value()) {
    *rule = "table.budget_total";
    return "total";
  }
  if (row.total != TotalKind::kNone) {
    *rule = "table.budget_total";
    return row.own.money_part == std::optional<std::string>("balance") ? "other" : "total";
  }
  if (d.money_part == std::optional<std::string>("balance") || d.money_part == std::optional<std::string>("expense")) {
    *rule = "table.budget_" + *d.money_part;
    return "other";
  }
  if (const Rule* r = rules.FirstMatch("budget", FoldedText(row.label).folded)) {
    *rule = "table." + r->FullId();
    return r->id;
  }
  *rule = "table.budget_other";
  return "other";
}

// One record of row × group, or nullopt when the row states nothing there.
std::optional<Record> GroupRecord(const Place& p, const RuleSet& rules, TableKind kind, const RowMeaning& row,
                                  const ColumnGroup& group, int group_index) {
  const Table& t = *p.site.table;
  Record rec;
  std::vector<std::string>& unsure = rec.notes.unsure;
  Dims d = CellDims(p, row, group.dims);
  if (kind == TableKind::kBudget) {
    auto it = group.measures.find("cost");
    if (it == group.measures.end()) return std::nullopt;
    rec.type = RecordType::kBudget;
    rec.amount_vnd = MoneyCell(p, row.row, it->second, &unsure);
    if (!rec.amount_vnd && unsure.empty()) return std::nullopt;
    rec.status = d.status == std::optional<std::string>("plan") ? "plan" : "actual";
    rec.period = d.period;
    rec.category = BudgetCategory(rules, row, d, &rec.rule);
    if (group.measures.size() == 1) rec.source.col = it->second;
  } else {
    rec.type = RecordType::kActivity;
    for (const auto& [measure, col] : group.measures) {
      if (measure == "classes") rec.classes = CountCell(t, row.row, col, &unsure);
      if (measure == "participants") rec.participants = CountCell(t, row.row, col, &unsure);
      if (measure == "female") rec.female = CountCell(t, row.row, col, &unsure);
      if (measure == "cost") rec.cost_vnd = MoneyCell(p, row.row, col, &unsure);
    }
    if (!rec.classes && !rec.participants && !rec.female && !rec.cost_vnd && unsure.empty()) return std::nullopt;
    rec.status = d.status;
    rec.period = d.period;
    rec.topic = d.topic;
    bool whole = row.total != TotalKind::kNone || row.unit_row || row.period_row;
    if (!rec.topic && whole) rec.topic = "tong";
    rec.organizer = d.organizer;
    if (row.total == TotalKind::kNone) rec.commune = d.commune;
    rec.audience = row.audience;
    rec.location = row.location;
    rec.rule = rec.commune ? "table.rollup" : "table.activity";
  }
  rec.label = JoinLabel(row.label, group.label);
  if (rec.label.empty()) return std::nullopt;
  SetSource(p, row, &rec);
  rec.notes.table_group = group_index;
  return rec;
}

bool IsPercentHeader(const ColumnMeaning& col) {
  std::string folded = normalize::FoldKey(col.Header());
  return folded.find('%') != std::string::npos || folded.find("ty le") != std::string::npos ||
         folded.find("ti le") != std::string::npos;
}

// The numbers of a row that no record holds, as figures. `held`: columns
// whose cells of this row a record holds already.
void RowFigures(const Place& p, TableKind kind, const RowMeaning& row, const std::set<int>& held,
                std::vector<Record>* figures) {
  const Table& t = *p.site.table;
  std::string name = row.label;
  if (name.empty() && row.parent >= 0) name = p.rows[static_cast<std::size_t>(row.parent)].label;
  for (int c = 0; c < t.cols; ++c) {
    const ColumnMeaning& col = p.header.columns[static_cast<std::size_t>(c)];
    if (col.field || c == p.header.label_col) continue;
    if (kind != TableKind::kUnknown && col.group >= 0) continue;
    if (held.count(c)) continue;
    CellNumber n = ReadCellNumber(t, row.row, c);
    if (!n.value) continue;
    Record f;
    f.type = RecordType::kFigure;
    f.label = JoinLabel(name, col.Header());
    if (f.label.empty()) continue;
    f.value = n.value;
    if (n.percent || IsPercentHeader(col)) f.unit = "%";
    f.period = CellDims(p, row, col.dims).period;
    f.rule = "table.figure";
    SetSource(p, row, &f);
    f.source.col = c;
    figures->push_back(std::move(f));
  }
}

// The measure a row label names ("Số lớp chuyên đề" -> classes, "Trong đó
// nữ" -> female), with the [column] rules that name header cells.
std::optional<std::string> RowMeasure(const RuleSet& rules, const RowMeaning& row) {
  FoldedText label(row.label);
  for (const Rule& r : rules.Section("column")) {
    if (!RuleSet::Match(r, label.folded, nullptr)) continue;
    if (r.id == "classes" || r.id == "participants" || r.id == "female" || r.id == "cost") return r.id;
    return std::nullopt;
  }
  return std::nullopt;
}

// The money unit a row states in its own word cells ("Triệu đồng" under ĐVT).
std::optional<std::int64_t> RowMoneyUnit(const RuleSet& rules, const Table& t, int row) {
  for (int c = 0; c < t.cols; ++c) {
    const TableCell* cell = t.CellAt(row, c);
    if (cell == nullptr || cell->row != row || HasDigit(cell->text)) continue;
    if (std::optional<std::int64_t> unit = MoneyUnitOf(rules, FoldedText(cell->text))) return unit;
  }
  return std::nullopt;
}

// Tables whose rows name the measures and whose columns the statuses or
// periods, the indicator tables of results against plan:
//
//   Chỉ tiêu               | ĐVT        | Kế hoạch 2024 | Thực hiện | Tỷ lệ %
//   Số lớp chuyên đề       | Lớp        | 20            | 22        | 110
//   Số lượt người tham gia | Lượt người | 1.000         | 1.150     | 115
//
// One record per column and per run of measure rows under the same section
// (its topic, else the total; rows naming different topics are different
// runs, and a run may be one row of classes or people); ratio columns stay
// figures. Returns the cells held, (row, column), empty when the table is
// not of this kind: at least two rows naming different measures, classes or
// participants among them.
std::set<std::pair<int, int>> ExtractMeasureRows(const Place& p, const RuleSet& rules, std::vector<Record>* records) {
  const Table& t = *p.site.table;
  std::vector<std::pair<const RowMeaning*, std::string>> measured;
  std::set<std::string> names;
  for (const RowMeaning& row : p.rows) {
    if (!row.has_values) continue;
    if (std::optional<std::string> m = RowMeasure(rules, row)) {
      measured.emplace_back(&row, *m);
      names.insert(*m);
    }
  }
  std::set<std::pair<int, int>> held;
  if (names.size() < 2 || (!names.count("classes") && !names.count("participants"))) return held;
  // Runs of measure rows sharing a section: one record per run and column.
  std::vector<std::vector<std::size_t>> runs;
  for (std::size_t i = 0; i < measured.size(); ++i) {
    const RowMeaning& row = *measured[i].first;
    // Same section as the run's first row, or a breakdown of a row of the
    // run ("Trong đó nữ" under "Số lượt người tham gia"); a run states each
    // measure once.
    bool joins = false;
    if (!runs.empty()) {
      joins = measured[runs.back().front()].first->parent == row.parent;
      for (std::size_t j : runs.back()) {
        const RowMeaning* member = measured[j].first;
        joins = joins || (row.parent >= 0 && &p.rows[static_cast<std::size_t>(row.parent)] == member);
      }
      for (std::size_t j : runs.back()) joins = joins && measured[j].second != measured[i].second;
      // "Số lớp tin học" then "Số học viên lớp tiếng Anh": rows that name
      // different topics are different activities.
      const std::optional<std::string>& run_topic = measured[runs.back().front()].first->own.topic;
      if (run_topic && row.own.topic && *run_topic != *row.own.topic) joins = false;
    }
    if (joins) runs.back().push_back(i);
    else runs.push_back({i});
  }
  for (int c = 0; c < t.cols; ++c) {
    const ColumnMeaning& col = p.header.columns[static_cast<std::size_t>(c)];
    if (c == p.header.label_col || col.field || col.ratio) continue;
    if (IsPercentHeader(col)) continue;
    for (const std::vector<std::size_t>& run : runs) {
      // A lone row counts an activity when it counts its classes or people
      // ("Số lớp xóa mù chữ | Lớp | 1" among rows of other topics).
      if (run.size() < 2 && measured[run.front()].second != "classes" &&
          measured[run.front()].second != "participants") {
        continue;
      }
      const RowMeaning& first = *measured[run.front()].first;
      Record rec;
      rec.type = RecordType::kActivity;
      std::vector<std::string>& unsure = rec.notes.unsure;
      for (std::size_t i : run) {
        const RowMeaning& row = *measured[i].first;
        const std::string& m = measured[i].second;
        if (ReadCellNumber(t, row.row, c).blank) continue;
        held.insert({row.row, c});
        if (m == "classes") rec.classes = CountCell(t, row.row, c, &unsure);
        if (m == "participants") rec.participants = CountCell(t, row.row, c, &unsure);
        if (m == "female") rec.female = CountCell(t, row.row, c, &unsure);
        if (m == "cost") {
          std::int64_t unit = RowMoneyUnit(rules, t, row.row).value_or(p.header.MoneyUnit(c));
          rec.cost_vnd = normalize::ParseMoneyVnd(OwnCellText(t, row.row, c), unit);
          if (!rec.cost_vnd) unsure.push_back("\"" + OwnCellText(t, row.row, c) + "\": not an amount");
        }
      }
      if (!rec.classes && !rec.participants && !rec.female && !rec.cost_vnd && unsure.empty()) continue;
      Dims d = CellDims(p, first, col.dims);
      rec.status = d.status;
      rec.period = d.period;
      rec.topic = d.topic ? d.topic : std::optional<std::string>("tong");
      rec.organizer = d.organizer;
      rec.label = JoinLabel(first.parent >= 0 ? p.rows[static_cast<std::size_t>(first.parent)].label : first.label,
                            col.Header());
      if (rec.label.empty()) rec.label = first.label;
      rec.rule = "table.measure_rows";
      SetSource(p, first, &rec);
      rec.source.col = c;
      rec.notes.table_group = c;
      rec.notes.total_row = false;
      records->push_back(std::move(rec));
    }
  }
  return held;
}

}  // namespace

std::optional<TableHeader> ExtractTable(const TableSite& document_site, const RuleSet& rules,
                                        std::vector<Record>* records, std::vector<Record>* figures) {
  const LineSplitTable split = SplitLineAlignedRows(*document_site.table);
  TableSite site = document_site;
  site.table = &split.table;
  const Table& t = split.table;
  std::optional<std::string> year = YearOf(site.context.period);
  std::optional<TableHeader> header = ReadTableHeader(t, site.captions, rules, year);
  if (header) header->first_block = site.block;
  if ((!header || !header->has_header) && site.previous != nullptr && site.previous->cols == t.cols) {
    header = ContinuedHeader(t, *site.previous);
  }
  if (!header) return std::nullopt;
  std::vector<RowMeaning> rows = ReadTableRows(t, *header, rules, year);
  TableKind kind = TableKind::kUnknown;
  if (header->HasCounts()) {
    kind = TableKind::kActivity;
  } else if (header->HasMeasure("cost") && header->label_col >= 0) {
    kind = TableKind::kBudget;
  }
  Place place{site, *header, rows, split.origin};
  std::size_t first = records->size();
  // The record of each row × group, to find the section total each is a part of.
  std::map<std::pair<int, int>, std::size_t> record_at;  // (row index, group) -> index in records
  std::set<std::pair<int, int>> by_measure_rows;
  if (kind == TableKind::kUnknown) by_measure_rows = ExtractMeasureRows(place, rules, records);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const RowMeaning& row = rows[i];
    if (!row.has_values) continue;
    if (kind != TableKind::kUnknown) {
      for (std::size_t g = 0; g < header->groups.size(); ++g) {
        std::optional<Record> rec =
            GroupRecord(place, rules, kind, row, header->groups[g], static_cast<int>(g));
        if (!rec) continue;
        record_at[{static_cast<int>(i), static_cast<int>(g)}] = records->size();
        records->push_back(std::move(*rec));
      }
    }
    std::set<int> held;
    for (const auto& [r, c] : by_measure_rows) {
      if (r == row.row) held.insert(c);
    }
    RowFigures(place, kind, row, held, figures);
  }
  for (const auto& [key, index] : record_at) {
    // The nearest section above with a record in the same group.
    for (int p = rows[static_cast<std::size_t>(key.first)].parent; p >= 0;
         p = rows[static_cast<std::size_t>(p)].parent) {
      if (record_at.count({p, key.second})) {
        (*records)[index].notes.sum_parent = place.DocumentRow(rows[static_cast<std::size_t>(p)].row);
        break;
      }
    }
  }
  if (records->size() == first) return std::nullopt;
  return header;
}

}  // namespace baocao
