#include "ingest/ocr/image_reader.h"

#include <leptonica/allheaders.h>
#include <stdio.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "ingest/layout/page_frame.h"
#include "ingest/ocr/pages.h"
#include "ingest/layout/page_layout.h"

namespace baocao {
namespace {

int TiffPageCount(std::string_view bytes) {
  FILE* f = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb");
  if (f == nullptr) return 1;
  l_int32 n = 0;
  if (tiffGetCount(f, &n) != 0) n = 0;
  fclose(f);
  return n;
}

}  // namespace

Result<Document> ReadImage(std::string_view bytes, const ImageOptions& options, const OcrOptions& ocr_options) {
  QuietLeptonica();
  const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
  l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
  if (pixReadHeaderMem(data, bytes.size(), &format, &w, &h, &bps, &spp, &cmap) != 0 || w <= 0 || h <= 0) {
    return Status::InvalidInput("not a readable image: damaged or truncated");
  }
  if (static_cast<double>(w) * h > options.max_pixels) {
    return Status::Hostile("image of " + std::to_string(w) + " x " + std::to_string(h) + " pixels, over the " +
                           std::to_string(static_cast<long>(options.max_pixels / 1e6)) + " Mpx limit");
  }
  const bool tiff = format == IFF_TIFF || format == IFF_TIFF_G3 || format == IFF_TIFF_G4 ||
                    format == IFF_TIFF_ZIP || format == IFF_TIFF_LZW || format == IFF_TIFF_PACKBITS ||
                    format == IFF_TIFF_RLE || format == IFF_TIFF_JPEG;
  const int pages = tiff ? std::max(1, TiffPageCount(bytes)) : 1;
  if (pages > options.max_pages) {
    return Status::Hostile("TIFF of " + std::to_string(pages) + " pages, over the limit of " +
                           std::to_string(options.max_pages));
  }

  // Pages are decoded in order, one at a time, by the OCR workers.
  auto offset = std::make_shared<std::size_t>(0);
  const double max_pixels = options.max_pixels;
  std::vector<OcrJob> jobs;
  for (int i = 0; i < pages; ++i) {
    jobs.push_back({i + 1,
                    [=](double* dpi) -> PixPtr {
                      PixPtr pix(tiff ? pixReadMemFromMultipageTiff(data, bytes.size(), offset.get())
                                      : pixReadMem(data, bytes.size()));
                      if (!pix || static_cast<double>(pixGetWidth(pix.get())) * pixGetHeight(pix.get()) > max_pixels) {
                        return nullptr;
                      }
                      *dpi = ImageDpi(pix.get());
                      return pix;
                    }});
  }
  Result<OcrOutcome> ocr = OcrPages(jobs, ocr_options);
  if (!ocr.ok()) return ocr.status();
  OcrOutcome& out = ocr.value();
  if (out.warnings.size() == static_cast<std::size_t>(pages)) {
    return Status::InvalidInput("not a readable image: " + out.warnings.front());
  }
  Document doc;
  doc.format = "image";
  doc.pages = pages;
  doc.ocr = true;
  if (out.words > 0) doc.ocr_confidence = std::round(out.confidence_sum / out.words * 10) / 10;
  doc.warnings = out.warnings;
  LayoutPages(std::move(out.pages), &doc);
  return doc;
}

}  // namespace baocao
