// Ruling lines -> table grids with merged cells. One builder serves text
// PDFs and scans.
//
//   std::vector<Grid> grids = BuildGrids(FindRulingLines(binary, options), 2.5);
//   PageTable t = FillGrid(grids[0], &words, page_number);  // text layer
//
// Strokes that touch form one table. Their positions give the row and column
// edges; a grid slot joins its neighbour where the border between them is
// missing (a merged cell: "Số lượt người" over "Tổng số | Nữ", "TT" down two
// header rows), so every grid slot is covered by exactly one cell, as in a
// DOCX table with gridSpan and vMerge.
//
// Thread safety: pure functions.
#ifndef BAOCAO_INGEST_LAYOUT_GRID_TABLE_H_
#define BAOCAO_INGEST_LAYOUT_GRID_TABLE_H_

#include <optional>
#include <vector>

#include "ingest/layout/grid_lines.h"
#include "ingest/layout/page.h"

namespace baocao {

struct GridCell {
  int row = 0, col = 0, row_span = 1, col_span = 1;
  BoundingBox box;
};

struct Grid {
  BoundingBox box;
  std::vector<double> row_edges;  // rows + 1 ascending y
  std::vector<double> col_edges;  // cols + 1 ascending x
  std::vector<GridCell> cells;    // by row, then column
  int rows() const { return static_cast<int>(row_edges.size()) - 1; }
  int cols() const { return static_cast<int>(col_edges.size()) - 1; }
};

// Tables from ruling lines (in points), top to bottom. `tolerance` is how
// far two strokes may miss each other and still meet, and how close two
// edges are merged (double borders). A lone rectangle (one cell) is a frame,
// not a table, and is not returned.
std::vector<Grid> BuildGrids(const RulingLines& lines, double tolerance);

// Moves the words whose centre lies inside `grid` into its cells and returns
// the table, cell text rebuilt as paragraphs (layout/lines.h), cells and table
// with the mean confidence of their OCR'd words. Words outside the grid stay
// in *words.
PageTable FillGrid(const Grid& grid, std::vector<PageWord>* words, std::optional<int> page);

// The table of `grid` with empty cells.
Table EmptyTable(const Grid& grid);

// `grid` with every coordinate multiplied by `factor` (points -> pixels).
Grid ScaleGrid(const Grid& grid, double factor);

}  // namespace baocao

#endif  // BAOCAO_INGEST_LAYOUT_GRID_TABLE_H_
