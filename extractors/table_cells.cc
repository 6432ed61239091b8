#include "extractors/table_cells.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "extractors/folded.h"
#include "normalize/numbers.h"
#include "normalize/text.h"

namespace baocao {

std::string CellLine(const TableCell& cell) {
  std::string out;
  for (char ch : cell.text) out.push_back(ch == '\n' ? ' ' : ch);
  return normalize::CanonicalText(out);
}

std::string OwnCellText(const Table& t, int row, int col) {
  const TableCell* cell = t.CellAt(row, col);
  // A merged cell belongs to its first row and first column: "Tổng cộng"
  // spread over TT, Nội dung and Đối tượng is not an audience.
  if (cell == nullptr || cell->row != row || cell->col != col) return "";
  return CellLine(*cell);
}

namespace {

// A column's number under the header: "1", "12", "A", "(b)", "IV". Not a
// word of two letters: "KH | TH" under "Số lớp" are plan and result.
bool IsColumnNumber(const std::string& s) {
  if (s.empty() || s.size() > 4) return false;
  if (std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) return s.size() <= 3;
  if (s.size() == 1) return std::isalpha(static_cast<unsigned char>(s[0])) != 0;
  return std::all_of(s.begin(), s.end(), [](char ch) { return ch == 'I' || ch == 'V' || ch == 'X'; });
}

}  // namespace

bool IsColumnNumberRow(const Table& t, int row) {
  int short_cells = 0, other = 0;
  for (int c = 0; c < t.cols; ++c) {
    const TableCell* cell = t.CellAt(row, c);
    if (cell == nullptr || cell->col != c || cell->row != row) continue;
    std::string s = CellLine(*cell);
    if (s.empty()) continue;
    std::string inner = TrimPunct(s, " ()");
    // Two columns' numbers in one cell ("B 1": a borderless table's column
    // border read between the figures) are column numbers too.
    const bool two = inner.size() >= 3 && inner.size() <= 4 && inner[1] == ' ' &&
                     std::isalpha(static_cast<unsigned char>(inner[0])) && IsColumnNumber(inner.substr(2));
    (IsColumnNumber(inner) || two ? short_cells : other)++;
  }
  return other == 0 && short_cells >= 3;
}

std::string RowText(const Table& t, int row) {
  std::string out;
  std::set<const TableCell*> seen;
  for (int c = 0; c < t.cols; ++c) {
    const TableCell* cell = t.CellAt(row, c);
    if (cell == nullptr || !seen.insert(cell).second) continue;
    std::string s = cell->row == row ? CellLine(*cell) : "";
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

bool HasDigit(const std::string& s) {
  for (char ch : s) {
    if (ch >= '0' && ch <= '9') return true;
  }
  return false;
}

CellNumber ReadCellNumber(const Table& t, int row, int col) {
  CellNumber out;
  const TableCell* cell = t.CellAt(row, col);
  if (cell == nullptr || cell->row != row || cell->col != col) return out;
  int lines_with_digits = 0;
  std::size_t from = 0;
  while (from <= cell->text.size()) {
    std::size_t end = cell->text.find('\n', from);
    if (end == std::string::npos) end = cell->text.size();
    if (HasDigit(cell->text.substr(from, end - from))) ++lines_with_digits;
    from = end + 1;
  }
  std::string text = CellLine(*cell);
  if (!HasDigit(text)) return out;  // blank, "-", "x", words: nothing stated
  out.blank = false;
  if (lines_with_digits > 1) {
    out.unsure = "\"" + text + "\": several numbers in one cell";
    return out;
  }
  if (text.find('%') != std::string::npos) {
    out.value = normalize::ParsePercent(text);
    out.percent = out.value.has_value();
  } else {
    out.value = normalize::ParseDecimal(text);
  }
  if (!out.value) {
    // A number first, then at most a unit ("02 lớp", "85 người", "750.000đ"):
    // not a number inside words ("dưới 5 tuổi", "Luật Đất đai năm 2024").
    std::vector<normalize::Number> found = normalize::FindNumbers(text);
    if (found.size() == 1 && TrimPunct(text.substr(0, found[0].begin), " ").empty()) {
      std::string rest = TrimPunct(text.substr(found[0].end), " ");
      int words = 0;
      for (std::size_t i = 0; i < rest.size(); ++i) words += (i == 0 || rest[i - 1] == ' ') && rest[i] != ' ';
      using normalize::NumberKind;
      NumberKind k = found[0].kind;
      if (words <= 2 && !HasDigit(rest) &&
          (k == NumberKind::kCount || k == NumberKind::kDecimal || k == NumberKind::kPercent || k == NumberKind::kMoney)) {
        out.value = found[0].value;
        out.percent = k == NumberKind::kPercent;
      }
    }
  }
  if (!out.value) out.unsure = "\"" + text + "\": not one number";
  return out;
}

}  // namespace baocao
