#include "extractors/table_rows.h"

#include <algorithm>
#include <map>

#include "extractors/classify.h"
#include "extractors/folded.h"
#include "extractors/metadata.h"
#include "extractors/numbered_labels.h"
#include "extractors/table_cells.h"

namespace baocao {
namespace {

bool IsRomanLetter(char ch) { return ch == 'I' || ch == 'V' || ch == 'X' || ch == 'L' || ch == 'C'; }

bool AllOf(const std::string& s, bool (*pred)(char)) {
  if (s.empty()) return false;
  for (char ch : s) {
    if (!pred(ch)) return false;
  }
  return true;
}

bool IsDigitChar(char ch) { return ch >= '0' && ch <= '9'; }
bool IsDigitOrDot(char ch) { return IsDigitChar(ch) || ch == '.'; }
bool IsUpper(char ch) { return ch >= 'A' && ch <= 'Z'; }
bool IsLower(char ch) { return ch >= 'a' && ch <= 'z'; }

// A marker without its trailing "." or ")": "II", "3", "1.2", "b", "-".
std::string BareMarker(std::string m) {
  m = TrimPunct(m, " ");
  while (!m.empty() && (m.back() == '.' || m.back() == ')')) m.pop_back();
  if (!m.empty() && m.front() == '(') m.erase(0, 1);
  return m;
}

bool IsMarker(const std::string& bare) {
  if (bare.empty()) return false;
  if (bare == "-" || bare == "+" || bare == "*" || bare == "•") return true;
  if (AllOf(bare, IsDigitOrDot) && IsDigitChar(bare[0])) return true;
  if (AllOf(bare, IsRomanLetter) || (bare.size() == 1 && (IsUpper(bare[0]) || IsLower(bare[0])))) return true;
  return bare == "đ";
}

// The outline level of a marker: smaller is higher. 0 for none.
int MarkerLevel(const std::string& bare, bool roman_table) {
  if (bare.empty()) return 0;
  if (bare == "-") return 70;
  if (bare == "+") return 80;
  if (bare == "*" || bare == "•") return 90;
  if (AllOf(bare, IsDigitOrDot) && IsDigitChar(bare[0])) {
    int dots = 0;
    for (char ch : bare) dots += ch == '.';
    return 30 + 10 * dots;
  }
  if (bare.size() == 1 && IsUpper(bare[0])) return roman_table && IsRomanLetter(bare[0]) ? 20 : 10;
  if (AllOf(bare, IsRomanLetter)) return 20;
  if ((bare.size() == 1 && IsLower(bare[0])) || bare == "đ") return 60;
  return 0;
}

// Splits a leading outline marker off a label: "I. Khối xã" -> ("I", "Khối
// xã"), "1.2. Xã A" -> ("1.2", "Xã A"), "- Luật Đất đai" -> ("-", …),
// "a) …" -> ("a", …). Returns the label unchanged when it starts with none.
std::string SplitMarker(const std::string& label, std::string* marker) {
  std::size_t space = label.find(' ');
  if (space == std::string::npos || space == 0) return label;
  std::string head = label.substr(0, space);
  bool bullet = head == "-" || head == "+" || head == "*" || head == "•";
  bool closed = head.back() == '.' || head.back() == ')';
  std::string bare = BareMarker(head);
  if (!bullet && !(closed && IsMarker(bare))) return label;
  // "1.612 người" is a number, not a marker: a marker of digits ends with "." or ")".
  *marker = bare;
  return TrimPunct(label.substr(space + 1), " ");
}

// True when the row repeats the header (a table continued on a new page).
bool RepeatsHeader(const Table& t, const TableHeader& h, int r) {
  int same = 0;
  for (int c = 0; c < t.cols; ++c) {
    std::string s = OwnCellText(t, r, c);
    if (s.empty()) continue;
    const std::vector<std::string>& path = h.columns[static_cast<std::size_t>(c)].path;
    bool found = false;
    for (const std::string& p : path) found = found || normalize::FoldKey(p) == normalize::FoldKey(s);
    if (!found) return false;
    ++same;
  }
  return same >= 2;
}

std::string FieldText(const Table& t, const TableHeader& h, int r, const char* field) {
  auto it = h.fields.find(field);
  return it == h.fields.end() ? "" : OwnCellText(t, r, it->second);
}

// Markers OCR misread inside a Roman sequence (I, II, "IH", IV: the third
// section's row counted as a part of the second, and the total reported as
// not adding up): a marker that is no marker, or a number, where the
// sequence expects its next numeral and whose look-alikes spell it, is that
// numeral. `raw[i]` is row i's marker cell as printed, bare.
// The value of a marker spelled as a Roman numeral ("III" -> 3), 0 for any
// other.
int RomanMarkerValue(const std::string& marker) {
  return AllOf(marker, IsRomanLetter) ? RomanValue(marker) : 0;
}

void RepairRomanMarkers(const std::vector<std::string>& raw, std::vector<RowMeaning>* rows) {
  // The first section's "I" read "1" leaves the sequence to start at II, or
  // nowhere: a "1" right above another "1" (its first item) is "I" when the
  // first numeral below is II, read so or spelled so ("H", "Il"; not the
  // number 11).
  std::size_t second = rows->size();
  for (std::size_t j = 0; j < rows->size() && second == rows->size(); ++j) {
    const int value = RomanMarkerValue((*rows)[j].marker);
    if (value == 2 || (value == 0 && raw[j] != "11" && RomanLookAlike(raw[j]) == "II")) second = j;
    if (value != 0 && value != 2) break;  // the sequence starts elsewhere
  }
  for (std::size_t i = 0; second < rows->size() && i + 1 < second; ++i) {
    if (raw[i] == "1" && raw[i + 1] == "1") {
      (*rows)[i].marker = "I";
      break;
    }
  }
  int last = 0;
  for (std::size_t i = 0; i < rows->size(); ++i) {
    RowMeaning& row = (*rows)[i];
    const int value = RomanMarkerValue(row.marker);
    if (value > 0 && (value == last + 1 || last == 0)) {
      last = value;
      continue;
    }
    if (last == 0 || raw[i].empty() || value == last + 1) continue;
    const std::string expected = ToRoman(last + 1);
    if (!expected.empty() && RomanLookAlike(raw[i]) == expected && raw[i] != "1" && raw[i] != "11") {
      row.marker = expected;
      last += 1;
    }
  }
}

std::optional<std::string> Optional(const std::string& s) {
  if (s.empty() || s == "-") return std::nullopt;
  return s;
}

}  // namespace

std::vector<RowMeaning> ReadTableRows(const Table& t, const TableHeader& h, const RuleSet& rules,
                                      const std::optional<std::string>& year) {
  std::vector<RowMeaning> rows;
  std::vector<std::string> raw_markers;  // parallel to rows
  int number_col = h.HasField("number") ? h.fields.at("number") : -1;
  // Row labels in a numbered sequence ("Quý I", "Quý H", "Quý II", "Quý
  // IV" down the rows) repaired from it (extractors/numbered_labels.h).
  // Not a Thời gian column's cells: activities are listed by topic, and
  // their months repeat and skip ("Tháng 6, Tháng 6, Tháng 8").
  std::vector<std::string> labels(static_cast<std::size_t>(t.rows));
  if (h.label_col >= 0) {
    for (int r = h.data_begin; r < t.rows; ++r) labels[static_cast<std::size_t>(r)] = OwnCellText(t, r, h.label_col);
    RepairNumberedLabels(&labels);
  }
  for (int r = h.data_begin; r < t.rows; ++r) {
    if (IsColumnNumberRow(t, r) || RepeatsHeader(t, h, r)) continue;
    RowMeaning row;
    row.row = r;
    std::string label = labels[static_cast<std::size_t>(r)];
    std::string number = number_col >= 0 ? OwnCellText(t, r, number_col) : "";
    if (label.empty()) {
      // A totals row often merges TT and the name column; a section row may
      // span the whole table.
      for (int c = 0; c < t.cols && label.empty(); ++c) {
        const ColumnMeaning& col = h.columns[static_cast<std::size_t>(c)];
        if (col.measure && !col.field) break;
        std::string s = OwnCellText(t, r, c);
        if (s.empty() || (c == number_col && IsMarker(BareMarker(s)))) continue;
        label = s;
      }
    }
    for (int c = 0; c < t.cols; ++c) {
      const ColumnMeaning& col = h.columns[static_cast<std::size_t>(c)];
      if (col.field || c == h.label_col) continue;
      row.has_values = row.has_values || !ReadCellNumber(t, r, c).blank;
    }
    if (label.empty() && !row.has_values) continue;
    std::string bare = BareMarker(number);
    if (IsMarker(bare)) row.marker = bare;
    raw_markers.push_back(bare);
    std::string cleaned = CleanLabel(label);
    std::string marker;
    cleaned = SplitMarker(cleaned, &marker);
    if (row.marker.empty()) row.marker = marker;
    // CleanLabel drops "- " and "a) " itself: read them from the label as printed.
    if (row.marker.empty()) SplitMarker(TrimPunct(label, " "), &row.marker);
    row.label = cleaned;

    FoldedText folded(row.label);
    row.total = TotalOf(rules, row.label);
    row.breakdown = IsBreakdownLabel(rules, folded);
    if (row.total == TotalKind::kNone) {
      if (std::optional<std::string> unit = UnitOfLabel(rules, row.label)) {
        row.own.commune = unit;
      } else if (h.label_col >= 0 && h.fields.count("unit") && h.fields.at("unit") == h.label_col) {
        std::string name = NameOnly(row.label);
        if (!name.empty()) row.own.commune = name;
      }
      row.unit_row = row.own.commune.has_value();
      row.period_row = IsPeriodLabel(rules, folded);
      if (row.period_row) row.own.period = PeriodIn(rules, folded, year);
      if (!row.unit_row && !row.period_row) {
        // The label as printed: a topic code "(KT)" at its end decides.
        if (std::optional<Topic> topic = TopicOf(rules, FoldedText(label))) row.own.topic = topic->code;
      }
    }
    if (!row.has_values || row.total == TotalKind::kPart) row.own.status = LeadingStatus(rules, folded);
    row.own.money_part = MoneyPartOf(rules, folded);
    std::string time = FieldText(t, h, r, "time");
    if (!time.empty()) {
      if (std::optional<std::string> p = PeriodIn(rules, FoldedText(time), year)) row.own.period = p;
    }
    row.own.organizer = OrganizerOfCell(rules, FoldedText(FieldText(t, h, r, "note")), false);
    if (!row.own.organizer) {
      row.own.organizer = OrganizerOfCell(rules, FoldedText(FieldText(t, h, r, "partner")), true);
    }
    row.audience = Optional(FieldText(t, h, r, "audience"));
    row.location = Optional(FieldText(t, h, r, "location"));
    rows.push_back(std::move(row));
  }

  // The outline. Roman numerals are told from letters by the table's markers.
  RepairRomanMarkers(raw_markers, &rows);
  bool roman_table = false;
  for (const RowMeaning& row : rows) {
    roman_table = roman_table || (row.marker.size() >= 2 && AllOf(row.marker, IsRomanLetter));
  }
  // A letter or Roman marker counts only in a sequence that starts at "A",
  // "I" or "a": a lone "H" or "s" in a column of numbers is a misread digit.
  std::map<int, bool> started;
  for (RowMeaning& row : rows) {
    int level = MarkerLevel(row.marker, roman_table);
    if (level != 10 && level != 20 && level != 60) continue;
    bool first = row.marker == "A" || row.marker == "I" || row.marker == "a";
    if (first) started[level] = true;
    if (!started[level]) row.marker.clear();
  }
  std::map<int, int> leaf_votes;
  for (const RowMeaning& row : rows) {
    int level = MarkerLevel(row.marker, roman_table);
    if (row.has_values && level > 0 && row.total != TotalKind::kGrand) ++leaf_votes[level];
  }
  int leaf_level = 0, best = 0;
  for (const auto& [level, votes] : leaf_votes) {
    if (votes > best) {
      best = votes;
      leaf_level = level;
    }
  }
  std::vector<std::pair<int, int>> open;  // (level, row index) of the sections above
  int last_plain = -1;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    RowMeaning& row = rows[i];
    if (row.total == TotalKind::kGrand) {
      open.clear();
      continue;
    }
    if (row.breakdown && last_plain >= 0) {
      row.parent = last_plain;
      continue;
    }
    int level = MarkerLevel(row.marker, roman_table);
    if (level == 0) {
      if (!row.has_values) level = leaf_level > 0 ? leaf_level - 5 : 5;  // a section of words only
      else level = leaf_level > 0 ? leaf_level : 100;
    }
    while (!open.empty() && open.back().first >= level) open.pop_back();
    row.parent = open.empty() ? -1 : open.back().second;
    open.emplace_back(level, static_cast<int>(i));
    last_plain = static_cast<int>(i);
  }
  for (RowMeaning& row : rows) {
    row.dims = row.own;
    for (int p = row.parent; p >= 0; p = rows[static_cast<std::size_t>(p)].parent) {
      row.dims.Inherit(rows[static_cast<std::size_t>(p)].own);
    }
  }
  return rows;
}

}  // namespace baocao
