#include "tests/ingest/scan_sim.h"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>

#include "ingest/layout/grid_lines.h"
#include "ingest/layout/grid_table.h"
#include "ingest/pdf/render.h"

namespace baocao::testing {
namespace {

constexpr double kPi = 3.14159265358979323846;

int Px(double points, double dpi) { return static_cast<int>(std::lround(points * dpi / 72)); }

l_uint8 Clamp255(double v) { return static_cast<l_uint8>(std::clamp(v, 0.0, 255.0)); }

// Calls fn(x, y, value&) for every pixel of an 8 bpp image.
template <typename Fn>
void ForEachPixel(Pix* pix, Fn fn) {
  const int w = pixGetWidth(pix), h = pixGetHeight(pix), wpl = pixGetWpl(pix);
  l_uint32* data = pixGetData(pix);
  for (int y = 0; y < h; ++y) {
    l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * wpl;
    for (int x = 0; x < w; ++x) {
      int v = GET_DATA_BYTE(line, x);
      fn(x, y, v);
      SET_DATA_BYTE(line, x, Clamp255(v));
    }
  }
}

// A ruling line of the clean render and what it belongs to.
struct Stroke {
  Segment s;
  bool horizontal = true;
  bool in_table = false;
  bool outer_side = false;  // a table's leftmost or rightmost vertical
};

// Restyles the rules of `gray` (rendered at `dpi`): which pixels are rules
// comes from the ruling-line finder on the clean render.
void RestyleRules(Pix* gray, double dpi, const ScanDefects& d, std::mt19937* rng) {
  if (d.rule_gray == 0 && d.rule_width == 1 && !d.dashed_rules && d.rule_breaks == 0 && !d.no_outer_sides &&
      !d.horizontal_only) {
    return;
  }
  PixPtr binary(pixThresholdToBinary(gray, 160));
  if (!binary) return;
  RulingOptions ro;
  ro.scale = 72.0 / dpi;
  PixPtr mask;
  const RulingLines lines = FindRulingLines(binary.get(), ro, &mask);
  if (!mask) return;
  const std::vector<Grid> grids = BuildGrids(lines, 2.5);
  std::vector<Stroke> strokes;
  auto add = [&](const Segment& s, bool horizontal) {
    Stroke k{s, horizontal, false, false};
    for (const Grid& g : grids) {
      const double tol = 3;
      if (s.x0 >= g.box.x0 - tol && s.x1 <= g.box.x1 + tol && s.y0 >= g.box.y0 - tol && s.y1 <= g.box.y1 + tol) {
        k.in_table = true;
        k.outer_side = !horizontal && (std::abs(s.x0 - g.box.x0) <= tol || std::abs(s.x0 - g.box.x1) <= tol);
      }
    }
    strokes.push_back(k);
  };
  for (const Segment& s : lines.horizontal) add(s, true);
  for (const Segment& s : lines.vertical) add(s, false);

  const int w = pixGetWidth(gray), h = pixGetHeight(gray);
  const int half = std::max(2, Px(1.5, dpi));  // a band around the stroke's centre line
  // Per stroke: a 1 bpp band of its pixels, then what happens to them.
  PixPtr erase(pixCreate(w, h, 1)), lighten(pixCreate(w, h, 1));
  if (!erase || !lighten) return;
  std::uniform_real_distribution<double> unit(0, 1);
  for (const Stroke& k : strokes) {
    const int x0 = Px(k.s.x0, dpi), y0 = Px(k.s.y0, dpi), x1 = Px(k.s.x1, dpi), y1 = Px(k.s.y1, dpi);
    BoxPtr band(k.horizontal ? boxCreate(x0 - half, y0 - half, x1 - x0 + 2 * half, 2 * half + 1)
                             : boxCreate(x0 - half, y0 - half, 2 * half + 1, y1 - y0 + 2 * half));
    if (!band) continue;
    PixPtr piece(pixClipRectangle(mask.get(), band.get(), nullptr));
    if (!piece) continue;
    l_int32 bx = 0, by = 0, bw = 0, bh = 0;
    boxGetGeometry(band.get(), &bx, &by, &bw, &bh);
    bx = std::max(0, bx), by = std::max(0, by);
    const bool gone = k.in_table && (d.horizontal_only ? !k.horizontal : d.no_outer_sides && k.outer_side);
    pixRasterop(gone ? erase.get() : lighten.get(), bx, by, pixGetWidth(piece.get()), pixGetHeight(piece.get()),
                PIX_SRC | PIX_DST, piece.get(), 0, 0);
    if (gone) continue;
    // Gaps along the stroke: dashes, dropouts.
    const double length = k.horizontal ? k.s.x1 - k.s.x0 : k.s.y1 - k.s.y0;
    auto gap = [&](double from, double to) {  // points along the stroke
      const int a = Px(from, dpi), b = std::max(a + 1, Px(to, dpi));
      if (k.horizontal) {
        pixRasterop(erase.get(), x0 + a, y0 - half, b - a, 2 * half + 1, PIX_SET, nullptr, 0, 0);
      } else {
        pixRasterop(erase.get(), x0 - half, y0 + a, 2 * half + 1, b - a, PIX_SET, nullptr, 0, 0);
      }
    };
    if (d.dashed_rules) {
      for (double at = 3; at < length; at += 5) gap(at, at + 2);
    }
    const int breaks = static_cast<int>(std::floor(d.rule_breaks * length / 100 + unit(*rng)));
    for (int i = 0; i < breaks; ++i) {
      const double at = unit(*rng) * length;
      gap(at, at + 0.5 + unit(*rng));
    }
  }
  pixAnd(erase.get(), erase.get(), mask.get());
  pixSubtract(lighten.get(), lighten.get(), erase.get());

  if (d.rule_width > 1) {
    // Thicker: the rules' pixels grown across, drawn as dark as the rule.
    const int grow = std::max(1, static_cast<int>(std::lround((d.rule_width - 1) * 0.5 * dpi / 72)));
    PixPtr wide(pixDilateBrick(nullptr, lighten.get(), 2 * grow + 1, 2 * grow + 1));
    if (wide) {
      pixSetMasked(gray, wide.get(), 0);
      lighten = std::move(wide);
    }
  }
  pixSetMasked(gray, erase.get(), 255);
  // A rule thinner than drawn covers part of a scanner's pixel: it comes out
  // as light as the share it covers.
  const double lighter = 1 - (1 - d.rule_gray) * std::min(1.0, d.rule_width);
  if (lighter > 0) {
    const int wpl = pixGetWpl(gray), mwpl = pixGetWpl(lighten.get());
    l_uint32* data = pixGetData(gray);
    const l_uint32* mdata = pixGetData(lighten.get());
    for (int y = 0; y < h; ++y) {
      l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * wpl;
      const l_uint32* mline = mdata + static_cast<std::ptrdiff_t>(y) * mwpl;
      for (int x = 0; x < w; ++x) {
        if (!GET_DATA_BIT(mline, x)) continue;
        const int v = GET_DATA_BYTE(line, x);
        SET_DATA_BYTE(line, x, Clamp255(v + (255 - v) * lighter));
      }
    }
  }
}

PixPtr Blur(Pix* pix, double sigma) {
  if (sigma <= 0.05) return PixPtr(pixClone(pix));
  const int half = std::max(1, static_cast<int>(std::ceil(2.5 * sigma)));
  L_KERNEL* kx = nullptr;
  L_KERNEL* ky = nullptr;
  if (makeGaussianKernelSep(half, half, static_cast<l_float32>(sigma), 1.0f, &kx, &ky) != 0) return nullptr;
  PixPtr out(pixConvolveSep(pix, kx, ky, 8, 1));
  kernelDestroy(&kx);
  kernelDestroy(&ky);
  return out;
}

// The page laid on a desk and photographed at an angle: a frame of desk
// around it, its corners moved inwards by up to `amount` of its size.
PixPtr Photograph(Pix* page, double amount, std::mt19937* rng) {
  const int w = pixGetWidth(page), h = pixGetHeight(page);
  const int mx = w / 8, my = h / 8;
  PixPtr framed(pixAddBorderGeneral(page, mx, mx, my, my, 0));
  if (!framed) return nullptr;
  // The desk: a mid grey with a little texture.
  std::normal_distribution<double> texture(0, 6);
  ForEachPixel(framed.get(), [&](int x, int y, int& v) {
    if (x < mx || x >= mx + w || y < my || y >= my + h) v = static_cast<int>(95 + texture(*rng));
  });
  std::uniform_real_distribution<double> shift(0.3 * amount, amount);
  const double fw = w, fh = h;
  PTA* src = ptaCreate(4);
  PTA* dst = ptaCreate(4);
  const double corners[4][2] = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  for (const auto& c : corners) {
    const double sx = mx + c[0] * fw, sy = my + c[1] * fh;
    const double dx = sx + (c[0] == 0 ? 1 : -1) * shift(*rng) * fw;
    const double dy = sy + (c[1] == 0 ? 1 : -1) * shift(*rng) * fh;
    ptaAddPt(src, static_cast<l_float32>(sx), static_cast<l_float32>(sy));
    ptaAddPt(dst, static_cast<l_float32>(dx), static_cast<l_float32>(dy));
  }
  PixPtr out(pixProjectivePtaGray(framed.get(), dst, src, 95));
  ptaDestroy(&src);
  ptaDestroy(&dst);
  return out;
}

// The page photographed so close that it fills the picture, at an angle:
// its corners moved outwards by up to `amount` of its size, what falls
// outside the picture cut off.
PixPtr PhotographClose(Pix* page, double amount, std::mt19937* rng) {
  const double fw = pixGetWidth(page), fh = pixGetHeight(page);
  std::uniform_real_distribution<double> shift(0.2 * amount, amount);
  PTA* src = ptaCreate(4);
  PTA* dst = ptaCreate(4);
  const double corners[4][2] = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  for (const auto& c : corners) {
    const double sx = c[0] * fw, sy = c[1] * fh;
    const double dx = sx + (c[0] == 0 ? -1 : 1) * shift(*rng) * fw;
    const double dy = sy + (c[1] == 0 ? -1 : 1) * shift(*rng) * fh;
    ptaAddPt(src, static_cast<l_float32>(sx), static_cast<l_float32>(sy));
    ptaAddPt(dst, static_cast<l_float32>(dx), static_cast<l_float32>(dy));
  }
  PixPtr out(pixProjectivePtaGray(page, dst, src, 255));
  ptaDestroy(&src);
  ptaDestroy(&dst);
  return out;
}

PixPtr DegradePage(Pix* render, double render_dpi, const ScanDefects& d, std::mt19937* rng) {
  RestyleRules(render, render_dpi, d, rng);
  PixPtr pix(pixScaleAreaMap2(render));
  if (!pix) return nullptr;
  if (d.perspective > 0) pix = Photograph(pix.get(), d.perspective, rng);
  if (pix && d.keystone > 0) pix = PhotographClose(pix.get(), d.keystone, rng);
  if (!pix) return nullptr;
  if (d.quarter_turns % 4 != 0) pix.reset(pixRotateOrth(pix.get(), d.quarter_turns % 4));
  if (pix && d.rotate_degrees != 0) {
    pix.reset(pixRotate(pix.get(), static_cast<l_float32>(d.rotate_degrees * kPi / 180), L_ROTATE_AREA_MAP,
                        d.perspective > 0 ? L_BRING_IN_BLACK : L_BRING_IN_WHITE, 0, 0));
  }
  if (!pix) return nullptr;
  pix = Blur(pix.get(), d.blur);
  if (!pix) return nullptr;
  const double w = pixGetWidth(pix.get()), h = pixGetHeight(pix.get());
  // Paper a little grey, as scanners see it; lighting falls off toward one corner.
  std::uniform_int_distribution<int> corner(0, 3);
  const int c = corner(*rng);
  const double cx = (c & 1) ? w : 0, cy = (c & 2) ? h : 0;
  std::normal_distribution<double> noise(0, std::max(d.noise, 1e-9));
  ForEachPixel(pix.get(), [&](int x, int y, int& v) {
    const double far = std::hypot(x - cx, y - cy) / std::hypot(w, h);
    double value = v * (0.96 - d.lighting * (1 - far));
    if (d.vignette > 0) {
      const double r = std::hypot(x - w / 2, y - h / 2) / std::hypot(w / 2, h / 2);
      value *= 1 - d.vignette * r * r;
    }
    if (d.noise > 0) value += noise(*rng);
    v = static_cast<int>(std::lround(value));
  });
  const l_int32 res = static_cast<l_int32>(std::lround(d.dpi));
  pixSetResolution(pix.get(), res, res);
  return pix;
}

}  // namespace

ScanDefects OfficeScan() {
  ScanDefects d;
  d.dpi = 200;
  d.blur = 0.6;
  d.noise = 4;
  d.jpeg_quality = 85;
  d.lighting = 0.05;
  return d;
}

std::vector<PixPtr> ScanPages(std::string_view text_pdf, const ScanDefects& defects, std::uint32_t seed,
                              int max_pages) {
  QuietLeptonica();
  std::vector<PixPtr> out;
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(text_pdf.data(), static_cast<int>(text_pdf.size())));
  if (!doc || doc->is_locked()) return out;
  std::mt19937 rng(seed);
  const int n = max_pages > 0 ? std::min(max_pages, doc->pages()) : doc->pages();
  for (int i = 0; i < n; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) return {};
    const double render_dpi = 2 * defects.dpi;
    PixPtr render = RenderPageGray(*page, render_dpi, 0, true, 200e6);
    if (!render) return {};
    PixPtr scan = DegradePage(render.get(), render_dpi, defects, &rng);
    if (!scan) return {};
    out.push_back(std::move(scan));
  }
  return out;
}

