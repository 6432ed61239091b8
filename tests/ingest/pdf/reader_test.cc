// The PDF reader on hand-made PDFs (pdf_fixture.h): paragraphs and reading
// order, the two-column header, ruled tables with merged cells, tables over
// a page break, page furniture, rotation and crop boxes, text layers that
// must go to OCR, legacy fonts, encryption and damaged files.
#include "ingest/pdf/reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "ingest/converter.h"
#include "tests/ingest/pdf/pdf_fixture.h"
#include "tests/ingest/pdf/table_fixtures.h"
#include "tests/ingest/pdf/read_without_ocr.h"

namespace baocao {
namespace {

using testing::NoOcr;
using testing::AcrossRuledTablePdf;
using testing::BorderlessTablePdf;
using testing::PdfFixture;
using testing::Read;

std::vector<std::string> Paragraphs(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.body) {
    if (b.is_paragraph()) out.push_back(b.paragraph.orig);
  }
  return out;
}

const Block* FirstTable(const Document& doc, bool borderless) {
  for (const Block& b : doc.body) {
    if (b.is_table() && b.table.borderless == borderless) return &b;
  }
  return nullptr;
}

std::string CellText(const Table& t, int r, int c) {
  const TableCell* cell = t.CellAt(r, c);
  return cell == nullptr ? "<none>" : cell->orig;
}

// The cell at (r, c) as "text ×cols×rows" (its spans).
std::string Spanning(const Table& t, int r, int c) {
  const TableCell* cell = t.CellAt(r, c);
  if (cell == nullptr) return "<none>";
  return cell->orig + " ×" + std::to_string(cell->col_span) + "×" + std::to_string(cell->row_span);
}

TEST(PdfReaderTest, WrappedLinesJoinAndShortLinesEndParagraphs) {
  PdfFixture pdf;
  pdf.AddPage();
  // A paragraph of two lines (the first fills the 72..523 measure, the
  // second ends short), then a list item.
  pdf.Text(72, 760, 12, "The commune learning centre organised twelve classes for farmers of the valley, and");
  pdf.Text(72, 746, 12, "most of them were held in the village halls.");
  pdf.Text(72, 726, 12, "- Second item of the list.");
  pdf.Text(72, 712, 12, "Closing remark.");
  Document doc = Read(pdf.Build());
  EXPECT_EQ(doc.format, "pdf");
  ASSERT_EQ(doc.pages, 1);
  EXPECT_FALSE(doc.ocr);
  std::vector<std::string> p = Paragraphs(doc);
  ASSERT_EQ(p.size(), 3u) << ::testing::PrintToString(p);
  EXPECT_EQ(p[0],
            "The commune learning centre organised twelve classes for farmers of the valley, and most of them were "
            "held in the village halls.");
  EXPECT_EQ(p[1], "- Second item of the list.");
  EXPECT_EQ(p[2], "Closing remark.");
  for (const Block& b : doc.body) {
    ASSERT_TRUE(b.page.has_value());
    EXPECT_EQ(*b.page, 1);
    EXPECT_TRUE(b.box.has_value());
  }
  // Runs add up to the paragraph text.
  std::string runs;
  for (const baocao::Run& r : doc.body[0].paragraph.runs) runs += r.orig;
  EXPECT_EQ(runs, doc.body[0].paragraph.orig);
}

TEST(PdfReaderTest, TwoColumnHeaderBecomesABorderlessTableLeftColumnFirst) {
  PdfFixture pdf;
  pdf.AddPage();
  // Each column centred on itself, as printed from a header table: the left
  // title wraps ("OF HOA BINH" would not fit after it); the motto is larger.
  pdf.Text(110, 790, 12, "PEOPLE'S COMMITTEE");      // 133.7 pt wide
  pdf.Text(330, 790, 12, "SOCIALIST REPUBLIC OF VIET NAM");
  pdf.Text(137.8, 775, 12, "OF HOA BINH");           // 78.0 pt
  pdf.Text(355, 774, 13, "Independence - Freedom");  // a larger size: a line of its own
  pdf.Text(130.1, 755, 12, "No: 12/BC-UBND");        // 93.3 pt
  pdf.Text(355, 755, 12, "Hoa Binh, 20 December 2024");
  pdf.Text(270, 720, 14, "REPORT");
  pdf.Text(72, 690, 12, "Body text follows the title.");
  Document doc = Read(pdf.Build());
  ASSERT_GE(doc.body.size(), 3u);
  ASSERT_TRUE(doc.body[0].is_table());
  const Table& t = doc.body[0].table;
  EXPECT_TRUE(t.borderless);
  EXPECT_EQ(t.rows, 1);
  EXPECT_EQ(t.cols, 2);
  EXPECT_EQ(CellText(t, 0, 0), "PEOPLE'S COMMITTEE OF HOA BINH\nNo: 12/BC-UBND");
  EXPECT_EQ(CellText(t, 0, 1), "SOCIALIST REPUBLIC OF VIET NAM\nIndependence - Freedom\nHoa Binh, 20 December 2024");
  ASSERT_TRUE(doc.body[1].is_paragraph());
  EXPECT_EQ(doc.body[1].paragraph.orig, "REPORT");  // the centred title is not a column
}

TEST(PdfReaderTest, TheTitleCentredOnARaggedPageIsNotInTheBandAboveIt) {
  // As LibreOffice prints a report: the body is ragged, its lines stop
  // short of the right margin, so their middle (297.5) is 15 pt left of
  // the page text's, where "REPORT" is centred (313); it sits over the
  // right column of the number/date line just above it.
  PdfFixture pdf;
  pdf.AddPage();
  pdf.Text(85, 750, 12, "PEOPLE'S COMMITTEE OF CAM HA");
  pdf.Text(300, 750, 12, "SOCIALIST REPUBLIC OF VIET NAM");
  pdf.Text(85, 722, 12, "No: ..../BC-UBND");
  pdf.Text(208, 722, 12, "Cam Ha, day .... June 2019");
  pdf.Text(284, 695, 14, "REPORT");  // centred at 313, the lines' middle 297.5
  pdf.Text(85, 660, 12, "The body of the report follows here and its longest line");
  pdf.Text(85, 646, 12, "stops short of the right margin of the page.");
  Document doc = Read(pdf.Build());
  std::string all;
  bool title = false;
  for (const Block& b : doc.body) {
    if (b.is_paragraph()) {
      all += "[p] " + b.paragraph.orig + "\n";
      title = title || b.paragraph.orig == "REPORT";
    } else {
      all += "[table] " + CellText(b.table, 0, 0) + " | " + CellText(b.table, 0, b.table.cols - 1) + "\n";
    }
  }
  EXPECT_TRUE(title) << all;
}

// Column edges of a table drawn at x = 80..520 (points), header of two rows:
// "TT" and "Topic" span both; "People" spans "Total" and "Women".
PdfFixture ActivityTablePdf() {
  PdfFixture pdf;
  pdf.AddPage();
  pdf.Text(72, 780, 12, "Results of the year:");
  const std::vector<double> xs = {80, 110, 300, 360, 440, 520};
  const double top = 760, r1 = 740, r2 = 720, r3 = 700, r4 = 680;
  // Outer frame and full-width row lines except inside merged cells.
  pdf.Line(80, top, 520, top);
  pdf.Line(360, r1, 520, r1);  // under "People" only
  pdf.Line(80, r2, 520, r2);
  pdf.Line(80, r3, 520, r3);
  pdf.Line(80, r4, 520, r4);
  for (double x : {80.0, 110.0, 300.0, 360.0, 520.0}) pdf.Line(x, top, x, r4);
  pdf.Line(440, r1, 440, r4);  // between "Total" and "Women", not through "People"
  pdf.Text(85, 735, 10, "TT");
  pdf.Text(115, 735, 10, "Topic");
  pdf.Text(305, 735, 10, "Classes");
  pdf.Text(380, 746, 10, "People");
  pdf.Text(365, 726, 10, "Total");
  pdf.Text(445, 726, 10, "Women");
  pdf.Text(85, 706, 10, "1");
  pdf.Text(115, 706, 10, "Law education");
  pdf.Text(305, 706, 10, "5");
  pdf.Text(365, 706, 10, "1.245");
  pdf.Text(445, 706, 10, "583");
  pdf.Text(85, 686, 10, "2");
  pdf.Text(115, 686, 10, "Health care");
  pdf.Text(305, 686, 10, "3");
  pdf.Text(365, 686, 10, "860");
  pdf.Text(72, 650, 12, "Text after the table.");
  return pdf;
}

TEST(PdfReaderTest, RuledTableKeepsMergedHeaderCells) {
  Document doc = Read(ActivityTablePdf().Build());
  ASSERT_EQ(doc.body.size(), 3u);
  EXPECT_TRUE(doc.body[0].is_paragraph());
  ASSERT_TRUE(doc.body[1].is_table());
  EXPECT_TRUE(doc.body[2].is_paragraph());
  EXPECT_EQ(doc.body[2].paragraph.orig, "Text after the table.");
  const Table& t = doc.body[1].table;
  EXPECT_FALSE(t.borderless);
  ASSERT_EQ(t.rows, 4);
  ASSERT_EQ(t.cols, 5);
  EXPECT_EQ(Spanning(t, 0, 0), "TT ×1×2");
  EXPECT_EQ(Spanning(t, 0, 3), "People ×2×1");
  EXPECT_EQ(CellText(t, 1, 3), "Total");
  EXPECT_EQ(CellText(t, 1, 4), "Women");
  EXPECT_EQ(CellText(t, 2, 1), "Law education");
  EXPECT_EQ(CellText(t, 2, 3), "1.245");
  EXPECT_EQ(CellText(t, 2, 4), "583");
  EXPECT_EQ(CellText(t, 3, 4), "");  // an empty cell stays empty (unknown, not 0)
  // Every grid slot is covered by exactly one cell.
  for (int r = 0; r < t.rows; ++r) {
    for (int c = 0; c < t.cols; ++c) {
      int covering = 0;
      for (const TableCell& cell : t.cells) {
        covering += r >= cell.row && r < cell.row + cell.row_span && c >= cell.col && c < cell.col + cell.col_span;
      }
      EXPECT_EQ(covering, 1) << r << "," << c;
    }
  }
}

// The tables of `doc`'s body, in reading order.
std::vector<const Table*> Tables(const Document& doc) {
  std::vector<const Table*> tables;
  for (const Block& b : doc.body) {
    if (b.is_table()) tables.push_back(&b.table);
  }
  return tables;
}

// The results table of table_fixtures.h as read, however its borders were
// drawn: two group headings over two columns each, a row of figures each.
void ExpectResultsTable(const Table& t) {
  ASSERT_EQ(t.rows, 7);
  ASSERT_EQ(t.cols, 6);
  EXPECT_EQ(Spanning(t, 0, 2), "Run by centre ×2×1");
  EXPECT_EQ(Spanning(t, 0, 4), "With partners ×2×1");
  EXPECT_EQ(CellText(t, 1, 3), "People");
  EXPECT_EQ(CellText(t, 2, 1), "Law education");
  EXPECT_EQ(CellText(t, 2, 3), "120");
  EXPECT_EQ(CellText(t, 4, 1), "Farming methods");
  EXPECT_EQ(CellText(t, 4, 5), "75");
  EXPECT_EQ(CellText(t, 5, 4), "-");
  EXPECT_EQ(CellText(t, 6, 1), "Computer skills");
  EXPECT_EQ(CellText(t, 6, 5), "90");
}

TEST(PdfReaderTest, TableRuledOnlyAcrossHasItsColumnsFromTheGutters) {
  Document doc = Read(AcrossRuledTablePdf().Build());
  const std::vector<const Table*> tables = Tables(doc);
  ASSERT_EQ(tables.size(), 2u);
  // The group headings are parted although the rule under them is one.
  ASSERT_NO_FATAL_FAILURE(ExpectResultsTable(*tables[0]));
  // The note between the tables is a paragraph, not a row of either.
  const std::vector<std::string> paragraphs = Paragraphs(doc);
  EXPECT_NE(std::find(paragraphs.begin(), paragraphs.end(), "Unit: persons."), paragraphs.end());
  const Table& drawn = *tables[1];
  EXPECT_EQ(drawn.rows, 2);
  EXPECT_EQ(drawn.cols, 2);
  EXPECT_EQ(CellText(drawn, 1, 1), "1.500");
}

TEST(PdfReaderTest, RulesOfAPageShownTurnedMeetTheirWords) {
  // A page turned by /Rotate (a viewer's "rotate and save"): its rules are
  // found on the rendered page turned upright, with its words. The padding
  // a one-bit render adds right of the page must not shift them.
  for (int rotate : {90, 180, 270}) {
    Document doc = Read(AcrossRuledTablePdf(rotate).Build());
    const std::vector<const Table*> tables = Tables(doc);
    ASSERT_EQ(tables.size(), 2u) << "rotate " << rotate;
    ASSERT_NO_FATAL_FAILURE(ExpectResultsTable(*tables[0])) << "rotate " << rotate;
    EXPECT_EQ(CellText(*tables[1], 1, 1), "1.500") << "rotate " << rotate;
  }
}

// A table with no rules carried to the next page under its headings
// repeated: as wide as its words, which differ from page to page (a long
// partner name on the first, a short one on the second), it is one table.
TEST(PdfReaderTest, ABorderlessTableCarriedOverUnderItsHeadingsIsOne) {
  PdfFixture pdf;
  const auto headings = [&](double y) {
    pdf.Text(80, y, 10, "TT");
    pdf.Text(120, y, 10, "Topic");
    pdf.Text(262, y, 10, "Classes");
    pdf.Text(330, y, 10, "People");
    pdf.Text(420, y, 10, "Run by");
  };
  const auto row = [&](double y, const std::string& tt, const std::string& label, const std::string& classes,
                       const std::string& people, const std::string& by) {
    pdf.Text(82, y, 10, tt);
    pdf.Text(106, y, 10, label);
    pdf.Text(280, y, 10, classes);
    pdf.Text(345, y, 10, people);
    pdf.Text(420, y, 10, by);
  };
  pdf.AddPage();
  pdf.Text(72, 760, 12, "Classes planned for the year:");
  headings(730);
  row(712, "1", "Law education", "4", "120", "Farmers Union of the commune");
  row(694, "2", "Health", "3", "95", "Health station");
  row(676, "3", "Farming methods", "5", "210", "Youth Union");
  pdf.AddPage();
  headings(790);
  row(772, "4", "Literacy classes", "2", "48", "Centre");
  row(754, "5", "Computer skills", "6", "180", "Centre");
  pdf.Text(72, 720, 12, "The centre will report on these classes at the end of the year.");
  const Document doc = Read(pdf.Build());
  const std::vector<const Table*> tables = Tables(doc);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0]->rows, 6);
  EXPECT_EQ(CellText(*tables[0], 5, 1), "Computer skills");
}

