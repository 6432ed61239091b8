// JoinContinuedTables (layout/page_layout.h): a table broken by a page break is one
// table again, as in the DOCX it was printed from.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "ingest/layout/page_layout.h"
#include "util/edit_distance.h"

namespace baocao {
namespace {

// Tables read by OCR continue when their widths agree within this share.
constexpr double kOcrWidthTolerance = 0.04;

// The columns some cell of `t` starts in. A grid column no cell starts in
// is the inside of cells merged across it: a rule piece the grid finder
// took for a column edge on one page ("Nội dung" split in two, every row's
// cell spanning both), which its other pages do not have.
std::vector<bool> StartedColumns(const Table& t) {
  std::vector<bool> used(static_cast<std::size_t>(std::max(0, t.cols)), false);
  for (const TableCell& cell : t.cells) {
    if (cell.col >= 0 && cell.col < t.cols) used[static_cast<std::size_t>(cell.col)] = true;
  }
  return used;
}

int CountStarted(const Table& t) {
  const std::vector<bool> used = StartedColumns(t);
  return static_cast<int>(std::count(used.begin(), used.end(), true));
}

// Removes the columns no cell starts in; spans shrink with them.
void DropUnstartedColumns(Table* t) {
  const std::vector<bool> used = StartedColumns(*t);
  std::vector<int> index(used.size() + 1, 0);  // new index of each old column start
  for (std::size_t c = 0; c < used.size(); ++c) index[c + 1] = index[c] + (used[c] ? 1 : 0);
  for (TableCell& cell : t->cells) {
    const int end = std::min(t->cols, cell.col + cell.col_span);
    cell.col = index[static_cast<std::size_t>(cell.col)];
    cell.col_span = std::max(1, index[static_cast<std::size_t>(end)] - cell.col);
    for (Block& inner : cell.blocks) inner.col = cell.col;
  }
  t->cols = index.back();
}

// `a_last_page`: the page `a` ends on (a joined table spans several).
int RepeatedHeaderRows(const Table& t, const Table& u);

bool Continues(const Block& a, int a_last_page, const Block& b) {
  if (!a.is_table() || !b.is_table() || a.table.borderless || b.table.borderless) return false;
  if (!b.page || *b.page != a_last_page + 1 || !a.box || !b.box) return false;
  if (a.table.cols != b.table.cols && CountStarted(a.table) != CountStarted(b.table)) return false;
  const double tol = 3.0 * std::max(1.0, (a.box->x1 - a.box->x0) / 600);
  if (a.confidence && b.confidence) {
    // Scanned or photographed pages each sit differently on the glass or in
    // the picture: the same table is as wide, not at the same place.
    const double wa = a.box->x1 - a.box->x0, wb = b.box->x1 - b.box->x0;
    return std::abs(wa - wb) <= kOcrWidthTolerance * std::max(wa, wb);
  }
  if (std::abs(a.box->x0 - b.box->x0) <= tol && std::abs(a.box->x1 - b.box->x1) <= tol) return true;
  // A table with no rules is as wide as its words, which differ from page
  // to page ("Hội Cựu chiến binh xã" on one, "TTHTCĐ" on the next): the
  // same columns under the same headings repeated continue it.
  return a.table.cols == b.table.cols && std::abs(a.box->x0 - b.box->x0) <= tol &&
         RepeatedHeaderRows(a.table, b.table) > 0;
}

bool Blank(const TableCell* cell) {
  return cell == nullptr || cell->orig.find_first_not_of(" \n") == std::string::npos;
}

// Whether the first row of `b` is the rest of the last row of `a`, cut by
// the page break: same cells column for column, and the first column of the
// continuation is empty (no new item number) while the cut row has one.
bool SplitRow(const Table& a, const Table& b) {
  const int last = a.rows - 1;
  if (last < 0 || b.rows < 1) return false;
  for (int c = 0; c < a.cols; ++c) {
    const TableCell* x = a.CellAt(last, c);
    const TableCell* y = b.CellAt(0, c);
    if (x == nullptr || y == nullptr || x->row + x->row_span - 1 != last || y->row != 0 || y->row_span != 1 ||
        x->col != y->col || x->col_span != y->col_span) {
      return false;
    }
  }
  if (!Blank(b.CellAt(0, 0)) || Blank(a.CellAt(last, 0))) return false;
  // Figures are short and printed on the first part of a cut row; a row
  // that brings its own ("Tổng cộng | 768 | 425") is a row of its own.
  for (const TableCell& cell : b.cells) {
    if (cell.row == 0 && !cell.orig.empty() &&
        cell.orig.find_first_not_of("0123456789.,%- ") == std::string::npos) {
      return false;
    }
  }
  return true;
}

void AppendText(const TableCell& from, TableCell* to) {
  if (from.orig.empty()) return;
  std::size_t first = 0;
  if (!to->blocks.empty() && !from.blocks.empty() && to->blocks.back().is_paragraph() &&
      from.blocks.front().is_paragraph()) {
    // The paragraph cut by the page break goes on.
    Paragraph& p = to->blocks.back().paragraph;
    const Paragraph& q = from.blocks.front().paragraph;
    // Its lines on the next page keep their boxes there, and say so.
    const std::size_t shift = p.orig.size() + 1;
    for (ParagraphLine line : q.lines) {
      line.orig_begin += shift, line.orig_end += shift;
      line.text_begin += shift, line.text_end += shift;
      if (line.page == std::nullopt && from.blocks.front().page != to->blocks.back().page) {
        line.page = from.blocks.front().page;
      }
      p.lines.push_back(line);
    }
    p.orig += ' ' + q.orig;
    p.text = p.orig;
    if (!p.runs.empty()) p.runs.back().orig += ' ';
    p.runs.insert(p.runs.end(), q.runs.begin(), q.runs.end());
    first = 1;
  }
  for (std::size_t i = first; i < from.blocks.size(); ++i) {
    Block blk = from.blocks[i];
    blk.row = to->row, blk.col = to->col;
    to->blocks.push_back(std::move(blk));
  }
  to->orig = to->orig.empty() ? from.orig : to->orig + (first == 1 ? " " : "\n") + from.orig;
  to->text = to->orig;
}

// The texts of row `r`, cell by cell, without white space (a repeated
// header may wrap differently, and OCR reads it a little differently).
std::vector<std::string> RowTexts(const Table& t, int r) {
  std::vector<std::string> out;
  for (const TableCell& cell : t.cells) {
    if (cell.row != r) continue;
    std::string text = std::to_string(cell.col) + "/" + std::to_string(cell.col_span) + ":";
    for (char c : cell.orig) {
      if (c != ' ' && c != '\n') text.push_back(c);
    }
    out.push_back(std::move(text));
  }
  return out;
}

bool SameRow(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() != b.size()) return false;
  std::size_t diff = 0, total = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    diff += EditDistance(a[i], b[i]);
    total += std::max(a[i].size(), b[i].size());
  }
  return diff * 10 <= total;  // within 10%
}

