#include "tests/genre/table_grid.h"

#include <algorithm>

namespace baocao::genre {

TableSpec ToTableSpec(const Grid& grid) {
  TableSpec t;
  t.widths = grid.widths;
  t.size = grid.size;
  std::size_t depth = 0;
  for (const auto& p : grid.paths) depth = std::max(depth, p.size());
  const std::size_t n = grid.paths.size();
  for (std::size_t level = 0; level < depth; ++level) {
    std::vector<Cell> row;
    std::size_t i = 0;
    while (i < n) {
      const auto& p = grid.paths[i];
      std::size_t own = std::min(level + 1, p.size());  // path elements that identify the cell
      std::size_t j = i + 1;
      while (j < n) {
        const auto& q = grid.paths[j];
        bool same_kind = (level < p.size()) == (level < q.size());
        if (!same_kind || q.size() < own || !std::equal(p.begin(), p.begin() + static_cast<long>(own), q.begin()))
          break;
        if (level >= p.size() && q.size() != p.size()) break;
        ++j;
      }
      Cell c;
      c.span = static_cast<int>(j - i);
      c.bold = true;
      if (level < p.size()) {
        c.text = p[level];
        if (level + 1 == p.size() && p.size() < depth) c.vmerge = Merge::kRestart;
      } else {
        c.vmerge = Merge::kContinue;
      }
      row.push_back(c);
      i = j;
    }
    t.rows.push_back(row);
  }
  t.header_rows = static_cast<int>(depth);
  if (!grid.numbers_row.empty()) {
    std::vector<Cell> row;
    for (const std::string& s : grid.numbers_row) {
      Cell c;
      c.text = s;
      c.italic = true;
      row.push_back(c);
    }
    t.rows.push_back(row);
  }
  for (const GridRow& r : grid.rows) {
    std::vector<Cell> row;
    for (std::size_t k = 0; k < r.cells.size(); ++k) {
      Cell c;
      c.text = r.cells[k];
      c.bold = r.bold;
      c.align = k == 1 || (k == 0 && r.label_span > 1) ? Align::kLeft : Align::kCenter;
      if (k == 0 && r.label_span > 1) {
        c.span = r.label_span;
        c.align = Align::kCenter;
        k += static_cast<std::size_t>(r.label_span - 1);
      }
      row.push_back(c);
    }
    t.rows.push_back(row);
  }
  return t;
}

}  // namespace baocao::genre
