// Lines of a borderless table read as runs. See aligned_lines.h.
#include "ingest/layout/aligned_lines.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace baocao::aligned {
namespace {

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
    if (groups[g].size() >= 2 && !groups[g].back()->text.empty() && groups[g].back()->text.back() == ')') {
      for (std::size_t k = groups[g].size(); k-- > 1;) {
        if (!groups[g][k]->text.empty() && groups[g][k]->text.front() == '(') {
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

}  // namespace

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
  // (No page is this wide: a hostile file's coordinates are not measured.)
  constexpr double kWidest = 5000;
  if (!(right > left) || right - left > kWidest) return {};
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

// Whether `line` starts where the rows start (`left`: a second table's
// "TT") or a part of it crosses a gutter of `gutters`: not a row's wrapped
// cells, which start further in and stay in their columns.
bool OutsideColumns(const Line& line, const std::vector<Span>& gutters, double left) {
  if (line.text->box.x0 <= left + 0.5 * line.text->size) return true;
  return std::any_of(line.parts.begin(), line.parts.end(), [&](const Part& p) {
    return std::any_of(gutters.begin(), gutters.end(), [&](const Span& g) { return g.mid() > p.x.from && g.mid() < p.x.to; });
  });
}
}  // namespace baocao::aligned