// Header rows the printer repeated at the top of the continuation: the
// leading rows of `u` equal to the leading rows of `t`, at most three.
int RepeatedHeaderRows(const Table& t, const Table& u) {
  int n = 0;
  while (n < 3 && n < t.rows && n < u.rows - 1 && SameRow(RowTexts(t, n), RowTexts(u, n))) ++n;
  return n;
}

void DropLeadingRows(Table* u, int n) {
  if (n == 0) return;
  std::erase_if(u->cells, [n](const TableCell& cell) { return cell.row < n; });
  for (TableCell& cell : u->cells) {
    cell.row -= n;
    for (Block& inner : cell.blocks) inner.row = cell.row;
  }
  u->rows -= n;
}

void Join(Block* a, Block&& b) {
  Table& t = a->table;
  Table& u = b.table;
  if (t.cols != u.cols) {
    DropUnstartedColumns(&t);
    DropUnstartedColumns(&u);
  }
  DropLeadingRows(&u, RepeatedHeaderRows(t, u));
  int shift = t.rows;
  if (SplitRow(t, u)) {
    for (int c = 0; c < t.cols;) {
      TableCell* x = t.CellAt(t.rows - 1, c);
      AppendText(*u.CellAt(0, c), x);
      c = x->col + x->col_span;
    }
    shift = t.rows - 1;
    std::erase_if(u.cells, [](const TableCell& cell) { return cell.row == 0; });
  }
  for (TableCell& cell : u.cells) {
    cell.row += shift;
    for (Block& inner : cell.blocks) inner.row = cell.row;
    t.cells.push_back(std::move(cell));
  }
  t.rows = shift + u.rows;
  a->box = UnionBox(*a->box, *b.box);
  if (a->confidence && b.confidence) a->confidence = (*a->confidence + *b.confidence) / 2;
}

}  // namespace

void JoinContinuedTables(std::vector<Block>* body) {
  std::vector<Block> out;
  int last_page = 0;
  for (Block& b : *body) {
    const int page = b.page.value_or(0);
    if (!out.empty() && Continues(out.back(), last_page, b)) {
      Join(&out.back(), std::move(b));
    } else {
      out.push_back(std::move(b));
    }
    last_page = page;
  }
  *body = std::move(out);
}

}  // namespace baocao
