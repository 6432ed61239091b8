// The rows of a borderless table (aligned_table.h): which of its lines
// belong to which row. A line with figures or a row number stands for a
// row (an anchor); every other line is one of the rows' wrapped lines.
// With cells aligned to their tops a line joins the row above; with cells
// centred vertically, each row's lines lie evenly around its figures, and
// the lines between two rows are parted where both are best centred.
//
// Thread safety: pure functions.
#ifndef BAOCAO_INGEST_LAYOUT_ALIGNED_ROWS_H_
#define BAOCAO_INGEST_LAYOUT_ALIGNED_ROWS_H_

#include <cstddef>
#include <vector>

#include "ingest/layout/aligned_lines.h"

namespace baocao::aligned {

// Rows found in lines [begin, end), which may also take lines [lead,
// begin) above and [end, tail) below: with cells centred, the first row's
// lines above its figures mirror those below them, and which lines above
// are the first row's and which are headings only the balance tells.
struct RowLines {
  std::size_t lead = 0, begin = 0, end = 0, tail = 0;
};

struct RowsFound {
  std::vector<std::vector<std::size_t>> rows;  // lines of each row
  std::size_t begin = 0, end = 0;              // the lines the rows took
};

RowsFound Rows(const std::vector<Line>& lines, const RowLines& span);

// The lines of [begin, end) that stand for a row: those with figures or a
// row number. Of two less than a line apart (a cell of two lines, "01" over
// "(một)", beside the row's figures centred between them), the one with
// the row number, or else with more cells, stands for the row; the other
// is one of its lines.
std::vector<std::size_t> Anchors(const std::vector<Line>& lines, std::size_t begin, std::size_t end);

}  // namespace baocao::aligned

#endif  // BAOCAO_INGEST_LAYOUT_ALIGNED_ROWS_H_
