// The image reader on any bytes: Leptonica's header and decoders (PNG,
// JPEG, TIFF with many pages), the pixel and page limits, image preparation
// (deskew, binarisation), grids and OCR. The pixel limit is low so an input
// costs milliseconds: Tesseract is not ours to fuzz, the code around it is.
#include "fuzz/fuzz_support.h"
#include "fuzz/fuzz_target.h"
#include "ingest/ocr/image_reader.h"

namespace {

int FuzzImage(const std::uint8_t* data, std::size_t size) {
  if (size > (128 << 10)) return -1;
  const std::uint32_t hash = baocao::fuzz::Hash(data, size);
  baocao::ImageOptions options;
  options.max_pixels = (hash & 1) ? 250e3 : 60e3;
  options.max_pages = 3;
  baocao::OcrOptions ocr;
  ocr.threads = 1;
  ocr.per_cell = (hash & 2) != 0;
  baocao::Result<baocao::Document> doc = baocao::ReadImage(baocao::fuzz::AsText(data, size), options, ocr);
  if (!doc.ok()) {
    FUZZ_CHECK(!doc.status().reason().empty());
    return 0;
  }
  if ((hash & 12) == 0) baocao::fuzz::RunLaterStages(std::move(doc).value());
  return 0;
}

}  // namespace

BAOCAO_FUZZ_TARGET(image, FuzzImage)
