// The grid builder (layout/grid_table.h) on ruling lines given directly, and the
// line finder (layout/grid_lines.h) on a drawn image: merged cells, double borders,
// open sides, strokes that are glyphs, frames that are not tables.
#include "ingest/layout/grid_table.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include "ingest/layout/grid_lines.h"

namespace baocao {
namespace {

Segment H(double x0, double x1, double y) { return {x0, y, x1, y}; }
Segment V(double y0, double y1, double x) { return {x, y0, x, y1}; }

const GridCell* At(const Grid& g, int r, int c) {
  for (const GridCell& cell : g.cells) {
    if (r >= cell.row && r < cell.row + cell.row_span && c >= cell.col && c < cell.col + cell.col_span) return &cell;
  }
  return nullptr;
}

TEST(GridTableTest, MissingBordersMakeMergedCells) {
  // 3 columns x 3 rows; the first column's top two slots merged (no line
  // between them there), the last two columns' top row merged.
  RulingLines lines;
  lines.horizontal = {H(0, 300, 0), H(100, 300, 20), H(0, 300, 40), H(0, 300, 60)};
  lines.vertical = {V(0, 60, 0), V(0, 60, 100), V(20, 60, 200), V(0, 60, 300)};
  std::vector<Grid> grids = BuildGrids(lines, 2.5);
  ASSERT_EQ(grids.size(), 1u);
  const Grid& g = grids[0];
  EXPECT_EQ(g.rows(), 3);
  EXPECT_EQ(g.cols(), 3);
  ASSERT_NE(At(g, 0, 0), nullptr);
  EXPECT_EQ(At(g, 0, 0)->row_span, 2);
  EXPECT_EQ(At(g, 0, 1)->col_span, 2);
  EXPECT_EQ(At(g, 1, 1)->col_span, 1);
  EXPECT_EQ(g.cells.size(), 1u + 1u + 2u + 3u);
}

TEST(GridTableTest, DoubleBordersAreOneEdge) {
  RulingLines lines;
  lines.horizontal = {H(0, 200, 0), H(0, 200, 1.5), H(0, 200, 20), H(0, 200, 40), H(0, 200, 41.5)};
  lines.vertical = {V(0, 41.5, 0), V(0, 41.5, 100), V(0, 41.5, 200)};
  std::vector<Grid> grids = BuildGrids(lines, 2.5);
  ASSERT_EQ(grids.size(), 1u);
  EXPECT_EQ(grids[0].rows(), 2);
  EXPECT_EQ(grids[0].cols(), 2);
}

TEST(GridTableTest, TableWithoutSideBordersStillHasItsOuterColumns) {
  RulingLines lines;
  lines.horizontal = {H(0, 300, 0), H(0, 300, 20), H(0, 300, 40)};
  lines.vertical = {V(0, 40, 100), V(0, 40, 200)};
  std::vector<Grid> grids = BuildGrids(lines, 2.5);
  ASSERT_EQ(grids.size(), 1u);
  EXPECT_EQ(grids[0].cols(), 3);
  EXPECT_EQ(grids[0].rows(), 2);
}

TEST(GridTableTest, GlyphStrokesAndBoldRunsAreNotBorders) {
  RulingLines lines;
  lines.horizontal = {H(0, 200, 0), H(0, 200, 40), H(0, 200, 60),
                      H(110, 160, 10)};  // a run through a bold word, inside a cell
  lines.vertical = {V(0, 60, 0), V(0, 60, 100), V(0, 60, 200),
                    V(60, 72, 50)};  // a tall glyph just under the table, touching it
  std::vector<Grid> grids = BuildGrids(lines, 2.5);
  ASSERT_EQ(grids.size(), 1u);
  EXPECT_EQ(grids[0].rows(), 2);
  EXPECT_EQ(grids[0].cols(), 2);
  EXPECT_DOUBLE_EQ(grids[0].box.y1, 60);
}

TEST(GridTableTest, FramesAndLoneRulesAreNotTables) {
  RulingLines frame;
  frame.horizontal = {H(0, 200, 0), H(0, 200, 50)};
  frame.vertical = {V(0, 50, 0), V(0, 50, 200)};
  EXPECT_TRUE(BuildGrids(frame, 2.5).empty());
  RulingLines rule;
  rule.horizontal = {H(100, 200, 80)};
  EXPECT_TRUE(BuildGrids(rule, 2.5).empty());
}

TEST(GridTableTest, TwoTablesApart) {
  RulingLines lines;
  for (double top : {0.0, 200.0}) {
    lines.horizontal.push_back(H(0, 200, top));
    lines.horizontal.push_back(H(0, 200, top + 20));
    lines.horizontal.push_back(H(0, 200, top + 40));
    lines.vertical.push_back(V(top, top + 40, 0));
    lines.vertical.push_back(V(top, top + 40, 100));
    lines.vertical.push_back(V(top, top + 40, 200));
  }
  std::vector<Grid> grids = BuildGrids(lines, 2.5);
  ASSERT_EQ(grids.size(), 2u);
  EXPECT_LT(grids[0].box.y0, grids[1].box.y0);
}

TEST(GridTableTest, FillGridPutsWordsInCellsAndLeavesTheRest) {
  RulingLines lines;
  lines.horizontal = {H(0, 200, 0), H(0, 200, 20), H(0, 200, 40)};
  lines.vertical = {V(0, 40, 0), V(0, 40, 100), V(0, 40, 200)};
  std::vector<Grid> grids = BuildGrids(lines, 2.5);
  ASSERT_EQ(grids.size(), 1u);
  auto word = [](const char* t, double x, double y) {
    PageWord w;
    w.text = t;
    w.box = {x, y, x + 20, y + 10};
    w.size = 10;
    return w;
  };
  std::vector<PageWord> words = {word("TT", 5, 5), word("Name", 105, 5), word("1", 5, 25),
                                 word("Tree", 105, 25), word("planting", 130, 25), word("Outside", 5, 60)};
  PageTable t = FillGrid(grids[0], &words, 3);
  ASSERT_EQ(words.size(), 1u);
  EXPECT_EQ(words[0].text, "Outside");
  ASSERT_EQ(t.table.rows, 2);
  ASSERT_EQ(t.table.cols, 2);
  EXPECT_EQ(t.table.CellAt(1, 1)->orig, "Tree planting");
  ASSERT_EQ(t.table.CellAt(1, 1)->blocks.size(), 1u);
  EXPECT_EQ(t.table.CellAt(1, 1)->blocks[0].page, 3);
  EXPECT_EQ(t.table.CellAt(1, 1)->blocks[0].row, 1);
}

TEST(GridLinesTest, FindsStrokesNotText) {
  // A 400 x 300 image at 72 dpi (1 px = 1 pt): a 2 x 2 table and a block of
  // "text" (short marks) beside it.
  PixPtr pix(pixCreate(400, 300, 1));
  ASSERT_TRUE(pix);
  auto rect = [&](int x, int y, int w, int h) { pixRasterop(pix.get(), x, y, w, h, PIX_SET, nullptr, 0, 0); };
  for (int y : {20, 60, 100}) rect(20, y, 201, 1);
  for (int x : {20, 120, 220}) rect(x, 20, 1, 81);
  for (int i = 0; i < 10; ++i) rect(250 + 12 * (i % 5), 150 + 14 * (i / 5), 8, 9);  // glyph-sized blots
  RulingOptions options;
  options.scale = 1.0;
  PixPtr mask;
  RulingLines lines = FindRulingLines(pix.get(), options, &mask);
  EXPECT_EQ(lines.horizontal.size(), 3u);
  EXPECT_EQ(lines.vertical.size(), 3u);
  ASSERT_TRUE(mask);
  l_int32 ink = 0;
  pixCountPixels(mask.get(), &ink, nullptr);
  EXPECT_EQ(ink, 3 * 201 + 3 * 81 - 9);  // the strokes, crossings counted once
  std::vector<Grid> grids = BuildGrids(lines, 2.5);
  ASSERT_EQ(grids.size(), 1u);
  EXPECT_EQ(grids[0].rows(), 2);
  EXPECT_EQ(grids[0].cols(), 2);
}

}  // namespace
}  // namespace baocao
