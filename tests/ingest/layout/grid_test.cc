// The grid builder (layout/grid_table.h) on ruling lines given directly, and the
// line finder (layout/grid_lines.h) on a drawn image: merged cells, double borders,
// open sides, strokes that are glyphs, frames that are not tables; the grey
// finder on a drawn scan: faint, dashed rules among text, uneven paper.
#include "ingest/layout/grid_table.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <algorithm>
#include <random>
#include <vector>

#include "ingest/layout/grid_lines.h"
#include "tests/ingest/layout/placed_words.h"

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

TEST(GridTableTest, AnEdgeDrawnInOneRowOfManyIsNoColumn) {
  // 2 columns x 5 rows; a stroke pair inside the name cell of row 3 only (a
  // shaded word) must not split every row's name into three columns.
  RulingLines lines;
  for (int r = 0; r <= 5; ++r) lines.horizontal.push_back(H(0, 300, 20.0 * r));
  lines.vertical = {V(0, 100, 0), V(0, 100, 200), V(0, 100, 300), V(60, 80, 120), V(60, 80, 128)};
  std::vector<Grid> grids = BuildGrids(lines, 2.5);
  ASSERT_EQ(grids.size(), 1u);
  EXPECT_EQ(grids[0].rows(), 5);
  EXPECT_EQ(grids[0].cols(), 2);
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

// "A | TỔNG THU" bold right under the header: the hat of its Ổ touches the
// rule, which is found in two pieces either side of it. The short piece
// still bounds the cells of the first column (else "A" joins the header's
// "TT"); a gap where a vertical rule stands is a merged cell's, kept.
TEST(GridTableTest, ARuleBrokenByATouchingLetterStillBoundsItsCells) {
  RulingLines lines;
  lines.horizontal = {H(0, 450, 0), H(0, 52, 30), H(58, 450, 30), H(0, 450, 50), H(0, 35, 70), H(42, 450, 70),
                      H(0, 450, 90)};
  lines.vertical = {V(0, 90, 0), V(0, 90, 35), V(50, 90, 42), V(0, 90, 250), V(0, 90, 450)};
  std::vector<Grid> grids = BuildGrids(lines, 2.5);
  ASSERT_EQ(grids.size(), 1u);
  const Grid& g = grids[0];
  EXPECT_EQ(g.rows(), 4);
  for (const GridCell& c : g.cells) {
    if (c.row == 0 && c.col == 0) {
      EXPECT_EQ(c.row_span, 1) << "the short piece bounds the first column";
    }
    if (c.row == 2 && c.col == 1) {
      EXPECT_EQ(c.row_span, 2) << "no rule across the narrow column: merged";
    }
  }
}

TEST(GridTableTest, ALineOfTextUnderTheTableIsNoRow) {
  // The line right under the bottom rule: its tall letters lengthen two
  // column rules by a line's height and stand as short strokes of their
  // own, the feet of a few letters make short strokes across. No row.
  RulingLines lines;
  lines.horizontal = {H(0, 300, 0), H(0, 300, 20), H(0, 300, 40), H(200, 224, 51), H(236, 259, 51)};
  lines.vertical = {V(0, 40, 0), V(0, 51, 100), V(0, 40, 200), V(0, 46, 250), V(0, 40, 300),
                    V(40, 51, 212), V(40, 51, 240), V(40, 51, 60)};
  std::vector<Grid> grids = BuildGrids(lines, 2.5);
  ASSERT_EQ(grids.size(), 1u);
  EXPECT_EQ(grids[0].rows(), 2);
  EXPECT_NEAR(grids[0].box.y1, 40, 1);
}

// Only the inner borders drawn (no outer box): no rule under the last row,
// but its column rules run the row's full height (all but the one a totals
// row merges away). It is a row, as the text line above is not.
TEST(GridTableTest, WithoutTheOuterBoxTheLastRowIsKept) {
  RulingLines lines;
  lines.horizontal = {H(0, 300, 20), H(0, 300, 40)};
  lines.vertical = {V(0, 40, 60), V(0, 60, 100), V(0, 60, 200), V(0, 60, 250)};
  std::vector<Grid> grids = BuildGrids(lines, 2.5);
  ASSERT_EQ(grids.size(), 1u);
  EXPECT_EQ(grids[0].rows(), 3);
  EXPECT_EQ(grids[0].cols(), 5);
  EXPECT_NEAR(grids[0].box.y0, 0, 1);
  EXPECT_NEAR(grids[0].box.y1, 60, 1);
}

// A header and one row carried over to a page of their own, without the
// outer box: one rule across, crossed by the column rules.
TEST(GridTableTest, OneRuleAcrossManyColumnRulesIsATable) {
  RulingLines lines;
  lines.horizontal = {H(0, 300, 30)};
  lines.vertical = {V(0, 55, 40), V(0, 55, 150), V(0, 55, 200), V(0, 55, 250)};
  std::vector<Grid> grids = BuildGrids(lines, 2.5);
  ASSERT_EQ(grids.size(), 1u);
  EXPECT_EQ(grids[0].rows(), 2);
  EXPECT_EQ(grids[0].cols(), 5);
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

// Two items stacked in one row, line by line: the label that fills its
// cell is two items beside the two lines of figures, not a sentence wrapped;
// a label wrapped beside one figure is one.
TEST(GridTableTest, ItemsStackedLineByLineKeepTheirLines) {
  RulingLines lines;
  lines.horizontal = {H(0, 260, 0), H(0, 260, 20), H(0, 260, 56), H(0, 260, 92)};
  lines.vertical = {V(0, 92, 0), V(0, 92, 30), V(0, 92, 125), V(0, 92, 190), V(0, 92, 260)};
  std::vector<Grid> grids = BuildGrids(lines, 2.5);
  ASSERT_EQ(grids.size(), 1u);
  std::vector<PageWord> words;
  auto add = [&](const std::vector<PageWord>& more) { words.insert(words.end(), more.begin(), more.end()); };
  add(testing::LineOf("TT", 5, 4));
  add(testing::LineOf("Topic", 40, 4));
  add(testing::LineOf("Classes", 135, 4));
  add(testing::LineOf("People", 200, 4));
  add(testing::LineOf("3", 5, 23));
  add(testing::LineOf("Farming methods", 32, 23));
  add(testing::LineOf("Computer skills", 32, 39));
  add(testing::LineOf("12", 150, 23));
  add(testing::LineOf("4", 150, 39));
  add(testing::LineOf("240", 210, 23));
  add(testing::LineOf("96", 210, 39));
  add(testing::LineOf("4", 5, 67));
  add(testing::LineOf("Health care for", 32, 59));
  add(testing::LineOf("the elderly", 32, 75));
  add(testing::LineOf("7", 150, 67));
  add(testing::LineOf("310", 210, 67));
  PageTable t = FillGrid(grids[0], &words, 1);
  ASSERT_EQ(t.table.rows, 3);
  EXPECT_EQ(t.table.CellAt(1, 1)->orig, "Farming methods\nComputer skills");
  EXPECT_EQ(t.table.CellAt(1, 2)->orig, "12\n4");
  EXPECT_EQ(t.table.CellAt(1, 3)->orig, "240\n96");
  EXPECT_EQ(t.table.CellAt(1, 0)->orig, "3");
  EXPECT_EQ(t.table.CellAt(2, 1)->orig, "Health care for the elderly");
}

// A grouped number broken across a narrow cell's lines ("1.200.00" over
// "0") is one number again; numbers with no short group are not joined.
TEST(GridTableTest, ANumberBrokenAcrossACellsLinesIsWholeAgain) {
  RulingLines lines;
  lines.horizontal = {H(0, 200, 0), H(0, 200, 20), H(0, 200, 56)};
  lines.vertical = {V(0, 56, 0), V(0, 56, 100), V(0, 56, 155), V(0, 56, 200)};
  std::vector<Grid> grids = BuildGrids(lines, 2.5);
  ASSERT_EQ(grids.size(), 1u);
  std::vector<PageWord> words;
  auto add = [&](const std::vector<PageWord>& more) { words.insert(words.end(), more.begin(), more.end()); };
  add(testing::LineOf("Topic", 5, 4));
  add(testing::LineOf("Cost", 105, 4));
  add(testing::LineOf("Note", 160, 4));
  add(testing::LineOf("Computer", 5, 23));
  add(testing::LineOf("skills", 5, 39));
  add(testing::LineOf("1.200.00", 102, 23));
  add(testing::LineOf("0", 102, 39));
  add(testing::LineOf("20", 160, 23));
  add(testing::LineOf("23", 160, 39));
  PageTable t = FillGrid(grids[0], &words, 1);
  ASSERT_EQ(t.table.rows, 2);
  EXPECT_EQ(t.table.CellAt(1, 1)->orig, "1.200.000");
  EXPECT_NE(t.table.CellAt(1, 2)->orig, "2023");  // no group left short: two numbers
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

TEST(GridTableTest, AStrokeRunningPastTheTableAddsNoRow) {
  // The middle vertical meets a letter of the line under the table and runs
  // on 8 pt: the table still ends at its last rule.
  RulingLines lines;
  lines.horizontal = {H(0, 200, 0), H(0, 200, 20), H(0, 200, 40)};
  lines.vertical = {V(0, 40, 0), V(0, 48, 100), V(0, 40, 200)};
  std::vector<Grid> grids = BuildGrids(lines, 3.0);
  ASSERT_EQ(grids.size(), 1u);
  EXPECT_EQ(grids[0].rows(), 2);
  EXPECT_DOUBLE_EQ(grids[0].box.y1, 40);
}

// A grey page at 200 dpi: paper 235 getting darker toward one corner, noise,
// a 3 x 4 table in thin grey rules (`rule` grey levels darker than the
// paper, 1 pixel wide, smoothed), text-like blots inside its cells and in a
// paragraph above it.
PixPtr ScannedTable(int rule, bool dashed) {
  const int w = 1200, h = 900;
  PixPtr pix(pixCreate(w, h, 8));
  std::mt19937 rng(5);
  std::normal_distribution<double> noise(0, 6);
  std::vector<double> dark(static_cast<std::size_t>(w) * h, 0);
  auto ink = [&](int x, int y, int ww, int hh, double amount) {
    for (int j = y; j < y + hh; ++j) {
      for (int i = x; i < x + ww; ++i) dark[static_cast<std::size_t>(j) * w + i] = std::max(dark[static_cast<std::size_t>(j) * w + i], amount);
    }
  };
  const int xs[] = {100, 300, 650, 850, 1100}, ys[] = {300, 400, 520, 640};
  const int dash = dashed ? 8 : 100000, period = dashed ? 14 : 100000;  // 2.9 pt dashes, 2.2 pt gaps
  for (int y : ys) {
    for (int x = xs[0]; x <= xs[4]; x += period) ink(x, y, std::min(dash, xs[4] + 1 - x), 1, rule);
  }
  for (int x : xs) {
    for (int y = ys[0]; y <= ys[3]; y += period) ink(x, y, 1, std::min(dash, ys[3] + 1 - y), rule);
  }
  for (int line = 0; line < 4; ++line) {  // a paragraph: letters 14 px tall, spaced
    for (int x = 100; x < 1100; x += 13) ink(x, 80 + 40 * line, 8, 14, 200);
  }
  for (int r = 0; r < 3; ++r) {  // cell text, 6 px from the rules
    for (int c = 0; c < 4; ++c) {
      for (int x = xs[c] + 8; x < xs[c] + 60; x += 12) ink(x, ys[r] + 20, 7, 14, 200);
    }
  }
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      const double paper = 235 - 50.0 * x / w * y / h;
      const double v = paper - dark[static_cast<std::size_t>(y) * w + x] + noise(rng);
      pixSetPixel(pix.get(), x, y, static_cast<l_uint32>(std::clamp(v, 0.0, 255.0)));
    }
  }
  PixPtr soft(pixBlockconv(pix.get(), 1, 1));  // the scanner's blur
  return soft;
}

TEST(GridLinesTest, FaintGreyRulesOfAScanAreFoundNotText) {
  for (int rule : {90, 45}) {
    for (bool dashed : {false, true}) {
      SCOPED_TRACE("rule " + std::to_string(rule) + (dashed ? " dashed" : ""));
      PixPtr page = ScannedTable(rule, dashed);
      ASSERT_TRUE(page);
      RulingOptions options;
      options.scale = 72.0 / 200;
      PixPtr mask;
      RulingLines lines = FindRulingLinesGray(page.get(), options, &mask);
      std::vector<Grid> grids = BuildGrids(lines, 3.0);
      ASSERT_EQ(grids.size(), 1u);
      EXPECT_EQ(grids[0].rows(), 3);
      EXPECT_EQ(grids[0].cols(), 4);
      EXPECT_NEAR(grids[0].box.y0, 300 * 72.0 / 200, 1.0);
      ASSERT_TRUE(mask);
      // The mask covers the rules, not the paragraph above.
      l_uint32 bit = 0;
      pixGetPixel(mask.get(), 500, 400, &bit);
      EXPECT_EQ(bit, 1u);
      l_int32 text_ink = 0;
      BoxPtr paragraph(boxCreate(100, 70, 1000, 180));
      pixCountPixelsInRect(mask.get(), paragraph.get(), &text_ink, nullptr);
      EXPECT_EQ(text_ink, 0);
    }
  }
}

TEST(GridLinesTest, GreyFinderSeesNothingOnBlankOrTextPages) {
  PixPtr page = ScannedTable(0, false);  // rules of no contrast: text only
  RulingOptions options;
  options.scale = 72.0 / 200;
  EXPECT_TRUE(BuildGrids(FindRulingLinesGray(page.get(), options), 3.0).empty());
  PixPtr blank(pixCreate(300, 300, 8));
  pixSetAllArbitrary(blank.get(), 240);
  RulingLines none = FindRulingLinesGray(blank.get(), options);
  EXPECT_TRUE(none.horizontal.empty());
  EXPECT_TRUE(none.vertical.empty());
}

}  // namespace
}  // namespace baocao
