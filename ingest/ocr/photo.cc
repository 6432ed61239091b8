#include "ingest/ocr/photo.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <vector>

#include "ingest/layout/grid_lines.h"

namespace baocao {
namespace {

// The outline is looked for on the picture reduced to this many pixels on
// its long side: the paper's edge to within a fraction of a millimetre.
constexpr double kOutlineSide = 500;
// Paper and desk must differ by this many grey levels (their means).
constexpr double kMinDeskContrast = 40;
// The page fills between these shares of the picture (a scan with a dark
// rim is no photo: its page fills more), and the desk shows
// on at least this share of the picture's edge.
constexpr double kMinPageShare = 0.2, kMaxPageShare = 0.9, kMinDeskEdge = 0.4;
// The paper fills at least this share of the quadrilateral of its corners.
constexpr double kMinQuadFill = 0.95;
// The paper's edge is probed this many pixels (of the reduced picture) inside
// and outside it.
constexpr double kEdgeProbe = 4;
// Lighting is uneven when the paper's brightness, tile by tile, spans more
// than this many grey levels (5th to 95th percentile of the tiles).
constexpr int kUnevenLighting = 30;
// Rules shorter than this (points) do not say where the page's corners are.
constexpr double kMinRule = 60;
// Corners within this distance (points) of a rectangle are square already.
constexpr double kSquareEnough = 1.0;

using Point = PagePoint;

double Distance(Point a, Point b) { return std::hypot(a.x - b.x, a.y - b.y); }

// Otsu's threshold of an 8 bpp image, with the mean grey below and above it.
int OtsuThreshold(Pix* pix, double* dark_mean, double* light_mean) {
  std::array<double, 256> hist{};
  const int w = pixGetWidth(pix), h = pixGetHeight(pix);
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      l_uint32 v = 0;
      pixGetPixel(pix, x, y, &v);
      hist[v] += 1;
    }
  }
  const double total = static_cast<double>(w) * h;
  double sum = 0;
  for (int i = 0; i < 256; ++i) sum += i * hist[i];
  double best = -1, w0 = 0, s0 = 0;
  int threshold = 128;
  for (int t = 0; t < 255; ++t) {
    w0 += hist[t], s0 += t * hist[t];
    const double w1 = total - w0;
    if (w0 == 0 || w1 == 0) continue;
    const double m0 = s0 / w0, m1 = (sum - s0) / w1;
    const double between = w0 * w1 * (m0 - m1) * (m0 - m1);
    if (between > best) best = between, threshold = t, *dark_mean = m0, *light_mean = m1;
  }
  return threshold;
}

