// ReadDocx on DOCX files built in memory from XML strings.
#include "ingest/docx/reader.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/ingest/zip_fixture.h"

namespace baocao {
namespace {

using testing::DocxWithBody;
using testing::P;

Document ReadOk(const std::string& bytes) {
  Result<Document> doc = ReadDocx(bytes);
  EXPECT_TRUE(doc.ok()) << doc.status().reason();
  return doc.ok() ? std::move(doc).value() : Document{};
}

std::string RunsText(const Paragraph& p) {
  std::string out;
  for (const baocao::Run& r : p.runs) out += r.orig;
  return out;
}

TEST(DocxReaderTest, RunsTabsAndBreaks) {
  const Document doc = ReadOk(DocxWithBody(
      "<w:p><w:r><w:t>Kính gửi:</w:t><w:tab/></w:r><w:r><w:t>UBND huyện</w:t><w:br/>"
      "<w:t>Phòng Nội vụ</w:t><w:cr/><w:t>2024</w:t><w:noBreakHyphen/><w:t>2025</w:t>"
      "<w:softHyphen/><w:br w:type=\"page\"/><w:t xml:space=\"preserve\"> </w:t></w:r></w:p>"));
  ASSERT_EQ(doc.body.size(), 1u);
  EXPECT_EQ(doc.format, "docx");
  EXPECT_FALSE(doc.pages.has_value());
  const Paragraph& p = doc.body[0].paragraph;
  EXPECT_EQ(p.orig, "Kính gửi:\tUBND huyện\nPhòng Nội vụ\n2024-2025\n ");
  EXPECT_EQ(p.text, p.orig);
  EXPECT_EQ(RunsText(p), p.orig);
  EXPECT_EQ(p.runs.size(), 2u);
  EXPECT_EQ(doc.body[0].index, 0);
  EXPECT_FALSE(doc.body[0].row.has_value());
}

TEST(DocxReaderTest, FontsBoldItalicPerRun) {
  const std::string styles =
      std::string("<w:styles") + testing::kWordNamespaces +
      "><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/>"
      "</w:rPr></w:rPrDefault></w:docDefaults>"
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"TieuDe\"><w:name w:val=\"Tieu de\"/><w:basedOn w:val=\"Normal\"/>"
      "<w:rPr><w:rFonts w:ascii=\".VnTimeH\"/><w:b/></w:rPr></w:style></w:styles>";
  const Document doc = ReadOk(DocxWithBody(
      "<w:p><w:r><w:rPr><w:rFonts w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"/><w:b/></w:rPr><w:t>B¸o c¸o</w:t></w:r>"
      "<w:r><w:rPr><w:rFonts w:hAnsi=\"VNI-Times\"/><w:i/><w:b w:val=\"0\"/></w:rPr><w:t>tình hình</w:t></w:r>"
      "<w:r><w:t>kinh tế</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:pStyle w:val=\"TieuDe\"/></w:pPr><w:r><w:t>KÕ ho¹ch</w:t></w:r>"
      "<w:r><w:rPr><w:b w:val=\"false\"/></w:rPr><w:t>!</w:t></w:r></w:p>",
      {{"word/styles.xml", styles}}));
  ASSERT_EQ(doc.body.size(), 2u);
  const std::vector<baocao::Run>& runs = doc.body[0].paragraph.runs;
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[0].font, ".VnTime");
  EXPECT_TRUE(runs[0].bold);
  EXPECT_FALSE(runs[0].italic);
  EXPECT_EQ(runs[1].font, "VNI-Times");
  EXPECT_FALSE(runs[1].bold);
  EXPECT_TRUE(runs[1].italic);
  EXPECT_EQ(runs[2].font, "Times New Roman");  // document default
  const Paragraph& styled = doc.body[1].paragraph;
  EXPECT_EQ(styled.style, "TieuDe");
  ASSERT_EQ(styled.runs.size(), 2u);
  EXPECT_EQ(styled.runs[0].font, ".VnTimeH");  // from the paragraph style
  EXPECT_TRUE(styled.runs[0].bold);
  EXPECT_FALSE(styled.runs[1].bold);
}

std::string NumPr(int num_id, int ilvl) {
  return "<w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"" +
         std::to_string(num_id) + "\"/></w:numPr></w:pPr>";
}

std::string ListP(int num_id, int ilvl, const std::string& text) {
  return "<w:p>" + NumPr(num_id, ilvl) + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

std::string Lvl(int ilvl, const std::string& fmt, const std::string& text, const std::string& font = "") {
  std::string out = "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" +
                    fmt + "\"/><w:lvlText w:val=\"" + text + "\"/>";
  if (!font.empty()) out += "<w:rPr><w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\"/></w:rPr>";
  return out + "</w:lvl>";
}

TEST(DocxReaderTest, NumberingMarkers) {
  const std::string numbering =
      std::string("<w:numbering") + testing::kWordNamespaces + ">" +
      "<w:abstractNum w:abstractNumId=\"0\">" + Lvl(0, "decimal", "%1.") + Lvl(1, "decimal", "%1.%2.") +
      Lvl(2, "lowerLetter", "%3)") + "</w:abstractNum>" +
      "<w:abstractNum w:abstractNumId=\"1\">" + Lvl(0, "bullet", "-") + Lvl(1, "bullet", "+") +
      Lvl(2, "bullet", "\xEF\x82\xB7", "Symbol") + "</w:abstractNum>" +
      "<w:abstractNum w:abstractNumId=\"2\">" + Lvl(0, "upperRoman", "%1.") + "</w:abstractNum>" +
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
      "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num></w:numbering>";
  const Document doc = ReadOk(DocxWithBody(
      ListP(3, 0, "KẾT QUẢ THỰC HIỆN") + ListP(1, 0, "Công tác tuyên truyền") + ListP(1, 1, "Tổ chức hội nghị") +
          ListP(1, 1, "Phát tờ rơi") + ListP(1, 2, "Thôn 1") + ListP(1, 2, "Thôn 2") +
          ListP(1, 0, "Công tác hòa giải") + ListP(1, 1, "Số vụ") + ListP(2, 0, "Đã tổ chức 3 lớp") +
          ListP(2, 1, "Nam: 40") + ListP(2, 2, "ghi chú") + ListP(3, 0, "PHƯƠNG HƯỚNG") + P("- Đã tổ chức") +
          ListP(7, 0, "numId không tồn tại"),
      {{"word/numbering.xml", numbering}}));
  ASSERT_EQ(doc.body.size(), 14u);
  const std::vector<std::pair<std::string, int>> want = {
      {"I.", 0}, {"1.", 0}, {"1.1.", 1}, {"1.2.", 1}, {"a)", 2}, {"b)", 2}, {"2.", 0}, {"2.1.", 1},
      {"-", 0},  {"+", 1},  {"\u2022", 2}, {"II.", 0}, {"", -1},  {"", -1}};
  for (std::size_t i = 0; i < want.size(); ++i) {
    const Paragraph& p = doc.body[i].paragraph;
    EXPECT_EQ(p.list_marker, want[i].first) << "paragraph " << i << ": " << p.orig;
    EXPECT_EQ(p.list_level, want[i].second) << "paragraph " << i;
  }
  EXPECT_EQ(doc.body[1].paragraph.orig, "Công tác tuyên truyền");  // marker not in orig
  EXPECT_EQ(doc.body[12].paragraph.orig, "- Đã tổ chức");           // typed marker stays
}

TEST(DocxReaderTest, HeadingsFromStyleIdNameAndOutline) {
  const std::string styles =
      std::string("<w:styles") + testing::kWordNamespaces +
      "><w:style w:type=\"paragraph\" w:styleId=\"u2\"><w:name w:val=\"heading 2\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Muc\"><w:name w:val=\"Muc\"/><w:pPr><w:outlineLvl w:val=\"2\"/>"
      "</w:pPr></w:style></w:styles>";
  const Document doc = ReadOk(DocxWithBody(
      "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>A</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:pStyle w:val=\"u2\"/></w:pPr><w:r><w:t>B</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:pStyle w:val=\"Muc\"/></w:pPr><w:r><w:t>C</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>D</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>E</w:t></w:r></w:p>" +
          P("F"),
      {{"word/styles.xml", styles}}));
  ASSERT_EQ(doc.body.size(), 6u);
  const int want[] = {1, 2, 3, 1, 1, 0};
  for (int i = 0; i < 6; ++i) EXPECT_EQ(doc.body[static_cast<std::size_t>(i)].paragraph.heading_level, want[i]) << i;
  EXPECT_EQ(doc.body[1].paragraph.style, "u2");
}

TEST(DocxReaderTest, TrackedChangesAndFields) {
  const Document doc = ReadOk(DocxWithBody(
      "<w:p><w:r><w:t xml:space=\"preserve\">Tổng số </w:t></w:r>"
      "<w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t>15</w:t></w:r></w:ins>"
      "<w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>12</w:delText></w:r></w:del>"
      "<w:r><w:t xml:space=\"preserve\"> lớp</w:t></w:r>"
      "<w:moveFrom w:id=\"3\"><w:r><w:t>cũ</w:t></w:r></w:moveFrom>"
      "<w:moveTo w:id=\"4\"><w:r><w:t>, mới</w:t></w:r></w:moveTo></w:p>"
      "<w:p><w:r><w:t xml:space=\"preserve\">Trang </w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
      "<w:r><w:t>CODE</w:t></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> / </w:t></w:r>"
      "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>9</w:t></w:r></w:fldSimple></w:p>"
      "<w:p><w:del w:id=\"5\"><w:r><w:delText>Đoạn đã xóa</w:delText></w:r></w:del></w:p>" +
          P("Hết")));
  ASSERT_EQ(doc.body.size(), 3u);
  EXPECT_EQ(doc.body[0].paragraph.orig, "Tổng số 15 lớp, mới");
  EXPECT_EQ(doc.body[1].paragraph.orig, "Trang 3 / 9");
  EXPECT_EQ(RunsText(doc.body[1].paragraph), doc.body[1].paragraph.orig);
  EXPECT_EQ(doc.body[2].paragraph.orig, "Hết");
  EXPECT_EQ(doc.body[2].index, 2);
}

std::string Tc(const std::string& text, const std::string& props = "") {
  return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + P(text) + "</w:tc>";
}
const std::string kRestart = "<w:vMerge w:val=\"restart\"/>";
const std::string kContinue = "<w:vMerge/>";

TEST(DocxReaderTest, TableWithMergedTwoRowHeader) {
  const std::string table =
      "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/>"
      "<w:gridCol/><w:gridCol/></w:tblGrid>"
      "<w:tr>" + Tc("TT", kRestart) + Tc("Tên hoạt động", kRestart) + Tc("Số lớp", kRestart) +
      Tc("Số lượt người tham gia", "<w:gridSpan w:val=\"2\"/>") + "</w:tr>"
      "<w:tr>" + Tc("", kContinue) + Tc("", kContinue) + "<w:tc><w:tcPr><w:vMerge w:val=\"continue\"/></w:tcPr><w:p/></w:tc>" +
      Tc("Tổng số") + Tc("Nữ") + "</w:tr>"
      "<w:tr>" + Tc("1") + "<w:tc><w:p><w:r><w:t>Tuyên truyền</w:t></w:r></w:p><w:p/>" + P("pháp luật") + "</w:tc>" +
      Tc("3") + Tc("120") + Tc("65") + "</w:tr>"
      "<w:tr>" + Tc("2") + Tc("Hòa giải") + "</w:tr></w:tbl>";
  const Document doc = ReadOk(DocxWithBody(P("Bảng 1") + table + P("Sau bảng")));
  ASSERT_EQ(doc.body.size(), 3u);
  ASSERT_TRUE(doc.body[1].is_table());
  EXPECT_EQ(doc.body[1].index, 1);
  EXPECT_EQ(doc.body[2].index, 2);
  const Table& t = doc.body[1].table;
  EXPECT_EQ(t.rows, 4);
  EXPECT_EQ(t.cols, 5);
  EXPECT_FALSE(t.borderless);

  ASSERT_NE(t.CellAt(0, 0), nullptr);
  EXPECT_EQ(t.CellAt(1, 0), t.CellAt(0, 0));
  EXPECT_EQ(t.CellAt(0, 0)->row_span, 2);
  EXPECT_EQ(t.CellAt(0, 0)->orig, "TT");
  EXPECT_EQ(t.CellAt(1, 1), t.CellAt(0, 1));
  EXPECT_EQ(t.CellAt(1, 2), t.CellAt(0, 2));
  EXPECT_EQ(t.CellAt(0, 2)->orig, "Số lớp");
  EXPECT_EQ(t.CellAt(0, 3), t.CellAt(0, 4));
  EXPECT_EQ(t.CellAt(0, 3)->col_span, 2);
  EXPECT_EQ(t.CellAt(0, 3)->row_span, 1);
  EXPECT_EQ(t.CellAt(0, 3)->orig, "Số lượt người tham gia");
  EXPECT_EQ(t.CellAt(1, 3)->orig, "Tổng số");
  EXPECT_EQ(t.CellAt(1, 4)->orig, "Nữ");
  EXPECT_NE(t.CellAt(2, 0), t.CellAt(0, 0));
  EXPECT_EQ(t.CellAt(2, 0)->orig, "1");
  // Two non-empty paragraphs of one cell, the empty one between skipped.
  const TableCell* name = t.CellAt(2, 1);
  EXPECT_EQ(name->orig, "Tuyên truyền\npháp luật");
  ASSERT_EQ(name->blocks.size(), 2u);
  EXPECT_EQ(name->blocks[1].index, 1);
  EXPECT_EQ(name->blocks[1].row, 2);
  EXPECT_EQ(name->blocks[1].col, 1);
  // The short last row is padded with empty cells.
  ASSERT_NE(t.CellAt(3, 4), nullptr);
  EXPECT_EQ(t.CellAt(3, 4)->orig, "");

  // Every grid slot is covered by exactly one cell.
  for (int r = 0; r < t.rows; ++r) {
    for (int c = 0; c < t.cols; ++c) {
      int covering = 0;
      for (const TableCell& cell : t.cells) {
        if (r >= cell.row && r < cell.row + cell.row_span && c >= cell.col && c < cell.col + cell.col_span) ++covering;
      }
      EXPECT_EQ(covering, 1) << "slot " << r << "," << c;
    }
  }
  // Cells are in row-major order.
  for (std::size_t i = 1; i < t.cells.size(); ++i) {
    const TableCell& a = t.cells[i - 1];
    const TableCell& b = t.cells[i];
    EXPECT_TRUE(a.row < b.row || (a.row == b.row && a.col < b.col));
  }
}

TEST(DocxReaderTest, GridBeforeAndMissingGrid) {
  const Document doc = ReadOk(DocxWithBody(
      "<w:tbl><w:tr>" + Tc("a") + Tc("b") + Tc("c") + "</w:tr>"
      "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + Tc("d") + "</w:tr>"
      "<w:tr><w:trPr><w:del w:id=\"9\"/></w:trPr>" + Tc("deleted row") + "</w:tr></w:tbl>"));
  ASSERT_EQ(doc.body.size(), 1u);
  const Table& t = doc.body[0].table;
  EXPECT_EQ(t.rows, 2);
  EXPECT_EQ(t.cols, 3);
  EXPECT_EQ(t.CellAt(1, 1)->orig, "d");
  EXPECT_EQ(t.CellAt(1, 0)->orig, "");
  EXPECT_EQ(t.cells.size(), 6u);
  EXPECT_TRUE(t.borderless);  // no borders, no grid style
}

TEST(DocxReaderTest, AbsurdSpansAreClamped) {
  // Word allows 63 columns; spans from a hostile file must not blow up the grid.
  const Document doc = ReadOk(DocxWithBody(
      "<w:tbl><w:tr><w:trPr><w:gridAfter w:val=\"2147483647\"/></w:trPr>" + Tc("a", "<w:gridSpan w:val=\"99999\"/>") +
      Tc("b") + "</w:tr><w:tr>" + Tc("c", "<w:gridSpan w:val=\"-4\"/>") + Tc("d", kContinue) + "</w:tr></w:tbl>"));
  ASSERT_EQ(doc.body.size(), 1u);
  const Table& t = doc.body[0].table;
  EXPECT_EQ(t.rows, 2);
  EXPECT_LE(t.cols, 64);
  EXPECT_EQ(t.CellAt(0, 0)->orig, "a");
  EXPECT_EQ(t.CellAt(1, 0)->orig, "c");
  EXPECT_EQ(t.CellAt(1, 0)->col_span, 1);
  EXPECT_EQ(t.CellAt(1, 1)->orig, "d");  // a continue with nothing above is a cell
  EXPECT_EQ(t.cells.size(), static_cast<std::size_t>(1 + (t.cols)));
}

TEST(DocxReaderTest, BorderlessHeaderTable) {
  const std::string none =
      "<w:tblBorders><w:top w:val=\"none\"/><w:left w:val=\"none\"/><w:bottom w:val=\"none\"/>"
      "<w:right w:val=\"none\"/><w:insideH w:val=\"none\"/><w:insideV w:val=\"nil\"/></w:tblBorders>";
  const Document doc = ReadOk(DocxWithBody(
      "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>" + none + "</w:tblPr><w:tr>" +
      Tc("ỦY BAN NHÂN DÂN XÃ AN BÌNH") + Tc("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + "</w:tr></w:tbl>"
      "<w:tbl><w:tblPr><w:tblBorders><w:top w:val=\"single\"/></w:tblBorders></w:tblPr><w:tr>" + Tc("x") +
      "</w:tr></w:tbl>"));
  ASSERT_EQ(doc.body.size(), 2u);
  EXPECT_TRUE(doc.body[0].table.borderless);
  EXPECT_FALSE(doc.body[1].table.borderless);
}

TEST(DocxReaderTest, NestedTable) {
  const std::string inner = "<w:tbl><w:tr>" + Tc("a") + Tc("b") + "</w:tr><w:tr>" + Tc("c") + Tc("d") + "</w:tr></w:tbl>";
  const Document doc = ReadOk(DocxWithBody(
      "<w:tbl><w:tr>" + Tc("Nội dung") + "<w:tc>" + P("Chi tiết") + inner + "<w:p/></w:tc></w:tr></w:tbl>"));
  ASSERT_EQ(doc.body.size(), 1u);
  const TableCell* cell = doc.body[0].table.CellAt(0, 1);
  ASSERT_NE(cell, nullptr);
  ASSERT_EQ(cell->blocks.size(), 2u);
  EXPECT_TRUE(cell->blocks[0].is_paragraph());
  ASSERT_TRUE(cell->blocks[1].is_table());
  EXPECT_EQ(cell->blocks[1].index, 1);
  EXPECT_EQ(cell->blocks[1].col, 1);
  const Table& nested = cell->blocks[1].table;
  EXPECT_EQ(nested.rows, 2);
  EXPECT_EQ(nested.cols, 2);
  EXPECT_EQ(nested.CellAt(1, 1)->orig, "d");
  EXPECT_EQ(cell->orig, "Chi tiết\na | b\nc | d");
}

// A text box as Word writes it: DrawingML in mc:Choice, the same box again
// in VML in mc:Fallback.
std::string TextBoxRun(const std::string& text) {
  return "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData>"
         "<wps:wsp><wps:txbx><w:txbxContent>" + P(text) + "</w:txbxContent></wps:txbx></wps:wsp>"
         "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
         "<v:textbox><w:txbxContent>" + P(text) + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
         "</mc:AlternateContent></w:r>";
}

TEST(DocxReaderTest, TextBoxFollowsItsAnchorOnce) {
  const Document doc = ReadOk(DocxWithBody(
      "<w:p><w:r><w:t>Nơi nhận:</w:t></w:r>" + TextBoxRun("Số: 12/BC-UBND") + "<w:r><w:t> - Như trên</w:t></w:r></w:p>" +
      "<w:p>" + TextBoxRun("DỰ THẢO") + "</w:p>" +
      "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + P("VML only") +
      "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>" + P("Cuối")));
  ASSERT_EQ(doc.body.size(), 5u);
  EXPECT_EQ(doc.body[0].paragraph.orig, "Nơi nhận: - Như trên");
  EXPECT_FALSE(doc.body[0].paragraph.in_text_box);
  EXPECT_EQ(doc.body[1].paragraph.orig, "Số: 12/BC-UBND");
  EXPECT_TRUE(doc.body[1].paragraph.in_text_box);
  EXPECT_EQ(doc.body[2].paragraph.orig, "DỰ THẢO");  // its anchor paragraph is blank
  EXPECT_TRUE(doc.body[2].paragraph.in_text_box);
  EXPECT_EQ(doc.body[3].paragraph.orig, "VML only");
  EXPECT_EQ(doc.body[4].paragraph.orig, "Cuối");
  EXPECT_FALSE(doc.body[4].paragraph.in_text_box);
  for (std::size_t i = 0; i < doc.body.size(); ++i) EXPECT_EQ(doc.body[i].index, static_cast<int>(i));
}

TEST(DocxReaderTest, HeaderAndFooterGoToFurniture) {
  const std::string ns = testing::kWordNamespaces;
  const Document doc = ReadOk(DocxWithBody(
      P("BÁO CÁO"), {{"word/header1.xml", "<w:hdr" + ns + ">" + P("UBND XÃ AN BÌNH") + "</w:hdr>"},
                     {"word/footer1.xml", "<w:ftr" + ns + ">" + P("Trang 1") + "</w:ftr>"},
                     {"word/header2.xml", "<w:hdr" + ns + "><w:p/></w:hdr>"}}));
  ASSERT_EQ(doc.body.size(), 1u);
  EXPECT_EQ(doc.body[0].index, 0);
  ASSERT_EQ(doc.furniture.size(), 2u);
  EXPECT_EQ(doc.furniture[0].paragraph.orig, "UBND XÃ AN BÌNH");
  EXPECT_EQ(doc.furniture[0].index, 0);
  EXPECT_EQ(doc.furniture[1].paragraph.orig, "Trang 1");
  EXPECT_EQ(doc.furniture[1].index, 1);
}

TEST(DocxReaderTest, BlankParagraphsTakeNoIndex) {
  const Document doc = ReadOk(DocxWithBody(
      P("A") + "<w:p/>" + P("   ") + P("\u00A0\t") + "<w:p><w:bookmarkStart w:id=\"0\" w:name=\"x\"/></w:p>" +
      "<w:sdt><w:sdtPr><w:alias w:val=\"Ngày\"/></w:sdtPr><w:sdtContent>" + P("B") + "</w:sdtContent></w:sdt>" +
      "<w:tbl><w:tr>" + Tc("C") + "</w:tr></w:tbl>" + "<w:p><w:r><w:br/></w:r></w:p>" + P("D")));
  ASSERT_EQ(doc.body.size(), 4u);
  for (std::size_t i = 0; i < doc.body.size(); ++i) EXPECT_EQ(doc.body[i].index, static_cast<int>(i));
  EXPECT_EQ(doc.body[1].paragraph.orig, "B");
  EXPECT_TRUE(doc.body[2].is_table());
  EXPECT_EQ(doc.body[3].paragraph.orig, "D");
}

TEST(DocxReaderTest, SymbolsHyperlinksAndSmartTags) {
  const Document doc = ReadOk(DocxWithBody(
      "<w:p><w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FE\"/><w:t xml:space=\"preserve\"> Đạt</w:t></w:r>"
      "<w:hyperlink r:id=\"rId5\" xmlns:r=\"r\"><w:r><w:t xml:space=\"preserve\"> xem tại</w:t></w:r></w:hyperlink>"
      "<w:smartTag w:uri=\"u\" w:element=\"place\"><w:r><w:t xml:space=\"preserve\"> Hà Nội</w:t></w:r></w:smartTag></w:p>"));
  ASSERT_EQ(doc.body.size(), 1u);
  EXPECT_EQ(doc.body[0].paragraph.orig, "\u2611 Đạt xem tại Hà Nội");
}

TEST(DocxReaderTest, OtherNamespacePrefix) {
  // Generators other than Word may bind the namespace to another prefix.
  const std::string xml =
      "<x:document xmlns:x=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><x:body>"
      "<x:p><x:r><x:t>Xin chào</x:t></x:r></x:p></x:body></x:document>";
  const Document doc = ReadOk(testing::MakeDocx({{"word/document.xml", xml}}));
  ASSERT_EQ(doc.body.size(), 1u);
  EXPECT_EQ(doc.body[0].paragraph.orig, "Xin chào");
}

}  // namespace
}  // namespace baocao
