// JoinContinuedTables (layout/page_layout.h) on tables built by hand: a
// table continued on the next page is joined even where the grid found
// there an edge inside a column that every cell of the page spans.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "ingest/layout/page_layout.h"

namespace baocao {
namespace {

struct CellSpec {
  int row, col, span;
  std::string text;
};

Block TableOn(int page, int cols, const std::vector<CellSpec>& specs) {
  Block b;
  b.kind = BlockKind::kTable;
  b.page = page;
  b.box = BoundingBox{134.5, 60, 489.5, 760};
  b.table.cols = cols;
  for (const CellSpec& s : specs) {
    TableCell cell;
    cell.row = s.row, cell.col = s.col, cell.col_span = s.span;
    cell.orig = cell.text = s.text;
    b.table.cells.push_back(cell);
    b.table.rows = std::max(b.table.rows, s.row + 1);
  }
  return b;
}

std::string CellText(const Table& t, int r, int c) {
  const TableCell* cell = t.CellAt(r, c);
  return cell == nullptr ? "<none>" : cell->orig;
}

TEST(TableJoinTest, AnEdgeNoCellStartsAtDoesNotKeepTheContinuationApart) {
  std::vector<Block> body;
  body.push_back(TableOn(1, 4,
                         {{0, 0, 1, "TT"}, {0, 1, 1, "Nội dung"}, {0, 2, 1, "Chỉ tiêu giao"}, {0, 3, 1, "Thực hiện"},
                          {1, 0, 1, "3"}, {1, 1, 1, "Học nghề ngắn hạn"}, {1, 2, 1, ""}, {1, 3, 1, ""}}));
  // Page 2: the header repeated, "Nội dung" spanning a phantom edge.
  body.push_back(TableOn(2, 5,
                         {{0, 0, 1, "TT"}, {0, 1, 2, "Nội dung"}, {0, 3, 1, "Chỉ tiêu giao"}, {0, 4, 1, "Thực hiện"},
                          {1, 0, 1, "-"}, {1, 1, 2, "- Số lớp"}, {1, 3, 1, "21"}, {1, 4, 1, "27"}}));
  JoinContinuedTables(&body);
  ASSERT_EQ(body.size(), 1u);
  const Table& t = body[0].table;
  EXPECT_EQ(t.cols, 4);
  ASSERT_EQ(t.rows, 3);  // the repeated header dropped
  EXPECT_EQ(CellText(t, 2, 1), "- Số lớp");
  EXPECT_EQ(CellText(t, 2, 2), "21");
  EXPECT_EQ(CellText(t, 2, 3), "27");
}

TEST(TableJoinTest, TablesWhoseCellsStartInOtherColumnsStayApart) {
  std::vector<Block> body;
  body.push_back(TableOn(1, 3, {{0, 0, 1, "TT"}, {0, 1, 1, "Nội dung"}, {0, 2, 1, "Số lớp"}}));
  body.push_back(TableOn(2, 4, {{0, 0, 1, "TT"}, {0, 1, 1, "Xã"}, {0, 2, 1, "Số lớp"}, {0, 3, 1, "Ghi chú"}}));
  JoinContinuedTables(&body);
  EXPECT_EQ(body.size(), 2u);
}

}  // namespace
}  // namespace baocao
