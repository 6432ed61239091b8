#include "extractors/activity_table.h"

#include "extractors/classify.h"
#include "extractors/folded.h"
#include "extractors/metadata.h"
#include "normalize/numbers.h"
#include "normalize/text.h"

namespace baocao {
namespace {

std::optional<std::string> Optional(const std::string& s) {
  if (s.empty() || s == "-") return std::nullopt;
  return s;
}

// The layout for this table: its own header, or the previous table's when
// this one continues it (no header, same number of columns).
std::optional<TableLayout> LayoutFor(const TableSite& site, const RuleSet& rules) {
  std::optional<TableLayout> own = ReadTableLayout(*site.table, site.caption, rules);
  if (own) return own;
  if (site.previous != nullptr && site.previous->cols == site.table->cols) {
    TableLayout continued = *site.previous;
    continued.data_begin = 0;
    while (continued.data_begin < site.table->rows && IsColumnNumberRow(*site.table, continued.data_begin)) {
      ++continued.data_begin;
    }
    return continued;
  }
  return std::nullopt;
}

// The commune a roll-up row is about: "Xã Yên Thịnh", "TTHTCĐ xã Yên
// Thịnh" -> "Yên Thịnh"; a bare name is the name.
std::optional<std::string> CommuneOf(const RuleSet& rules, const std::string& cell) {
  FoldedText t(cell);
  const Rule* place = rules.Find("place", "commune");
  std::vector<std::pair<std::size_t, std::size_t>> g;
  if (place != nullptr && RuleSet::Match(*place, t.folded, &g) &&
      RuleSet::Group(g, 1).first != std::string::npos) {
    std::string name = NameOnly(t.CanonSpan(g[1].first, g[1].second));
    if (!name.empty()) return name;
  }
  std::string name = NameOnly(CleanLabel(cell));
  if (name.empty()) return std::nullopt;
  return name;
}

}  // namespace

std::optional<TableLayout> ExtractActivityTable(const TableSite& site, const RuleSet& rules,
                                                std::vector<Record>* records) {
  const Table& t = *site.table;
  std::optional<TableLayout> found = LayoutFor(site, rules);
  if (!found) return std::nullopt;
  const TableLayout& layout = *found;
  bool rollup = layout.Has("unit") && !layout.Has("name");
  if ((!layout.Has("name") && !rollup) || (!layout.HasMeasure("classes") && !layout.HasMeasure("participants"))) {
    return std::nullopt;
  }
  auto field = [&](int r, const char* name) -> std::string {
    auto it = layout.fields.find(name);
    return it == layout.fields.end() ? "" : OwnCellText(t, r, it->second);
  };

  for (int r = layout.data_begin; r < t.rows; ++r) {
    if (IsColumnNumberRow(t, r)) continue;
    std::string name = field(r, rollup ? "unit" : "name");
    // A totals row often merges TT and the name column: read the row's first cell too.
    std::string first = OwnCellText(t, r, 0);
    std::string printed = name.empty() ? first : name;
    FoldedText label(CleanLabel(printed));
    bool total_row = rules.FirstMatch("total_row", label.folded) != nullptr ||
                     rules.FirstMatch("total_row", FoldedText(first).folded) != nullptr;
    Context row_context = site.context;
    std::string time = field(r, "time");
    if (!time.empty()) {
      Context own = ContextOf(rules, FoldedText(time), site.context.period);
      if (own.period) row_context.period = own.period;
    }
    for (const ColumnGroup& group : layout.groups) {
      auto count_of = [&](const char* measure) -> std::optional<std::int64_t> {
        auto it = group.measures.find(measure);
        if (it == group.measures.end()) return std::nullopt;
        return normalize::ParseCount(OwnCellText(t, r, it->second));
      };
      Record rec;
      rec.type = RecordType::kActivity;
      rec.classes = count_of("classes");
      rec.participants = count_of("participants");
      rec.female = count_of("female");
      if (auto it = group.measures.find("cost"); it != group.measures.end()) {
        std::string cost = OwnCellText(t, r, it->second);
        if (!cost.empty()) rec.cost_vnd = normalize::ParseMoneyVnd(cost, layout.money_scale);
      }
      if (!rec.classes && !rec.participants && !rec.female && !rec.cost_vnd) continue;  // no figures of its own
      if (label.canon.empty() && group.label.empty()) continue;
      rec.status = row_context.status;
      rec.period = row_context.period;
      rec.notes.total_row = total_row;
      if (group.topic) {
        // A topic group: the row names the unit, the group the topic.
        rec.topic = total_row ? std::optional<std::string>("tong") : group.topic;
        rec.label = label.canon.empty() ? group.label : label.canon + " — " + group.label;
      } else {
        rec.label = label.canon;
        if (total_row || rollup) {
          rec.topic = "tong";
        } else if (auto topic = TopicOf(rules, FoldedText(printed))) {
          rec.topic = topic->code;
        }
      }
      if (rollup && !total_row) rec.commune = CommuneOf(rules, name);
      rec.organizer = OrganizerOf(rules, FoldedText(field(r, "note")));
      rec.audience = Optional(field(r, "audience"));
      rec.location = Optional(field(r, "location"));
      rec.source.page = site.page;
      rec.source.block = site.block;
      rec.source.row = r;
      rec.source.text = RowText(t, r);
      rec.rule = rollup ? "table.rollup" : "table.activity";
      rec.notes.confidence = RowConfidence(t, r);
      records->push_back(std::move(rec));
    }
  }
  return found;
}

bool ExtractBudgetTable(const TableSite& site, const RuleSet& rules, std::vector<Record>* records) {
  const Table& t = *site.table;
  std::optional<TableLayout> found = ReadTableLayout(t, site.caption, rules);
  if (!found) return false;
  const TableLayout& layout = *found;
  const char* label_field = layout.Has("source") ? "source" : "name";
  if (!layout.Has(label_field) || !layout.HasMeasure("cost") || layout.HasMeasure("classes") ||
      layout.HasMeasure("participants")) {
    return false;
  }
  int label_col = layout.fields.at(label_field);
  int amount_col = -1;
  for (const ColumnGroup& g : layout.groups) {
    if (g.measures.count("cost")) amount_col = g.measures.at("cost");
  }
  for (int r = layout.data_begin; r < t.rows; ++r) {
    if (IsColumnNumberRow(t, r)) continue;
    std::string printed = OwnCellText(t, r, label_col);
    if (printed.empty()) printed = OwnCellText(t, r, 0);
    std::string amount = OwnCellText(t, r, amount_col);
    if (printed.empty() || amount.empty()) continue;
    std::optional<std::int64_t> vnd = normalize::ParseMoneyVnd(amount, layout.money_scale);
    if (!vnd) continue;
    FoldedText label(CleanLabel(printed));
    Record rec;
    rec.type = RecordType::kBudget;
    rec.status = site.context.status == std::optional<std::string>("plan") ? "plan" : "actual";
    rec.period = site.context.period;
    rec.label = label.canon;
    if (rules.FirstMatch("total_row", label.folded) != nullptr) {
      rec.category = "total";
      rec.rule = "table.budget_total";
      rec.notes.total_row = true;
    } else if (const Rule* category = rules.FirstMatch("budget", label.folded)) {
      rec.category = category->id;
      rec.rule = "table." + category->FullId();
    } else {
      rec.category = "other";
      rec.rule = "table.budget_other";
    }
    rec.amount_vnd = vnd;
    rec.source.page = site.page;
    rec.source.block = site.block;
    rec.source.row = r;
    rec.source.text = RowText(t, r);
    rec.notes.confidence = RowConfidence(t, r);
    records->push_back(std::move(rec));
  }
  return true;
}

}  // namespace baocao
