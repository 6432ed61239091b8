// One scanned page through OCR: prepared (ocr/image_prep.h), tables found from
// their ruling lines (layout/grid_lines.h, layout/grid_table.h) and read cell by cell, the
// rest of the page read with Tesseract's layout analysis. Whole-page OCR
// reads table rows across cell borders and misreads small figures; a cell
// read on its own, its borders erased, does not.
//
//   OcrEngineLease engine = ...;                       // ocr/engine.h
//   Result<PageContent> page = OcrPage(image, 300, 1, engine.get(), options, &stats);
//
// The PageContent is in points (pixels * 72 / dpi) of the prepared page
// (upright, deskewed, squared); its `frame` maps them back to points of
// `image` as given, the page as archived. Word and cell confidences are
// Tesseract's (0-100), kept so low-confidence figures can be flagged.
//
// Thread safety: reentrant with one engine per thread.
#ifndef BAOCAO_INGEST_OCR_PAGE_H_
#define BAOCAO_INGEST_OCR_PAGE_H_

#include "ingest/layout/image_pix.h"
#include "ingest/ocr/engine.h"
#include "ingest/layout/page.h"
#include "util/status.h"

namespace baocao {

struct OcrPageStats {
  double confidence_sum = 0;  // over all words read
  int words = 0;
  int quarter_turns = 0;
  double skew_degrees = 0;
};

// `dpi`: the image's resolution (page units, ruling lines, tolerances).
Result<PageContent> OcrPage(Pix* image, double dpi, int number, OcrEngine* engine, const OcrOptions& options,
                            OcrPageStats* stats);

}  // namespace baocao

#endif  // BAOCAO_INGEST_OCR_PAGE_H_
