// Provenance geometry: a table figure's box is its row's cells, a prose
// figure's box its paragraph, and inputs without geometry get none.
#include "pipeline/source_region.h"

#include <gtest/gtest.h>

namespace baocao {
namespace {

TableCell CellWithBox(int row, int col, BoundingBox box, int row_span = 1) {
  TableCell cell;
  cell.row = row;
  cell.col = col;
  cell.row_span = row_span;
  cell.box = box;
  return cell;
}

// A two-row, two-column table on page 2 whose second row's cells carry boxes.
Document PagedTable() {
  Document doc;
  doc.format = "pdf";
  doc.pages = 2;
  Block& para = doc.AddBodyParagraph("Tổ chức 3 lớp");
  para.page = 1;
  para.box = BoundingBox{50, 100, 500, 120};
  Table t;
  t.rows = 2;
  t.cols = 2;
  t.cells.push_back(CellWithBox(0, 0, {50, 200, 200, 220}));
  t.cells.push_back(CellWithBox(0, 1, {200, 200, 300, 220}));
  t.cells.push_back(CellWithBox(1, 0, {50, 220, 200, 240}));
  t.cells.push_back(CellWithBox(1, 1, {200, 220, 300, 245}));
  Block& table = doc.AddBodyTable(std::move(t));
  table.page = 2;
  table.box = BoundingBox{50, 200, 300, 245};
  return doc;
}

Record Figure(int block, std::optional<int> row, int page) {
  Record r;
  r.type = RecordType::kActivity;
  r.source.page = page;
  r.source.block = block;
  r.source.row = row;
  return r;
}

TEST(SourceRegionTest, TableFigureGetsTheUnionOfItsRowsCells) {
  Document doc = PagedTable();
  std::optional<SourceRegion> region = FindSourceRegion(doc, Figure(1, 1, 2).source);
  ASSERT_TRUE(region.has_value());
  EXPECT_EQ(region->page, 2);
  EXPECT_DOUBLE_EQ(region->box.x0, 50);
  EXPECT_DOUBLE_EQ(region->box.y0, 220);
  EXPECT_DOUBLE_EQ(region->box.x1, 300);
  EXPECT_DOUBLE_EQ(region->box.y1, 245);
}

TEST(SourceRegionTest, ARowSpanningCellJoinsEveryRowItCovers) {
  Document doc = PagedTable();
  Table& t = doc.body[1].table;
  t.cells[0].row_span = 2;  // the label cell covers rows 0 and 1
  t.cells[2] = CellWithBox(1, 1, {200, 220, 300, 245});
  t.cells.pop_back();
  std::optional<SourceRegion> region = FindSourceRegion(doc, Figure(1, 1, 2).source);
  ASSERT_TRUE(region.has_value());
  EXPECT_DOUBLE_EQ(region->box.y0, 200);  // the spanning label starts a row higher
  EXPECT_DOUBLE_EQ(region->box.y1, 245);
}

TEST(SourceRegionTest, ProseFigureGetsItsParagraphsBox) {
  Document doc = PagedTable();
  std::vector<Record> records = {Figure(0, std::nullopt, 1)};
  AttachSourceBoxes(doc, &records);
  ASSERT_TRUE(records[0].source.box.has_value());
  EXPECT_EQ(*records[0].source.box, (SourceBox{50, 100, 500, 120}));
  EXPECT_EQ(records[0].source.page, 1);
}

TEST(SourceRegionTest, ChecksAndInputsWithoutGeometryGetNoBox) {
  Document doc = PagedTable();
  Record check = Figure(1, 1, 2);
  check.type = RecordType::kCheck;
  Record docx_figure = Figure(1, 1, 2);
  docx_figure.source.page = std::nullopt;  // DOCX: no pages
  Record missing_block = Figure(7, 0, 1);
  std::vector<Record> records = {check, docx_figure, missing_block};
  AttachSourceBoxes(doc, &records);
  for (const Record& r : records) EXPECT_FALSE(r.source.box.has_value());
}

TEST(SourceRegionTest, ARowOfATableContinuedOnTheNextPageTakesThatPage) {
  Document doc = PagedTable();
  Block inner;
  inner.page = 3;
  doc.body[1].table.cells[2].blocks.push_back(inner);
  std::optional<SourceRegion> region = FindSourceRegion(doc, Figure(1, 1, 2).source);
  ASSERT_TRUE(region.has_value());
  EXPECT_EQ(region->page, 3);
}

}  // namespace
}  // namespace baocao