TEST(PdfReaderTest, TableWithNoBordersIsReadFromItsAlignment) {
  Document doc = Read(BorderlessTablePdf().Build());
  const std::vector<const Table*> tables = Tables(doc);
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_NO_FATAL_FAILURE(ExpectResultsTable(*tables[0]));
  const std::vector<std::string> paragraphs = Paragraphs(doc);
  EXPECT_NE(std::find(paragraphs.begin(), paragraphs.end(), "Results of the year are as follows:"), paragraphs.end());
  EXPECT_NE(std::find(paragraphs.begin(), paragraphs.end(),
                      "In 2025 the centre opened 20 classes for 593 people in all."),
            paragraphs.end());
}

TEST(PdfReaderTest, TableOverAPageBreakIsOneTableWithoutTheRepeatedHeader) {
  PdfFixture pdf;
  const std::vector<double> xs = {80, 120, 400, 520};
  for (int page = 0; page < 2; ++page) {
    pdf.AddPage();
    pdf.Text(72, 800, 9, "Commune learning centre report");  // running head
    pdf.Text(290, 30, 9, "Page " + std::to_string(page + 1));
    const double top = page == 0 ? 600 : 780;
    pdf.Grid(xs, {top, top - 20, top - 40, top - 60});
    pdf.Text(85, top - 15, 10, "TT");
    pdf.Text(125, top - 15, 10, "Topic");
    pdf.Text(405, top - 15, 10, "Classes");
    for (int r = 0; r < 2; ++r) {
      const int n = page * 2 + r + 1;
      pdf.Text(85, top - 35 - 20 * r, 10, std::to_string(n));
      pdf.Text(125, top - 35 - 20 * r, 10, "Topic number " + std::to_string(n));
      pdf.Text(405, top - 35 - 20 * r, 10, std::to_string(10 * n));
    }
    if (page == 0) {
      pdf.Text(72, 700, 12, "Before the table, a paragraph on the first page.");
    }
  }
  Document doc = Read(pdf.Build());
  ASSERT_EQ(doc.pages, 2);
  int tables = 0;
  for (const Block& b : doc.body) tables += b.is_table();
  ASSERT_EQ(tables, 1);
  const Block* block = FirstTable(doc, false);
  ASSERT_NE(block, nullptr);
  EXPECT_EQ(block->page, 1);
  const Table& t = block->table;
  ASSERT_EQ(t.rows, 5);  // one header and four rows
  EXPECT_EQ(CellText(t, 0, 1), "Topic");
  EXPECT_EQ(CellText(t, 3, 1), "Topic number 3");
  EXPECT_EQ(CellText(t, 4, 2), "40");
  // Running head and page numbers are furniture, once each.
  std::vector<std::string> furniture;
  for (const Block& b : doc.furniture) furniture.push_back(b.paragraph.orig);
  EXPECT_NE(std::find(furniture.begin(), furniture.end(), "Commune learning centre report"), furniture.end());
  for (const std::string& p : Paragraphs(doc)) {
    EXPECT_EQ(p.find("Page "), std::string::npos) << p;
    EXPECT_EQ(p.find("Commune learning centre report"), std::string::npos) << p;
  }
}

