// Column borders of tables ruled only across (layout/inferred_columns.h), on
// drawn pages: text blocks stand for words, in pixels = points (scale 1).
#include "ingest/layout/inferred_columns.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <vector>

#include "ingest/layout/grid_table.h"
#include "ingest/layout/image_pix.h"

namespace baocao {
namespace {

struct Page {
  PixPtr pix{pixCreate(600, 400, 1)};
  RulingLines lines;

  // A rule across [x0, x1] at y, drawn and found.
  void Rule(int x0, int x1, int y) {
    pixRasterop(pix.get(), x0, y, x1 - x0, 1, PIX_SET, nullptr, 0, 0);
    lines.horizontal.push_back({static_cast<double>(x0), static_cast<double>(y), static_cast<double>(x1),
                                static_cast<double>(y)});
  }
  // A word: ink from x0 to x1 on a line at y.
  void Word(int x0, int x1, int y) { pixRasterop(pix.get(), x0, y, x1 - x0, 8, PIX_SET, nullptr, 0, 0); }
};

// A table of 4 rows under a header: a label column (100-300), two number
// columns (340-400, 440-500); rules under every row from x 90 to 510.
Page RuledAcross() {
  Page p;
  const int ys[] = {50, 80, 110, 140, 170, 200};
  for (int y : ys) p.Rule(90, 510, y);
  p.Word(100, 160, 60), p.Word(345, 395, 60), p.Word(445, 495, 60);  // header
  for (int r = 1; r < 5; ++r) {
    p.Word(100, 180 + 25 * r, ys[r] + 10);  // labels of several lengths
    p.Word(360, 380, ys[r] + 10);
    p.Word(460, 480, ys[r] + 10);
  }
  return p;
}

TEST(InferredColumnsTest, GuttersBetweenColumnsBecomeBorders) {
  Page p = RuledAcross();
  AddInferredColumnRules(p.pix.get(), 1.0, &p.lines);
  std::vector<Grid> grids = BuildGrids(p.lines, 3.0);
  ASSERT_EQ(grids.size(), 1u);
  EXPECT_EQ(grids[0].rows(), 5);
  ASSERT_EQ(grids[0].cols(), 3);
  // The borders fall in the gutters: after the longest label, around each
  // number column.
  EXPECT_GT(grids[0].col_edges[1], 280);
  EXPECT_LT(grids[0].col_edges[1], 345);
  EXPECT_GT(grids[0].col_edges[2], 395);
  EXPECT_LT(grids[0].col_edges[2], 445);
}

TEST(InferredColumnsTest, AHeadingAcrossTwoColumnsStaysOneCell) {
  Page p = RuledAcross();
  p.Word(350, 490, 52);  // "Số lượt người" over both number columns, above their headings
  p.Rule(340, 510, 58);  // the partial rule under it
  AddInferredColumnRules(p.pix.get(), 1.0, &p.lines);
  std::vector<Grid> grids = BuildGrids(p.lines, 3.0);
  ASSERT_EQ(grids.size(), 1u);
  ASSERT_EQ(grids[0].cols(), 3);
  bool spanning = false;
  for (const GridCell& c : grids[0].cells) spanning = spanning || (c.row == 0 && c.col == 1 && c.col_span == 2);
  EXPECT_TRUE(spanning);
}

// A heading over two columns whose word space falls over their gutter, and
// the leaf headings under it parted a little to the left: the border goes
// where the leaf headings part ("Giáo dục bảo vệ sức khoẻ" over "Số lớp |
// Số lượt người"), not through the space of the heading above, which spans
// both columns anyway.
TEST(InferredColumnsTest, TheLeafHeadingsChooseTheBorderUnderAGroupHeading) {
  Page p;
  p.Rule(90, 510, 20);
  p.Rule(340, 510, 50);  // under the group heading
  for (int y : {80, 110, 140, 170, 200}) p.Rule(90, 510, y);
  p.Word(345, 412, 30), p.Word(424, 495, 30);  // the group heading, its word space at 412-424
  p.Word(100, 160, 60);                        // the label column's heading
  p.Word(345, 395, 60), p.Word(410, 495, 60);  // "Số lớp | Số lượt người", parted at 395-410
  for (int y : {90, 120, 150, 180}) {
    p.Word(100, 220, y);
    p.Word(360, 380, y);
    p.Word(460, 480, y);
  }
  AddInferredColumnRules(p.pix.get(), 1.0, &p.lines);
  std::vector<Grid> grids = BuildGrids(p.lines, 3.0);
  ASSERT_EQ(grids.size(), 1u);
  ASSERT_EQ(grids[0].cols(), 3);
  EXPECT_GT(grids[0].col_edges[2], 395);
  EXPECT_LT(grids[0].col_edges[2], 410);
  bool group_spans = false, leaves_parted = false;
  for (const GridCell& c : grids[0].cells) {
    group_spans = group_spans || (c.row == 0 && c.col == 1 && c.col_span == 2);
    leaves_parted = leaves_parted || (c.row == 1 && c.col == 2 && c.col_span == 1);
  }
  EXPECT_TRUE(group_spans);
  EXPECT_TRUE(leaves_parted);
}

TEST(InferredColumnsTest, DrawnColumnsAndProseAreLeftAlone) {
  Page drawn = RuledAcross();
  drawn.lines.vertical.push_back({320, 50, 320, 200});
  const std::size_t before = drawn.lines.vertical.size();
  AddInferredColumnRules(drawn.pix.get(), 1.0, &drawn.lines);
  EXPECT_EQ(drawn.lines.vertical.size(), before);

  // Paragraphs between separator rules: text across the width, no gutter.
  Page prose;
  for (int y : {50, 100, 150}) prose.Rule(90, 510, y);
  for (int y : {60, 75, 110, 125}) {
    for (int x = 100 + y % 7; x < 480; x += 43) prose.Word(x, x + 40, y);  // word spaces of 3
  }
  AddInferredColumnRules(prose.pix.get(), 1.0, &prose.lines);
  EXPECT_TRUE(prose.lines.vertical.empty());
}

}  // namespace
}  // namespace baocao
