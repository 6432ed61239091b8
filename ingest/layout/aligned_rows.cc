// Rows of a borderless table. See aligned_rows.h.
#include "ingest/layout/aligned_rows.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace baocao::aligned {
namespace {

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

bool AllDigits(const std::string& t) {
  return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The digits a number cut at a narrow cell's edge still owes its last
// group: "1.550.00" (wrapped before its last "0") owes 1, "5.100." owes 3;
// 0 for a whole number.
int DigitsOwed(const std::string& t) {
  const std::size_t sep = t.find_last_of(".,");
  if (sep == std::string::npos || t.find_first_of(".,") == sep) return 0;  // one separator: a decimal, or whole
  const std::string last = t.substr(sep + 1);
  if (last.size() >= 3 || (!last.empty() && !AllDigits(last))) return 0;
  return 3 - static_cast<int>(last.size());
}

// A line whose only figures are the ends of numbers the line right above
// could not fit in their cells ("0" under "1.550.00", in the same column):
// part of the row above, not a row of its own.
bool ContinuesFigures(const Line& line, const Line& above) {
  if (line.marker || Height(line.text->box) <= 0 ||
      line.text->box.y0 - above.text->box.y1 > 0.75 * Height(line.text->box)) {
    return false;
  }
  bool any = false;
  for (const Part& p : line.parts) {
    if (p.kind != PartKind::kFigure) continue;
    const auto owed = std::find_if(above.parts.begin(), above.parts.end(), [&](const Part& q) {
      return q.kind == PartKind::kFigure && q.x.from < p.x.to && p.x.from < q.x.to &&
             DigitsOwed(q.text) == static_cast<int>(p.text.size());
    });
    if (!AllDigits(p.text) || owed == above.parts.end()) return false;
    any = true;
  }
  return any;
}

}  // namespace

std::vector<std::size_t> Anchors(const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
  std::vector<std::size_t> out;
  for (std::size_t i = begin; i < end; ++i) {
    const Line& l = lines[i];
    if (!l.anchor()) continue;
    if (i > begin && ContinuesFigures(l, lines[i - 1])) continue;
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
                       (!l.lower_start && SetApart(l, lines[i - 1]) && is_anchor(rows.back().back()) &&
                        !ContinuesFigures(l, lines[i - 1]));
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

}  // namespace baocao::aligned
