// Borderless tables found from the alignment of their words. See
// aligned_table.h.
#include "ingest/layout/aligned_table.h"

#include <leptonica/allheaders.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <utility>

#include "ingest/layout/grid_table.h"
#include "ingest/layout/inferred_columns.h"
#include "ingest/layout/lines.h"
#include "ingest/layout/word_image.h"

namespace baocao {
namespace {

// Ems: a wider gap parts two cells. A word space is about 0.25 em and a
// justified line stretches it to under 0.5; two cells stand at least their
// paddings apart (Word's 0.19 cm a side: 0.8 em at 13 pt).
constexpr double kCellGapEm = 0.6;
// Points: a column gutter is at least this wide (word spaces are narrower).
constexpr double kMinGutter = 5.0;
// Ems of white between two lines of one table.
constexpr double kMaxLineGapEm = 2.0;
// Lines with figures a table needs (with headings above them, or without;
// one numbered row of figures under two lines of headings or more is the
// last row of a table carried to the next page); lines without figures
// between two with.
constexpr int kMinFigureLinesUnderHeadings = 2;
constexpr int kMinFigureLines = 3;
constexpr int kMaxLooseLines = 6;  // a centred row of four-line cells has three below and the next two above its figures
constexpr int kMaxHeaderLines = 8;
// Pixels a point of the word image the columns are read on.
constexpr double kPxPerPt = 2.0;
// Points between a rule and the words it passes.
constexpr double kRuleClearance = 1.5;

struct Span {
  double from = 0, to = 0;
  double mid() const { return (from + to) / 2; }
};

enum class PartKind { kText, kFigure, kMarker };

// Words of a line that stand together, parted from the next by a cell gap.
struct Part {
  PartKind kind = PartKind::kText;
  Span x;
  std::string text;
};

struct Line {
  const TextLine* text = nullptr;
  std::vector<Part> parts;
  bool figures = false;     // a part holds figures (a row number aside)
  bool marker = false;      // starts with a row number ("1", "II", "a")
  bool years_only = false;  // figures that are years only: a heading's wrap ("Năm" / "2025")
  bool lower_start = false; // its first text starts in lower case: a wrap
  const Part* label = nullptr;  // its first text part before any figure
  bool anchor() const { return (figures && !years_only) || marker; }
};

char32_t FirstLetter(const std::string& s) {
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c = 0;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (c < 0) return 0;
    if (c == '(' || c == '"' || c == '\'' || c == 0x201C) continue;
    return static_cast<char32_t>(c);
  }
  return 0;
}

bool IsDash(const std::string& t) { return t == "-" || t == "\u2013" || t == "\u2014"; }

// A figure as a cell holds it: "1.375", "2,5", "(2.750.000)", "-1.200",
// "61%", or a dash for none.
bool IsFigureWord(const std::string& t) {
  if (IsDash(t)) return true;
  std::size_t a = 0, b = t.size();
  while (a < b && (t[a] == '(' || t[a] == '-' || t[a] == '+')) ++a;
  while (b > a && (t[b - 1] == ')' || t[b - 1] == '%')) --b;
  bool digit = false;
  for (std::size_t i = a; i < b; ++i) {
    const char c = t[i];
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != '.' && c != ',') {
      return false;
    }
  }
  return digit;
}

