#include "ingest/layout/word_image.h"

#include <leptonica/allheaders.h>

#include <cmath>

namespace baocao {

PixPtr WordBoxImage(const std::vector<PageWord>& words, int width, int height, double px_per_pt) {
  if (width <= 0 || height <= 0) return nullptr;
  PixPtr pix(pixCreate(width, height, 1));
  if (!pix) return nullptr;
  for (const PageWord& w : words) {
    const int x0 = static_cast<int>(std::floor(w.box.x0 * px_per_pt));
    const int y0 = static_cast<int>(std::floor(w.box.y0 * px_per_pt));
    const int x1 = static_cast<int>(std::ceil(w.box.x1 * px_per_pt));
    const int y1 = static_cast<int>(std::ceil(w.box.y1 * px_per_pt));
    if (x1 > x0 && y1 > y0) pixRasterop(pix.get(), x0, y0, x1 - x0, y1 - y0, PIX_SET, nullptr, 0, 0);
  }
  return pix;
}

}  // namespace baocao