TEST(PdfReaderTest, SidewaysTextIsTurnedUpright) {
  // A landscape table printed on a portrait page: every line drawn turned a
  // quarter anticlockwise, read bottom to top.
  PdfFixture pdf;
  pdf.AddPage();
  pdf.Text(100, 100, 12, "First line of the turned page.", "F1", 1);
  pdf.Text(120, 100, 12, "Second line, a new paragraph.", "F1", 1);
  Document doc = Read(pdf.Build());
  std::vector<std::string> p = Paragraphs(doc);
  ASSERT_EQ(p.size(), 2u) << ::testing::PrintToString(p);
  EXPECT_EQ(p[0], "First line of the turned page.");
  EXPECT_EQ(p[1], "Second line, a new paragraph.");
}

TEST(PdfReaderTest, RotatedPageReadsInDisplayOrder) {
  PdfFixture pdf;
  pdf.AddPage(842, 595, 0);  // drawn landscape...
  pdf.Text(72, 520, 12, "Upper line.");
  pdf.Text(72, 480, 12, "Lower line.");
  PdfFixture turned;
  turned.AddPage(595, 842, 90);  // ...or portrait with /Rotate 90 and text drawn to match
  turned.Text(75, 72, 12, "Upper line.", "F1", 1);
  turned.Text(115, 72, 12, "Lower line.", "F1", 1);
  for (const std::string& bytes : {pdf.Build(), turned.Build()}) {
    std::vector<std::string> p = Paragraphs(Read(bytes));
    ASSERT_EQ(p.size(), 2u) << ::testing::PrintToString(p);
    EXPECT_EQ(p[0], "Upper line.");
    EXPECT_EQ(p[1], "Lower line.");
  }
}

