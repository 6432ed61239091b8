#include "extractors/table_header.h"

#include <cctype>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "extractors/folded.h"
#include "extractors/numbered_labels.h"
#include "extractors/table_cells.h"

namespace baocao {
namespace {

// A header's words without the marks OCR leaves before them ("- Thời gian":
// a speck of a rule read as a dash): no heading starts with a list mark.
// `text` is canonical: its dashes are "-" already; a bullet stays "•".
std::string WithoutStrayMarks(const std::string& text) {
  constexpr std::string_view kBullet = "\u2022";
  std::size_t start = 0;
  for (;;) {
    start = text.find_first_not_of("-.,:;_*' ", start);
    if (start == std::string::npos) return "";
    if (text.compare(start, kBullet.size(), kBullet) != 0) return text.substr(start);
    start += kBullet.size();
  }
}

const std::set<std::string> kMeasures = {"classes", "participants", "female", "cost"};

bool SpansAllColumns(const Table& t, const TableCell& cell) { return cell.col == 0 && cell.col_span >= t.cols; }

bool IsYear(double v) { return v >= 1990 && v <= 2100 && v == static_cast<double>(static_cast<long long>(v)); }

// A header row of years ("2023 | 2024") is no data: its numbers are all
// years and it names no row (the lead cells are merged from above or empty).
bool IsYearHeaderRow(const Table& t, int r) {
  int years = 0;
  for (int c = 0; c < t.cols; ++c) {
    CellNumber n = ReadCellNumber(t, r, c);
    if (n.blank) continue;
    if (!n.value || !IsYear(*n.value)) return false;
    ++years;
  }
  return years > 0 && OwnCellText(t, r, 0).empty() && (t.cols < 2 || OwnCellText(t, r, 1).empty());
}

// The header cells' texts, each header row's numbered labels repaired
// from their sequence ("Quý I | Quý H | Quý II | Quý IV": OCR's second
// and third quarters, extractors/numbered_labels.h).
std::map<const TableCell*, std::string> HeaderTexts(const Table& t, int data_begin) {
  std::map<const TableCell*, std::string> texts;
  for (int r = 0; r < data_begin; ++r) {
    std::vector<const TableCell*> cells;
    std::vector<std::string> row;
    for (int c = 0; c < t.cols; ++c) {
      const TableCell* cell = t.CellAt(r, c);
      if (cell == nullptr || cell->row != r || cell->col != c) continue;
      cells.push_back(cell);
      row.push_back(CellLine(*cell));
    }
    RepairNumberedLabels(&row);
    for (std::size_t i = 0; i < cells.size(); ++i) texts[cells[i]] = row[i];
  }
  return texts;
}

// First body row: a number in a cell of its own, not a column-number row,
// not a row of years under a header, not a title row across the table.
int FirstDataRow(const Table& t) {
  for (int r = 0; r < t.rows; ++r) {
    if (IsColumnNumberRow(t, r)) continue;
    const TableCell* first = t.CellAt(r, 0);
    if (first != nullptr && first->row == r && SpansAllColumns(t, *first)) continue;
    bool number = false;
    for (int c = 0; c < t.cols && !number; ++c) number = ReadCellNumber(t, r, c).value.has_value();
    if (number && !(r > 0 && IsYearHeaderRow(t, r))) return r;
  }
  return t.rows;
}

std::optional<std::string> YearOf(const std::optional<std::string>& period) {
  if (!period || period->size() < 4) return std::nullopt;
  return period->substr(0, 4);
}

// Data rows of the table: from data_begin, without column-number rows.
std::vector<int> BodyRows(const Table& t, int data_begin) {
  std::vector<int> rows;
  for (int r = data_begin; r < t.rows; ++r) {
    if (!IsColumnNumberRow(t, r)) rows.push_back(r);
  }
  return rows;
}

// Numbers 1, 2, 3 … down a column without a header that says so: a TT column.
bool LooksLikeNumbering(const Table& t, int c, const std::vector<int>& body) {
  double last = 0;
  int seen = 0;
  for (int r : body) {
    CellNumber n = ReadCellNumber(t, r, c);
    if (n.blank) continue;
    if (!n.value || *n.value != static_cast<double>(static_cast<long long>(*n.value)) || *n.value <= last ||
        *n.value > last + 3) {
      return false;
    }
    last = *n.value;
    ++seen;
  }
  return seen >= 2;
}

// Whether every body cell of column `c` is an outline marker as a scan
// reads it ("1", "2.", "I", "H" for II, "IH" for III, "a", "-"), three at
// least: a first column of row numbers whose heading OCR misread ("SIT"
// for STT), or a sequence of sections and items no count can follow.
bool LooksLikeMarkers(const Table& t, int c, const std::vector<int>& body) {
  int seen = 0;
  for (int r : body) {
    std::string s = OwnCellText(t, r, c);
    while (!s.empty() && (s.back() == '.' || s.back() == ')' || s.back() == ' ')) s.pop_back();
    if (s.empty()) continue;
    const bool digits = s.size() <= 3 && s.find_first_not_of("0123456789") == std::string::npos;
    const bool letter = s.size() == 1 && std::isalpha(static_cast<unsigned char>(s[0])) != 0;
    const bool bullet = s == "-" || s == "+" || s == "*";
    if (!digits && !letter && !bullet && (s.size() > 5 || RomanLookAlike(s).empty())) return false;
    ++seen;
  }
  return seen >= 3;
}

struct PathCell {
  const TableCell* cell;
  FoldedText text;
};

// Classifies one column from its header path (its `numeric` already set);
// fills everything but `group`. `key` receives the header words that set the column's group
// apart (the cells that are not its measure, a measure above it, or a field).
void ClassifyColumn(const Table& t, const std::vector<PathCell>& path, const RuleSet& rules,
                    const std::optional<std::string>& year, ColumnMeaning* col, std::vector<std::string>* key_words,
                    std::vector<std::string>* key_labels) {
  std::vector<bool> umbrella(path.size(), false);
  int measure_at = -1, field_at = -1;
  for (int i = static_cast<int>(path.size()) - 1; i >= 0; --i) {
    const FoldedText& f = path[static_cast<std::size_t>(i)].text;
    if (IsRatioHeader(rules, f)) col->ratio = true;
    const Rule* kind = nullptr;
    for (const Rule& r : rules.Section("column")) {
      if (RuleSet::Match(r, f.folded, nullptr)) {
        kind = &r;
        break;
      }
    }
    if (kind == nullptr) continue;
    if (kMeasures.count(kind->id)) {
      if (measure_at < 0 && field_at < 0) {
        col->measure = kind->id;
        measure_at = i;
      } else if (TotalOf(rules, f.canon) != TotalKind::kGrand) {
        umbrella[static_cast<std::size_t>(i)] = true;  // "Số lượt người tham gia" over "Tổng số | Nữ"
      }
    } else if (field_at < 0 && measure_at < 0 && path[static_cast<std::size_t>(i)].cell->col_span == 1 &&
               (!col->numeric || kind->id == "number")) {
      // A field holds words: a column of numbers under "Chỉ tiêu" is no name.
      col->field = kind->id;
      field_at = i;
    }
  }
  std::optional<std::string> y = year;
  bool below_unknown = false;  // a cell under the measure that names no dimension
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (umbrella[i] || static_cast<int>(i) == field_at) continue;
    Dims d = HeaderCellDims(rules, path[i].text, y);
    if (measure_at >= 0 && static_cast<int>(i) > measure_at && d.Key().empty()) below_unknown = true;
    if (static_cast<int>(i) == measure_at && d.topic == std::optional<std::string>("tong")) d.topic.reset();
    // The lower cell is the more specific.
    d.Inherit(col->dims);
    col->dims = d;
    if (d.period) y = YearOf(d.period);
    if (std::optional<std::int64_t> unit = MoneyUnitOf(rules, path[i].text)) col->money_unit = unit;
    if (static_cast<int>(i) != measure_at) {
      key_words->push_back(path[i].text.folded);
      key_labels->push_back(path[i].text.canon);
    }
  }
  // "Số lớp" over "Kế hoạch | Thực hiện" is classes by status; over words
  // that name nothing known ("Dân tộc thiểu số") it is a part of the
  // measure the rules cannot name: its numbers are figures.
  if (below_unknown) col->measure.reset();
  (void)t;
}

std::string Joined(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

}  // namespace

std::string ColumnMeaning::Header() const { return Joined(path, " — "); }

bool TableHeader::HasCounts() const {
  return HasMeasure("classes") || HasMeasure("participants") || HasMeasure("female");
}

bool TableHeader::HasMeasure(const std::string& measure) const {
  for (const ColumnGroup& g : groups) {
    if (g.measures.count(measure)) return true;
  }
  return false;
}

std::int64_t TableHeader::MoneyUnit(int c) const {
  if (c >= 0 && c < static_cast<int>(columns.size()) && columns[static_cast<std::size_t>(c)].money_unit) {
    return *columns[static_cast<std::size_t>(c)].money_unit;
  }
  return money_unit.value_or(1);
}

std::optional<TableHeader> ReadTableHeader(const Table& t, const std::vector<std::string>& captions,
                                           const RuleSet& rules, const std::optional<std::string>& year) {
  if (t.rows < 1 || t.cols < 2) return std::nullopt;
  TableHeader h;
  h.cols = t.cols;
  h.data_begin = FirstDataRow(t);
  if (h.data_begin >= t.rows) return std::nullopt;
  h.has_header = h.data_begin > 0;

  // Captions: the paragraphs above (nearest first) and title rows across the table.
  for (auto it = captions.rbegin(); it != captions.rend() && !h.money_unit; ++it) {
    h.money_unit = MoneyUnitOf(rules, FoldedText(*it));
  }
  // "ĐVT: lớp": the numbers of columns that name no measure count classes.
  for (auto it = captions.rbegin(); it != captions.rend() && !h.count_measure && !h.money_unit; ++it) {
    if (const Rule* r = rules.FirstMatch("count_unit", FoldedText(*it).folded)) h.count_measure = r->id;
  }
  for (int r = 0; r < h.data_begin; ++r) {
    const TableCell* cell = t.CellAt(r, 0);
    if (cell == nullptr || cell->row != r || !SpansAllColumns(t, *cell)) continue;
    FoldedText text(CellLine(*cell));
    Dims d = HeaderCellDims(rules, text, year);
    d.Inherit(h.dims);
    h.dims = d;
    if (std::optional<std::int64_t> unit = MoneyUnitOf(rules, text)) h.money_unit = unit;
  }
  std::optional<std::string> table_year = h.dims.period ? YearOf(h.dims.period) : year;

  std::vector<int> body = BodyRows(t, h.data_begin);
  const std::map<const TableCell*, std::string> header_texts = HeaderTexts(t, h.data_begin);
  std::vector<std::vector<std::string>> key_words(static_cast<std::size_t>(t.cols));
  std::vector<std::vector<std::string>> key_labels(static_cast<std::size_t>(t.cols));
  h.columns.resize(static_cast<std::size_t>(t.cols));
  for (int c = 0; c < t.cols; ++c) {
    ColumnMeaning& col = h.columns[static_cast<std::size_t>(c)];
    std::vector<PathCell> path;
    const TableCell* previous = nullptr;
    for (int r = 0; r < h.data_begin; ++r) {
      const TableCell* cell = t.CellAt(r, c);
      if (cell == nullptr || cell == previous || IsColumnNumberRow(t, r) || SpansAllColumns(t, *cell)) continue;
      previous = cell;
      auto known = header_texts.find(cell);
      std::string text = WithoutStrayMarks(known != header_texts.end() ? known->second : CellLine(*cell));
      if (text.empty()) continue;
      path.push_back({cell, FoldedText(text)});
      col.path.push_back(text);
    }
    int numbers = 0, words = 0;
    for (int r : body) {
      CellNumber n = ReadCellNumber(t, r, c);
      if (n.value) ++numbers;
      else if (!OwnCellText(t, r, c).empty() && OwnCellText(t, r, c) != "-") ++words;
    }
    col.numeric = numbers > words;
    ClassifyColumn(t, path, rules, table_year, &col, &key_words[static_cast<std::size_t>(c)],
                   &key_labels[static_cast<std::size_t>(c)]);
    // A column of words under a measure's header ("Lớp học" over the names
    // of the classes) names the rows; it counts nothing.
    if (col.measure && words > numbers) col.measure.reset();
    // A column no cell starts in is the inside of cells merged across it (a
    // PDF's grid splits "Lớp học" where another table's rules fell): it
    // holds nothing of its own.
    bool own = false;
    for (int r = 0; r < t.rows && !own; ++r) {
      const TableCell* cell = t.CellAt(r, c);
      own = cell != nullptr && cell->col == c;
    }
    if (!own) {
      col.measure.reset();
      col.field.reset();
    }
    if (!col.field && !col.measure && col.numeric && c <= 1 && LooksLikeNumbering(t, c, body)) col.field = "number";
    if (!col.field && !col.measure && c == 0 && LooksLikeMarkers(t, c, body)) col.field = "number";
    if (!col.field && !col.measure && !col.ratio && col.numeric && h.count_measure && !col.money_unit) {
      col.measure = h.count_measure;
    }
    // Money columns: a column of numbers whose header names no measure, under a money unit.
    if (!col.field && !col.measure && !col.ratio && col.numeric && (col.money_unit || h.money_unit)) {
      col.measure = "cost";
    }
    if (col.field && !h.fields.count(*col.field)) h.fields[*col.field] = c;
    // A money unit in a field's header ("Nội dung | ĐVT: đồng") is the table's.
    if (col.field && col.money_unit && !h.money_unit) h.money_unit = col.money_unit;
  }

  // Groups: measure columns sharing their other header words and dimensions.
  std::map<std::string, int> group_of_key;
  for (int c = 0; c < t.cols; ++c) {
    ColumnMeaning& col = h.columns[static_cast<std::size_t>(c)];
    if (!col.measure || col.ratio || col.field) continue;
    // The header words above or beside the measure set a group apart; the
    // measure's own words ("Số học viên (dự kiến)") only refine it, unless
    // they contradict it.
    std::string key = Joined(key_words[static_cast<std::size_t>(c)], "|");
    auto it = group_of_key.find(key);
    if (it != group_of_key.end()) {
      const ColumnGroup& g = h.groups[static_cast<std::size_t>(it->second)];
      Dims merged = g.dims;
      merged.Inherit(col.dims);
      Dims back = col.dims;
      back.Inherit(g.dims);
      if (g.measures.count(*col.measure) || merged.Key() != back.Key()) {
        key += "#" + std::to_string(c);  // columns of their own
        it = group_of_key.end();
      } else {
        h.groups[static_cast<std::size_t>(it->second)].dims = merged;
      }
    }
    if (it == group_of_key.end()) {
      ColumnGroup g;
      g.label = Joined(key_labels[static_cast<std::size_t>(c)], " — ");
      g.dims = col.dims;
      it = group_of_key.emplace(key, static_cast<int>(h.groups.size())).first;
      h.groups.push_back(std::move(g));
    }
    col.group = it->second;
    h.groups[static_cast<std::size_t>(it->second)].measures[*col.measure] = c;
  }

  // The column naming the rows: a name field, else a column of words no
  // header word names ("Lớp học" over the classes' names), else the time.
  for (const char* f : {"name", "unit", "source"}) {
    if (h.HasField(f)) {
      h.label_col = h.fields.at(f);
      break;
    }
  }
  if (h.label_col < 0) {
    for (int c = 0; c < t.cols; ++c) {
      const ColumnMeaning& col = h.columns[static_cast<std::size_t>(c)];
      if (col.field || col.numeric || col.measure) continue;
      bool words = false;
      for (int r : body) words = words || !OwnCellText(t, r, c).empty();
      if (words) {
        h.label_col = c;
        break;
      }
    }
  }
  if (h.label_col < 0 && h.HasField("time")) h.label_col = h.fields.at("time");
  bool known = !h.groups.empty() || h.HasField("name") || h.HasField("unit") || h.HasField("source");
  bool any_numbers = false;
  for (const ColumnMeaning& col : h.columns) any_numbers = any_numbers || (col.numeric && col.field != "number");
  if (!known && !any_numbers) return std::nullopt;
  return h;
}

TableHeader ContinuedHeader(const Table& t, const TableHeader& previous) {
  TableHeader h = previous;
  h.data_begin = 0;
  while (h.data_begin < t.rows && IsColumnNumberRow(t, h.data_begin)) ++h.data_begin;
  return h;
}

}  // namespace baocao
