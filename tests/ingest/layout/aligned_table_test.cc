// Borderless tables read from their words' alignment (aligned_table.h), on
// words placed by hand: 6 units a byte, word spaces of 3 (0.3 em), lines 12
// high.
#include "ingest/layout/aligned_table.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "tests/ingest/layout/placed_words.h"

namespace baocao {
namespace {

using testing::LineOf;

void Add(std::vector<PageWord>* words, const std::vector<PageWord>& more) {
  words->insert(words->end(), more.begin(), more.end());
}

// A line of cells at y: each text at its x (empty texts left out).
void Cells(std::vector<PageWord>* words, double y, const std::vector<std::pair<std::string, double>>& cells) {
  for (const auto& [text, x] : cells) {
    if (!text.empty()) Add(words, LineOf(text, x, y));
  }
}

// The text of the cell at (row, col), or "?" when no cell starts there.
std::string Cell(const Table& t, int row, int col) {
  for (const TableCell& c : t.cells) {
    if (c.row == row && c.col == col) return c.text;
  }
  return "?";
}

// The headings of Row's columns, at y.
void Headings(std::vector<PageWord>* words, double y) {
  Add(words, LineOf("TT", 40, y));
  Add(words, LineOf("Nội dung", 110, y));
  Add(words, LineOf("Số lớp", 245, y));
  Add(words, LineOf("Số người", 340, y));
}

// Columns: TT at 40, label at 70, classes at 262, people at 362.
void Row(std::vector<PageWord>* words, double y, const std::string& tt, const std::string& label,
         const std::string& classes, const std::string& people) {
  if (!tt.empty()) Add(words, LineOf(tt, 40, y));
  if (!label.empty()) Add(words, LineOf(label, 70, y));
  Add(words, LineOf(classes, 262, y));
  Add(words, LineOf(people, 362, y));
}

TEST(AlignedTableTest, FiguresInColumnsUnderHeadingsAreATable) {
  std::vector<PageWord> words;
  Add(&words, LineOf("Kết quả cụ thể của các lớp học trong năm như sau:", 70, 40));
  Headings(&words, 60);
  Row(&words, 75, "1", "Học nghề", "7", "490");
  Row(&words, 90, "2", "Tin học cơ bản", "3", "120");
  Row(&words, 105, "3", "Kỹ năng sống", "5", "210");
  Row(&words, 120, "", "Tổng", "15", "820");
  Add(&words, LineOf("Năm 2025 mở thêm 4 lớp với 160 người tham gia học tập tại trung tâm.", 70, 140));

  std::vector<PageTable> tables = TakeAlignedTables(&words, 1);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0].table;
  EXPECT_EQ(t.rows, 5);
  EXPECT_EQ(t.cols, 4);
  EXPECT_EQ(Cell(t, 0, 0), "TT");
  EXPECT_EQ(Cell(t, 0, 1), "Nội dung");
  EXPECT_EQ(Cell(t, 0, 3), "Số người");
  EXPECT_EQ(Cell(t, 2, 1), "Tin học cơ bản");
  EXPECT_EQ(Cell(t, 2, 2), "3");
  EXPECT_EQ(Cell(t, 4, 1), "Tổng");
  EXPECT_EQ(Cell(t, 4, 3), "820");
  // The lead-in and the sentence after stay text.
  std::string rest;
  for (const PageWord& w : words) rest += w.text + " ";
  EXPECT_NE(rest.find("như sau:"), std::string::npos);
  EXPECT_NE(rest.find("tham gia"), std::string::npos);
  EXPECT_EQ(rest.find("490"), std::string::npos);
}

// A unit caption above the headings is no heading ("ĐVT: người"); a line
// of cells is, even with a speck OCR read as a colon in it.
TEST(AlignedTableTest, AColonKeepsACaptionOutButNotALineOfCells) {
  std::vector<PageWord> words;
  Add(&words, LineOf("ĐVT: người", 330, 44));
  Add(&words, LineOf("TT", 40, 60));
  Add(&words, LineOf("Nội dung:", 110, 60));
  Add(&words, LineOf("Số lớp", 245, 60));
  Add(&words, LineOf("Số người", 340, 60));
  Row(&words, 75, "1", "Học nghề", "7", "490");
  Row(&words, 90, "2", "Tin học cơ bản", "3", "120");
  Row(&words, 105, "3", "Kỹ năng sống", "5", "210");

  std::vector<PageTable> tables = TakeAlignedTables(&words, 1);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].table.rows, 4);
  EXPECT_EQ(Cell(tables[0].table, 0, 1), "Nội dung:");
  std::string rest;
  for (const PageWord& w : words) rest += w.text + " ";
  EXPECT_EQ(rest, "ĐVT: người ");
}