// A row number: "1", "12.", "II", "a)", "B".
bool IsMarker(const std::string& t) {
  std::string s = t;
  if (!s.empty() && (s.back() == '.' || s.back() == ')')) s.pop_back();
  if (s.empty() || s.size() > 5) return false;
  if (std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return s.size() <= 3;
  if (std::all_of(s.begin(), s.end(), [](char c) { return std::string("IVXLivxl").find(c) != std::string::npos; })) {
    return true;
  }
  if (s.size() == 1) return std::isalpha(static_cast<unsigned char>(s[0])) != 0;
  return s == "\u0110" || s == "\u0111";  // Đ đ
}

bool IsYear(const std::string& t) {
  return t.size() == 4 && (t.rfind("19", 0) == 0 || t.rfind("20", 0) == 0) &&
         std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Line Classify(const TextLine& tl) {
  Line line;
  line.text = &tl;
  const double gap = kCellGapEm * tl.size;
  std::vector<std::vector<const PageWord*>> groups;
  for (std::size_t i = 0; i < tl.words.size(); ++i) {
    if (i == 0 || tl.words[i].box.x0 - tl.words[i - 1].box.x1 > gap) groups.emplace_back();
    groups.back().push_back(&tl.words[i]);
  }
  bool all_years = true;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    Part p;
    p.x = {groups[g].front()->box.x0, groups[g].back()->box.x1};
    // A figure may be followed by itself in words, in brackets: "02 (hai)".
    std::size_t spelled = groups[g].size();
    if (groups[g].size() >= 2 && groups[g].back()->text.back() == ')') {
      for (std::size_t k = groups[g].size(); k-- > 1;) {
        if (groups[g][k]->text.front() == '(') {
          spelled = k;
          break;
        }
      }
    }
    bool figures = true;
    for (std::size_t k = 0; k < groups[g].size(); ++k) {
      const PageWord* w = groups[g][k];
      if (!p.text.empty()) p.text += ' ';
      p.text += w->text;
      if (k < spelled) figures = figures && IsFigureWord(w->text);
      all_years = all_years && IsYear(w->text);
    }
    if (g == 0 && groups.size() > 1 && groups[g].size() == 1 && IsMarker(p.text)) {
      p.kind = PartKind::kMarker;
      line.marker = true;
      all_years = false;
    } else if (figures) {
      p.kind = PartKind::kFigure;
      line.figures = true;
    }
    line.parts.push_back(std::move(p));
  }
  const bool text = std::any_of(line.parts.begin(), line.parts.end(),
                                [](const Part& p) { return p.kind == PartKind::kText; });
  line.years_only = line.figures && all_years && !text && !line.marker;
  // One figure alone on its line is a wrapped cell's last part ("19/05/20"
  // over "26"), not a row: a row has a label, a number or several figures.
  if (line.figures && !text && !line.marker && line.parts.size() == 1) line.figures = false;
  const Part* first = line.marker && line.parts.size() > 1 ? &line.parts[1] : &line.parts.front();
  if (first->kind == PartKind::kText) line.lower_start = u_islower(static_cast<UChar32>(FirstLetter(first->text)));
  return line;
}

// Each line's label points into its own parts, set once the lines are in
// place.
std::vector<Line> ClassifyAll(const std::vector<TextLine>& lines) {
  std::vector<Line> out;
  out.reserve(lines.size());
  for (const TextLine& l : lines) out.push_back(Classify(l));
  // A row's label stands before its figures ("06 (sáu)" after them is a
  // figure spelled out, not a label).
  for (Line& l : out) {
    l.label = nullptr;
    for (const Part& p : l.parts) {
      if (p.kind == PartKind::kFigure) break;
      if (p.kind == PartKind::kText) {
        l.label = &p;
        break;
      }
    }
  }
  return out;
}

// The column gutters of `rows`: x ranges no word of them covers (one row of
// figures may cross a gutter when there are four or more: a total's label
// over two columns), at least kMinGutter wide, with words on both sides.
std::vector<Span> Gutters(const std::vector<const Line*>& rows) {
  double left = 1e18, right = -1e18;
  for (const Line* l : rows) left = std::min(left, l->text->box.x0), right = std::max(right, l->text->box.x1);
  if (!(right > left)) return {};
  constexpr double kStep = 0.5;
  const std::size_t n = static_cast<std::size_t>((right - left) / kStep) + 1;
  // Lines of figures that cover each x, and other lines (a wrapped label's).
  std::vector<int> covered(n, 0), covered_other(n, 0);
  std::size_t figure_lines = 0;
  for (const Line* l : rows) {
    std::vector<bool> mine(n, false);
    for (const PageWord& w : l->text->words) {
      const std::size_t a = static_cast<std::size_t>(std::max(0.0, (w.box.x0 - left) / kStep));
      const std::size_t b = std::min(n - 1, static_cast<std::size_t>((w.box.x1 - left) / kStep));
      for (std::size_t k = a; k <= b; ++k) mine[k] = true;
    }
    std::vector<int>& count = l->anchor() ? covered : covered_other;
    for (std::size_t k = 0; k < n; ++k) count[k] += mine[k] ? 1 : 0;
    figure_lines += l->anchor() ? 1 : 0;
  }
  // One row may run across a gutter (a total's label over two columns)
  // when there are enough rows to tell.
  const int allowed = figure_lines >= 4 ? 1 : 0;
  std::vector<Span> out;
  std::size_t start = 0;
  bool in = false;
  for (std::size_t k = 0; k <= n; ++k) {
    const bool free = k < n && covered[k] <= allowed && covered_other[k] == 0;
    if (free && !in) start = k, in = true;
    if (!free && in) {
      in = false;
      const double from = left + static_cast<double>(start) * kStep, to = left + static_cast<double>(k) * kStep;
      if (start > 0 && k < n && to - from >= kMinGutter) out.push_back({from, to});
    }
  }
  return out;
}

// A line of prose between a table's rows ends the table: a run of text
// across two gutters or more, reaching past where the figures start, and
// wide (a label's run is as wide as its column at most; the gutters of the
// first two rows are not all true ones yet).
bool Prose(const Line& line, const std::vector<Span>& gutters, double figures_from) {
  if (gutters.empty() || line.text->box.x1 <= figures_from) return false;
  const double extent = gutters.back().to - gutters.front().from;
  for (const Part& p : line.parts) {
    int n = 0;
    for (const Span& g : gutters) n += (g.mid() > p.x.from && g.mid() < p.x.to) ? 1 : 0;
    if (n >= 2 && p.x.to - p.x.from > 0.4 * extent) return true;
  }
  return false;
}

// A lead-in to the table ("Kết quả cụ thể như sau:") ends with a colon; a
// label may hold one ("Kỹ năng sống: phòng, chống …").
bool EndsWithColon(const Line& line) {
  const std::string& last = line.text->words.back().text;
  return !last.empty() && last.back() == ':';
}

bool HasColon(const Line& line) {
  for (const PageWord& w : line.text->words) {
    if (w.text.find(':') != std::string::npos) return true;
  }
  return false;
}

// The headings of a second table: several cells, no figure, no row number,
// each capitalised. (A label's wrap is lower case, a date's starts with a
// digit, a figure's words "(ba)"; a section row has a number.)
bool LooksLikeHeadings(const Line& line) {
  return line.parts.size() >= 2 && !line.anchor() && !HasColon(line) &&
         std::all_of(line.parts.begin(), line.parts.end(), [](const Part& p) {
           return u_isupper(static_cast<UChar32>(FirstLetter(p.text))) != 0;
         });
}

double LineGap(const Line& upper, const Line& lower) { return lower.text->box.y0 - upper.text->box.y1; }

// The span of columns [gutter middle left of x0, gutter middle right of
// x1], or the table's sides.
Span ColumnsOf(double x0, double x1, const std::vector<Span>& gutters, double left, double right) {
  Span s{left, right};
  for (const Span& g : gutters) {
    if (g.mid() <= x0 + 1) s.from = std::max(s.from, g.mid());
    if (g.mid() >= x1 - 1) s.to = std::min(s.to, g.mid());
  }
  return s;
}

// Whether `line`, right above a table's rows (or headings), is one of its
// headings: inside its width, no sentence (no colon, no final period, no
// numbered heading), and a lone heading centred over the columns it spans
// (the lead-in "Kết quả cụ thể như sau" sits at the paragraph indent); an
// outer column's extent is what `rows` hold in it.
bool IsHeadingLine(const Line& line, const std::vector<Span>& gutters, const std::vector<const Line*>& rows,
                   double left, double right) {
  const double em = line.text->size;
  // Headings may reach past the figures under them; a line of cells
  // further than a lone heading.
  const double reach = (line.parts.size() >= 2 ? 6 : 3) * em;
  if ((line.figures && !line.years_only) || line.text->box.x0 < left - reach || line.text->box.x1 > right + reach) {
    return false;
  }
  if (HasColon(line)) return false;
  const std::string& last = line.text->words.back().text;
  if (!last.empty() && last.back() == '.' && !line.years_only) return false;
  if (line.parts.size() >= 2) return true;
  if (IsMarker(line.text->words.front().text) && line.text->words.size() > 1) return false;
  const Part& p = line.parts.front();
  Span cols = ColumnsOf(p.x.from, p.x.to, gutters, left, right);
  if (cols.from <= left || cols.to >= right) {
    // The table's outer edge is not drawn: an outer column is as wide as
    // what its rows hold ("người" over "732", right-aligned figures).
    Span held{1e18, -1e18};
    for (const Line* l : rows) {
      for (const PageWord& w : l->text->words) {
        if (CenterX(w.box) > cols.from && CenterX(w.box) < cols.to) {
          held = {std::min(held.from, w.box.x0), std::max(held.to, w.box.x1)};
        }
      }
    }
    if (held.to > held.from) cols = held;
  }
  return std::fabs(p.x.mid() - cols.mid()) <= std::max(0.2 * (cols.to - cols.from), em);
}

struct Found {
  std::size_t head = 0;                   // first heading line (== body when none)
  std::size_t body = 0;                   // first line of the rows
  std::vector<std::vector<std::size_t>> rows;  // lines of each row
};

// A row of its own among the rows rather than a label's next line: a
// section heading set apart by weight or capitals ("NGUỒN THU" under
// "Học viên đóng góp").
bool SetApart(const Line& line, const Line& above) {
  const auto bold = [](const Line& l) {
    return std::all_of(l.text->words.begin(), l.text->words.end(), [](const PageWord& w) { return w.bold; });
  };
  const auto capitals = [](const Line& l) {
    int upper = 0, lower = 0;
    for (const PageWord& w : l.text->words) {
      for (int32_t i = 0; i < static_cast<int32_t>(w.text.size());) {
        UChar32 c = 0;
        U8_NEXT(w.text.data(), i, static_cast<int32_t>(w.text.size()), c);
        upper += u_isupper(c) ? 1 : 0;
        lower += u_islower(c) ? 1 : 0;
      }
    }
    return upper >= 2 && lower == 0;
  };
  return (bold(line) && !bold(above)) || (capitals(line) && !capitals(above));
}

// Whether the table's cells are centred vertically: a row's figures stand
// half a line below a label line (a label of two lines around them), or
// have no label beside them, or the middle of one (lower case), with a
// line right above.
bool CentredCells(const std::vector<Line>& lines, const std::vector<std::size_t>& anchors, std::size_t begin) {
  for (std::size_t k = 0; k < anchors.size(); ++k) {
    const std::size_t a = anchors[k];
    if (a == begin || (k > 0 && anchors[k - 1] == a - 1)) continue;
    const Line& l = lines[a];
    const double h = Height(l.text->box);
    if (std::fabs(CenterY(l.text->box) - CenterY(lines[a - 1].text->box)) < 0.75 * h) return true;
    if (l.label == nullptr || l.lower_start) return true;
  }
  return false;
}

// The lines of [begin, end) that stand for a row: those with figures or a
// row number. Of two less than a line apart (a cell of two lines, "01" over
// "(một)", beside the row's figures centred between them), the one with
// the row number, or else with more cells, stands for the row; the other
// is one of its lines.
std::vector<std::size_t> Anchors(const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
  std::vector<std::size_t> out;
  for (std::size_t i = begin; i < end; ++i) {
    const Line& l = lines[i];
    if (!l.anchor()) continue;
    if (!out.empty()) {
      const Line& prev = lines[out.back()];
      if (std::fabs(CenterY(l.text->box) - CenterY(prev.text->box)) < 0.75 * Height(l.text->box)) {
        if ((l.marker && !prev.marker) || (l.marker == prev.marker && l.parts.size() > prev.parts.size())) {
          out.back() = i;
        }
        continue;
      }
    }
    out.push_back(i);
  }
  return out;
}

// Rows of lines [begin, end): each line with figures or a row number
// (an anchor) is a row, and every other line joins one. With cells aligned
// to the top, a line joins the row above it, unless set apart (SetApart)
// from a label it cannot continue: a row of its own. With cells centred,
// each row's lines lie evenly around its figures: between two anchors the
// lines are parted where the rows' extents are best centred on their
// anchors (a proper name's wrap, "TTHTCD xã" / "Minh Khai", starts in
// capitals, so case cannot tell).
// Rows found in lines [begin, end), which may also take lines [lead,
// begin) above and [end, tail) below: with cells centred, the first row's
// lines above its figures mirror those below them, and which lines above
// are the first row's and which are headings only the balance tells.
struct RowLines {
  std::size_t lead = 0, begin = 0, end = 0, tail = 0;
};

struct RowsFound {
  std::vector<std::vector<std::size_t>> rows;  // lines of each row
  std::size_t begin = 0, end = 0;              // the lines the rows took
};

RowsFound Rows(const std::vector<Line>& lines, const RowLines& span) {
  RowsFound out;
  out.begin = span.begin, out.end = span.end;
  const std::vector<std::size_t> anchors = Anchors(lines, span.begin, span.end);
  const auto is_anchor = [&](std::size_t i) { return std::binary_search(anchors.begin(), anchors.end(), i); };
  std::vector<std::vector<std::size_t>>& rows = out.rows;
  if (anchors.empty()) return out;
  if (!CentredCells(lines, anchors, span.begin)) {
    for (std::size_t i = span.begin; i < span.end; ++i) {
      const Line& l = lines[i];
      const bool own = rows.empty() || is_anchor(i) ||
                       (!l.lower_start && SetApart(l, lines[i - 1]) && is_anchor(rows.back().back()));
      if (own) {
        rows.push_back({i});
      } else {
        rows.back().push_back(i);
      }
    }
    return out;
  }
  // Row r's lines are [first, last): the first row's first and the last
  // row's end are chosen among the optional lines; between two anchors,
  // split[g] lines join the row above. All are chosen at once (each row's
  // extent depends on both its sides).
  const std::size_t n = anchors.size();
  const auto range = [&](std::size_t r, std::size_t above, std::size_t below) {
    const std::size_t first = r == 0 ? above : anchors[r - 1] + 1 + above;
    const std::size_t last = r + 1 == n ? below : anchors[r] + 1 + below;
    return std::pair<std::size_t, std::size_t>(first, last);
  };
  // Off-centre, plus a little for each line's distance from the figures:
  // of two partings equally centred (a last row whose line below was not
  // read), the one that keeps lines by their nearest figures.
  const auto cost = [&](std::size_t r, std::size_t above, std::size_t below) {
    const auto [first, last] = range(r, above, below);
    const double centre = CenterY(lines[anchors[r]].text->box);
    const double top = lines[std::min(first, anchors[r])].text->box.y0;
    const double bottom = lines[std::max(last - 1, anchors[r])].text->box.y1;
    double spread = 0;
    for (std::size_t i = first; i < last; ++i) spread += std::fabs(CenterY(lines[i].text->box) - centre);
    return std::fabs((top + bottom) / 2 - centre) + 0.01 * spread;
  };
  const auto gap_lines = [&](std::size_t g) { return anchors[g + 1] - anchors[g] - 1; };
  std::size_t first_line = span.begin, end_line = span.end;
  std::vector<std::size_t> split(n > 1 ? n - 1 : 0, 0);
  if (n == 1) {
    double least = 1e18;
    for (std::size_t a = span.lead; a <= span.begin; ++a) {
      for (std::size_t e = span.end; e <= span.tail; ++e) {
        const double c = cost(0, a, e);
        if (c < least) least = c, first_line = a, end_line = e;
      }
    }
  } else {
    // best[g][s]: the least cost of rows 0..g with split[g] = s; from[g][s]
    // the split of gap g - 1 (for g = 0, the first row's first line) it
    // came from.
    std::vector<std::vector<double>> best(n - 1);
    std::vector<std::vector<std::size_t>> from(n - 1);
    for (std::size_t g = 0; g + 1 < n; ++g) {
      best[g].assign(gap_lines(g) + 1, 1e18);
      from[g].assign(gap_lines(g) + 1, 0);
      for (std::size_t s = 0; s <= gap_lines(g); ++s) {
        const std::size_t lo = g == 0 ? span.lead : 0, hi = g == 0 ? span.begin : gap_lines(g - 1);
        for (std::size_t p = lo; p <= hi; ++p) {
          const double c = (g == 0 ? 0 : best[g - 1][p]) + cost(g, p, s);
          if (c < best[g][s]) best[g][s] = c, from[g][s] = p;
        }
      }
    }
    const std::size_t g = n - 2;
    double least = 1e18;
    for (std::size_t s = 0; s < best[g].size(); ++s) {
      for (std::size_t e = span.end; e <= span.tail; ++e) {
        const double c = best[g][s] + cost(n - 1, s, e);
        if (c < least) least = c, split[g] = s, end_line = e;
      }
    }
    for (std::size_t k = g; k > 0; --k) split[k - 1] = from[k][split[k]];
    first_line = from[0][split[0]];
  }
  for (std::size_t r = 0; r < n; ++r) {
    const auto [first, last] = range(r, r == 0 ? first_line : split[r - 1], r + 1 == n ? end_line : split[r]);
    std::vector<std::size_t> row;
    for (std::size_t i = first; i < last; ++i) row.push_back(i);
    rows.push_back(std::move(row));
  }
  out.begin = first_line, out.end = end_line;
  return out;
}

// Whether `line` starts where the rows start (`left`: a second table's
// "TT") or a part of it crosses a gutter of `gutters`: not a row's wrapped
// cells, which start further in and stay in their columns.
bool OutsideColumns(const Line& line, const std::vector<Span>& gutters, double left) {
  if (line.text->box.x0 <= left + 0.5 * line.text->size) return true;
  return std::any_of(line.parts.begin(), line.parts.end(), [&](const Part& p) {
    return std::any_of(gutters.begin(), gutters.end(), [&](const Span& g) { return g.mid() > p.x.from && g.mid() < p.x.to; });
  });
}

// One table starting with the figure line `seed`; *next is where the search
// goes on.
std::optional<Found> FindFrom(const std::vector<Line>& lines, std::size_t seed, std::size_t* next) {
  const auto figure_line = [&](std::size_t i) { return lines[i].figures && !lines[i].years_only; };
  const auto close = [&](std::size_t upper, std::size_t lower) {
    return LineGap(lines[upper], lines[lower]) <= kMaxLineGapEm * lines[lower].text->size;
  };
  // Where the figures start: text left of it is a label's, text across it
  // and across the gutters is prose.
  const auto first_figure = [](const Line& l) {
    for (const Part& p : l.parts) {
      if (p.kind == PartKind::kFigure) return p.x.from;
    }
    return 1e18;
  };
  // The gutters are those of every line taken, a label's wrapped lines
  // too: rows whose label stands above or below their figures leave the
  // label's column blank, and the blanks of a few such rows line up.
  std::vector<const Line*> members{&lines[seed]};
  std::size_t figure_rows = 1, members_at_last = 1;
  double figures_from = first_figure(lines[seed]);
  // (The gaps of the first row stand for the columns until a second one.)
  std::vector<Span> gutters = Gutters(members);
  std::size_t last = seed;
  double rows_left = lines[seed].text->box.x0;
  for (std::size_t k = seed + 1; k < lines.size() && close(k - 1, k); ++k) {
    const Line& l = lines[k];
    if (figure_line(k)) {
      rows_left = std::min(rows_left, l.text->box.x0);
      members.push_back(&l);
      std::vector<Span> g = Gutters(members);
      if (g.empty()) break;
      gutters = std::move(g);
      ++figure_rows;
      members_at_last = members.size();
      figures_from = std::min(figures_from, first_figure(l));
      last = k;
      continue;
    }
    if (k - last > static_cast<std::size_t>(kMaxLooseLines)) break;
    // The headings of the next table; but a row whose cells are centred
    // has its labels' first lines side by side above its figures.
    // (The headings of a table start at its first column or cross the
    // columns of this one: "Tháng | Hội Liên" are the first lines of a
    // row's date and note, in this table's columns.)
    if (LooksLikeHeadings(l) && (gutters.empty() || OutsideColumns(l, gutters, rows_left))) {
      std::size_t n = k + 1;
      while (n < lines.size() && n <= k + 2 && !lines[n].anchor()) ++n;
      if (n >= lines.size() || !lines[n].anchor() || (lines[n].label != nullptr && !lines[n].lower_start)) break;
    }
    if (Prose(l, gutters, figures_from)) break;
    members.push_back(&l);
  }
  members.resize(members_at_last);
  *next = last + 1;
  if (gutters.empty()) return std::nullopt;
  double left = 1e18, right = -1e18;
  for (const Line* l : members) left = std::min(left, l->text->box.x0), right = std::max(right, l->text->box.x1);
  const auto in_label_column = [&](const Line& l) {
    return l.parts.size() == 1 && !l.anchor() && !EndsWithColon(l) && l.text->box.x1 < figures_from &&
           l.text->box.x0 > gutters.front().from;
  };

  const auto in_columns = [&](const Line& l) {
    if (l.anchor() || l.figures || EndsWithColon(l)) return false;
    return std::none_of(l.parts.begin(), l.parts.end(), [&](const Part& p) {
      return std::any_of(gutters.begin(), gutters.end(),
                         [&](const Span& g) { return g.mid() > p.x.from && g.mid() < p.x.to; });
    });
  };

  // A wrapped label's last lines after the last figures.
  std::size_t end = last + 1;
  while (end < lines.size() && close(end - 1, end) && lines[end].lower_start && in_columns(lines[end])) ++end;
  // Rows above the first figures: row numbers without figures (a section
  // row), and a label's first lines beside the middle of which the
  // figures stand.
  std::size_t body = seed;
  // (A section row's text stands left of the figures; a line of headings
  // under a wrapped "ST/T" reaches across them.)
  while (body > 0 && lines[body - 1].marker && lines[body - 1].text->box.x1 < figures_from && close(body - 1, body)) {
    --body;
  }
  // (The row's figures: of two lines of figures half a line apart, the one
  // Anchors picks.)
  const std::size_t first_anchor = Anchors(lines, body, last + 1).front();
  if (lines[first_anchor].label == nullptr || lines[first_anchor].lower_start) {
    for (std::size_t up = body; up > 0 && first_anchor - up < 3 && in_label_column(lines[up - 1]) && close(up - 1, up);) {
      if (!lines[--up].lower_start) {
        body = up;
        break;
      }
    }
  }
  // With cells centred, the first row may have more lines above its
  // figures and the last row more below, in any column and case ("Tháng"
  // over a date, "TTHTCD xã" / "Phúc Thủy"): up to three lines each way
  // that are neither prose nor figures; the rows take those that centre
  // them (Rows), the rest above may be headings.
  const auto maybe_row = [&](std::size_t k) {
    const Line& l = lines[k];
    return !l.anchor() && !l.figures && !EndsWithColon(l) && !Prose(l, gutters, figures_from);
  };
  RowLines span;
  span.begin = body, span.end = end;
  span.lead = body, span.tail = end;
  while (span.lead > 0 && body - span.lead < 3 && close(span.lead - 1, span.lead) && maybe_row(span.lead - 1)) {
    --span.lead;
  }
  while (span.tail < lines.size() && span.tail - end < 3 && close(span.tail - 1, span.tail) && maybe_row(span.tail)) {
    ++span.tail;
  }
  RowsFound found = Rows(lines, span);
  if (found.rows.empty()) return std::nullopt;
  body = found.begin;
  // The headings above.
  std::size_t head = body;
  while (head > 0 && body - head < static_cast<std::size_t>(kMaxHeaderLines)) {
    const Line& l = lines[head - 1];
    if (LineGap(l, lines[head]) > kMaxLineGapEm * l.text->size) break;
    if (!IsHeadingLine(l, gutters, members, left, right)) break;
    --head;
  }
  // A table's last rows carried to the next page come under its headings
  // again; without headings it takes more rows to be sure.
  const std::size_t heading_lines = body - head;
  const bool enough = figure_rows >= static_cast<std::size_t>(kMinFigureLines) ||
                      (figure_rows >= static_cast<std::size_t>(kMinFigureLinesUnderHeadings) && heading_lines > 0) ||
                      (heading_lines >= 2 && lines[seed].marker && lines[seed].parts.size() >= 4);
  if (!enough) return std::nullopt;
  Found f;
  f.head = head;
  f.body = body;
  f.rows = std::move(found.rows);
  return f;
}

BoundingBox LinesBox(const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
  BoundingBox b = lines[begin].text->box;
  for (std::size_t i = begin + 1; i < end; ++i) b = UnionBox(b, lines[i].text->box);
  return b;
}

// The rules of one found table.
// A found table's rules, and where its rows leave its columns apart.
struct TableRules {
  RulingLines rules;
  std::vector<Span> gutters;       // of its rows (headings aside)
  double rows_left = 0, rows_right = 0;
};

TableRules RulesOf(const std::vector<Line>& lines, const Found& f) {
  const std::size_t end = f.rows.back().back() + 1;
  const BoundingBox all = LinesBox(lines, f.head, end);
  const double left = all.x0 - 2, right = all.x1 + 2;
  RulingLines out;
  const auto across = [&](double y) { out.horizontal.push_back({left, y, right, y}); };
  across(all.y0 - kRuleClearance);
  const auto row_box = [&](const std::vector<std::size_t>& row) {
    BoundingBox b = lines[row.front()].text->box;
    for (std::size_t i : row) b = UnionBox(b, lines[i].text->box);
    return b;
  };
  if (f.head < f.body) {
    across((LinesBox(lines, f.head, f.body).y1 + row_box(f.rows.front()).y0) / 2);
  }
  for (std::size_t r = 0; r + 1 < f.rows.size(); ++r) {
    across((row_box(f.rows[r]).y1 + row_box(f.rows[r + 1]).y0) / 2);
  }
  across(all.y1 + kRuleClearance);

  // Under a heading that spans columns, over the headings below it.
  std::vector<const Line*> body_lines;
  for (const auto& row : f.rows) {
    for (std::size_t i : row) body_lines.push_back(&lines[i]);
  }
  const std::vector<Span> gutters = Gutters(body_lines);
  const auto crossed = [&](const Span& x) {
    std::vector<std::size_t> under;
    for (std::size_t g = 0; g < gutters.size(); ++g) {
      if (gutters[g].mid() > x.from && gutters[g].mid() < x.to) under.push_back(g);
    }
    return under;
  };
  // A heading of two lines or more ("Giáo dục kỹ năng" over "sống") is one
  // cell: its next lines cross the same gutters. The rule goes under its
  // last line.
  std::vector<std::vector<bool>> continued(f.body - f.head);
  for (std::size_t h = f.head; h < f.body; ++h) continued[h - f.head].assign(lines[h].parts.size(), false);
  for (std::size_t h = f.head; h < f.body; ++h) {
    for (std::size_t pi = 0; pi < lines[h].parts.size(); ++pi) {
      const Part& p = lines[h].parts[pi];
      const std::vector<std::size_t> spanned = crossed(p.x);
      if (spanned.empty() || continued[h - f.head][pi]) continue;
      std::size_t last = h;
      for (std::size_t k = h + 1; k < f.body; ++k) {
        bool more = false, other = false;
        for (std::size_t qi = 0; qi < lines[k].parts.size(); ++qi) {
          const Span& q = lines[k].parts[qi].x;
          if (q.to <= p.x.from || q.from >= p.x.to) continue;  // beside it: another cell's line
          if (crossed(q) == spanned && !more) {
            continued[k - f.head][qi] = true;
            more = true;
          } else {
            other = true;
          }
        }
        if (more) last = k;
        if (other || (!more && k > last + 1)) break;
      }
      // The headings below it: under the columns it spans (a short one,
      // "Quý I", is narrower than the headings under it).
      // A centred heading is narrower than its cell, which covers the
      // group headings under it side by side ("Kết quả thực hiện" over
      // three topics, the outer ones past its first and last letters): its
      // span grows over every heading that spans columns below it and
      // touches it, but not into the columns of a heading beside it.
      Span cols = ColumnsOf(p.x.from, p.x.to, gutters, left, right);
      const double own_top = lines[h].text->box.y0, own_bottom = lines[last].text->box.y1;
      std::vector<Span> beside, under;
      for (std::size_t k = f.head; k < f.body; ++k) {
        for (const Part& q : lines[k].parts) {
          if (&q == &p || crossed(q.x).empty()) continue;
          const BoundingBox& b = lines[k].text->box;
          const Span qc = ColumnsOf(q.x.from, q.x.to, gutters, left, right);
          if (b.y0 >= own_bottom - 1) {
            under.push_back(qc);
          } else if (b.y1 > own_top + 1 && (qc.to <= cols.from + 1 || qc.from >= cols.to - 1)) {
            beside.push_back(qc);
          }
        }
      }
      for (bool grown = true; grown;) {
        grown = false;
        for (const Span& qc : under) {
          if (qc.from > cols.to + 1 || qc.to < cols.from - 1 || (qc.from >= cols.from - 1 && qc.to <= cols.to + 1)) {
            continue;
          }
          const Span grown_cols{std::min(cols.from, qc.from), std::max(cols.to, qc.to)};
          const bool blocked = std::any_of(beside.begin(), beside.end(), [&](const Span& o) {
            return o.from < grown_cols.to - 1 && o.to > grown_cols.from + 1;
          });
          if (blocked) continue;
          cols = grown_cols;
          grown = true;
        }
      }
      double below = 1e18;
      for (std::size_t k = last + 1; k < f.body; ++k) {
        for (const PageWord& w : lines[k].text->words) {
          if (CenterX(w.box) > cols.from && CenterX(w.box) < cols.to) below = std::min(below, w.box.y0);
        }
      }
      if (below > 1e17) continue;
      const double y = (lines[last].text->box.y1 + below) / 2;
      out.horizontal.push_back({cols.from, y, cols.to, y});
    }
  }
  TableRules t;
  t.rules = std::move(out);
  t.gutters = gutters;
  t.rows_left = 1e18, t.rows_right = -1e18;
  for (const Line* l : body_lines) {
    t.rows_left = std::min(t.rows_left, l->text->box.x0);
    t.rows_right = std::max(t.rows_right, l->text->box.x1);
  }
  return t;
}

std::vector<TableRules> FindTables(const std::vector<Line>& lines) {
  std::vector<TableRules> out;
  std::size_t floor = 0;  // lines above belong to a table found before
  for (std::size_t i = 0; i < lines.size();) {
    if (!lines[i].figures || lines[i].years_only) {
      ++i;
      continue;
    }
    std::size_t next = i + 1;
    std::optional<Found> f = FindFrom(lines, i, &next);
    if (f && f->head >= floor && !f->rows.empty()) {
      out.push_back(RulesOf(lines, *f));
      floor = f->rows.back().back() + 1;
      i = std::max(next, floor);
    } else {
      i = std::max(i + 1, next);
    }
  }
  return out;
}

}  // namespace