// The four corners (top-left, top-right, bottom-right, bottom-left) of the
// paper in `small`, or false when no page with desk around it is there.
bool FindOutline(Pix* small, std::array<Point, 4>* corners) {
  double dark = 0, light = 0;
  const int threshold = OtsuThreshold(small, &dark, &light);
  if (light - dark < kMinDeskContrast) return false;
  PixPtr paper(pixThresholdToBinary(small, threshold + 1));  // 1 = darker than t: desk and ink
  if (!paper) return false;
  pixInvert(paper.get(), paper.get());                // 1 = paper
  // Text and rules make holes in the paper; a closing and a fill mend them.
  PixPtr closed(pixCloseBrick(nullptr, paper.get(), 9, 9));
  if (!closed) return false;
  PIXA* pieces = nullptr;
  BoxaPtr boxes(pixConnComp(closed.get(), &pieces, 8));
  if (!boxes || pieces == nullptr) return false;
  int best = -1;
  l_int32 best_area = 0;
  for (int i = 0; i < boxaGetCount(boxes.get()); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h);
    if (w * h > best_area) best_area = w * h, best = i;
  }
  if (best < 0) {
    pixaDestroy(&pieces);
    return false;
  }
  PixPtr page(pixaGetPix(pieces, best, L_COPY));
  l_int32 bx = 0, by = 0, bw = 0, bh = 0;
  boxaGetBoxGeometry(boxes.get(), best, &bx, &by, &bw, &bh);
  pixaDestroy(&pieces);
  if (!page) return false;
  PixPtr filled(pixFillClosedBorders(page.get(), 4));
  if (filled) page = std::move(filled);

  const int w = pixGetWidth(small), h = pixGetHeight(small);
  l_int32 count = 0;
  pixCountPixels(page.get(), &count, nullptr);
  const double share = static_cast<double>(count) / (static_cast<double>(w) * h);
  if (share < kMinPageShare || share > kMaxPageShare) return false;
  // The desk must show around the page: the picture's edge is mostly not paper.
  int edge = 0, edge_paper = 0;
  auto on_page = [&](int x, int y) {
    if (x < bx || y < by || x >= bx + bw || y >= by + bh) return false;
    l_uint32 v = 0;
    pixGetPixel(page.get(), x - bx, y - by, &v);
    return v != 0;
  };
  for (int x = 0; x < w; ++x) edge += 2, edge_paper += on_page(x, 0) + on_page(x, h - 1);
  for (int y = 0; y < h; ++y) edge += 2, edge_paper += on_page(0, y) + on_page(w - 1, y);
  if (edge - edge_paper < kMinDeskEdge * edge) return false;

  // Corners: the paper's pixels furthest along the four diagonals. A page
  // on a desk is a quadrilateral with a sharp edge; a vignette's bright
  // middle (the lens darkening the corners of a page that fills the
  // picture) is a rounded blob that fades out.
  double best_score[4] = {-1e18, -1e18, -1e18, -1e18};
  for (int y = 0; y < bh; ++y) {
    for (int x = 0; x < bw; ++x) {
      l_uint32 v = 0;
      pixGetPixel(page.get(), x, y, &v);
      if (v == 0) continue;
      const double px = bx + x + 0.5, py = by + y + 0.5;
      const double score[4] = {-px - py, px - py, px + py, -px + py};
      for (int k = 0; k < 4; ++k) {
        if (score[k] > best_score[k]) best_score[k] = score[k], (*corners)[static_cast<std::size_t>(k)] = {px, py};
      }
    }
  }
  const std::array<Point, 4>& q = *corners;
  double quad_area = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    const Point& a = q[k];
    const Point& b = q[(k + 1) % 4];
    quad_area += a.x * b.y - b.x * a.y;
  }
  quad_area = std::abs(quad_area) / 2;
  if (quad_area <= 0 || count < kMinQuadFill * quad_area || count > (2 - kMinQuadFill) * quad_area) return false;
  // Along each side, the paper a few pixels inside is clearly lighter than
  // the desk a few pixels outside.
  int sharp_sides = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    const Point a = q[k], b = q[(k + 1) % 4];
    const double len = Distance(a, b);
    if (len < 10) continue;
    // The outward normal (corners run clockwise on screen: TL, TR, BR, BL).
    const double nx = (b.y - a.y) / len, ny = -(b.x - a.x) / len;
    double jump = 0;
    int samples = 0;
    for (double along = 0.15; along <= 0.85; along += 0.05) {
      const double x = a.x + along * (b.x - a.x), y = a.y + along * (b.y - a.y);
      const int xi = static_cast<int>(x - kEdgeProbe * nx), yi = static_cast<int>(y - kEdgeProbe * ny);
      const int xo = static_cast<int>(x + kEdgeProbe * nx), yo = static_cast<int>(y + kEdgeProbe * ny);
      if (xo < 0 || yo < 0 || xo >= w || yo >= h || xi < 0 || yi < 0 || xi >= w || yi >= h) continue;
      l_uint32 in = 0, out = 0;
      pixGetPixel(small, xi, yi, &in);
      pixGetPixel(small, xo, yo, &out);
      jump += static_cast<double>(in) - static_cast<double>(out);
      ++samples;
    }
    if (samples >= 5 && jump / samples >= kMinDeskContrast * 0.75) ++sharp_sides;
  }
  return sharp_sides >= 3;
}

// `gray` with the quadrilateral `from` (TL, TR, BR, BL) mapped onto the
// rectangle `to`; a new image of size `w` x `h`, white where nothing maps.
PixPtr MapQuad(Pix* gray, const std::array<Point, 4>& from, const std::array<Point, 4>& to, int w, int h) {
  PTA* src = ptaCreate(4);
  PTA* dst = ptaCreate(4);
  for (std::size_t k = 0; k < 4; ++k) {
    ptaAddPt(src, static_cast<l_float32>(from[k].x), static_cast<l_float32>(from[k].y));
    ptaAddPt(dst, static_cast<l_float32>(to[k].x), static_cast<l_float32>(to[k].y));
  }
  PixPtr mapped(pixProjectivePtaGray(gray, dst, src, 255));
  ptaDestroy(&src);
  ptaDestroy(&dst);
  if (!mapped) return nullptr;
  w = std::min(w, pixGetWidth(mapped.get())), h = std::min(h, pixGetHeight(mapped.get()));
  BoxPtr keep(boxCreate(0, 0, w, h));
  PixPtr out(keep ? pixClipRectangle(mapped.get(), keep.get(), nullptr) : nullptr);
  if (out) pixCopyResolution(out.get(), gray);
  return out;
}

// Whether the paper's brightness varies over the page more than a scan's.
bool UnevenLighting(Pix* gray) {
  const int tile = std::max(16, std::max(pixGetWidth(gray), pixGetHeight(gray)) / 24);
  std::vector<int> paper;
  for (int y = 0; y + tile <= pixGetHeight(gray); y += tile) {
    for (int x = 0; x + tile <= pixGetWidth(gray); x += tile) {
      BoxPtr box(boxCreate(x, y, tile, tile));
      PixPtr part(box ? pixClipRectangle(gray, box.get(), nullptr) : nullptr);
      l_uint32 v = 0;
      if (part && pixGetRankValue(part.get(), 2, 0.9f, &v) == 0) paper.push_back(static_cast<int>(v));
    }
  }
  if (paper.size() < 8) return false;
  std::sort(paper.begin(), paper.end());
  return paper[paper.size() * 95 / 100] - paper[paper.size() * 5 / 100] > kUnevenLighting;
}

}  // namespace

