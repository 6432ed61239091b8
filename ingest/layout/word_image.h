// A page's words as solid boxes on a 1-bpp image. Text PDFs know where each
// word is exactly; the column gutters of a table that draws no vertical
// rule are read on this image (inferred_columns.h), not on a rendering, in
// which a sentence at a coarse resolution breaks into letters with gaps as
// wide as a gutter.
//
//   PixPtr boxes = WordBoxImage(words, width_px, height_px, px_per_pt);
//
// Thread safety: pure function.
#ifndef BAOCAO_INGEST_LAYOUT_WORD_IMAGE_H_
#define BAOCAO_INGEST_LAYOUT_WORD_IMAGE_H_

#include <vector>

#include "ingest/layout/image_pix.h"
#include "ingest/layout/page.h"

namespace baocao {

// `width` x `height` pixels, ink 1 where a word's box lies; `px_per_pt`
// pixels a page unit. Null when the image cannot be allocated.
PixPtr WordBoxImage(const std::vector<PageWord>& words, int width, int height, double px_per_pt);

}  // namespace baocao

#endif  // BAOCAO_INGEST_LAYOUT_WORD_IMAGE_H_
