#include "ingest/layout/grid_lines.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "ingest/layout/image_pix.h"

namespace baocao {
namespace {

int Pixels(double units, double scale) { return std::max(1, static_cast<int>(std::lround(units / scale))); }

// Strokes of one direction: close small gaps along the stroke, open with a
// long thin brick (everything shorter disappears, text included), then one
// connected component per stroke.
std::vector<Segment> Strokes(Pix* binary, bool horizontal, const RulingOptions& o, PixPtr* mask) {
  std::vector<Segment> out;
  const int bridge = Pixels(o.bridge, o.scale);
  const int length = Pixels(horizontal ? o.min_horizontal : o.min_vertical, o.scale);
  // The DWA forms of the brick operations: word-parallel code instead of one
  // rasterop per brick pixel, a third of the page's grid time at 72 dpi and
  // more at 300 dpi, where the bricks are hundreds of pixels long.
  PixPtr closed(horizontal ? pixCloseCompBrickExtendDwa(nullptr, binary, bridge, 1)
                           : pixCloseCompBrickExtendDwa(nullptr, binary, 1, bridge));
  if (!closed) return out;
  PixPtr opened(horizontal ? pixOpenCompBrickExtendDwa(nullptr, closed.get(), length, 1)
                           : pixOpenCompBrickExtendDwa(nullptr, closed.get(), 1, length));
  if (!opened) return out;
  if (mask != nullptr && !*mask) {
    mask->reset(pixCreate(pixGetWidth(binary), pixGetHeight(binary), 1));
    if (!*mask) mask = nullptr;
  }
  BoxaPtr boxes(pixConnComp(opened.get(), nullptr, 8));
  if (!boxes) return out;
  const int n = boxaGetCount(boxes.get());
  for (int i = 0; i < n; ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    if (boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h) != 0) continue;
    const double s = o.scale;
    if ((horizontal ? h : w) * s > o.max_thickness) continue;  // a filled shape
    // Only strokes kept go to the mask: a dark picture is ink, not border.
    if (mask != nullptr) pixRasterop(mask->get(), x, y, w, h, PIX_SRC | PIX_DST, opened.get(), x, y);
    if (horizontal) {
      const double cy = (y + h / 2.0) * s;
      out.push_back({x * s, cy, (x + w) * s, cy});
    } else {
      const double cx = (x + w / 2.0) * s;
      out.push_back({cx, y * s, cx, (y + h) * s});
    }
  }
  return out;
}

// How much darker than the paper beside it a rule's middle must be, grey
// levels after smoothing along the rule: kNoiseMultiple times the paper's
// own noise there, within [kMinRuleContrast, kMaxRuleContrast]. Smoothed,
// paper noise is 1-3 levels on a clean scan, 5 on a noisy one; a 0.5 pt
// rule printed grey and scanned at 150 dpi with blur is 15 or more.
constexpr int kMinRuleContrast = 9;
constexpr int kMaxRuleContrast = 24;
constexpr double kNoiseMultiple = 5.0;

// Smoothing along a rule, each side (page units): averages noise away and
// bridges dashes and dropouts shorter than that.
constexpr double kAlongRule = 1.2;

// Distances across a rule at which the paper is looked for (page units):
// past a hairline's blur, past a 1 pt rule, past a 2 pt one.
constexpr double kAcrossRule[] = {0.6, 1.1, 1.8};

// The widest break a crossing rule leaves in the evidence of the other
// (page units): the crossing rule's width and blur, smeared by the
// smoothing along the rule on both sides.
constexpr double kCrossingGap = 2 * kAlongRule + 1.6;

// The shortest piece of a horizontal rule kept for joining (page units).
constexpr double kShortestPiece = 10.0;

// Pieces of one rule: collinear strokes (centre lines within `across`)
// whose ends are at most `gap` apart become one.
std::vector<Segment> JoinCollinear(std::vector<Segment> strokes, bool horizontal, double across, double gap) {
  auto pos = [horizontal](const Segment& s) { return horizontal ? s.y0 : s.x0; };
  auto from = [horizontal](const Segment& s) { return horizontal ? s.x0 : s.y0; };
  auto to = [horizontal](const Segment& s) { return horizontal ? s.x1 : s.y1; };
  std::sort(strokes.begin(), strokes.end(), [&](const Segment& a, const Segment& b) { return from(a) < from(b); });
  std::vector<Segment> out;
  std::vector<bool> used(strokes.size(), false);
  for (std::size_t i = 0; i < strokes.size(); ++i) {
    if (used[i]) continue;
    Segment s = strokes[i];
    for (std::size_t j = i + 1; j < strokes.size(); ++j) {
      if (used[j] || std::abs(pos(strokes[j]) - pos(s)) > across) continue;
      if (from(strokes[j]) > to(s) + gap) continue;
      used[j] = true;
      const double length = to(s) - from(s), add = to(strokes[j]) - from(strokes[j]);
      const double at = (pos(s) * length + pos(strokes[j]) * add) / std::max(length + add, 1e-9);
      if (horizontal) {
        s = {s.x0, at, std::max(s.x1, strokes[j].x1), at};
      } else {
        s = {at, s.y0, at, std::max(s.y1, strokes[j].y1)};
      }
    }
    out.push_back(s);
  }
  return out;
}

// Dashed and dotted rules: pieces from kShortestDash long, collinear within
// kDashAcross, at most kDashGap apart, at least kMinDashes of them over
// kMinDashedLength. A line of text, whose baseline or x-height breaks into
// short pieces too, has no paper above or below it (RuleEvidence) and
// leaves only a few, over a word or two.
constexpr double kShortestDash = 1.0;
constexpr double kDashAcross = 0.6;
constexpr double kDashGap = 3.5;
constexpr int kMinDashes = 5;
constexpr double kMinDashedLength = 30.0;

std::vector<Segment> DashedRules(Pix* evidence, bool horizontal, const RulingOptions& o, PixPtr* mask) {
  RulingOptions dashes = o;
  dashes.min_horizontal = dashes.min_vertical = kShortestDash;
  std::vector<Segment> pieces = Strokes(evidence, horizontal, dashes, nullptr);
  auto pos = [horizontal](const Segment& s) { return horizontal ? s.y0 : s.x0; };
  auto from = [horizontal](const Segment& s) { return horizontal ? s.x0 : s.y0; };
  auto to = [horizontal](const Segment& s) { return horizontal ? s.x1 : s.y1; };
  std::sort(pieces.begin(), pieces.end(), [&](const Segment& a, const Segment& b) { return from(a) < from(b); });
  std::vector<bool> used(pieces.size(), false);
  std::vector<Segment> out;
  const double min_length = std::max(kMinDashedLength, horizontal ? o.min_horizontal : o.min_vertical);
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (used[i]) continue;
    std::vector<std::size_t> chain = {i};
    double end = to(pieces[i]);
    for (std::size_t j = i + 1; j < pieces.size(); ++j) {
      if (from(pieces[j]) > end + kDashGap) break;
      if (used[j] || std::abs(pos(pieces[j]) - pos(pieces[i])) > kDashAcross) continue;
      chain.push_back(j);
      end = std::max(end, to(pieces[j]));
    }
    if (static_cast<int>(chain.size()) < kMinDashes || end - from(pieces[i]) < min_length) continue;
    double at = 0;
    for (std::size_t k : chain) used[k] = true, at += pos(pieces[k]);
    at /= static_cast<double>(chain.size());
    out.push_back(horizontal ? Segment{from(pieces[i]), at, end, at} : Segment{at, from(pieces[i]), at, end});
    if (mask != nullptr && *mask) {
      for (std::size_t k : chain) {
        const Segment& p = pieces[k];
        const int x = static_cast<int>(p.x0 / o.scale), y = static_cast<int>(p.y0 / o.scale);
        const int w = std::max(1, static_cast<int>((p.x1 - p.x0) / o.scale)), h = std::max(1, static_cast<int>((p.y1 - p.y0) / o.scale));
        const int pad = 2;
        pixRasterop(mask->get(), x - pad, y - pad, w + 2 * pad, h + 2 * pad, PIX_SRC | PIX_DST, evidence, x - pad, y - pad);
      }
    }
  }
  return out;
}

