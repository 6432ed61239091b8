#include "ingest/pdf/render.h"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <cmath>
#include <cstring>

namespace baocao {
namespace {

// The dpi to render `page` at: `dpi`, lowered so the page stays within
// max_pixels (a poster-sized page must not take gigabytes). 0 when the page
// has no area.
double BoundedDpi(const poppler::page& page, double dpi, double max_pixels, double* dpi_used) {
  const poppler::rectf crop = page.page_rect(poppler::crop_box);
  const double pixels = crop.width() * crop.height() * (dpi / 72) * (dpi / 72);
  if (!(pixels > 0)) return 0;
  if (pixels > max_pixels) dpi *= std::sqrt(max_pixels / pixels);
  if (dpi_used != nullptr) *dpi_used = dpi;
  return dpi;
}

// Copies Poppler's rows of `row_bytes` into a Leptonica image of the same
// size and depth. Leptonica keeps bytes in 32-bit words, most significant
// first: copy the rows, then swap on little-endian machines.
void CopyRows(const poppler::image& img, std::size_t row_bytes, PIX* pix) {
  const int wpl = pixGetWpl(pix);
  l_uint32* data = pixGetData(pix);
  for (int y = 0; y < img.height(); ++y) {
    std::memcpy(data + static_cast<std::ptrdiff_t>(y) * wpl,
                img.const_data() + static_cast<std::ptrdiff_t>(y) * img.bytes_per_row(), row_bytes);
  }
  pixEndianByteSwap(pix);
}

}  // namespace

PixPtr RenderPageGray(const poppler::page& page, double dpi, int quarter_turns, bool antialias,
                      double max_pixels, double* dpi_used) {
  QuietLeptonica();
  dpi = BoundedDpi(page, dpi, max_pixels, dpi_used);
  if (dpi <= 0) return nullptr;

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
  CopyRows(img, static_cast<std::size_t>(img.width()), pix.get());
  const l_int32 res = static_cast<l_int32>(std::lround(dpi));
  pixSetResolution(pix.get(), res, res);
  if (quarter_turns % 4 != 0) {
    PixPtr turned(pixRotateOrth(pix.get(), quarter_turns % 4));
    if (!turned) return nullptr;
    return turned;
  }
  return pix;
}

// poppler-cpp takes ceil(width / 8) bytes a row for mono images, but
// Splash pads its rows to whole 32-bit words, and the copy poppler-cpp makes
// is cut to height x ceil(width / 8) bytes. A width that is a multiple of 32
// makes the two agree: the page is rendered that wide (blank on the right).
int MonoWidth(const poppler::page& page, double dpi) {
  const poppler::rectf crop = page.page_rect(poppler::crop_box);
  const poppler::page::orientation_enum o = page.orientation();
  const bool turned = o == poppler::page::landscape || o == poppler::page::seascape;
  const double w = (turned ? crop.height() : crop.width()) * dpi / 72;
  return (static_cast<int>(std::ceil(w)) + 2 + 31) / 32 * 32;
}

int MonoHeight(const poppler::page& page, double dpi) {
  const poppler::rectf crop = page.page_rect(poppler::crop_box);
  const poppler::page::orientation_enum o = page.orientation();
  const bool turned = o == poppler::page::landscape || o == poppler::page::seascape;
  return static_cast<int>(std::ceil((turned ? crop.width() : crop.height()) * dpi / 72)) + 2;
}

PixPtr RenderPageMono(const poppler::page& page, double dpi, int quarter_turns, double max_pixels,
                      double* dpi_used) {
  QuietLeptonica();
  dpi = BoundedDpi(page, dpi, max_pixels, dpi_used);
  if (dpi <= 0) return nullptr;
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_mono);
  renderer.set_render_hints(0u);
  poppler::image img =
      renderer.render_page(&page, dpi, dpi, 0, 0, MonoWidth(page, dpi), MonoHeight(page, dpi));
  if (!img.is_valid() || img.format() != poppler::image::format_mono || img.width() <= 0 || img.height() <= 0 ||
      img.width() % 32 != 0 || img.bytes_per_row() != img.width() / 8) {
    return nullptr;
  }
  PixPtr pix(pixCreate(img.width(), img.height(), 1));
  if (!pix) return nullptr;
  // Rows of bits, most significant first, paper = 1: copy, then invert so
  // ink is 1.
  CopyRows(img, static_cast<std::size_t>(img.bytes_per_row()), pix.get());
  pixInvert(pix.get(), pix.get());
  pixSetPadBits(pix.get(), 0);
  if (quarter_turns % 4 != 0) {
    // The blank columns that pad the rows to whole words lie right of the
    // page; turned, they would lie above or below it and shift every rule
    // off its words. Cut them before turning.
    const poppler::rectf crop = page.page_rect(poppler::crop_box);
    const poppler::page::orientation_enum o = page.orientation();
    const bool turned = o == poppler::page::landscape || o == poppler::page::seascape;
    const int width = std::min<int>(img.width(), static_cast<int>(std::ceil((turned ? crop.height() : crop.width()) * dpi / 72)) + 2);
    BOX* keep = boxCreate(0, 0, width, img.height());
    PixPtr page_only(pixClipRectangle(pix.get(), keep, nullptr));
    boxDestroy(&keep);
    if (!page_only) return nullptr;
    return PixPtr(pixRotateOrth(page_only.get(), quarter_turns % 4));
  }
  return pix;
}

PixPtr ThresholdToBinary(Pix* gray, int threshold) {
  if (gray == nullptr) return nullptr;
  return PixPtr(pixThresholdToBinary(gray, threshold));
}

}  // namespace baocao
