// Where a page's coordinates came from: the map between the page as
// archived (what the analyst's desk renders: a PDF page as displayed, /Rotate
// applied, or an image file as stored) and the frame its words and cells were
// found in (a text PDF's page turned upright, a scan turned, deskewed and
// squared for OCR). Layout works in the found frame; every box stored on a
// record is mapped back with ToArchived, so the desk highlights the figure
// where the reader sees it.
//
//   PageFrame f = PageFrame::Scale(dpi / 72);                    // points -> pixels
//   f = f.Then(PageFrame::QuarterTurns(1, width_px, height_px));  // pixRotateOrth(pix, 1)
//   f = f.Then(PageFrame::Scale(72 / dpi));                      // pixels -> points
//   BoundingBox archived = f.ToArchived(box);
//
// A frame is a 3x3 homography (projective map), which covers every step a
// page goes through: scaling, quarter turns, small rotations and the
// perspective of a phone photo. A box maps to the bounding box of its four
// mapped corners.
//
// Also the one rule for an image's resolution (ImageDpi), so that OCR page
// units and the desk's rendering agree on the points of a picture.
//
// Thread safety: a value type; const methods are reentrant.
#ifndef BAOCAO_INGEST_LAYOUT_PAGE_FRAME_H_
#define BAOCAO_INGEST_LAYOUT_PAGE_FRAME_H_

#include <array>
#include <optional>

#include "document/document.h"

struct Pix;

namespace baocao {

struct PagePoint {
  double x = 0, y = 0;
};

class PageFrame {
 public:
  PageFrame();  // identity: found frame = archived frame

  // Every coordinate multiplied by `s`.
  static PageFrame Scale(double s);
  // The page (`width` x `height`, top-left origin, y down) turned clockwise
  // by `turns` quarter turns, as Leptonica's pixRotateOrth turns an image.
  static PageFrame QuarterTurns(int turns, double width, double height);
  // Turned by `radians` clockwise on the page about (cx, cy), as
  // Leptonica's pixRotate turns an image about its centre.
  static PageFrame Rotation(double radians, double cx, double cy);
  // The quadrilateral `from` mapped onto `to` (corresponding corners).
  // nullopt when the corners are degenerate (three in a line).
  static std::optional<PageFrame> Projective(const std::array<PagePoint, 4>& from,
                                             const std::array<PagePoint, 4>& to);

  // This frame followed by `next` (a step applied to the found frame).
  PageFrame Then(const PageFrame& next) const;

  PagePoint ToFound(PagePoint archived) const;
  PagePoint ToArchived(PagePoint found) const;
  // The bounding box of the box's four corners mapped to the archived page.
  BoundingBox ToArchived(const BoundingBox& found) const;

  bool IsIdentity() const;

 private:
  using Matrix = std::array<double, 9>;  // row-major, acting on (x, y, 1)
  PageFrame(const Matrix& forward, const Matrix& inverse) : forward_(forward), inverse_(inverse) {}

  Matrix forward_;  // archived -> found
  Matrix inverse_;  // found -> archived
};

// The resolution of an image: its recorded one when plausible (70-1200
// dpi), else that of an A4 page (11.7 in long side) filling the picture's
// long side — a phone photo records none. Page units of images are points
// at this resolution.
double ImageDpi(Pix* pix);

}  // namespace baocao

#endif  // BAOCAO_INGEST_LAYOUT_PAGE_FRAME_H_
