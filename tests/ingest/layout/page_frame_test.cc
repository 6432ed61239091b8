// PageFrame (layout/page_frame.h) against Leptonica moving real pixels: a
// dot's place after pixRotateOrth, pixRotate and pixProjectivePta is where
// the frame says, and every frame maps back to where the dot started.
#include "ingest/layout/page_frame.h"

#include <gtest/gtest.h>
#include <leptonica/allheaders.h>

#include <cmath>

#include "ingest/layout/image_pix.h"

namespace baocao {
namespace {

constexpr int kW = 400, kH = 600;
constexpr PagePoint kDot = {100.5, 50.5};  // the centre of a 1-pixel-ish dot

PixPtr Dot() {
  PixPtr pix(pixCreate(kW, kH, 1));
  BoxPtr box(boxCreate(98, 48, 5, 5));
  pixSetInRect(pix.get(), box.get());
  return pix;
}

// The centre of the ink in `pix`.
PagePoint Ink(Pix* pix) {
  BOX* box = nullptr;
  pixClipToForeground(pix, nullptr, &box);
  l_int32 x = 0, y = 0, w = 0, h = 0;
  boxGetGeometry(box, &x, &y, &w, &h);
  boxDestroy(&box);
  return {x + w / 2.0, y + h / 2.0};
}

void ExpectAt(const PageFrame& f, Pix* moved, double tol) {
  const PagePoint want = Ink(moved);
  const PagePoint got = f.ToFound(kDot);
  EXPECT_NEAR(got.x, want.x, tol);
  EXPECT_NEAR(got.y, want.y, tol);
  const PagePoint back = f.ToArchived(got);
  EXPECT_NEAR(back.x, kDot.x, 1e-6);
  EXPECT_NEAR(back.y, kDot.y, 1e-6);
}

TEST(PageFrameTest, QuarterTurnsMoveAsPixRotateOrth) {
  PixPtr dot = Dot();
  for (int turns = 1; turns < 4; ++turns) {
    PixPtr moved(pixRotateOrth(dot.get(), turns));
    ExpectAt(PageFrame::QuarterTurns(turns, kW, kH), moved.get(), 1.0);
  }
}

TEST(PageFrameTest, RotationMovesAsPixRotate) {
  PixPtr dot = Dot();
  const double angle = 3.0 * 3.14159265358979 / 180;
  PixPtr moved(pixRotate(dot.get(), static_cast<float>(angle), L_ROTATE_SAMPLING, L_BRING_IN_WHITE, 0, 0));
  ExpectAt(PageFrame::Rotation(angle, kW / 2.0, kH / 2.0), moved.get(), 1.5);
}

TEST(PageFrameTest, ProjectiveMovesAsPixProjectivePta) {
  PixPtr dot = Dot();
  const std::array<PagePoint, 4> from = {PagePoint{0, 0}, PagePoint{kW, 0}, PagePoint{kW, kH}, PagePoint{0, kH}};
  const std::array<PagePoint, 4> to = {PagePoint{30, 10}, PagePoint{380, 0}, PagePoint{kW, kH}, PagePoint{0, 590}};
  PTA* s = ptaCreate(4);
  PTA* d = ptaCreate(4);
  for (int k = 0; k < 4; ++k) {
    ptaAddPt(s, static_cast<float>(from[k].x), static_cast<float>(from[k].y));
    ptaAddPt(d, static_cast<float>(to[k].x), static_cast<float>(to[k].y));
  }
  PixPtr moved(pixProjectivePta(dot.get(), d, s, L_BRING_IN_WHITE));
  ptaDestroy(&s);
  ptaDestroy(&d);
  std::optional<PageFrame> f = PageFrame::Projective(from, to);
  ASSERT_TRUE(f.has_value());
  ExpectAt(*f, moved.get(), 1.5);
  // Three corners in a line make no map.
  EXPECT_FALSE(PageFrame::Projective({PagePoint{0, 0}, PagePoint{1, 1}, PagePoint{2, 2}, PagePoint{3, 3}}, to));
}

TEST(PageFrameTest, StepsComposeInOrderAndBoxesTakeTheirCornersBounds) {
  // Points -> pixels at 144 dpi, a quarter turn, pixels -> points.
  const PageFrame f = PageFrame::Scale(2).Then(PageFrame::QuarterTurns(1, 2 * 595.0, 2 * 842.0)).Then(
      PageFrame::Scale(0.5));
  // A word near the top-left of the portrait page is near the top-right of
  // the turned one; mapping back undoes it.
  const BoundingBox found = {842 - 80, 72, 842 - 70, 120};
  const BoundingBox b = f.ToArchived(found);
  EXPECT_NEAR(b.x0, 72, 1e-9);
  EXPECT_NEAR(b.y0, 70, 1e-9);
  EXPECT_NEAR(b.x1, 120, 1e-9);
  EXPECT_NEAR(b.y1, 80, 1e-9);
  EXPECT_TRUE(PageFrame().IsIdentity());
  EXPECT_FALSE(f.IsIdentity());
}

TEST(PageFrameTest, ImageDpiIsRecordedOrAnA4Page) {
  PixPtr pix(pixCreate(2480, 3508, 8));
  pixSetResolution(pix.get(), 300, 300);
  EXPECT_EQ(ImageDpi(pix.get()), 300);
  pixSetXRes(pix.get(), 0);  // a phone photo records none
  EXPECT_NEAR(ImageDpi(pix.get()), 3508 / 11.7, 1e-9);
}

}  // namespace
}  // namespace baocao
