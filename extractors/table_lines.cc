#include "extractors/table_lines.h"

#include <string>

#include "extractors/table_cells.h"

namespace baocao {
namespace {

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (true) {
    std::size_t end = s.find('\n', from);
    out.push_back(s.substr(from, end == std::string::npos ? std::string::npos : end - from));
    if (end == std::string::npos) break;
    from = end + 1;
  }
  return out;
}

// The number of lines row `r` splits into, or 1 when it does not split:
// every cell with a number on each of several lines has the same count n,
// and some cell of words has n lines too (words wrapped over lines beside
// numbers on one line, "Hội trường\nUBND xã", are one item).
std::size_t SplitCount(const Table& t, int r) {
  std::size_t n = 0;
  std::vector<std::size_t> word_lines;
  for (const TableCell& cell : t.cells) {
    if (cell.row > r || cell.row + cell.row_span <= r) continue;
    if (cell.row_span != 1) return 1;  // a cell spanning rows: keep the grid as it is
    std::vector<std::string> lines = Lines(cell.text);
    if (lines.size() < 2) continue;
    std::size_t with_digits = 0;
    for (const std::string& l : lines) with_digits += HasDigit(l) ? 1 : 0;
    if (with_digits == lines.size()) {
      if (n != 0 && n != lines.size()) return 1;  // numbers not line-aligned
      n = lines.size();
    } else if (with_digits == 0) {
      word_lines.push_back(lines.size());
    } else {
      return 1;  // a cell mixing lines of words and numbers: not a stack of items
    }
  }
  if (n < 2) return 1;
  for (std::size_t w : word_lines) {
    if (w == n) return n;
  }
  return 1;
}

}  // namespace

LineSplitTable SplitLineAlignedRows(const Table& t) {
  LineSplitTable out;
  std::vector<std::size_t> counts(static_cast<std::size_t>(t.rows), 1);
  std::vector<int> first(static_cast<std::size_t>(t.rows) + 1, 0);  // new index of each old row
  for (int r = 0; r < t.rows; ++r) {
    counts[static_cast<std::size_t>(r)] = SplitCount(t, r);
    out.split = out.split || counts[static_cast<std::size_t>(r)] > 1;
    first[static_cast<std::size_t>(r) + 1] = first[static_cast<std::size_t>(r)] +
                                             static_cast<int>(counts[static_cast<std::size_t>(r)]);
    for (std::size_t k = 0; k < counts[static_cast<std::size_t>(r)]; ++k) out.origin.push_back(r);
  }
  if (!out.split) {
    out.table = t;
    return out;
  }
  out.table.rows = first[static_cast<std::size_t>(t.rows)];
  out.table.cols = t.cols;
  out.table.borderless = t.borderless;
  for (const TableCell& cell : t.cells) {
    const std::size_t n = counts[static_cast<std::size_t>(cell.row)];
    TableCell moved = cell;
    moved.row = first[static_cast<std::size_t>(cell.row)];
    // A cell spanning rows covers the new rows of every row it spans.
    moved.row_span = first[static_cast<std::size_t>(cell.row + cell.row_span)] - moved.row;
    std::vector<std::string> lines = Lines(cell.text);
    if (n == 1 || lines.size() != n) {
      if (n > 1) moved.row_span = 1;  // a single-line cell of a split row: the first line's
      const int base = moved.row;
      out.table.cells.push_back(std::move(moved));
      if (n > 1) {
        for (std::size_t k = 1; k < n; ++k) {
          TableCell blank;
          blank.row = base + static_cast<int>(k);
          blank.col = cell.col;
          blank.col_span = cell.col_span;
          blank.box = cell.box;
          out.table.cells.push_back(std::move(blank));
        }
      }
      continue;
    }
    std::vector<std::string> orig = Lines(cell.orig);
    for (std::size_t k = 0; k < n; ++k) {
      TableCell line;
      line.row = first[static_cast<std::size_t>(cell.row)] + static_cast<int>(k);
      line.col = cell.col;
      line.col_span = cell.col_span;
      line.text = lines[k];
      line.orig = orig.size() == n ? orig[k] : lines[k];
      line.confidence = cell.confidence;
      line.box = cell.box;
      out.table.cells.push_back(std::move(line));
    }
  }
  return out;
}

}  // namespace baocao