// A portrait page shown landscape by /Rotate 90, its text drawn for the
// portrait page: the desk shows the text running down the page. Layout reads
// it turned upright, but the block's box is on the page as displayed.
TEST(PdfReaderTest, SidewaysPageBoxesAreOnTheDisplayedPage) {
  PdfFixture pdf;
  pdf.AddPage(595, 842, 90);
  pdf.Text(72, 770, 12, "Upper line.");
  Result<Document> doc = ReadPdf(pdf.Build(), PdfOptions{}, NoOcr());
  ASSERT_TRUE(doc.ok()) << doc.status().reason();
  ASSERT_EQ(doc.value().body.size(), 1u);
  ASSERT_TRUE(doc.value().body[0].box.has_value());
  const BoundingBox b = *doc.value().body[0].box;
  // Unturned, the line spans x 72..~130 and y ~61..~75 from the top; turned
  // a quarter clockwise onto the 842 x 595 display, (x, y) shows at
  // (842 - y, x): a narrow upright strip near the right edge.
  EXPECT_NEAR(b.x0, 842 - 75, 4);
  EXPECT_NEAR(b.x1, 842 - 61, 4);
  EXPECT_NEAR(b.y0, 72, 2);
  EXPECT_NEAR(b.y1, 130, 8);
}