PixPtr FlattenPhoto(Pix* gray, double dpi, PhotoFix* fix, PageFrame* frame) {
  (void)dpi;
  PixPtr page(pixClone(gray));
  const int w = pixGetWidth(gray), h = pixGetHeight(gray);
  const double s = std::min(1.0, kOutlineSide / std::max(w, h));
  PixPtr small(pixScaleAreaMap(gray, static_cast<l_float32>(s), static_cast<l_float32>(s)));
  std::array<Point, 4> quad;
  if (small && FindOutline(small.get(), &quad)) {
    for (Point& p : quad) p.x /= s, p.y /= s;
    const int out_w = static_cast<int>(std::lround(std::max(Distance(quad[0], quad[1]), Distance(quad[3], quad[2]))));
    const int out_h = static_cast<int>(std::lround(std::max(Distance(quad[0], quad[3]), Distance(quad[1], quad[2]))));
    const std::array<Point, 4> rect = {Point{0, 0}, Point{static_cast<double>(out_w), 0},
                                       Point{static_cast<double>(out_w), static_cast<double>(out_h)},
                                       Point{0, static_cast<double>(out_h)}};
    if (out_w > w / 4 && out_h > h / 4) {
      std::optional<PageFrame> step = PageFrame::Projective(quad, rect);
      PixPtr flat = step ? MapQuad(gray, quad, rect, out_w, out_h) : nullptr;
      if (flat) {
        page = std::move(flat);
        fix->outline = true;
        *frame = frame->Then(*step);
      }
    }
  }
  if (UnevenLighting(page.get())) {
    PixPtr even(pixBackgroundNorm(page.get(), nullptr, nullptr, 64, 64, 120, 50, 235, 2, 2));
    if (even) {
      page = std::move(even);
      fix->lighting = true;
    }
  }
  return page;
}

PixPtr SquareByRules(Pix* gray, double dpi, PhotoFix* fix, PageFrame* frame) {
  RulingOptions ro;
  ro.scale = 72.0 / dpi;
  const double width = pixGetWidth(gray) * ro.scale;
  // Rules are found at half size on a fine page: where they meet is known
  // to a third of a point, at a quarter of the work.
  PixPtr half(dpi >= 250 ? pixScaleAreaMap2(gray) : nullptr);
  RulingOptions half_ro = ro;
  if (half) half_ro.scale *= 2;
  const std::vector<SlantedLine> lines = FindSlantedLines(half ? half.get() : gray, half_ro, kMinRule);
  const SlantedLine *top = nullptr, *bottom = nullptr, *left = nullptr, *right = nullptr;
  auto middle = [](const SlantedLine& l) { return l.at((l.from + l.to) / 2); };
  for (const SlantedLine& l : lines) {
    if (l.horizontal) {
      if (l.to - l.from < 0.3 * width) continue;
      if (top == nullptr || middle(l) < middle(*top)) top = &l;
      if (bottom == nullptr || middle(l) > middle(*bottom)) bottom = &l;
    } else {
      if (left == nullptr || middle(l) < middle(*left)) left = &l;
      if (right == nullptr || middle(l) > middle(*right)) right = &l;
    }
  }
  if (top == nullptr || left == nullptr || top == bottom || left == right) return nullptr;
  if (middle(*bottom) - middle(*top) < kMinRule || middle(*right) - middle(*left) < kMinRule) return nullptr;
  // Corners where the outer rules meet: y = a + b x and x = c + d y.
  auto meet = [](const SlantedLine& hl, const SlantedLine& vl) {
    const double x = (vl.a + vl.b * hl.a) / (1 - vl.b * hl.b);
    return Point{x, hl.a + hl.b * x};
  };
  std::array<Point, 4> quad = {meet(*top, *left), meet(*top, *right), meet(*bottom, *right), meet(*bottom, *left)};
  const double w = (Distance(quad[0], quad[1]) + Distance(quad[3], quad[2])) / 2;
  const double h = (Distance(quad[0], quad[3]) + Distance(quad[1], quad[2])) / 2;
  const Point o = quad[0];
  std::array<Point, 4> rect = {o, Point{o.x + w, o.y}, Point{o.x + w, o.y + h}, Point{o.x, o.y + h}};
  double off = 0;
  for (std::size_t k = 0; k < 4; ++k) off = std::max(off, Distance(quad[k], rect[k]));
  if (off <= kSquareEnough) return nullptr;
  for (std::size_t k = 0; k < 4; ++k) {
    quad[k].x /= ro.scale, quad[k].y /= ro.scale, rect[k].x /= ro.scale, rect[k].y /= ro.scale;
  }
  std::optional<PageFrame> step = PageFrame::Projective(quad, rect);
  if (!step) return nullptr;
  PixPtr square = MapQuad(gray, quad, rect, pixGetWidth(gray), pixGetHeight(gray));
  if (square) {
    fix->keystone = true;
    *frame = frame->Then(*step);
  }
  return square;
}

}  // namespace baocao
