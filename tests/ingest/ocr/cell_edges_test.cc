// Cell edges of a borderless table moved off the letters they cut
// (ingest/ocr/cell_edges.h), on bitmaps drawn here: bands of ink as lines
// of text, blank rows between them.
#include "ingest/ocr/cell_edges.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include "ingest/layout/image_pix.h"

namespace baocao {
namespace {

// A 200 x 100 binary image with ink in rows [from, to) across x 20..180.
PixPtr Lines(std::initializer_list<std::pair<int, int>> bands) {
  PixPtr pix(pixCreate(200, 100, 1));
  for (const auto& [from, to] : bands) {
    BoxPtr box(boxCreate(20, from, 160, to - from));
    pixSetInRect(pix.get(), box.get());
  }
  return pix;
}

TEST(CellEdgesTest, AnEdgeOnABlankRowStays) {
  PixPtr pix = Lines({{10, 30}, {40, 60}});
  EXPECT_EQ(QuietEdge(pix.get(), 0, 200, 35, 12), 35);
  // Even when the band's middle is elsewhere: it cuts no letter.
  EXPECT_EQ(QuietEdge(pix.get(), 0, 200, 32, 12), 32);
}

TEST(CellEdgesTest, AnEdgeThroughInkMovesToTheMiddleOfTheNearestBlankBand) {
  // The lower line's marks (rows 40-43) reach above where OCR boxed it.
  PixPtr pix = Lines({{10, 30}, {40, 60}});
  EXPECT_EQ(QuietEdge(pix.get(), 0, 200, 42, 12), 34);
  // Cutting the upper line near its bottom: the band below it.
  EXPECT_EQ(QuietEdge(pix.get(), 0, 200, 27, 12), 34);
}

TEST(CellEdgesTest, WithNoBlankRowInReachTheEdgeStays) {
  PixPtr pix = Lines({{0, 100}});
  EXPECT_EQ(QuietEdge(pix.get(), 0, 200, 50, 10), 50);
  // Ink outside the columns looked at does not count.
  PixPtr narrow = Lines({{10, 30}, {40, 60}});
  EXPECT_EQ(QuietEdge(narrow.get(), 0, 15, 20, 12), 20);
}

TEST(CellEdgesTest, ASpeckLeavesARowBlank) {
  PixPtr pix = Lines({{10, 30}, {40, 60}});
  pixSetPixel(pix.get(), 100, 35, 1);
  EXPECT_EQ(QuietEdge(pix.get(), 0, 200, 45, 20), 34);
}

TEST(CellEdgesTest, EdgesOffTheImageStay) {
  PixPtr pix = Lines({{10, 30}});
  EXPECT_EQ(QuietEdge(pix.get(), 0, 200, -5, 12), -5);
  EXPECT_EQ(QuietEdge(pix.get(), 0, 200, 150, 12), 150);
  EXPECT_EQ(QuietEdge(nullptr, 0, 200, 20, 12), 20);
}

}  // namespace
}  // namespace baocao