TEST(PdfReaderTest, TextOutsideTheCropBoxIsNotRead) {
  PdfFixture pdf;
  pdf.AddPage(900, 842, 0, "0 0 595 842");
  pdf.Text(72, 700, 12, "Printed text.");
  pdf.Text(650, 700, 12, "Hidden beyond the crop box.");
  EXPECT_EQ(Paragraphs(Read(pdf.Build())), std::vector<std::string>{"Printed text."});
}

TEST(PdfReaderTest, GlyphCodesWithoutMeaningGoToOcr) {
  PdfFixture pdf;
  PdfFixture::Font font;
  for (unsigned char c = 'A'; c <= 'z'; ++c) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "E0%02X", c);  // private use area
    font.to_unicode[c] = hex;
  }
  std::string f = pdf.AddFont(font);
  pdf.AddPage();
  pdf.Text(72, 700, 12, "Bao cao ket qua hoat dong", f);
  Result<Document> doc = ReadPdf(pdf.Build(), PdfOptions{}, NoOcr());
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kInternal);
  EXPECT_NE(doc.status().reason().find("OCR unavailable"), std::string::npos) << doc.status().reason();
  EXPECT_NE(doc.status().reason().find("tesseract-ocr-vie"), std::string::npos) << doc.status().reason();
}

