// A table of the genre described by its leaf columns' header paths and its
// rows' cells; the header rows, with horizontal spans over shared path
// elements and vertical merges under shorter paths, are derived from the
// paths the way offices draw them in Word:
//
//   paths  {"TT"} {"Nội dung"} {"Số lượt người", "Tổng số"} {"Số lượt người", "Nữ"}
//   header | TT | Nội dung | Số lượt người (span 2) |
//          | ↓  |    ↓     | Tổng số     | Nữ      |
#ifndef BAOCAO_TESTS_GENRE_TABLE_GRID_H_
#define BAOCAO_TESTS_GENRE_TABLE_GRID_H_

#include <string>
#include <vector>

#include "tests/genre/docx_builder.h"

namespace baocao::genre {

struct GridRow {
  std::vector<std::string> cells;  // one per leaf column
  bool bold = false;
  int label_span = 1;              // >1: the first cell spans that many columns (a "Tổng cộng" row)
};

struct Grid {
  std::vector<std::vector<std::string>> paths;  // per leaf column, top to bottom
  std::vector<int> widths;                      // per leaf column, twips
  std::vector<std::string> numbers_row;         // a column-number row under the header, or empty
  std::vector<GridRow> rows;
  int size = 0;                                 // font size (half-points)
};

TableSpec ToTableSpec(const Grid& grid);

}  // namespace baocao::genre

#endif  // BAOCAO_TESTS_GENRE_TABLE_GRID_H_