RulingLines AlignedTableRules(const std::vector<PageWord>& words) {
  const std::vector<TextLine> text = GroupLines(words);
  const std::vector<Line> lines = ClassifyAll(text);
  RulingLines all;
  for (TableRules& t : FindTables(lines)) {
    all.horizontal.insert(all.horizontal.end(), t.rules.horizontal.begin(), t.rules.horizontal.end());
  }
  return all;
}

std::vector<PageTable> TakeAlignedTables(std::vector<PageWord>* words, std::optional<int> page) {
  std::vector<PageTable> out;
  if (words->empty()) return out;
  std::vector<TableRules> found;
  {
    const std::vector<TextLine> text = GroupLines(*words);
    const std::vector<Line> lines = ClassifyAll(text);
    found = FindTables(lines);
  }
  for (TableRules& table : found) {
    RulingLines& rules = table.rules;
    double right = 0, bottom = 0;
    for (const Segment& h : rules.horizontal) right = std::max(right, h.x1), bottom = std::max(bottom, h.y0);
    const int w = static_cast<int>(std::ceil((right + 4) * kPxPerPt));
    const int h = static_cast<int>(std::ceil((bottom + 4) * kPxPerPt));
    PixPtr image = WordBoxImage(*words, w, h, kPxPerPt);
    if (!image) continue;
    AddInferredColumnRules(image.get(), 1.0 / kPxPerPt, &rules);
    // A column border lies in a gutter of the rows, or beside them (a
    // "Ghi chú" column no row fills): the inference also parts columns
    // where the words of most rows happen to leave a gap ("Học nghề |" in
    // a column of longer labels), which drawn rules would have ruled out.
    std::erase_if(rules.vertical, [&](const Segment& v) {
      if (v.x0 <= table.rows_left + 1 || v.x0 >= table.rows_right - 1) return false;
      return std::none_of(table.gutters.begin(), table.gutters.end(),
                          [&](const Span& g) { return v.x0 >= g.from - 1 && v.x0 <= g.to + 1; });
    });
    for (const Grid& grid : BuildGrids(rules, 2.5)) {
      if (grid.rows() < 2 || grid.cols() < 2) continue;
      PageTable t = FillGrid(grid, words, page);
      out.push_back(std::move(t));
    }
  }
  return out;
}

}  // namespace baocao
