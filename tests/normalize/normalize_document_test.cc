#include "normalize/normalize_document.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace baocao::normalize {
namespace {

Block CellParagraph(std::string orig) {
  Block b;
  b.kind = BlockKind::kParagraph;
  b.paragraph.orig = std::move(orig);
  return b;
}

TEST(NormalizeDocumentTest, FillsParagraphsCellsNestedBlocksAndFurniture) {
  Document doc;
  doc.AddBodyParagraph("BÁO  CÁO\nKết qua\xcc\x89 hoạt động");

  Table inner;
  inner.rows = inner.cols = 1;
  TableCell inner_cell;
  inner_cell.orig = "Xã\xc2\xa0" "A \n\n Xã B";
  inner_cell.blocks.push_back(CellParagraph("Xã\xc2\xa0" "A"));
  inner.cells.push_back(inner_cell);

  Table outer;
  outer.rows = 1;
  outer.cols = 2;
  TableCell first;
  first.orig = "Số lớp\n 24 ";
  first.blocks.push_back(CellParagraph("Số lớp"));
  TableCell second;
  second.col = 1;
  second.orig = "\xef\xbc\x92\xef\xbc\x94";
  Block nested;
  nested.kind = BlockKind::kTable;
  nested.table = inner;
  second.blocks.push_back(nested);
  outer.cells.push_back(first);
  outer.cells.push_back(second);
  doc.AddBodyTable(outer);

  Block footer;
  footer.paragraph.orig = "Trang\t1";
  doc.furniture.push_back(footer);

  NormalizeDocument(&doc);

  EXPECT_EQ(doc.body[0].paragraph.text, "BÁO CÁO Kết quả hoạt động");
  const Table& t = doc.body[1].table;
  EXPECT_EQ(t.cells[0].text, "Số lớp\n24");
  EXPECT_EQ(t.cells[0].blocks[0].paragraph.text, "Số lớp");
  EXPECT_EQ(t.cells[1].text, "24");
  const Table& nested_table = t.cells[1].blocks[0].table;
  EXPECT_EQ(nested_table.cells[0].text, "Xã A\nXã B");
  EXPECT_EQ(nested_table.cells[0].blocks[0].paragraph.text, "Xã A");
  EXPECT_EQ(doc.furniture[0].paragraph.text, "Trang 1");
  // orig of Unicode text is never touched (only legacy encodings are decoded).
  EXPECT_EQ(t.cells[0].orig, "Số lớp\n 24 ");
}

TEST(NormalizeDocumentTest, EmptyDocumentIsFine) {
  Document doc;
  NormalizeDocument(&doc);
  EXPECT_TRUE(doc.body.empty());
}

TEST(NormalizeDocumentTest, RunningTwiceChangesNothing) {
  Document doc;
  doc.AddBodyParagraph("  Ho\xcc\x80" "a  Bình ");
  NormalizeDocument(&doc);
  const std::string once = doc.body[0].paragraph.text;
  doc.body[0].paragraph.orig = once;
  NormalizeDocument(&doc);
  EXPECT_EQ(doc.body[0].paragraph.text, once);
  EXPECT_EQ(once, "Hòa Bình");
}

}  // namespace
}  // namespace baocao::normalize
