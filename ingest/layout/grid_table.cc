#include "ingest/layout/grid_table.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>

#include "ingest/layout/lines.h"

namespace baocao {
namespace {

class UnionFind {
 public:
  explicit UnionFind(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  std::size_t Find(std::size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  bool Union(std::size_t a, std::size_t b) {
    a = Find(a), b = Find(b);
    if (a == b) return false;
    parent_[std::max(a, b)] = std::min(a, b);
    return true;
  }

 private:
  std::vector<std::size_t> parent_;
};

// Sorted positions, those closer than `tol` merged into their mean.
std::vector<double> Cluster(std::vector<double> v, double tol) {
  std::sort(v.begin(), v.end());
  std::vector<double> out;
  double sum = 0;
  int n = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (n > 0 && v[i] - v[i - 1] > tol) {
      out.push_back(sum / n);
      sum = 0, n = 0;
    }
    sum += v[i], ++n;
  }
  if (n > 0) out.push_back(sum / n);
  return out;
}

void AddEdge(std::vector<double>* edges, double at, double tol) {
  for (double e : *edges) {
    if (std::abs(e - at) <= tol) return;
  }
  edges->push_back(at);
  std::sort(edges->begin(), edges->end());
}

// How much of [from, to] the strokes at `at` cover, as a fraction.
double Coverage(const std::vector<const Segment*>& strokes, bool horizontal, double at, double from, double to,
                double tol) {
  std::vector<std::pair<double, double>> spans;
  for (const Segment* s : strokes) {
    double pos = horizontal ? s->y0 : s->x0;
    if (std::abs(pos - at) > tol) continue;
    double a = horizontal ? s->x0 : s->y0, b = horizontal ? s->x1 : s->y1;
    a = std::max(a, from), b = std::min(b, to);
    if (b > a) spans.emplace_back(a, b);
  }
  std::sort(spans.begin(), spans.end());
  double covered = 0, end = from;
  for (auto [a, b] : spans) {
    a = std::max(a, end);
    if (b > a) covered += b - a, end = b;
  }
  return to > from ? covered / (to - from) : 0;
}

// The furthest of `ends` (the largest when `largest`) that a second stroke
// also reaches (all of them when there is one).
double Agreed(std::vector<double> ends, bool largest) {
  std::sort(ends.begin(), ends.end());
  if (largest) std::reverse(ends.begin(), ends.end());
  return ends.size() >= 2 ? ends[1] : ends.front();
}

std::optional<Grid> GridOf(const std::vector<const Segment*>& hs, const std::vector<const Segment*>& vs,
                           double tol) {
  std::vector<double> ys, xs, lefts, rights, tops, bottoms;
  for (const Segment* h : hs) {
    ys.push_back(h->y0);
    lefts.push_back(h->x0), rights.push_back(h->x1);
  }
  for (const Segment* v : vs) {
    xs.push_back(v->x0);
    tops.push_back(v->y0), bottoms.push_back(v->y1);
  }
  // The table's extent where its rules agree on it: a stroke that runs on
  // past the others (a rule that met a letter of the line below) does not
  // move an edge.
  const double minx = Agreed(lefts, false), maxx = Agreed(rights, true);
  const double miny = Agreed(tops, false), maxy = Agreed(bottoms, true);
  Grid g;
  g.row_edges = Cluster(ys, tol);
  g.col_edges = Cluster(xs, tol);
  // Tables drawn without outer side borders (or top/bottom rules only).
  AddEdge(&g.col_edges, minx, 2 * tol);
  AddEdge(&g.col_edges, maxx, 2 * tol);
  AddEdge(&g.row_edges, miny, 2 * tol);
  AddEdge(&g.row_edges, maxy, 2 * tol);
  // A line of text right under the table touches its bottom rule: the
  // stems of its tall letters lengthen the column rules below it, and the
  // feet of its letters are short strokes across. A row that no stroke
  // closes across half its width, under a rule that spans the table, is
  // that line, not a row.
  // But a table drawn without its outer box (inner borders only) has no
  // rule under its last row either: there the inner column rules run the
  // row's height (three quarters of it at least: a scan's rules come out
  // short at their ends), as the stems of a line of letters do not (all
  // but one: a totals row merges TT and the name).
  const auto columns_drawn = [&](double top, double bottom) {
    const int inner = static_cast<int>(g.col_edges.size()) - 2;
    int drawn = 0;
    for (std::size_t k = 1; k + 1 < g.col_edges.size(); ++k) {
      drawn += Coverage(vs, false, g.col_edges[k], top, bottom, tol) >= 0.75 ? 1 : 0;
    }
    return drawn >= 1 && drawn >= (inner >= 3 ? inner - 1 : inner);
  };
  while (g.row_edges.size() >= 3) {
    const std::size_t n = g.row_edges.size();
    const double last = g.row_edges[n - 1], above = g.row_edges[n - 2];
    if (Coverage(hs, true, last, minx, maxx, tol) >= 0.5 || Coverage(hs, true, above, minx, maxx, tol) < 0.9) break;
    if (columns_drawn(above, last)) break;
    g.row_edges.pop_back();
  }
  // An inner column edge drawn in one row only, of four or more, is no
  // column: a shaded word or a stray stroke inside a name cell ("Các chuyên
  // đề | | khác") would split every row's name around it.
  if (g.rows() >= 4 && g.col_edges.size() > 2) {
    std::vector<double> kept = {g.col_edges.front()};
    for (std::size_t k = 1; k + 1 < g.col_edges.size(); ++k) {
      int rows_drawn = 0;
      for (int r = 0; r < g.rows() && rows_drawn < 2; ++r) {
        if (Coverage(vs, false, g.col_edges[k], g.row_edges[r], g.row_edges[r + 1], tol) >= 0.5) ++rows_drawn;
      }
      if (rows_drawn >= 2) kept.push_back(g.col_edges[k]);
    }
    kept.push_back(g.col_edges.back());
    g.col_edges = std::move(kept);
  }
  const int nr = g.rows(), nc = g.cols();
  if (nr < 1 || nc < 1 || nr * nc < 2) return std::nullopt;

  // Slots joined where the border between them is missing.
  UnionFind slots(static_cast<std::size_t>(nr * nc));
  auto id = [nc](int r, int c) { return static_cast<std::size_t>(r * nc + c); };
  for (int r = 0; r < nr; ++r) {
    for (int c = 0; c + 1 < nc; ++c) {
      if (Coverage(vs, false, g.col_edges[c + 1], g.row_edges[r], g.row_edges[r + 1], tol) < 0.5) {
        slots.Union(id(r, c), id(r, c + 1));
      }
    }
  }
  for (int r = 0; r + 1 < nr; ++r) {
    for (int c = 0; c < nc; ++c) {
      if (Coverage(hs, true, g.row_edges[r + 1], g.col_edges[c], g.col_edges[c + 1], tol) < 0.5) {
        slots.Union(id(r, c), id(r + 1, c));
      }
    }
  }
  // Every cell must be a rectangle: fill each group's bounding box.
  for (bool changed = true; changed;) {
    changed = false;
    std::vector<int> r0(static_cast<std::size_t>(nr * nc), nr), r1(r0.size(), -1), c0(r0.size(), nc),
        c1(r0.size(), -1);
    for (int r = 0; r < nr; ++r) {
      for (int c = 0; c < nc; ++c) {
        std::size_t root = slots.Find(id(r, c));
        r0[root] = std::min(r0[root], r), r1[root] = std::max(r1[root], r);
        c0[root] = std::min(c0[root], c), c1[root] = std::max(c1[root], c);
      }
    }
    for (std::size_t root = 0; root < r0.size(); ++root) {
      for (int r = r0[root]; r <= r1[root]; ++r) {
        for (int c = c0[root]; c <= c1[root]; ++c) changed |= slots.Union(root, id(r, c));
      }
    }
  }
  for (int r = 0; r < nr; ++r) {
    for (int c = 0; c < nc; ++c) {
      if (slots.Find(id(r, c)) != id(r, c)) continue;  // not the cell's top-left slot
      GridCell cell;
      cell.row = r, cell.col = c;
      while (c + cell.col_span < nc && slots.Find(id(r, c + cell.col_span)) == id(r, c)) ++cell.col_span;
      while (r + cell.row_span < nr && slots.Find(id(r + cell.row_span, c)) == id(r, c)) ++cell.row_span;
      cell.box = {g.col_edges[c], g.row_edges[r], g.col_edges[c + cell.col_span], g.row_edges[r + cell.row_span]};
      g.cells.push_back(cell);
    }
  }
  if (g.cells.size() < 2) return std::nullopt;
  g.box = {g.col_edges.front(), g.row_edges.front(), g.col_edges.back(), g.row_edges.back()};
  return g;
}

// Strokes that are not borders: a short vertical one that does not run from
// one horizontal line to another is a tall glyph ("Ấ", "l", "|"); a short
// horizontal one that does not run from one vertical line to another is a
// run through the touching letters of a bold word ("KINH PHÍ" on a blurred
// scan). Ends must meet within `reach` (page units); a vertical's within
// `stem_reach`: a rule's evidence stops a point short of the rule it meets
// on a scan, a letter's stem two points or more short of a row's rules.
// A rule a letter touches ("TỔNG THU" printed bold right under it, the hat
// of its Ổ on the rule) is found as two pieces either side of the letter;
// the short piece alone looks like a stray stroke and would be dropped,
// merging the cells it bounds. Pieces of one rule (same height, a gap of a
// letter or two) are joined again, unless a vertical rule stands at the gap:
// that is a row span's missing border, not a broken rule.
std::vector<Segment> JoinBrokenRules(std::vector<Segment> horizontal, const std::vector<Segment>& vertical,
                                     double tolerance) {
  constexpr double kLetterGap = 9;  // points: a capital with its accent, and the blur around it
  const double height = std::min(tolerance, 1.5);
  std::sort(horizontal.begin(), horizontal.end(), [](const Segment& a, const Segment& b) { return a.x0 < b.x0; });
  auto vertical_at = [&](double x, double y) {
    for (const Segment& v : vertical) {
      if (std::abs(v.x0 - x) <= tolerance && y >= v.y0 - tolerance && y <= v.y1 + tolerance) return true;
    }
    return false;
  };
  std::vector<Segment> out;
  std::vector<bool> used(horizontal.size(), false);
  for (std::size_t i = 0; i < horizontal.size(); ++i) {
    if (used[i]) continue;
    Segment run = horizontal[i];
    for (std::size_t j = i + 1; j < horizontal.size(); ++j) {
      const Segment& next = horizontal[j];
      if (used[j] || std::abs(next.y0 - run.y0) > height) continue;
      const double gap = next.x0 - run.x1;
      if (gap > kLetterGap) continue;
      if (gap > 0 && (vertical_at(run.x1, run.y0) || vertical_at(next.x0, next.y0))) continue;
      run.x1 = std::max(run.x1, next.x1);
      used[j] = true;
    }
    out.push_back(run);
  }
  return out;
}

RulingLines DropStrayStrokes(const RulingLines& in, double tolerance) {
  const double reach = std::min(tolerance, 1.5);
  const double stem_reach = std::min(tolerance, 2.0);
  auto meets = [](const std::vector<Segment>& others, bool others_horizontal, double x, double y, double tol) {
    for (const Segment& o : others) {
      if (others_horizontal ? (std::abs(o.y0 - y) <= tol && x >= o.x0 - tol && x <= o.x1 + tol)
                            : (std::abs(o.x0 - x) <= tol && y >= o.y0 - tol && y <= o.y1 + tol)) {
        return true;
      }
    }
    return false;
  };
  RulingLines out;
  for (const Segment& v : in.vertical) {
    if (v.y1 - v.y0 >= 24 ||
        (meets(in.horizontal, true, v.x0, v.y0, stem_reach) && meets(in.horizontal, true, v.x0, v.y1, stem_reach))) {
      out.vertical.push_back(v);
    }
  }
  // Joined with the verticals kept: a letter's stem by the gap is no column rule.
  for (const Segment& h : JoinBrokenRules(in.horizontal, out.vertical, tolerance)) {
    if (h.x1 - h.x0 >= 72 ||
        (meets(out.vertical, false, h.x0, h.y0, reach) && meets(out.vertical, false, h.x1, h.y0, reach))) {
      out.horizontal.push_back(h);
    }
  }
  return out;
}

}  // namespace

std::vector<Grid> BuildGrids(const RulingLines& all_lines, double tolerance) {
  const RulingLines lines = DropStrayStrokes(all_lines, tolerance);
  const std::size_t nh = lines.horizontal.size(), nv = lines.vertical.size();
  UnionFind groups(nh + nv);
  for (std::size_t i = 0; i < nh; ++i) {
    const Segment& h = lines.horizontal[i];
    for (std::size_t j = 0; j < nv; ++j) {
      const Segment& v = lines.vertical[j];
      if (v.x0 >= h.x0 - tolerance && v.x0 <= h.x1 + tolerance && h.y0 >= v.y0 - tolerance &&
          h.y0 <= v.y1 + tolerance) {
        groups.Union(i, nh + j);
      }
    }
  }
  std::vector<Grid> out;
  for (std::size_t root = 0; root < nh + nv; ++root) {
    if (groups.Find(root) != root) continue;
    std::vector<const Segment*> hs, vs;
    for (std::size_t i = 0; i < nh; ++i) {
      if (groups.Find(i) == root) hs.push_back(&lines.horizontal[i]);
    }
    for (std::size_t j = 0; j < nv; ++j) {
      if (groups.Find(nh + j) == root) vs.push_back(&lines.vertical[j]);
    }
    // One rule across crossed by three column rules or more is a table
    // too: a header and one row, drawn without the outer box (a table's
    // last row carried over to a page of its own).
    if (vs.size() < 2 || hs.empty() || (hs.size() < 2 && vs.size() < 3)) continue;
    if (std::optional<Grid> g = GridOf(hs, vs, tolerance)) out.push_back(std::move(*g));
  }
  std::sort(out.begin(), out.end(), [](const Grid& a, const Grid& b) { return a.box.y0 < b.box.y0; });
  return out;
}

Table EmptyTable(const Grid& grid) {
  Table t;
  t.rows = grid.rows();
  t.cols = grid.cols();
  for (const GridCell& gc : grid.cells) {
    TableCell cell;
    cell.row = gc.row, cell.col = gc.col, cell.row_span = gc.row_span, cell.col_span = gc.col_span;
    t.cells.push_back(std::move(cell));
  }
  return t;
}

Grid ScaleGrid(const Grid& grid, double f) {
  Grid g = grid;
  auto scale = [f](BoundingBox& b) { b = {b.x0 * f, b.y0 * f, b.x1 * f, b.y1 * f}; };
  scale(g.box);
  for (double& e : g.row_edges) e *= f;
  for (double& e : g.col_edges) e *= f;
  for (GridCell& c : g.cells) scale(c.box);
  return g;
}

namespace {

// A line that is one figure: "2.900.000", "45", "04 (bốn)" (a count with
// its words), "12,5%".
bool FigureLine(const TextLine& line) {
  const std::string text = LineText(line);
  std::size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.' || text[i] == ',')) ++i;
  if (i == 0 || !std::isdigit(static_cast<unsigned char>(text[0]))) return false;
  if (i < text.size() && text[i] == '%') ++i;
  if (i == text.size()) return true;
  return text.compare(i, 2, " (") == 0 && text.back() == ')';
}

bool AllDigits(const std::string& s, std::size_t from, std::size_t to) {
  if (from >= to) return false;
  for (std::size_t i = from; i < to; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

// A grouped number broken across a narrow cell's lines ("1.200.00" over
// "0"): its last group is short, and the next line starts with the digits
// that complete it. Those digits go back to the number, so it is read
// whole, not as "1.200.00 0" (no number at all).
void JoinNumbersBrokenAcrossLines(std::vector<TextLine>* lines) {
  for (std::size_t i = 0; i + 1 < lines->size(); ++i) {
    TextLine& a = (*lines)[i];
    TextLine& b = (*lines)[i + 1];
    if (a.words.empty() || b.words.empty()) continue;
    std::string& head = a.words.back().text;
    const std::string& tail = b.words.front().text;
    const std::size_t sep = head.find_last_of(".,");
    if (sep == std::string::npos || sep == 0 || !AllDigits(head, 0, 1) || !AllDigits(head, sep + 1, head.size())) {
      continue;
    }
    const std::size_t short_by = 3 - std::min<std::size_t>(3, head.size() - sep - 1);
    std::size_t digits = 0;
    while (digits < tail.size() && std::isdigit(static_cast<unsigned char>(tail[digits]))) ++digits;
    if (short_by == 0 || digits != short_by || digits != tail.size()) continue;
    head += tail;
    a.words.back().box = UnionBox(a.words.back().box, b.words.front().box);
    b.words.erase(b.words.begin());
    if (b.words.empty()) {
      lines->erase(lines->begin() + static_cast<std::ptrdiff_t>(i + 1));
    } else {
      b.box = b.words.front().box;
      for (const PageWord& w : b.words) b.box = UnionBox(b.box, w.box);
    }
  }
}

// Lines at the same heights: each within 40% of a line's height.
bool SameHeights(const std::vector<TextLine>& a, const std::vector<TextLine>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const double h = std::max(a[i].box.y1 - a[i].box.y0, b[i].box.y1 - b[i].box.y0);
    if (std::fabs(CenterY(a[i].box) - CenterY(b[i].box)) > 0.4 * h) return false;
  }
  return true;
}

// Cells of a row that stacks items line by line ("Chăn nuôi / Trồng trọt"
// beside "2 / 3" and "60 / 90"): two cells or more with a figure on every
// line, at the same heights, and the cells whose lines stand at those
// heights. Their lines are items, never one wrapped sentence (a label that
// fills its cell, a number that fills a narrow one).
std::vector<bool> LineAlignedCells(const Grid& grid, const std::vector<std::vector<TextLine>>& lines) {
  std::vector<bool> out(grid.cells.size(), false);
  for (int row = 0; row < grid.rows(); ++row) {
    std::vector<std::size_t> in_row, figures;
    for (std::size_t k = 0; k < grid.cells.size(); ++k) {
      if (grid.cells[k].row != row || grid.cells[k].row_span != 1) continue;
      in_row.push_back(k);
      if (lines[k].size() >= 2 && std::all_of(lines[k].begin(), lines[k].end(), FigureLine)) figures.push_back(k);
    }
    for (std::size_t f : figures) {
      int agreeing = 0;
      for (std::size_t g : figures) agreeing += SameHeights(lines[f], lines[g]) ? 1 : 0;
      if (agreeing < 2) continue;
      for (std::size_t k : in_row) {
        if (SameHeights(lines[k], lines[f])) out[k] = true;
      }
      break;
    }
  }
  return out;
}

}  // namespace

PageTable FillGrid(const Grid& grid, std::vector<PageWord>* words, std::optional<int> page) {
  PageTable out;
  out.box = grid.box;
  out.table = EmptyTable(grid);
  std::vector<std::vector<PageWord>> in_cell(grid.cells.size());
  std::vector<PageWord> rest;
  for (PageWord& w : *words) {
    const double cx = CenterX(w.box), cy = CenterY(w.box);
    std::size_t k = 0;
    for (; k < grid.cells.size(); ++k) {
      if (Contains(grid.cells[k].box, cx, cy)) break;
    }
    if (k < grid.cells.size()) {
      in_cell[k].push_back(std::move(w));
    } else {
      rest.push_back(std::move(w));
    }
  }
  *words = std::move(rest);

  // Cell padding: how far the text keeps from the left border, the least
  // over the table (most cells are left-aligned).
  double pad = 1e18;
  for (std::size_t k = 0; k < grid.cells.size(); ++k) {
    for (const PageWord& w : in_cell[k]) pad = std::min(pad, w.box.x0 - grid.cells[k].box.x0);
  }
  if (pad > 10 || pad < 0) pad = 2;

  double conf_sum = 0;
  int conf_n = 0;
  std::vector<std::vector<TextLine>> cell_lines(grid.cells.size());
  for (std::size_t k = 0; k < grid.cells.size(); ++k) {
    TableCell& cell = out.table.cells[k];
    out.cell_boxes.push_back(grid.cells[k].box);
    cell.box = grid.cells[k].box;  // evidence: the cell on its page
    if (in_cell[k].empty()) continue;
    double cell_sum = 0;
    int cell_n = 0;
    for (const PageWord& w : in_cell[k]) {
      if (w.confidence) cell_sum += *w.confidence, ++cell_n;
    }
    if (cell_n > 0) cell.confidence = cell_sum / cell_n;
    conf_sum += cell_sum, conf_n += cell_n;
    cell_lines[k] = GroupLines(std::move(in_cell[k]));
    JoinNumbersBrokenAcrossLines(&cell_lines[k]);
  }
  const std::vector<bool> by_line = LineAlignedCells(grid, cell_lines);
  for (std::size_t k = 0; k < grid.cells.size(); ++k) {
    TableCell& cell = out.table.cells[k];
    const std::vector<TextLine>& lines = cell_lines[k];
    if (lines.empty()) continue;
    TextRegion region{grid.cells[k].box.x0 + pad, grid.cells[k].box.x1 - pad};
    if (by_line[k]) {
      // One item a line: no line continues another.
      for (const TextLine& line : lines) {
        std::vector<Block> one = ParagraphBlocks({line}, region, page);
        cell.blocks.insert(cell.blocks.end(), one.begin(), one.end());
      }
    } else {
      cell.blocks = ParagraphBlocks(lines, region, page);
    }
    for (Block& b : cell.blocks) {
      b.row = cell.row, b.col = cell.col;
      if (!cell.orig.empty()) cell.orig += '\n';
      cell.orig += b.paragraph.orig;
    }
    cell.text = cell.orig;
  }
  if (conf_n > 0) out.confidence = conf_sum / conf_n;
  return out;
}

}  // namespace baocao