TEST(PdfReaderTest, LettersSpacedOutGoToOcr) {
  PdfFixture pdf;
  pdf.AddPage();
  double y = 760;
  for (const char* line : {"B A O  C A O  K E T  Q U A", "H O A T  D O N G  N A M", "T R U N G  T A M  X A"}) {
    pdf.Text(72, y, 12, line);
    y -= 20;
  }
  Result<Document> doc = ReadPdf(pdf.Build(), PdfOptions{}, NoOcr());
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().reason().find("OCR unavailable"), std::string::npos) << doc.status().reason();
}

TEST(PdfReaderTest, LegacyFontTextIsKeptWithItsFontName) {
  // TCVN3 bytes in a .VnTime font: "B¸o c¸o" is "Báo cáo"; normalize/
  // decodes it from the font name the run keeps.
  PdfFixture pdf;
  PdfFixture::Font font;
  font.base = ".VnTime";
  std::string f = pdf.AddFont(font);
  pdf.AddPage();
  pdf.Text(72, 700, 12, "B\xB8o c\xB8o k\xD5t qu\xB6", f);
  Document doc = Read(pdf.Build());
  ASSERT_EQ(doc.body.size(), 1u);
  const Paragraph& p = doc.body[0].paragraph;
  EXPECT_EQ(p.orig, "B\xC2\xB8o c\xC2\xB8o k\xC3\x95t qu\xC2\xB6");
  ASSERT_FALSE(p.runs.empty());
  EXPECT_EQ(p.runs[0].font, ".VnTime");
}

TEST(PdfReaderTest, OtherFontNamesAreNotKept) {
  PdfFixture pdf;
  pdf.AddPage();
  pdf.Text(72, 700, 12, "Plain text.");
  Document doc = Read(pdf.Build());
  ASSERT_EQ(doc.body.size(), 1u);
  ASSERT_FALSE(doc.body[0].paragraph.runs.empty());
  EXPECT_EQ(doc.body[0].paragraph.runs[0].font, "");
}