std::string ScanPdf(std::string_view text_pdf, const ScanDefects& defects, std::uint32_t seed, int max_pages) {
  std::vector<PixPtr> pages = ScanPages(text_pdf, defects, seed, max_pages);
  if (pages.empty()) return "";
  PIXA* pixa = pixaCreate(static_cast<l_int32>(pages.size()));
  for (PixPtr& p : pages) pixaAddPix(pixa, p.release(), L_INSERT);
  l_uint8* data = nullptr;
  size_t size = 0;
  const bool jpeg = defects.jpeg_quality > 0;
  const l_int32 rc = pixaConvertToPdfData(pixa, static_cast<l_int32>(std::lround(defects.dpi)), 1.0f,
                                          jpeg ? L_JPEG_ENCODE : L_FLATE_ENCODE, jpeg ? defects.jpeg_quality : 0,
                                          "scan", &data, &size);
  pixaDestroy(&pixa);
  if (rc != 0 || data == nullptr) return "";
  std::string out(reinterpret_cast<char*>(data), size);
  lept_free(data);
  return out;
}

std::string JpegBytes(Pix* page, int quality, double dpi) {
  const l_int32 res = static_cast<l_int32>(std::lround(dpi));
  pixSetResolution(page, res, res);
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMemJpeg(&data, &size, page, quality, 0) != 0 || data == nullptr) return "";
  std::string out(reinterpret_cast<char*>(data), size);
  lept_free(data);
  return out;
}

}  // namespace baocao::testing
