// Borderless tables found from the alignment of their words. See
// aligned_table.h.
#include "ingest/layout/aligned_table.h"

#include <leptonica/allheaders.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>
#include <utility>

#include "ingest/layout/aligned_lines.h"
#include "ingest/layout/aligned_rows.h"
#include "ingest/layout/grid_table.h"
#include "ingest/layout/inferred_columns.h"
#include "ingest/layout/lines.h"
#include "ingest/layout/word_image.h"

namespace baocao {
namespace {

using aligned::ClassifyAll;
using aligned::ColumnsOf;
using aligned::EndsWithColon;
using aligned::Gutters;
using aligned::HasColon;
using aligned::IsMarker;
using aligned::Line;
using aligned::LineGap;
using aligned::LooksLikeHeadings;
using aligned::OutsideColumns;
using aligned::Part;
using aligned::PartKind;
using aligned::Prose;
using aligned::RowLines;
using aligned::RowsFound;
using aligned::Span;

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
// Lines one table may take (a page holds some sixty): a hostile page of
// thousands of lines is not measured line by line against all the others.
constexpr std::size_t kMaxTableLines = 400;
// Pixels a point of the word image the columns are read on, and the
// largest page side (points) an image is made for.
constexpr double kPxPerPt = 2.0;
constexpr double kLargestPage = 5000;
// Points between a rule and the words it passes.
constexpr double kRuleClearance = 1.5;

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
  // (A lead-in or a unit caption holds a colon; a line of three cells or
  // more is headings even with one, a speck OCR read in a heading.)
  if (HasColon(line) && line.parts.size() < 3) return false;
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

// Whether `lower` follows `upper` closely enough to be in one table.
bool Close(const std::vector<Line>& lines, std::size_t upper, std::size_t lower) {
  return LineGap(lines[upper], lines[lower]) <= kMaxLineGapEm * lines[lower].text->size;
}

// Where the figures of `l` start (text left of it is a label's); far right
// when it has none.
double FirstFigure(const Line& l) {
  for (const Part& p : l.parts) {
    if (p.kind == PartKind::kFigure) return p.x.from;
  }
  return 1e18;
}

// The rows a table grows from its first line of figures down: every line
// of figures in the same columns, and the lines between them.
struct Body {
  // The lines taken, down to the last line of figures. The gutters are
  // those of all of them, a label's wrapped lines too: rows whose label
  // stands above or below their figures leave the label's column blank,
  // and the blanks of a few such rows line up.
  std::vector<const Line*> members;
  std::size_t figure_rows = 1;
  std::size_t last = 0;               // the last line of figures
  std::vector<Span> gutters;
  double figures_from = 1e18;         // where the figures start
};

Body GrowBody(const std::vector<Line>& lines, std::size_t seed) {
  Body b;
  b.members = {&lines[seed]};
  b.last = seed;
  b.figures_from = FirstFigure(lines[seed]);
  // (The gaps of the first row stand for the columns until a second one.)
  b.gutters = Gutters(b.members);
  std::size_t members_at_last = 1;
  double rows_left = lines[seed].text->box.x0;
  for (std::size_t k = seed + 1; k < lines.size() && k - seed < kMaxTableLines && Close(lines, k - 1, k); ++k) {
    const Line& l = lines[k];
    if (l.figures && !l.years_only) {
      rows_left = std::min(rows_left, l.text->box.x0);
      b.members.push_back(&l);
      std::vector<Span> g = Gutters(b.members);
      if (g.empty()) break;
      b.gutters = std::move(g);
      ++b.figure_rows;
      members_at_last = b.members.size();
      b.figures_from = std::min(b.figures_from, FirstFigure(l));
      b.last = k;
      continue;
    }
    if (k - b.last > static_cast<std::size_t>(kMaxLooseLines)) break;
    // The headings of the next table end this one. They start where the
    // rows start or cross this table's gutters, and no row follows them
    // whose label begins above its figures: a row whose cells are centred
    // has its cells' first lines side by side above its figures ("Tháng |
    // Hội Liên", a date's and a note's, in this table's columns).
    if (LooksLikeHeadings(l) && (b.gutters.empty() || OutsideColumns(l, b.gutters, rows_left))) {
      std::size_t n = k + 1;
      while (n < lines.size() && n <= k + 2 && !lines[n].anchor()) ++n;
      if (n >= lines.size() || !lines[n].anchor() || (lines[n].label != nullptr && !lines[n].lower_start)) break;
    }
    if (Prose(l, b.gutters, b.figures_from)) break;
    b.members.push_back(&l);
  }
  b.members.resize(members_at_last);
  return b;
}

// One table starting with the figure line `seed`; *next is where the search
// goes on.
std::optional<Found> FindFrom(const std::vector<Line>& lines, std::size_t seed, std::size_t* next) {
  const auto close = [&](std::size_t upper, std::size_t lower) { return Close(lines, upper, lower); };
  Body grown = GrowBody(lines, seed);
  const std::vector<const Line*>& members = grown.members;
  const std::vector<Span>& gutters = grown.gutters;
  const std::size_t figure_rows = grown.figure_rows, last = grown.last;
  const double figures_from = grown.figures_from;
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

  // A wrapped label's last lines after the last figures: in lower case,
  // or starting exactly where the last row's label starts, in its size and
  // right under it ("TTHTCĐ xã Minh" / "Khai"; a paragraph after the table
  // starts at its own indent).
  const auto label_wrap = [&](std::size_t k) {
    const Line& row = lines[last];
    const Line& l = lines[k];
    return row.label != nullptr && in_label_column(l) && std::fabs(l.text->box.x0 - row.label->x.from) < 1.0 &&
           std::fabs(l.text->size - row.text->size) < 0.5 && LineGap(lines[k - 1], l) < 0.3 * l.text->size;
  };
  std::size_t end = last + 1;
  // (Any of its cells may be the one that wraps: "III/2023 | hiệp Phụ nữ"
  // under "Quý | Hội Liên"; a date's end in a narrow column, "Từ 4/3" /
  // "đến" / "25/4/202" / "6", is digits alone.)
  const auto wraps_cells = [&](const Line& l) {
    return std::any_of(l.parts.begin(), l.parts.end(), [](const Part& p) {
      const bool date_end = !p.text.empty() && std::isdigit(static_cast<unsigned char>(p.text[0])) &&
                            p.text.find_first_not_of("0123456789/.-") == std::string::npos;
      return date_end || u_islower(static_cast<UChar32>(aligned::FirstLetter(p.text))) != 0;
    });
  };
  while (end < lines.size() && close(end - 1, end) &&
         ((wraps_cells(lines[end]) && in_columns(lines[end])) || label_wrap(end))) {
    ++end;
  }
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

// A found table's rules, and where its rows leave its columns apart.
struct TableRules {
  RulingLines rules;
  std::vector<Span> gutters;       // of its rows (headings aside)
  double rows_left = 0, rows_right = 0;
};

// Where the rule between two rows goes: nearer the row above. A word's box
// from OCR leaves out the marks over its capitals ("Tổng" boxed from the
// top of the T, the hook and circumflex above it), while the row above
// keeps its descenders; at the middle of the gap the cell below would lose
// its marks' tops and read "Tổng số" as "10ng S0".
double RuleBetween(double above_bottom, double below_top) {
  constexpr double kShareAbove = 0.35;
  return above_bottom + kShareAbove * (below_top - above_bottom);
}

// The bottom of a line's ink, the median of its words' bottoms: OCR may box
// a word with a mark of the line below ("gia" over "Tổng" taking the hook
// of its "ổ"), and the union of the boxes would then reach into that line.
// Only the words within `x` when given (one heading of a line of several).
double InkBottom(const TextLine& line, std::optional<Span> x = std::nullopt) {
  std::vector<double> bottoms;
  for (const PageWord& w : line.words) {
    if (!x || (CenterX(w.box) >= x->from && CenterX(w.box) <= x->to)) bottoms.push_back(w.box.y1);
  }
  if (bottoms.empty()) return line.box.y1;
  std::nth_element(bottoms.begin(), bottoms.begin() + static_cast<std::ptrdiff_t>(bottoms.size() / 2), bottoms.end());
  return bottoms[bottoms.size() / 2];
}

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
  const auto row_bottom = [&](const std::vector<std::size_t>& row) {
    double bottom = -1e18;
    for (std::size_t i : row) bottom = std::max(bottom, InkBottom(*lines[i].text));
    return bottom;
  };
  if (f.head < f.body) {
    double head_bottom = -1e18;
    for (std::size_t h = f.head; h < f.body; ++h) head_bottom = std::max(head_bottom, InkBottom(*lines[h].text));
    across(RuleBetween(head_bottom, row_box(f.rows.front()).y0));
  }
  for (std::size_t r = 0; r + 1 < f.rows.size(); ++r) {
    across(RuleBetween(row_bottom(f.rows[r]), row_box(f.rows[r + 1]).y0));
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
      const double y = RuleBetween(InkBottom(*lines[last].text, cols), below);
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

std::vector<Grid> AlignedTableGrids(const std::vector<PageWord>& words) {
  std::vector<Grid> out;
  if (words.empty()) return out;
  std::vector<TableRules> found;
  {
    const std::vector<TextLine> text = GroupLines(words);
    const std::vector<Line> lines = ClassifyAll(text);
    found = FindTables(lines);
  }
  // The columns of every table are read on one image of the page's words,
  // as far as the tables reach. (A page is at most a few thousand points:
  // no table larger is drawn.)
  const auto extent = [](const TableRules& table) {
    double right = 0, bottom = 0;
    for (const Segment& h : table.rules.horizontal) right = std::max(right, h.x1), bottom = std::max(bottom, h.y0);
    return std::pair<double, double>(right, bottom);
  };
  std::erase_if(found, [&](const TableRules& table) {
    const auto [right, bottom] = extent(table);
    return !(right > 0 && bottom > 0 && right < kLargestPage && bottom < kLargestPage);
  });
  double right = 0, bottom = 0;
  for (const TableRules& table : found) {
    right = std::max(right, extent(table).first), bottom = std::max(bottom, extent(table).second);
  }
  PixPtr image = found.empty() ? nullptr
                               : WordBoxImage(words, static_cast<int>(std::ceil((right + 4) * kPxPerPt)),
                                              static_cast<int>(std::ceil((bottom + 4) * kPxPerPt)), kPxPerPt);
  if (!image) return out;
  for (TableRules& table : found) {
    RulingLines& rules = table.rules;
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
    for (Grid& grid : BuildGrids(rules, 2.5)) {
      if (grid.rows() >= 2 && grid.cols() >= 2) out.push_back(std::move(grid));
    }
  }
  return out;
}

std::vector<PageTable> TakeAlignedTables(std::vector<PageWord>* words, std::optional<int> page) {
  std::vector<PageTable> out;
  for (const Grid& grid : AlignedTableGrids(*words)) out.push_back(FillGrid(grid, words, page));
  return out;
}

}  // namespace baocao
