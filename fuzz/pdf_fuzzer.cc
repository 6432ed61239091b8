// The PDF reader on any bytes: text layers, the garbage-text judge, ruling
// lines on a render, grids, page layout, and OCR for pages without text.
// Pages are few and OCR renders at a low resolution, so an input costs
// milliseconds, not seconds: Tesseract is not ours to fuzz, the code around
// it is. One thread, so a run is repeatable. One input in four also goes
// through the later stages (fuzz_support.h).
#include "fuzz/fuzz_support.h"
#include "fuzz/fuzz_target.h"
#include "ingest/pdf/reader.h"

namespace {

int FuzzPdf(const std::uint8_t* data, std::size_t size) {
  if (size > (256 << 10)) return -1;
  const std::uint32_t hash = baocao::fuzz::Hash(data, size);
  baocao::PdfOptions options;
  options.max_pages = 4;
  options.threads = 1;
  options.grid_dpi = (hash & 1) ? 72 : 36;
  baocao::OcrOptions ocr;
  ocr.threads = 1;
  ocr.dpi = 24 + ((hash >> 1) & 15);
  ocr.per_cell = (hash & 32) != 0;
  baocao::Result<baocao::Document> doc = baocao::ReadPdf(baocao::fuzz::AsText(data, size), options, ocr);
  if (!doc.ok()) {
    FUZZ_CHECK(!doc.status().reason().empty());
    return 0;
  }
  FUZZ_CHECK(doc.value().pages.has_value() && *doc.value().pages <= options.max_pages);
  if ((hash & (64 | 128)) == 0) baocao::fuzz::RunLaterStages(std::move(doc).value());
  return 0;
}

}  // namespace

BAOCAO_FUZZ_TARGET(pdf, FuzzPdf)