// An 8 bpp image as bytes, row after row.
struct GrayBytes {
  int w = 0, h = 0;
  std::vector<std::uint8_t> v;
  int at(int x, int y) const { return v[static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)]; }
};

GrayBytes ToBytes(Pix* gray) {
  GrayBytes g;
  g.w = pixGetWidth(gray), g.h = pixGetHeight(gray);
  g.v.resize(static_cast<std::size_t>(g.w) * static_cast<std::size_t>(g.h));
  const int wpl = pixGetWpl(gray);
  const l_uint32* data = pixGetData(gray);
  for (int y = 0; y < g.h; ++y) {
    const l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * wpl;
    std::uint8_t* out = &g.v[static_cast<std::size_t>(y) * static_cast<std::size_t>(g.w)];
    for (int x = 0; x < g.w; ++x) out[x] = static_cast<std::uint8_t>(GET_DATA_BYTE(line, x));
  }
  return g;
}

// `g` averaged along rows (horizontal) or columns over 2 * half + 1 pixels.
GrayBytes SmoothAlong(const GrayBytes& g, bool horizontal, int half) {
  GrayBytes s;
  s.w = g.w, s.h = g.h;
  s.v.resize(g.v.size());
  const std::size_t w = static_cast<std::size_t>(g.w);
  if (horizontal) {
    std::vector<int> sum(w + 1);
    for (int y = 0; y < g.h; ++y) {
      const std::uint8_t* in = g.v.data() + static_cast<std::size_t>(y) * w;
      std::uint8_t* out = s.v.data() + static_cast<std::size_t>(y) * w;
      sum[0] = 0;
      for (std::size_t i = 0; i < w; ++i) sum[i + 1] = sum[i] + in[i];
      for (int i = 0; i < g.w; ++i) {
        const int a = std::max(0, i - half), b = std::min(g.w, i + half + 1);
        out[i] = static_cast<std::uint8_t>((sum[static_cast<std::size_t>(b)] - sum[static_cast<std::size_t>(a)]) / (b - a));
      }
    }
    return s;
  }
  // Down the columns, a row at a time (the page is stored by rows): a
  // running sum per column of the rows [i - half, i + half].
  std::vector<int> sum(w, 0);
  int from = 0, to = 0;  // rows summed: [from, to)
  for (int i = 0; i < g.h; ++i) {
    const int a = std::max(0, i - half), b = std::min(g.h, i + half + 1);
    for (; to < b; ++to) {
      const std::uint8_t* in = g.v.data() + static_cast<std::size_t>(to) * w;
      for (std::size_t x = 0; x < w; ++x) sum[x] += in[x];
    }
    for (; from < a; ++from) {
      const std::uint8_t* in = g.v.data() + static_cast<std::size_t>(from) * w;
      for (std::size_t x = 0; x < w; ++x) sum[x] -= in[x];
    }
    std::uint8_t* out = s.v.data() + static_cast<std::size_t>(i) * w;
    const int n = b - a;
    for (std::size_t x = 0; x < w; ++x) out[x] = static_cast<std::uint8_t>(sum[x] / n);
  }
  return s;
}

