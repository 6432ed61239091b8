// Provenance geometry: a table figure's box is its row's cells, a prose
// figure's box the printed lines its sentence covers (else its paragraph),
// and inputs without geometry get none.
#include "pipeline/source_region.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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

TEST(SourceRegionTest, AProseFigureWithoutLinesGetsItsParagraphsBox) {
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

// A paragraph printed as `lines` on page 1, line k at y 100 + 20k (18
// points high), joined by spaces as the PDF layout joins wrapped lines.
Document PrintedParagraph(const std::vector<std::string>& lines) {
  Document doc;
  doc.format = "pdf";
  doc.pages = 2;
  Paragraph p;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (k > 0) p.orig += ' ';
    ParagraphLine line;
    line.orig_begin = line.text_begin = p.orig.size();
    p.orig += lines[k];
    line.orig_end = line.text_end = p.orig.size();
    const double top = 100 + 20.0 * static_cast<double>(k);
    line.box = BoundingBox{72, top, k + 1 == lines.size() ? 300.0 : 520.0, top + 18};
    p.lines.push_back(line);
  }
  Block& b = doc.AddBodyParagraph(p.orig);
  b.paragraph = p;
  b.paragraph.text = p.orig;
  b.page = 1;
  b.box = BoundingBox{72, 100, 520, 100 + 20.0 * static_cast<double>(lines.size()) - 2};
  return doc;
}

const std::vector<std::string> kFiveLines = {
    "Trong năm 2025, Trung tâm học tập cộng đồng xã đã phối hợp với các",
    "ban ngành, đoàn thể tổ chức nhiều hoạt động thiết thực cho nhân dân.",
    "Mở 4 lớp tin học cơ bản cho 96 lượt người tham gia.",
    "Tổ chức 6 buổi sinh hoạt chuyên đề về pháp luật, thu hút đông đảo",
    "người dân tham gia học tập."};

Record Said(const std::string& snippet) {
  Record r = Figure(0, std::nullopt, 1);
  r.source.text = snippet;
  return r;
}

TEST(SourceRegionTest, AFigureOnTheThirdLineGetsThatLinesBoxNotTheParagraphs) {
  Document doc = PrintedParagraph(kFiveLines);
  std::vector<Record> records = {Said("Mở 4 lớp tin học cơ bản cho 96 lượt người tham gia.")};
  AttachSourceBoxes(doc, &records);
  ASSERT_TRUE(records[0].source.box.has_value());
  EXPECT_EQ(*records[0].source.box, (SourceBox{72, 140, 520, 158}));
  EXPECT_EQ(records[0].source.page, 1);
}

TEST(SourceRegionTest, ASentenceOverTwoLinesGetsBothAndNoOther) {
  Document doc = PrintedParagraph(kFiveLines);
  std::optional<SourceRegion> region = FindSourceRegion(
      doc, Said("Tổ chức 6 buổi sinh hoạt chuyên đề về pháp luật, thu hút đông đảo người dân tham gia học tập.").source);
  ASSERT_TRUE(region.has_value());
  EXPECT_DOUBLE_EQ(region->box.y0, 160);
  EXPECT_DOUBLE_EQ(region->box.y1, 198);
  EXPECT_DOUBLE_EQ(region->box.x1, 520) << "the union: the last line is shorter";
}

TEST(SourceRegionTest, ASnippetNotInTheParagraphFallsBackToTheParagraph) {
  Document doc = PrintedParagraph(kFiveLines);
  std::optional<SourceRegion> region = FindSourceRegion(doc, Said("Mở 5 lớp tin học").source);
  ASSERT_TRUE(region.has_value());
  EXPECT_DOUBLE_EQ(region->box.y0, 100);
  EXPECT_DOUBLE_EQ(region->box.y1, 198);
}

// A line normalize/ could not place (empty range) inside the sentence: a
// box of the other lines would miss part of it, so the paragraph's stands.
TEST(SourceRegionTest, ASentenceOverAnUnplacedLineFallsBackToTheParagraph) {
  Document doc = PrintedParagraph(kFiveLines);
  ParagraphLine& fourth = doc.body[0].paragraph.lines[3];
  fourth.text_begin = fourth.text_end = 0;
  std::optional<SourceRegion> region = FindSourceRegion(
      doc, Said("Tổ chức 6 buổi sinh hoạt chuyên đề về pháp luật, thu hút đông đảo người dân tham gia học tập.").source);
  ASSERT_TRUE(region.has_value());
  EXPECT_DOUBLE_EQ(region->box.y0, 100);
  EXPECT_DOUBLE_EQ(region->box.y1, 198);
  // ... while a sentence on placed lines only still gets its own.
  region = FindSourceRegion(doc, Said("Mở 4 lớp tin học cơ bản cho 96 lượt người tham gia.").source);
  ASSERT_TRUE(region.has_value());
  EXPECT_DOUBLE_EQ(region->box.y0, 140);
}

// A paragraph continued over a page break: its sentence's region is on the
// page the sentence starts on, made of the lines there.
TEST(SourceRegionTest, ASentenceOverAPageBreakKeepsItsFirstPagesLines) {
  Document doc = PrintedParagraph(kFiveLines);
  ParagraphLine& fifth = doc.body[0].paragraph.lines[4];
  fifth.page = 2;
  fifth.box = BoundingBox{72, 60, 200, 78};
  std::vector<Record> records = {
      Said("Tổ chức 6 buổi sinh hoạt chuyên đề về pháp luật, thu hút đông đảo người dân tham gia học tập."),
      Said("người dân tham gia học tập.")};
  AttachSourceBoxes(doc, &records);
  ASSERT_TRUE(records[0].source.box.has_value());
  EXPECT_EQ(records[0].source.page, 1);
  EXPECT_EQ(*records[0].source.box, (SourceBox{72, 160, 520, 178}));
  ASSERT_TRUE(records[1].source.box.has_value());
  EXPECT_EQ(records[1].source.page, 2) << "a snippet all on the next page is there";
  EXPECT_EQ(*records[1].source.box, (SourceBox{72, 60, 200, 78}));
}

}  // namespace
}  // namespace baocao
