// Reads a photo or scan (PNG, JPEG, TIFF with one or many pages) into the
// shared Document model through OCR (ocr/pages.h). Document::format is
// "image", pages the page count, block boxes in points of the picture as
// stored, at its resolution (layout/page_frame.h: ImageDpi).
//
//   Result<Document> doc = ReadImage(bytes, ImageOptions{}, OcrOptions{});
//
// Refused with a one-line reason: an image Leptonica cannot decode
// (Status::InvalidInput), one whose declared size is over the pixel limit
// (Status::Hostile: a few bytes can declare a 100000 x 100000 image).
//
// Thread safety: reentrant; uses worker threads for OCR.
#ifndef BAOCAO_INGEST_OCR_IMAGE_READER_H_
#define BAOCAO_INGEST_OCR_IMAGE_READER_H_

#include <string_view>

#include "document/document.h"
#include "ingest/ocr/engine.h"
#include "util/status.h"

namespace baocao {

struct ImageOptions {
  // An A4 page at 600 dpi is 35 Mpx; phone photos are 12-50 Mpx.
  double max_pixels = 80e6;
  int max_pages = 500;
};

Result<Document> ReadImage(std::string_view bytes, const ImageOptions& options = {}, const OcrOptions& ocr = {});

}  // namespace baocao

#endif  // BAOCAO_INGEST_OCR_IMAGE_READER_H_