// The contrast a rule needs on `s` (smoothed along rows or columns): the
// noise of the paper across the smoothing, as a robust spread (1.4826 times
// the median absolute difference of pixels `k` apart where both are light),
// times kNoiseMultiple.
int RuleContrast(const GrayBytes& s, bool horizontal, int k) {
  std::vector<int> light;
  for (int y = 0; y < s.h; y += 3) {
    for (int x = 0; x < s.w; x += 3) light.push_back(s.at(x, y));
  }
  if (light.empty()) return kMaxRuleContrast;
  std::nth_element(light.begin(), light.begin() + static_cast<std::ptrdiff_t>(light.size() / 2), light.end());
  const int paper = light[light.size() / 2];
  std::vector<int> diffs;
  for (int y = 0; y + (horizontal ? k : 0) < s.h; y += 3) {
    for (int x = 0; x + (horizontal ? 0 : k) < s.w; x += 3) {
      const int a = s.at(x, y), b = horizontal ? s.at(x, y + k) : s.at(x + k, y);
      if (a > paper - 30 && b > paper - 30) diffs.push_back(std::abs(a - b));
    }
  }
  if (diffs.empty()) return kMaxRuleContrast;
  std::nth_element(diffs.begin(), diffs.begin() + static_cast<std::ptrdiff_t>(diffs.size() / 2), diffs.end());
  const double sigma = 1.4826 * diffs[diffs.size() / 2] / std::sqrt(2.0);
  return std::clamp(static_cast<int>(std::lround(kNoiseMultiple * sigma)), kMinRuleContrast, kMaxRuleContrast);
}

// The paper's brightness around each pixel, tile by tile (the 90th
// percentile of a tile of kPaperTile page units): uneven lighting and grey
// paper move it, text barely does.
constexpr double kPaperTile = 8.0;

struct PaperMap {
  int tile = 1, cols = 0;
  std::vector<std::uint8_t> v;  // by rows of tiles
};

