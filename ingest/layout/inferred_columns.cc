// Column borders inferred from the gutters between the horizontal rules of
// a table that draws none. See inferred_columns.h.
#include "ingest/layout/inferred_columns.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace baocao {
namespace {

constexpr double kSameEdge = 12.0;    // pt: the rules of one table start and end this close
constexpr double kSameRule = 3.0;     // pt: closer rules are one (a double border)
constexpr double kMaxRowGap = 160.0;  // pt: rules farther apart belong to two stacks
constexpr double kRuleMargin = 2.5;   // pt: ink this close to a rule is the rule
constexpr double kMinGutter = 5.0;    // pt: narrower empty runs are the spaces between words
constexpr double kGutterShare = 0.6;  // of the inked rows a gutter must be empty in
constexpr double kClearance = 1.0;    // pt each side of a border its row must leave empty
constexpr double kSpanEnd = 15.0;     // pt: an inferred border this close to a shorter rule's end is that end's

// `points` (page units) in pixels of an image of `points_per_pixel`.
int Pixels(double points, double points_per_pixel) { return static_cast<int>(std::lround(points / points_per_pixel)); }

// Horizontal rules of one extent, top to bottom.
struct Stack {
  double x0 = 0, x1 = 0;
  std::vector<double> ys;
};

std::vector<Stack> Stacks(std::vector<Segment> horizontal) {
  std::sort(horizontal.begin(), horizontal.end(), [](const Segment& a, const Segment& b) { return a.y0 < b.y0; });
  std::vector<Stack> out;
  for (const Segment& s : horizontal) {
    bool placed = false;
    for (Stack& t : out) {
      const double gap = s.y0 - t.ys.back();
      if (std::fabs(s.x0 - t.x0) > kSameEdge || std::fabs(s.x1 - t.x1) > kSameEdge || gap > kMaxRowGap) continue;
      if (gap > kSameRule) t.ys.push_back(s.y0);
      placed = true;
      break;
    }
    if (!placed) out.push_back({s.x0, s.x1, {s.y0}});
  }
  return out;
}

// A drawn vertical rule divides the row band [top, bottom] of a stack
// spanning [left, right]: the grid builder reads those rows as drawn. (A
// stroke shorter than a row is a letter's, or a mark's: no border.)
bool DrawnColumns(double left, double right, double top, double bottom, const std::vector<Segment>& vertical) {
  for (const Segment& v : vertical) {
    const double v_top = std::min(v.y0, v.y1), v_bottom = std::max(v.y0, v.y1);
    if (v_bottom - v_top < 20.0 || v.x0 <= left + kSameEdge || v.x0 >= right - kSameEdge) continue;
    if (std::min(v_bottom, bottom) - std::max(v_top, top) > 0.5 * (bottom - top)) return true;
  }
  return false;
}

// Which pixel columns of [x0, x1) hold no ink in pixel rows [y0, y1).
std::vector<bool> EmptyColumns(Pix* binary, int x0, int x1, int y0, int y1) {
  std::vector<bool> empty(static_cast<std::size_t>(std::max(0, x1 - x0)), true);
  l_uint32* data = pixGetData(binary);
  const int wpl = pixGetWpl(binary);
  for (int y = y0; y < y1; ++y) {
    const l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * wpl;
    for (int x = x0; x < x1; ++x) {
      if (GET_DATA_BIT(line, x)) empty[static_cast<std::size_t>(x - x0)] = false;
    }
  }
  return empty;
}

// Text that runs across the band's whole width with no gutter: a paragraph
// between two tables that share their rules' extent, not a row.
bool ProseBand(const std::vector<bool>& empty, int min_gutter) {
  int longest = 0, run = 0, gap = 0;
  for (bool e : empty) {
    if (!e) {
      run += gap + 1;
      gap = 0;
    } else if (run > 0 && ++gap >= min_gutter) {
      longest = std::max(longest, run);
      run = 0;
      gap = 0;
    }
  }
  longest = std::max(longest, run);
  return longest >= 0.5 * static_cast<double>(empty.size());
}

// Row `band` (its empty pixel columns) leaves pixel column x clear, with
// `clearance` pixels each side.
bool ClearAt(const std::vector<bool>& band, int x, int clearance) {
  for (int k = x - clearance; k <= x + clearance; ++k) {
    if (k >= 0 && k < static_cast<int>(band.size()) && !band[static_cast<std::size_t>(k)]) return false;
  }
  return true;
}

// The empty run of pixel columns of `band` around x, [first, last]; first >
// last when x holds ink.
std::pair<int, int> ClearRun(const std::vector<bool>& band, int x) {
  const int n = static_cast<int>(band.size());
  if (x < 0 || x >= n || !band[static_cast<std::size_t>(x)]) return {1, 0};
  int a = x, b = x;
  while (a > 0 && band[static_cast<std::size_t>(a - 1)]) --a;
  while (b + 1 < n && band[static_cast<std::size_t>(b + 1)]) ++b;
  return {a, b};
}

// The column borders (pixel x of the bands) of one table: rows `ys` (its
// rules and the shorter rules inside it), `bands` the empty pixel columns
// of each row.
std::vector<int> GutterEdges(double points_per_pixel, const std::vector<double>& ys,
                             const std::vector<std::vector<bool>>& bands) {
  const auto px = [&](double points) { return Pixels(points, points_per_pixel); };
  std::vector<std::size_t> inked;
  for (std::size_t i = 0; i < bands.size(); ++i) {
    if (std::find(bands[i].begin(), bands[i].end(), false) != bands[i].end()) inked.push_back(i);
  }
  if (inked.size() < 2) return {};  // a heading and a row at least (a table's last row on a page of its own)
  const int n = static_cast<int>(bands[inked[0]].size());
  // A gutter is empty in every row below the header (the top of the
  // table, where a heading may span columns) but one (a total row's label
  // across the first columns), and in most rows in all.
  const double header_bottom = ys.front() + 0.3 * (ys.back() - ys.front());
  const std::size_t need = static_cast<std::size_t>(std::ceil(kGutterShare * static_cast<double>(inked.size())));
  std::vector<bool> gutter(static_cast<std::size_t>(n), false);
  for (std::size_t x = 0; x < gutter.size(); ++x) {
    std::size_t empty = 0, body_crossed = 0;
    for (std::size_t k = 0; k < inked.size(); ++k) {
      const bool e = bands[inked[k]][x];
      empty += e ? 1 : 0;
      if (!e && k >= 3 && ys[inked[k]] >= header_bottom) ++body_crossed;
    }
    gutter[x] = body_crossed <= 1 && empty >= need;
  }
  const int clearance = std::max(1, px(kClearance));
  // Runs wide enough not to be word spaces, with ink on both sides (the
  // table's own margins are no border); in each, the border the lowest rows
  // leave room for (compared row by row from the bottom), the middle among
  // equals.
  std::vector<int> edges;  // pixel x (of the band) of each inferred border
  int run_start = -1;
  bool ink_seen = false;
  for (int x = 0; x <= n; ++x) {
    const bool g = x < n && gutter[static_cast<std::size_t>(x)];
    if (g && run_start < 0) run_start = x;
    if (!g && run_start >= 0) {
      if (ink_seen && x < n && x - run_start >= px(kMinGutter)) {
        const int middle = (run_start + x) / 2;
        // Rows compared from the bottom up: the first that one border
        // crosses and the other leaves clear decides. A heading over a group
        // of columns spans them anyway, but the leaf headings under it must
        // be parted: "Giáo dục bảo vệ sức / khoẻ" centred over "Số lớp | Số
        // lượt người" leaves a word space over the wrong place.
        const auto clear_rows = [&](int c) {
          std::vector<bool> clear;  // bottom row first
          for (std::size_t k = inked.size(); k-- > 0;) clear.push_back(ClearAt(bands[inked[k]], c, clearance));
          return clear;
        };
        int best = middle;
        std::vector<bool> best_clear = clear_rows(middle);
        for (int c = run_start; c < x; ++c) {
          const std::vector<bool> clear = clear_rows(c);
          if (clear > best_clear || (clear == best_clear && std::abs(c - middle) < std::abs(best - middle))) {
            best = c, best_clear = clear;
          }
        }
        edges.push_back(best);
      }
      run_start = -1;
    }
    if (!g && x < n) ink_seen = true;
  }
  return edges;
}

// The strokes of one table's inferred borders: its sides, and at each edge
// one stroke per run of rows whose ink leaves it clear (a stroke across
// several rows, as drawn: a short one that ends on no rule would be taken
// for a letter's stem). `x0`: the pixel x of the bands' first column.
// `spanned`: for each band, the x ranges (page units) of the shorter rules
// right under it: the heading above such a rule spans the columns under it
// ("Kế hoạch năm 2024" over "Số lớp | Số người"), so no border crosses it
// there, whatever gaps its words leave.
void AddStrokes(double points_per_pixel, double left, double right, int x0, const std::vector<int>& edges,
                const std::vector<double>& ys, const std::vector<std::vector<bool>>& bands,
                const std::vector<std::vector<std::pair<double, double>>>& spanned, std::vector<Segment>* added) {
  const int clearance = std::max(1, Pixels(kClearance, points_per_pixel));
  const int gutter = std::max(1, Pixels(kMinGutter, points_per_pixel));
  // The border a shorter rule ends at: the inferred edge nearest that end
  // (the gutter's middle need not be where the rule's cell ends).
  const auto nearest = [&](double x) {
    int best = -1;
    double best_d = kSpanEnd;
    for (int e : edges) {
      const double d = std::fabs((x0 + e) * points_per_pixel - x);
      if (d < best_d) best = e, best_d = d;
    }
    return best;
  };
  const auto open = [&](std::size_t band, int edge) {
    const double at = (x0 + edge) * points_per_pixel;
    for (const auto& [a, b] : spanned[band]) {
      if (edge == nearest(a) || edge == nearest(b) || at < a || at > b) continue;
      // Over a shorter rule a heading may span the columns, and the space
      // between its words, or the margin beside it, is no border; but the
      // rules under two headings side by side join into one ("Tự tổ chức |
      // Phối hợp" over four columns): a gutter wider than a word space with
      // words on both sides, under the rule's extent, still parts them.
      const auto [first, last] = ClearRun(bands[band], edge);
      const double from = (x0 + first) * points_per_pixel, to = (x0 + last + 1) * points_per_pixel;
      return last - first + 1 >= gutter && from > a + kSameEdge / 2 && to < b - kSameEdge / 2;
    }
    // A row's words part at a border by more than a word space: "Giáo dục
    // bảo vệ môi | trường" is one cell whose space fell on the gutter of
    // the shorter labels above and below.
    const auto [first, last] = ClearRun(bands[band], edge);
    return last - first + 1 >= gutter && ClearAt(bands[band], edge, clearance);
  };
  added->push_back({left, ys.front(), left, ys.back()});
  added->push_back({right, ys.front(), right, ys.back()});
  for (int edge : edges) {
    const double at = (x0 + edge) * points_per_pixel;
    std::size_t from = 0;
    for (std::size_t i = 0; i < ys.size(); ++i) {
      if (i + 1 < ys.size() && open(i, edge)) continue;
      if (i > from) added->push_back({at, ys[from], at, ys[i]});
      from = i + 1;
    }
  }
}

}  // namespace

