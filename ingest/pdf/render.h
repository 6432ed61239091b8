// A PDF page as a Leptonica image (poppler-cpp page_renderer), for finding
// ruling lines (low resolution) and for OCR (300 dpi).
//
//   PixPtr gray = RenderPageGray(*page, 72, words.quarter_turns, false);
//
// The image shows the crop box as displayed (/Rotate applied), then turned
// by `quarter_turns` clockwise, so pixel (x, y) is page point (x, y) * 72 /
// dpi in the upright coordinates of pdf/words.h. Resolution is lowered for
// oversized pages so no page costs more than `max_pixels`.
//
// Thread safety: not for concurrent use of one poppler document.
#ifndef BAOCAO_INGEST_PDF_RENDER_H_
#define BAOCAO_INGEST_PDF_RENDER_H_

#include "ingest/layout/image_pix.h"

namespace poppler {
class page;
}

namespace baocao {

// 8 bpp grey, or nullptr if poppler could not render. *dpi_used (if given)
// receives the resolution actually used.
PixPtr RenderPageGray(const poppler::page& page, double dpi, int quarter_turns, bool antialias,
                      double max_pixels = 40e6, double* dpi_used = nullptr);

// 1 bpp, ink = 1, without anti-aliasing (a 0.5 pt rule is a 1-pixel line):
// the cheapest render (a third less than grey), for finding ruling lines.
PixPtr RenderPageMono(const poppler::page& page, double dpi, int quarter_turns, double max_pixels = 40e6,
                      double* dpi_used = nullptr);

// Dark pixels become 1: a fixed threshold, for clean renders of text PDFs.
PixPtr ThresholdToBinary(Pix* gray, int threshold);

}  // namespace baocao

#endif  // BAOCAO_INGEST_PDF_RENDER_H_