TEST(AlignedTableTest, ALabelWrappedAroundItsFiguresIsOneRow) {
  // Cells centred vertically: the label's first line above the row's
  // figures, its last line (lower case) below them.
  std::vector<PageWord> words;
  Headings(&words, 60);
  Row(&words, 75, "1", "Học nghề", "7", "490");
  Add(&words, LineOf("Số học viên lớp", 70, 90));
  Row(&words, 97, "2", "", "3", "120");
  Add(&words, LineOf("kinh tế - thu nhập", 70, 104));
  Row(&words, 119, "3", "Kỹ năng sống", "5", "210");

  std::vector<PageTable> tables = TakeAlignedTables(&words, 1);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0].table;
  EXPECT_EQ(t.rows, 4);
  EXPECT_EQ(Cell(t, 2, 0), "2");
  const std::string label = Cell(t, 2, 1);
  EXPECT_EQ(label.find("Số học viên lớp"), 0u) << label;
  EXPECT_NE(label.find("kinh tế - thu nhập"), std::string::npos) << label;
  EXPECT_EQ(Cell(t, 2, 3), "120");
  EXPECT_EQ(Cell(t, 3, 1), "Kỹ năng sống");
}

// Cells at their tops (Word's default): the last row's label wraps below
// its figures; its next line starts in capitals ("Minh" / "Khai"), but
// exactly where the label starts, in its size, right under it. The
// paragraph after the table starts at its own indent.
TEST(AlignedTableTest, TheLastRowKeepsItsWrappedLabelWhenCellsAreTopAligned) {
  std::vector<PageWord> words;
  Headings(&words, 60);
  Row(&words, 75, "1", "Xã Hòa Lạc", "7", "490");
  Row(&words, 90, "2", "Xã Minh", "3", "120");
  Add(&words, LineOf("Khai", 70, 102));
  Add(&words, LineOf("Năm 2025 các xã mở thêm 4 lớp với 160 người tham gia học tập.", 52, 122));

  std::vector<PageTable> tables = TakeAlignedTables(&words, 1);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].table.rows, 3);
  std::string label = Cell(tables[0].table, 2, 1);
  std::replace(label.begin(), label.end(), '\n', ' ');  // a wide cell: two paragraphs
  EXPECT_EQ(label, "Xã Minh Khai");
  std::string rest;
  for (const PageWord& w : words) rest += w.text + " ";
  EXPECT_EQ(rest.rfind("Năm 2025", 0), 0u) << rest;
}

// A date wrapped in a narrow column of a top-aligned last row goes on
// below the figures in digits alone ("Từ 4/3" / "đến" / "25/4/202" / "6"):
// those lines are the row's, so the table stays its page's last block.
TEST(AlignedTableTest, TheLastRowKeepsTheDigitsOfAWrappedDate) {
  std::vector<PageWord> words;
  Cells(&words, 60, {{"TT", 40}, {"Nội dung", 90}, {"Thời gian", 196}, {"Số lớp", 260}, {"Số người", 340}});
  const auto row = [&](double y, const std::string& tt, const std::string& label, const std::string& time,
                       const std::string& classes, const std::string& people) {
    Cells(&words, y, {{tt, 40}, {label, 70}, {time, 200}, {classes, 272}, {people, 362}});
  };
  row(75, "1", "Tin học", "Tháng 3", "2", "60");
  row(90, "2", "Pháp luật", "Quý II", "3", "120");
  row(105, "3", "Sức khỏe", "Từ 4/3", "5", "400");
  Cells(&words, 117, {{"đến", 200}});
  Cells(&words, 129, {{"25/4/202", 200}});
  Cells(&words, 141, {{"6", 212}});

  std::vector<PageTable> tables = TakeAlignedTables(&words, 1);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].table.rows, 4);
  std::string time = Cell(tables[0].table, 3, 2);
  std::replace(time.begin(), time.end(), '\n', ' ');
  EXPECT_NE(time.find("25/4/202"), std::string::npos) << time;
  EXPECT_TRUE(words.empty()) << words.front().text;
}

// An amount too wide for its column wraps before its last digits
// ("1.550.00" over "0"), beside a time that wraps too ("Quý" / "I/2020"):
// those digits are the row's, not a row of their own (read as a cost of 0
// đồng for an activity named "I/2020").
TEST(AlignedTableTest, DigitsWrappedOutOfAnAmountStayInItsRow) {
  std::vector<PageWord> words;
  Cells(&words, 60,
        {{"TT", 40}, {"Nội dung", 70}, {"Thời gian", 140}, {"Kinh phí", 220}, {"Số lớp", 290}, {"Số người", 360}});
  const auto row = [&](double y, const std::string& tt, const std::string& label, const std::string& time,
                       const std::string& cost, const std::string& classes, const std::string& people) {
    Cells(&words, y, {{tt, 40}, {label, 70}, {time, 140}, {cost, 220}, {classes, 302}, {people, 380}});
  };
  row(75, "1", "Tin học", "Quý", "1.550.00", "2", "60");
  Cells(&words, 87, {{"I/2020", 140}, {"0", 220}});
  row(102, "2", "Luật", "Tháng 7", "700.000", "3", "120");
  row(129, "3", "Nghề", "Quý", "2.850.00", "5", "400");
  Cells(&words, 141, {{"IV/2020", 140}, {"0", 220}});

  std::vector<PageTable> tables = TakeAlignedTables(&words, 1);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0].table;
  EXPECT_EQ(t.rows, 4);
  EXPECT_EQ(Cell(t, 1, 3), "1.550.000");
  EXPECT_EQ(Cell(t, 2, 3), "700.000");
  EXPECT_EQ(Cell(t, 3, 3), "2.850.000");
}