void AddInferredColumnRules(Pix* binary, double points_per_pixel, RulingLines* lines) {
  if (binary == nullptr || pixGetDepth(binary) != 1 || points_per_pixel <= 0) return;
  const int width = pixGetWidth(binary), height = pixGetHeight(binary);
  const auto px = [&](double points) { return Pixels(points, points_per_pixel); };
  std::vector<Segment> added;
  for (const Stack& s : Stacks(lines->horizontal)) {
    if (s.ys.size() < 3) continue;
    const int x0 = std::clamp(px(s.x0), 0, width), x1 = std::clamp(px(s.x1), 0, width);
    if (x1 - x0 < px(4 * kMinGutter)) continue;
    // Row bands: between the stack's rules and any shorter rule inside it
    // ("Số lượt người" over "Tổng số | Nữ"), so a partial rule's ink is in
    // no band.
    const auto within = [&](const Segment& h) { return h.x0 >= s.x0 - kSameEdge && h.x1 <= s.x1 + kSameEdge; };
    std::vector<double> ys = s.ys;
    for (const Segment& h : lines->horizontal) {
      if (h.y0 > s.ys.front() + kSameRule && h.y0 < s.ys.back() - kSameRule && within(h)) ys.push_back(h.y0);
    }
    std::sort(ys.begin(), ys.end());
    ys.erase(std::unique(ys.begin(), ys.end(), [](double a, double b) { return b - a <= kSameRule; }), ys.end());
    std::vector<std::vector<bool>> bands;
    std::vector<std::vector<std::pair<double, double>>> spanned(ys.size());
    for (const Segment& h : lines->horizontal) {
      if (h.x1 - h.x0 >= s.x1 - s.x0 - 2 * kSameEdge) continue;
      for (std::size_t i = 0; i + 1 < ys.size(); ++i) {
        if (std::fabs(h.y0 - ys[i + 1]) <= kSameRule && within(h)) {
          spanned[i].emplace_back(h.x0, h.x1);
        }
      }
    }
    for (std::size_t i = 0; i + 1 < ys.size(); ++i) {
      const int y0 = std::clamp(px(ys[i] + kRuleMargin), 0, height);
      const int y1 = std::clamp(px(ys[i + 1] - kRuleMargin), 0, height);
      bands.push_back(EmptyColumns(binary, x0, x1, y0, std::max(y0, y1)));
    }
    // Two tables of one width with a paragraph between them: each on its
    // own (a title row at the top may run across the whole width). Rows
    // that drawn rules divide are the grid builder's.
    // Between a table that draws its columns and one that does not, the
    // band is the paragraph that parts them (a DOCX always has one there),
    // however short: a row of neither.
    std::vector<bool> drawn(bands.size());
    for (std::size_t i = 0; i < bands.size(); ++i) {
      drawn[i] = DrawnColumns(s.x0, s.x1, ys[i], ys[i + 1], lines->vertical);
    }
    const auto parting = [&](std::size_t i) {
      return !drawn[i] && ((i > 0 && drawn[i - 1]) || (i + 1 < bands.size() && drawn[i + 1]));
    };
    std::vector<std::pair<std::size_t, std::size_t>> pieces;  // [first band, end band)
    std::size_t from = 0;
    for (std::size_t i = 0; i <= bands.size(); ++i) {
      const bool ends = i == bands.size() || drawn[i] || parting(i);
      if (!ends && (i == from || !ProseBand(bands[i], px(kMinGutter)))) continue;
      pieces.emplace_back(from, i);
      from = i + 1;
    }
    const int clearance = std::max(1, px(kClearance));
    while (!pieces.empty()) {
      const auto [first, end] = pieces.back();
      pieces.pop_back();
      if (end - first < 2) continue;
      const std::vector<double> piece_ys(ys.begin() + first, ys.begin() + end + 1);
      const std::vector<std::vector<bool>> piece_bands(bands.begin() + first, bands.begin() + end);
      const std::vector<int> edges = GutterEdges(points_per_pixel, piece_ys, piece_bands);
      if (edges.empty()) continue;
      // A row below the header that crosses two borders is no row: a
      // heading between two tables of one width ("KẾ HOẠCH THÁNG 2"). Each
      // side is read on its own.
      std::size_t split = 0;
      for (std::size_t i = 3; i < piece_bands.size() && split == 0; ++i) {
        int crossed = 0;
        for (int e : edges) crossed += ClearAt(piece_bands[i], e, clearance) ? 0 : 1;
        if (crossed >= 2) split = i;
      }
      if (split > 0) {
        pieces.emplace_back(first, first + split);
        pieces.emplace_back(first + split + 1, end);
        continue;
      }
      AddStrokes(points_per_pixel, s.x0, s.x1, x0, edges, piece_ys, piece_bands,
                 std::vector<std::vector<std::pair<double, double>>>(spanned.begin() + first, spanned.begin() + end),
                 &added);
    }
  }
  lines->vertical.insert(lines->vertical.end(), added.begin(), added.end());
}

}  // namespace baocao