TEST(PdfReaderTest, DecomposedMarksAreRecomposed) {
  // A font whose ToUnicode gives a letter and a combining acute accent.
  PdfFixture pdf;
  PdfFixture::Font font;
  font.to_unicode['a'] = "00610301";  // a + U+0301
  font.to_unicode['B'] = "0042";
  font.to_unicode['o'] = "006F";
  font.to_unicode['c'] = "0063";
  font.to_unicode[' '] = "0020";
  std::string f = pdf.AddFont(font);
  pdf.AddPage();
  pdf.Text(72, 700, 12, "Bao cao", f);
  Document doc = Read(pdf.Build());
  ASSERT_EQ(doc.body.size(), 1u);
  EXPECT_EQ(doc.body[0].paragraph.orig, "B\xC3\xA1o c\xC3\xA1o");  // "Báo cáo", NFC
}

TEST(PdfReaderTest, EmptyUserPasswordOpens) {
  PdfFixture pdf;
  pdf.AddPage();
  pdf.Text(72, 700, 12, "Readable once decrypted.");
  pdf.Encrypt("", "owner-secret");
  EXPECT_EQ(Paragraphs(Read(pdf.Build())), std::vector<std::string>{"Readable once decrypted."});
}

TEST(PdfReaderTest, UserPasswordIsRefusedAsEncrypted) {
  PdfFixture pdf;
  pdf.AddPage();
  pdf.Text(72, 700, 12, "Secret.");
  pdf.Encrypt("user-secret", "owner-secret");
  Result<Document> doc = ConvertBytes(pdf.Build());
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kEncrypted);
  EXPECT_EQ(doc.status().reason(), "encrypted: the PDF needs a password");
}

TEST(PdfReaderTest, DamagedFilesAreRefusedWithOneLine) {
  for (const std::string& bytes : {std::string("%PDF-1.4\nnot really a pdf at all\n"),
                                   std::string("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n")}) {
    Result<Document> doc = ConvertBytes(bytes);
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.status().code(), Status::Code::kInvalidInput) << doc.status().reason();
    EXPECT_EQ(doc.status().reason().rfind("not a readable PDF", 0), 0u) << doc.status().reason();
    EXPECT_EQ(doc.status().reason().find('\n'), std::string::npos);
  }
}

TEST(PdfReaderTest, TruncatedFileIsRefusedOrReadInPart) {
  PdfFixture pdf = ActivityTablePdf();
  const std::string full = pdf.Build();
  for (std::size_t cut : {full.size() / 4, full.size() / 2, full.size() - 40}) {
    Result<Document> doc = ConvertBytes(full.substr(0, cut));
    if (doc.ok()) {
      EXPECT_EQ(doc.value().format, "pdf");  // poppler rebuilt what it could
    } else {
      EXPECT_EQ(doc.status().code(), Status::Code::kInvalidInput) << doc.status().reason();
      EXPECT_EQ(doc.status().reason().find('\n'), std::string::npos);
    }
  }
}

TEST(PdfReaderTest, PageLimit) {
  PdfFixture pdf;
  for (int i = 0; i < 3; ++i) {
    pdf.AddPage();
    pdf.Text(72, 700, 12, "Page text.");
  }
  PdfOptions options;
  options.max_pages = 2;
  Result<Document> doc = ReadPdf(pdf.Build(), options, NoOcr());
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kHostile);
}

TEST(PdfReaderTest, BlankPageNeedsNoOcr) {
  PdfFixture pdf;
  pdf.AddPage();
  pdf.Text(72, 700, 12, "Only page with text.");
  pdf.AddPage();  // blank
  Document doc = Read(pdf.Build());
  EXPECT_EQ(doc.pages, 2);
  EXPECT_EQ(doc.format, "pdf");
  EXPECT_EQ(Paragraphs(doc), std::vector<std::string>{"Only page with text."});
}

TEST(PdfReaderTest, PageThatIsAnImageGoesToOcr) {
  PdfFixture pdf;
  pdf.AddPage();
  pdf.Text(72, 800, 8, "Scanned by office copier");  // a stamp of text over a picture
  for (int i = 0; i < 40; ++i) pdf.Fill(72, 100 + 15 * i, 300 + (i % 5) * 20, 6);
  Result<Document> doc = ReadPdf(pdf.Build(), PdfOptions{}, NoOcr());
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().reason().find("OCR unavailable"), std::string::npos) << doc.status().reason();
}

}  // namespace
}  // namespace baocao