TEST(AlignedTableTest, AHeadingOverTwoColumnsSpansThem) {
  std::vector<PageWord> words;
  Add(&words, LineOf("Kế hoạch", 283, 45));
  Add(&words, LineOf("TT", 40, 52));
  Add(&words, LineOf("Nội dung", 110, 52));
  Add(&words, LineOf("Lớp", 253, 60));
  Add(&words, LineOf("Người", 347, 60));
  Row(&words, 75, "1", "Học nghề", "7", "490");
  Row(&words, 90, "2", "Tin học", "3", "120");
  Row(&words, 105, "3", "Kỹ năng sống", "5", "210");

  std::vector<PageTable> tables = TakeAlignedTables(&words, 1);
  ASSERT_EQ(tables.size(), 1u);
  const Table& t = tables[0].table;
  ASSERT_EQ(t.cols, 4);
  const TableCell* heading = nullptr;
  for (const TableCell& c : t.cells) {
    if (c.text == "Kế hoạch") heading = &c;
  }
  ASSERT_NE(heading, nullptr);
  EXPECT_EQ(heading->col, 2);
  EXPECT_EQ(heading->col_span, 2);
  EXPECT_EQ(Cell(t, 1, 2), "Lớp");
  EXPECT_EQ(Cell(t, 1, 3), "Người");
}

// A page of more rows than any table has (410, a line each 12 points): read
// in tables of bounded length (each line is measured against a bounded
// number of others), every row in one of them. A page taller than any
// paper is not read for tables at all.
TEST(AlignedTableTest, RowsBeyondATablesLengthStartAnotherTable) {
  std::vector<PageWord> words;
  for (int r = 0; r < 410; ++r) Row(&words, 60 + 12 * r, std::to_string(r % 90 + 1), "Học nghề", "7", "490");
  std::vector<PageTable> tables = TakeAlignedTables(&words, 1);
  EXPECT_EQ(tables.size(), 2u);
  EXPECT_TRUE(words.empty()) << words.size() << " words left outside the tables";

  std::vector<PageWord> tall;
  for (int r = 0; r < 5; ++r) Row(&tall, 6000 + 15 * r, std::to_string(r + 1), "Học nghề", "7", "490");
  EXPECT_TRUE(TakeAlignedTables(&tall, 1).empty());
}

TEST(AlignedTableTest, ProseWithNumbersIsNoTable) {
  std::vector<PageWord> words;
  Add(&words, LineOf("Năm 2024 trung tâm mở 12 lớp với 350 lượt người tham gia, tăng 3 lớp", 70, 40));
  Add(&words, LineOf("so với năm 2023; trong đó 8 lớp kỹ năng sống với 210 người và 4 lớp", 40, 55));
  Add(&words, LineOf("tin học với 140 người. Kinh phí 25 triệu đồng, trong đó 10 triệu đồng", 40, 70));
  Add(&words, LineOf("do học viên đóng góp.", 40, 85));
  const std::size_t n = words.size();
  EXPECT_TRUE(TakeAlignedTables(&words, 1).empty());
  EXPECT_EQ(words.size(), n);
}

TEST(AlignedTableTest, TheHeadingsOfASecondTableStartIt) {
  std::vector<PageWord> words;
  Headings(&words, 60);
  Row(&words, 75, "1", "Học nghề", "7", "490");
  Row(&words, 90, "2", "Tin học", "3", "120");
  Row(&words, 105, "3", "Kỹ năng sống", "5", "210");
  Cells(&words, 122, {{"Kinh phí", 70}});
  Cells(&words, 139, {{"TT", 40}, {"Nguồn", 110}, {"Số tiền", 322}});
  Cells(&words, 154, {{"1", 40}, {"Ngân sách", 70}, {"2.500.000", 310}});
  Cells(&words, 169, {{"2", 40}, {"Xã hội hóa", 70}, {"1.200.000", 310}});

  std::vector<PageTable> tables = TakeAlignedTables(&words, 1);
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(tables[0].table.rows, 4);
  EXPECT_EQ(Cell(tables[1].table, 0, 1), "Nguồn");
  EXPECT_EQ(Cell(tables[1].table, 2, 1), "Xã hội hóa");
  std::string rest;
  for (const PageWord& w : words) rest += w.text + " ";
  EXPECT_EQ(rest, "Kinh phí ");
}

}  // namespace
}  // namespace baocao
