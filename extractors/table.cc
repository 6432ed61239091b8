#include "extractors/table.h"

#include <cmath>
#include <map>

#include "extractors/classify.h"
#include "extractors/folded.h"
#include "extractors/table_cells.h"
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
  const TableSite& site;
  const TableHeader& header;
  const std::vector<RowMeaning>& rows;
};

void SetSource(const Place& p, const RowMeaning& row, Record* rec) {
  rec->source.page = p.site.page;
  rec->source.block = p.site.block;
  rec->source.row = row.row;
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

// The numbers of a row that no record holds, as figures.
void RowFigures(const Place& p, TableKind kind, const RowMeaning& row, std::vector<Record>* figures) {
  const Table& t = *p.site.table;
  std::string name = row.label;
  if (name.empty() && row.parent >= 0) name = p.rows[static_cast<std::size_t>(row.parent)].label;
  for (int c = 0; c < t.cols; ++c) {
    const ColumnMeaning& col = p.header.columns[static_cast<std::size_t>(c)];
    if (col.field || c == p.header.label_col) continue;
    if (kind != TableKind::kUnknown && col.group >= 0) continue;
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

}  // namespace

std::optional<TableHeader> ExtractTable(const TableSite& site, const RuleSet& rules, std::vector<Record>* records,
                                        std::vector<Record>* figures) {
  const Table& t = *site.table;
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
  Place place{site, *header, rows};
  std::size_t first = records->size();
  // The record of each row × group, to find the section total each is a part of.
  std::map<std::pair<int, int>, std::size_t> record_at;  // (row index, group) -> index in records
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
    RowFigures(place, kind, row, figures);
  }
  for (const auto& [key, index] : record_at) {
    // The nearest section above with a record in the same group.
    for (int p = rows[static_cast<std::size_t>(key.first)].parent; p >= 0;
         p = rows[static_cast<std::size_t>(p)].parent) {
      if (record_at.count({p, key.second})) {
        (*records)[index].notes.sum_parent = rows[static_cast<std::size_t>(p)].row;
        break;
      }
    }
  }
  if (records->size() == first) return std::nullopt;
  return header;
}

}  // namespace baocao
