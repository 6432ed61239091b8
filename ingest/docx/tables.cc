// The table grid of the DOCX reader: w:tbl -> Table with spans.
//
// WordprocessingML lays a table out row by row: each w:tc takes gridSpan
// grid columns from the left (after gridBefore). A vertically merged cell
// appears in every row it covers; the first copy says vMerge="restart" and
// the others say vMerge (continue). We turn each merge into ONE TableCell
// with row_span, so a header merged over two rows is known to both.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "ingest/docx/internal.h"

namespace baocao::docx {
namespace {

// Word allows 63 columns; the cap keeps a hostile gridSpan from making the
// grid (rows x cols slots) enormous.
constexpr int kMaxColumns = 64;

// w:<local> children of `parent`, looking through content controls
// (w:sdt/w:sdtContent) and custom XML wrappers, which may wrap rows or cells.
void ChildrenThrough(const WordNs& ns, const pugi::xml_node& parent, std::string_view local,
                     std::vector<pugi::xml_node>* out, int depth = 0) {
  if (depth > 8) return;
  for (const pugi::xml_node& child : parent.children()) {
    if (ns.Is(child, local)) {
      out->push_back(child);
    } else if (ns.Is(child, "sdt")) {
      ChildrenThrough(ns, ns.Child(child, "sdtContent"), local, out, depth + 1);
    } else if (ns.Is(child, "customXml")) {
      ChildrenThrough(ns, child, local, out, depth + 1);
    }
  }
}

int IntVal(const WordNs& ns, const pugi::xml_node& props, std::string_view local, int fallback) {
  const pugi::xml_node node = ns.Child(props, local);
  if (!node) return fallback;
  return ParseInt(ns.Attr(node, "val")).value_or(fallback);
}

bool VisibleBorder(const WordNs& ns, const pugi::xml_node& side) {
  const std::string_view val = ns.Attr(side, "val");
  return side.type() == pugi::node_element && !val.empty() && val != "none" && val != "nil";
}

// True/false when the table's own tblBorders decide, nullopt when they
// leave it to the style.
std::optional<bool> DirectBorders(const WordNs& ns, const pugi::xml_node& tbl_pr) {
  const pugi::xml_node borders = ns.Child(tbl_pr, "tblBorders");
  if (!borders) return std::nullopt;
  int sides = 0;
  for (const pugi::xml_node& side : borders.children()) {
    if (side.type() != pugi::node_element) continue;
    if (VisibleBorder(ns, side)) return true;
    ++sides;
  }
  // top, left/start, bottom, right/end, insideH, insideV all switched off.
  if (sides >= 6) return false;
  return std::nullopt;
}

bool CellHasBorders(const WordNs& ns, const pugi::xml_node& tc_pr) {
  const pugi::xml_node borders = ns.Child(tc_pr, "tcBorders");
  for (const pugi::xml_node& side : borders.children()) {
    if (VisibleBorder(ns, side)) return true;
  }
  return false;
}

std::string Flatten(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

}  // namespace

std::string TableText(const Table& table) {
  std::string out;
  int current_row = -1;
  for (const TableCell& cell : table.cells) {  // row-major
    if (cell.row != current_row) {
      if (current_row >= 0) out += '\n';
      current_row = cell.row;
    } else {
      out += " | ";
    }
    out += Flatten(cell.orig);
  }
  return out;
}

Table BuildTable(const pugi::xml_node& tbl, const WordNs& ns, const StyleSheet& styles,
                 const CellFiller& fill) {
  Table table;
  int grid_cols = 0;
  for (const pugi::xml_node& col : ns.Child(tbl, "tblGrid").children()) {
    if (ns.Is(col, "gridCol")) ++grid_cols;
  }
  grid_cols = std::min(grid_cols, kMaxColumns);

  std::vector<TableCell> cells;
  std::map<int, std::size_t> latest_at_col;  // start column -> newest cell there
  bool cell_borders = false;
  int row = 0;
  int widest = 0;
  std::vector<pugi::xml_node> rows;
  ChildrenThrough(ns, tbl, "tr", &rows);
  for (const pugi::xml_node& tr : rows) {
    const pugi::xml_node tr_pr = ns.Child(tr, "trPr");
    if (ns.Child(tr_pr, "del")) continue;  // a deleted row (tracked change)
    int col = std::clamp(IntVal(ns, tr_pr, "gridBefore", 0), 0, kMaxColumns);
    std::optional<std::size_t> last_in_row;
    std::vector<pugi::xml_node> tcs;
    ChildrenThrough(ns, tr, "tc", &tcs);
    for (const pugi::xml_node& tc : tcs) {
      if (col >= kMaxColumns) break;
      const pugi::xml_node tc_pr = ns.Child(tc, "tcPr");
      const int span = std::clamp(IntVal(ns, tc_pr, "gridSpan", 1), 1, kMaxColumns - col);
      cell_borders = cell_borders || CellHasBorders(ns, tc_pr);
      const pugi::xml_node vmerge = ns.Child(tc_pr, "vMerge");
      const pugi::xml_node hmerge = ns.Child(tc_pr, "hMerge");

      // Legacy horizontal merge: widen the previous cell of this row.
      if (hmerge && std::string_view(ns.Attr(hmerge, "val")) != "restart" && last_in_row) {
        TableCell& prev = cells[*last_in_row];
        if (prev.row == row && prev.row_span == 1 && prev.col + prev.col_span == col) {
          prev.col_span += span;
          fill(tc, &prev);
          col += span;
          continue;
        }
      }
      // Vertical merge continuation: grow the cell above when it has the
      // same columns; otherwise (malformed) the tc becomes a cell of its own,
      // so no grid slot is ever covered twice.
      if (vmerge && std::string_view(ns.Attr(vmerge, "val")) != "restart") {
        const auto above = latest_at_col.find(col);
        if (above != latest_at_col.end()) {
          TableCell& cell = cells[above->second];
          if (cell.col_span == span && cell.row + cell.row_span == row) {
            ++cell.row_span;
            fill(tc, &cell);  // usually an empty paragraph; kept if not
            last_in_row = above->second;
            col += span;
            continue;
          }
        }
      }
      TableCell cell;
      cell.row = row;
      cell.col = col;
      cell.col_span = span;
      fill(tc, &cell);
      cells.push_back(std::move(cell));
      last_in_row = cells.size() - 1;
      latest_at_col[col] = cells.size() - 1;
      col += span;
    }
    col = std::min(col + std::clamp(IntVal(ns, tr_pr, "gridAfter", 0), 0, kMaxColumns), kMaxColumns);
    widest = std::max(widest, col);
    ++row;
  }
  table.rows = row;
  table.cols = std::max(grid_cols, widest);

  // Cover the slots no tc reached (short rows, gridBefore/gridAfter) with
  // empty cells, so CellAt() answers for every slot.
  std::vector<char> covered(static_cast<std::size_t>(table.rows) * static_cast<std::size_t>(table.cols), 0);
  for (const TableCell& cell : cells) {
    for (int r = cell.row; r < cell.row + cell.row_span && r < table.rows; ++r) {
      for (int c = cell.col; c < cell.col + cell.col_span && c < table.cols; ++c) {
        covered[static_cast<std::size_t>(r) * static_cast<std::size_t>(table.cols) + static_cast<std::size_t>(c)] = 1;
      }
    }
  }
  for (int r = 0; r < table.rows; ++r) {
    for (int c = 0; c < table.cols; ++c) {
      if (covered[static_cast<std::size_t>(r) * static_cast<std::size_t>(table.cols) + static_cast<std::size_t>(c)]) continue;
      TableCell empty;
      empty.row = r;
      empty.col = c;
      cells.push_back(std::move(empty));
    }
  }
  std::sort(cells.begin(), cells.end(), [](const TableCell& a, const TableCell& b) {
    return a.row != b.row ? a.row < b.row : a.col < b.col;
  });

  for (TableCell& cell : cells) {
    std::string orig;
    for (std::size_t i = 0; i < cell.blocks.size(); ++i) {
      Block& block = cell.blocks[i];
      block.index = static_cast<int>(i);
      block.row = cell.row;
      block.col = cell.col;
      const std::string text = block.is_table() ? TableText(block.table) : block.paragraph.orig;
      if (text.empty()) continue;
      if (!orig.empty()) orig += '\n';
      orig += text;
    }
    cell.orig = orig;
    cell.text = std::move(orig);
  }
  table.cells = std::move(cells);

  const pugi::xml_node tbl_pr = ns.Child(tbl, "tblPr");
  std::optional<bool> borders = DirectBorders(ns, tbl_pr);
  const std::string style = ns.ChildVal(tbl_pr, "tblStyle");
  if (!borders) borders = styles.HasBorders(style);
  if (!borders) {
    // No styles.xml entry: judge by the name ("TableGrid", "Lưới bảng" is
    // still "TableGrid" as an id).
    std::string lower = style;
    for (char& ch : lower) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    borders = lower.find("grid") != std::string::npos;
  }
  table.borderless = !*borders && !cell_borders;
  return table;
}

}  // namespace baocao::docx
