#include "ingest/pdf_render.h"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <cmath>
#include <cstring>

namespace baocao {

PixPtr RenderPageGray(const poppler::page& page, double dpi, int quarter_turns, bool antialias,
                      double max_pixels, double* dpi_used) {
  QuietLeptonica();
  const poppler::rectf crop = page.page_rect(poppler::crop_box);
  const double pixels = crop.width() * crop.height() * (dpi / 72) * (dpi / 72);
  if (!(pixels > 0)) return nullptr;
  if (pixels > max_pixels) dpi *= std::sqrt(max_pixels / pixels);
  if (dpi_used != nullptr) *dpi_used = dpi;

  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hints(antialias ? poppler::page_renderer::antialiasing | poppler::page_renderer::text_antialiasing
                                      : 0u);
  poppler::image img = renderer.render_page(&page, dpi, dpi);
  if (!img.is_valid() || img.format() != poppler::image::format_gray8 || img.width() <= 0 || img.height() <= 0) {
    return nullptr;
  }
  PixPtr pix(pixCreate(img.width(), img.height(), 8));
  if (!pix) return nullptr;
  // Leptonica keeps bytes in 32-bit words, most significant first: copy the
  // rows, then swap on little-endian machines.
  const int wpl = pixGetWpl(pix.get());
  l_uint32* data = pixGetData(pix.get());
  const std::size_t row_bytes = static_cast<std::size_t>(img.width());
  for (int y = 0; y < img.height(); ++y) {
    std::memcpy(data + static_cast<std::ptrdiff_t>(y) * wpl,
                img.const_data() + static_cast<std::ptrdiff_t>(y) * img.bytes_per_row(), row_bytes);
  }
  pixEndianByteSwap(pix.get());
  const l_int32 res = static_cast<l_int32>(std::lround(dpi));
  pixSetResolution(pix.get(), res, res);
  if (quarter_turns % 4 != 0) {
    PixPtr turned(pixRotateOrth(pix.get(), quarter_turns % 4));
    if (!turned) return nullptr;
    return turned;
  }
  return pix;
}

PixPtr ThresholdToBinary(Pix* gray, int threshold) {
  if (gray == nullptr) return nullptr;
  return PixPtr(pixThresholdToBinary(gray, threshold));
}

}  // namespace baocao
