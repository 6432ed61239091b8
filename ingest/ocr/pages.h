// OCR of many pages on all cores: one worker thread per core (at most one
// per page), each with its own pooled Tesseract engine (ocr/engine.h), each
// holding one page image at a time — memory stays bounded by the number of
// workers, whatever the page count.
//
//   std::vector<OcrJob> jobs;
//   jobs.push_back({3, [&](double* dpi) { return RenderPageGray(*page3, 300, 0, true, 60e6, dpi); }});
//   Result<OcrOutcome> out = OcrPages(jobs, options);
//
// A job's image() is called under one lock, in job order: poppler documents
// and multi-page TIFF readers are not thread-safe and read sequentially.
// Recognition runs outside the lock.
//
// Thread safety: OcrPages may be called from any thread.
#ifndef BAOCAO_INGEST_OCR_PAGES_H_
#define BAOCAO_INGEST_OCR_PAGES_H_

#include <functional>
#include <string>
#include <vector>

#include "ingest/layout/image_pix.h"
#include "ingest/ocr/engine.h"
#include "ingest/layout/page.h"
#include "util/status.h"

namespace baocao {

struct OcrJob {
  int number = 1;  // page number, 1-based
  // Produces the page image as archived and its resolution (dpi); nullptr
  // if it cannot. A dpi left at 0 is taken from the image (ImageDpi).
  std::function<PixPtr(double* dpi)> image;
};

struct OcrOutcome {
  std::vector<PageContent> pages;     // in job order
  double confidence_sum = 0;          // over all words read
  int words = 0;
  std::vector<std::string> warnings;  // pages that could not be read
};

// Fails only when no engine can be started (model missing).
Result<OcrOutcome> OcrPages(const std::vector<OcrJob>& jobs, const OcrOptions& options);

}  // namespace baocao

#endif  // BAOCAO_INGEST_OCR_PAGES_H_
