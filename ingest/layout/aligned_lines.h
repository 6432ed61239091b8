// The lines of a borderless table as the table finder (aligned_table.h)
// reads them: each line's runs of words parted by cell gaps, which runs are
// figures, a row number or text, and the gutters some lines leave between
// their columns. Internal to the finder (aligned_table.cc, aligned_rows.cc).
//
// Thread safety: pure functions.
#ifndef BAOCAO_INGEST_LAYOUT_ALIGNED_LINES_H_
#define BAOCAO_INGEST_LAYOUT_ALIGNED_LINES_H_

#include <string>
#include <vector>

#include "ingest/layout/lines.h"

namespace baocao::aligned {

// Ems: a wider gap parts two cells. A word space is about 0.25 em and a
// justified line stretches it to under 0.5; two cells stand at least their
// paddings apart (Word's 0.19 cm a side: 0.8 em at 13 pt).
constexpr double kCellGapEm = 0.6;
// Points: a column gutter is at least this wide (word spaces are narrower).
constexpr double kMinGutter = 5.0;

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

// Each line of `lines` read as runs (its label points into its own parts,
// so the lines must not be copied).
std::vector<Line> ClassifyAll(const std::vector<TextLine>& lines);

// The first letter of `s` past an opening bracket or quote; 0 for none.
char32_t FirstLetter(const std::string& s);

// A row number: "1", "12.", "II", "a)", "B".
bool IsMarker(const std::string& t);

// The column gutters of `rows`: x ranges no word of them covers (one row of
// figures may cross a gutter when there are four or more: a total's label
// over two columns), at least kMinGutter wide, with words on both sides.
std::vector<Span> Gutters(const std::vector<const Line*>& rows);

// A line of prose between a table's rows, which ends the table: a run of
// text across two gutters or more, reaching past `figures_from` (where the
// figures start), and wide.
bool Prose(const Line& line, const std::vector<Span>& gutters, double figures_from);

// A lead-in ends with a colon ("như sau:"); a label may hold one.
bool EndsWithColon(const Line& line);
bool HasColon(const Line& line);

// The headings of a second table: several cells, no figure, no row number,
// each capitalised.
bool LooksLikeHeadings(const Line& line);

// Whether `line` starts where the rows start (`left`) or a run of it
// crosses a gutter: not a row's wrapped cells.
bool OutsideColumns(const Line& line, const std::vector<Span>& gutters, double left);

// The span of columns [gutter middle left of x0, gutter middle right of
// x1], or the table's sides `left`, `right`.
Span ColumnsOf(double x0, double x1, const std::vector<Span>& gutters, double left, double right);

// White between two lines, upper above lower.
double LineGap(const Line& upper, const Line& lower);

}  // namespace baocao::aligned

#endif  // BAOCAO_INGEST_LAYOUT_ALIGNED_LINES_H_