PaperMap Paper(const GrayBytes& g, double scale) {
  PaperMap m;
  m.tile = Pixels(kPaperTile, scale);
  m.cols = (g.w + m.tile - 1) / m.tile;
  const int rows = (g.h + m.tile - 1) / m.tile;
  m.v.resize(static_cast<std::size_t>(m.cols) * static_cast<std::size_t>(rows));
  for (int ty = 0; ty < rows; ++ty) {
    for (int tx = 0; tx < m.cols; ++tx) {
      int hist[256] = {};
      int n = 0;
      for (int y = ty * m.tile; y < std::min(g.h, (ty + 1) * m.tile); ++y) {
        for (int x = tx * m.tile; x < std::min(g.w, (tx + 1) * m.tile); ++x) ++hist[g.at(x, y)], ++n;
      }
      int v = 255;
      for (int seen = 0; v > 0 && (seen += hist[v]) < n / 10;) --v;
      m.v[static_cast<std::size_t>(ty) * static_cast<std::size_t>(m.cols) + static_cast<std::size_t>(tx)] =
          static_cast<std::uint8_t>(v);
    }
  }
  return m;
}

// 1 bpp map of the pixels that lie in the middle of a thin dark run of one
// direction: darker than the paper on both sides of it, at one of the
// kAcrossRule distances, by RuleContrast; and the sides are paper, near the
// tile's brightness (a line of text, smoothed along, is darker at its
// baseline than in its letters, but its letters are no paper).
PixPtr RuleEvidence(const GrayBytes& g, const PaperMap& paper, bool horizontal, double scale) {
  const GrayBytes s = SmoothAlong(g, horizontal, Pixels(kAlongRule, scale));
  std::vector<int> across;
  for (double d : kAcrossRule) {
    const int k = Pixels(d, scale);
    if (across.empty() || k != across.back()) across.push_back(k);
  }
  const int contrast = RuleContrast(s, horizontal, across.back());
  const int side_tolerance = 2 * contrast + 6;
  PixPtr out(pixCreate(g.w, g.h, 1));
  if (!out) return nullptr;
  const int wpl = pixGetWpl(out.get());
  l_uint32* data = pixGetData(out.get());
  // Every pixel of a 300 dpi page is looked at, in each direction, for each
  // page (and again at half size for photos): a row at a time, distance by
  // distance, without branches, so the compiler can vectorise (this loop
  // was a tenth of a scanned page's time). A pixel is evidence when any
  // distance that fits on both sides of it says so.
  const int w = g.w;
  std::vector<std::int16_t> sides(static_cast<std::size_t>(w));
  std::vector<std::uint8_t> hit(static_cast<std::size_t>(w));
  std::vector<int> tile_col(static_cast<std::size_t>(w));
  for (int x = 0; x < w; ++x) tile_col[x] = x / paper.tile;
  for (int y = 0; y < g.h; ++y) {
    const std::uint8_t* row = s.v.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(w);
    const std::uint8_t* paper_row =
        paper.v.data() + static_cast<std::size_t>(y / paper.tile) * static_cast<std::size_t>(paper.cols);
    for (int x = 0; x < w; ++x) sides[x] = static_cast<std::int16_t>(paper_row[tile_col[x]] - side_tolerance);
    std::fill(hit.begin(), hit.end(), 0);
    for (int k : across) {
      const std::uint8_t* before;
      const std::uint8_t* after;
      int x0 = 0, x1 = w;  // the pixels k fits around
      if (horizontal) {
        if (y - k < 0 || y + k >= g.h) break;  // nor does any larger distance
        before = row - static_cast<std::ptrdiff_t>(k) * w;
        after = row + static_cast<std::ptrdiff_t>(k) * w;
      } else {
        x0 = k, x1 = w - k;
        before = row - k;
        after = row + k;
      }
      for (int x = x0; x < x1; ++x) {
        const int m = std::min(before[x], after[x]);
        hit[x] |= static_cast<std::uint8_t>((m - row[x] >= contrast) & (m >= sides[x]));
      }
    }
    l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * wpl;
    for (int x = 0; x < w; ++x) {
      if (hit[x]) SET_DATA_BIT(line, x);
    }
  }
  return out;
}

}  // namespace

