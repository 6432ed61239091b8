#include "ingest/layout/grid_lines.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>

#include "ingest/layout/image_pix.h"

namespace baocao {
namespace {

int Pixels(double units, double scale) { return std::max(1, static_cast<int>(std::lround(units / scale))); }

// Strokes of one direction: close small gaps along the stroke, open with a
// long thin brick (everything shorter disappears, text included), then one
// connected component per stroke.
std::vector<Segment> Strokes(Pix* binary, bool horizontal, const RulingOptions& o, PixPtr* mask) {
  std::vector<Segment> out;
  const int bridge = Pixels(o.bridge, o.scale);
  const int length = Pixels(horizontal ? o.min_horizontal : o.min_vertical, o.scale);
  // The DWA forms of the brick operations: word-parallel code instead of one
  // rasterop per brick pixel, a third of the page's grid time at 72 dpi and
  // more at 300 dpi, where the bricks are hundreds of pixels long.
  PixPtr closed(horizontal ? pixCloseCompBrickExtendDwa(nullptr, binary, bridge, 1)
                           : pixCloseCompBrickExtendDwa(nullptr, binary, 1, bridge));
  if (!closed) return out;
  PixPtr opened(horizontal ? pixOpenCompBrickExtendDwa(nullptr, closed.get(), length, 1)
                           : pixOpenCompBrickExtendDwa(nullptr, closed.get(), 1, length));
  if (!opened) return out;
  if (mask != nullptr && !*mask) {
    mask->reset(pixCreate(pixGetWidth(binary), pixGetHeight(binary), 1));
    if (!*mask) mask = nullptr;
  }
  BoxaPtr boxes(pixConnComp(opened.get(), nullptr, 8));
  if (!boxes) return out;
  const int n = boxaGetCount(boxes.get());
  for (int i = 0; i < n; ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    if (boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h) != 0) continue;
    const double s = o.scale;
    if ((horizontal ? h : w) * s > o.max_thickness) continue;  // a filled shape
    // Only strokes kept go to the mask: a dark picture is ink, not border.
    if (mask != nullptr) pixRasterop(mask->get(), x, y, w, h, PIX_SRC | PIX_DST, opened.get(), x, y);
    if (horizontal) {
      const double cy = (y + h / 2.0) * s;
      out.push_back({x * s, cy, (x + w) * s, cy});
    } else {
      const double cx = (x + w / 2.0) * s;
      out.push_back({cx, y * s, cx, (y + h) * s});
    }
  }
  return out;
}

}  // namespace

RulingLines FindRulingLines(Pix* binary, const RulingOptions& options, PixPtr* mask) {
  RulingLines lines;
  if (mask != nullptr) mask->reset();
  if (binary == nullptr || pixGetDepth(binary) != 1) return lines;
  lines.horizontal = Strokes(binary, true, options, mask);
  lines.vertical = Strokes(binary, false, options, mask);
  return lines;
}

}  // namespace baocao
