// Tables that draw no border at all. A Word table set to "no borders",
// printed or saved as PDF, leaves only its words; a reader still sees the
// table, because its figures stand apart from the text in the same columns
// line after line, under a few lines of headings. Without this such a table
// is read as lines of prose ("1 Học nghề ngắn hạn 7 490 3 219") and every
// figure loses its column.
//
// This finds those tables among a page's words (those outside its ruled
// tables) and reads them as the same table with its rules drawn: a rule
// above the headings, one under the headings and under each row, one under
// each heading that spans several columns ("Kế hoạch" over "Số lớp | Số
// người"), and the columns from the gutters between the words, as for a
// table ruled only across (inferred_columns.h). The grid is then filled
// like any other (grid_table.h), so the extractors see one table model.
//
//   std::vector<PageTable> found = TakeAlignedTables(&content.words, page);  // text layer
//   for (const Grid& g : AlignedTableGrids(ocr_words)) ...;                  // OCR: cell by cell
//
// Which lines are rows is read as a reader does (aligned_lines.h,
// aligned_rows.h): a row has figures standing in cells, or a row number at
// its start; with cells aligned to their tops, a line that starts in lower
// case continues the row above; with cells centred vertically (figures
// half a line below a label's line), each row's lines lie evenly around
// its figures, whatever their case ("TTHTCD xã" / "Minh Khai"). Headings
// are lines of cells, or lone headings centred over their columns, above
// the rows; a lead-in ("như sau:") or a unit caption ("ĐVT:") is not one.
// A line of prose across the columns, or the headings of a second table,
// ends the table.
//
// Thread safety: pure functions.
#ifndef BAOCAO_INGEST_LAYOUT_ALIGNED_TABLE_H_
#define BAOCAO_INGEST_LAYOUT_ALIGNED_TABLE_H_

#include <optional>
#include <vector>

#include "ingest/layout/grid_lines.h"
#include "ingest/layout/grid_table.h"
#include "ingest/layout/page.h"

namespace baocao {

// The grids of the borderless tables of `words` (in their units), top to
// bottom: for OCR, whose cells are then read one by one.
std::vector<Grid> AlignedTableGrids(const std::vector<PageWord>& words);

// Moves the words of every borderless table of `words` into the returned
// tables, top to bottom; the rest stay in *words.
std::vector<PageTable> TakeAlignedTables(std::vector<PageWord>* words, std::optional<int> page);

}  // namespace baocao

#endif  // BAOCAO_INGEST_LAYOUT_ALIGNED_TABLE_H_