RulingLines FindRulingLinesGray(Pix* gray, const RulingOptions& options, PixPtr* mask) {
  RulingLines lines;
  if (mask != nullptr) mask->reset();
  if (gray == nullptr || pixGetDepth(gray) != 8) return lines;
  const GrayBytes g = ToBytes(gray);
  const PaperMap paper = Paper(g, options.scale);
  PixPtr h = RuleEvidence(g, paper, true, options.scale);
  PixPtr v = RuleEvidence(g, paper, false, options.scale);
  if (!h || !v) return lines;
  // Where a rule crosses another, the other's ink lies on both sides of it:
  // the evidence breaks there, and the pieces are joined again.
  // Pieces are kept down to a narrow column's width less the breaks.
  RulingOptions pieces = options;
  pieces.min_horizontal = std::min(options.min_horizontal, kShortestPiece);
  auto longer = [](std::vector<Segment> segments, bool horizontal, double min) {
    std::erase_if(segments, [&](const Segment& s) { return (horizontal ? s.x1 - s.x0 : s.y1 - s.y0) < min; });
    return segments;
  };
  auto find = [&](Pix* evidence, bool horizontal) {
    std::vector<Segment> found = Strokes(evidence, horizontal, pieces, mask);
    std::vector<Segment> dashed = DashedRules(evidence, horizontal, options, mask);
    found.insert(found.end(), dashed.begin(), dashed.end());
    return longer(JoinCollinear(std::move(found), horizontal, 1.0, kCrossingGap), horizontal,
                  horizontal ? options.min_horizontal : options.min_vertical);
  };
  lines.horizontal = find(h.get(), true);
  lines.vertical = find(v.get(), false);
  if (mask != nullptr && *mask) {
    // The evidence is a rule's middle; the mask covers it as printed.
    const int k = 2 * Pixels(kAcrossRule[0], options.scale) + 1;
    PixPtr wide(pixDilateBrick(nullptr, mask->get(), k, k));
    if (wide) *mask = std::move(wide);
  }
  return lines;
}

std::vector<SlantedLine> FindSlantedLines(Pix* gray, const RulingOptions& options, double min_length) {
  std::vector<SlantedLine> out;
  if (gray == nullptr || pixGetDepth(gray) != 8) return out;
  const GrayBytes g = ToBytes(gray);
  const PaperMap paper = Paper(g, options.scale);
  const double max_slope = std::tan(5.0 * 3.14159265358979 / 180);
  for (bool horizontal : {true, false}) {
    PixPtr evidence = RuleEvidence(g, paper, horizontal, options.scale);
    if (!evidence) continue;
    // Small breaks closed along the rule and one pixel across, so a slanted
    // rule's staircase stays one piece.
    const int bridge = Pixels(kCrossingGap, options.scale);
    PixPtr closed(horizontal ? pixCloseBrick(nullptr, evidence.get(), bridge, 3)
                             : pixCloseBrick(nullptr, evidence.get(), 3, bridge));
    if (!closed) continue;
    PIXA* pieces = nullptr;
    BoxaPtr boxes(pixConnComp(closed.get(), &pieces, 8));
    if (!boxes || pieces == nullptr) continue;
    const int n = boxaGetCount(boxes.get());
    for (int i = 0; i < n; ++i) {
      l_int32 x = 0, y = 0, w = 0, h = 0;
      boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h);
      const double along = (horizontal ? w : h) * options.scale, across = (horizontal ? h : w) * options.scale;
      if (along < min_length || across > along * max_slope + options.max_thickness) continue;
      PixPtr piece(pixaGetPix(pieces, i, L_CLONE));
      if (!piece) continue;
      // Least squares of the piece's middle, one sample every few pixels along it.
      double st = 0, sp = 0, stt = 0, stp = 0;
      int m = 0;
      const int step = std::max(1, Pixels(1.0, options.scale));
      for (int t = 0; t < (horizontal ? w : h); t += step) {
        double sum = 0;
        int count = 0;
        for (int u = 0; u < (horizontal ? h : w); ++u) {
          l_uint32 bit = 0;
          pixGetPixel(piece.get(), horizontal ? t : u, horizontal ? u : t, &bit);
          if (bit) sum += u, ++count;
        }
        if (count == 0) continue;
        const double tt = ((horizontal ? x : y) + t) * options.scale;
        const double pp = ((horizontal ? y : x) + sum / count) * options.scale;
        st += tt, sp += pp, stt += tt * tt, stp += tt * pp, ++m;
      }
      if (m < 3) continue;
      const double denom = m * stt - st * st;
      if (std::abs(denom) < 1e-9) continue;
      SlantedLine line;
      line.horizontal = horizontal;
      line.b = (m * stp - st * sp) / denom;
      line.a = (sp - line.b * st) / m;
      line.from = (horizontal ? x : y) * options.scale;
      line.to = ((horizontal ? x + w : y + h)) * options.scale;
      if (std::abs(line.b) <= max_slope) out.push_back(line);
    }
    pixaDestroy(&pieces);
  }
  return out;
}

RulingLines FindRulingLines(Pix* binary, const RulingOptions& options, PixPtr* mask) {
  RulingLines lines;
  if (mask != nullptr) mask->reset();
  if (binary == nullptr || pixGetDepth(binary) != 1) return lines;
  lines.horizontal = Strokes(binary, true, options, mask);
  lines.vertical = Strokes(binary, false, options, mask);
  return lines;
}

}  // namespace baocao
