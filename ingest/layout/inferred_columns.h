// Column borders a table does not draw. Some tables are ruled only across
// (a rule under every row, or only above and below the header and at the
// bottom), with no vertical rules at all; the grid builder (grid_table.h)
// needs both directions, so without this such a table is read as lines of
// prose and its figures lose their columns.
//
// A stack of horizontal rules of the same extent is a table when the ink
// between them leaves the same vertical gutters empty in most of its rows:
// those gutters are its column borders. Each row band gets a vertical
// stroke at a gutter only where its own ink leaves it empty by more than a
// word space, so a header cell whose text spans two columns ("Kế hoạch năm
// 2024" over "Số lớp | Số người") stays one merged cell, as it would with
// drawn borders; under a shorter rule (a heading's), two headings side by
// side ("Tự tổ chức | Phối hợp", whose rules join into one) are still
// parted by a wide gutter with words on both sides.
//
//   RulingLines lines = FindRulingLinesGray(gray, options);
//   AddInferredColumnRules(binary, points_per_pixel, &lines);
//   std::vector<Grid> grids = BuildGrids(lines, 3.0);
//
// Scans pass their binary page; text PDFs an image of their words' boxes
// (ingest/pdf/reader.cc), where gutters are exact.
//
// Thread safety: reentrant; `binary` is only read.
#ifndef BAOCAO_INGEST_LAYOUT_INFERRED_COLUMNS_H_
#define BAOCAO_INGEST_LAYOUT_INFERRED_COLUMNS_H_

#include "ingest/layout/grid_lines.h"

struct Pix;

namespace baocao {

// REQUIRES: `binary` is 1 bpp, ink 1, the image `lines` were found on;
// `points_per_pixel` converts its pixels to the units of `lines`. Appends to
// lines->vertical the borders of every stack of at least three horizontal
// rules of one extent, row bands that drawn vertical rules divide left to
// the grid builder; a paragraph across the whole width, any band between a
// table that draws its columns and one that does not, or a heading that
// crosses two borders below the table's top, separates two tables.
void AddInferredColumnRules(Pix* binary, double points_per_pixel, RulingLines* lines);

}  // namespace baocao

#endif  // BAOCAO_INGEST_LAYOUT_INFERRED_COLUMNS_H_
