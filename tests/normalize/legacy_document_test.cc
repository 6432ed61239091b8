// NormalizeDocument on legacy-encoded documents: runs decoded by their
// font, cells rebuilt from their paragraphs, text without fonts decoded only
// on clear statistics, and a second pass changing nothing.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "normalize/legacy.h"
#include "normalize/normalize_document.h"
#include "normalize/text.h"

namespace baocao::normalize {
namespace {

Run MakeRun(std::string text, std::string font) {
  Run r;
  r.orig = std::move(text);
  r.font = std::move(font);
  return r;
}

// A paragraph whose runs spell its orig, as the DOCX reader builds it.
Paragraph WithRuns(std::vector<Run> runs) {
  Paragraph p;
  for (const Run& r : runs) p.orig += r.orig;
  p.runs = std::move(runs);
  return p;
}

Block ParagraphBlock(Paragraph p) {
  Block b;
  b.kind = BlockKind::kParagraph;
  b.paragraph = std::move(p);
  return b;
}

// "Số: 18/BC-UBND<tab><tab>Yên Lạc, ngày 20 tháng 12 năm 2024" typed in
// .VnTime, with "ỦY BAN" in the capitals font on the line above.
Document Tcvn3Header() {
  Document doc;
  Block& caps = doc.AddBodyParagraph("");
  caps.paragraph = WithRuns({MakeRun("\t", ".VnTime"), MakeRun("ñy ban nh©n d©n x· yªn l¹c", ".VnTimeH")});
  Block& line = doc.AddBodyParagraph("");
  line.paragraph = WithRuns({MakeRun("Sè: 18/BC-UBND", ".VnTime"), MakeRun("\t\t", ".VnTime"),
                             MakeRun("Yªn L¹c, ngµy 20 th¸ng 12 n¨m 2024", ".VnTime")});
  return doc;
}

TEST(LegacyDocumentTest, RunsAreDecodedByTheirFontAndOrigKeepsTabs) {
  Document doc = Tcvn3Header();
  NormalizeDocument(&doc);
  EXPECT_EQ(doc.body[0].paragraph.orig, "\tỦY BAN NHÂN DÂN XÃ YÊN LẠC");
  EXPECT_EQ(doc.body[0].paragraph.text, "ỦY BAN NHÂN DÂN XÃ YÊN LẠC");
  EXPECT_EQ(doc.body[1].paragraph.orig, "Số: 18/BC-UBND\t\tYên Lạc, ngày 20 tháng 12 năm 2024");
  EXPECT_EQ(doc.body[1].paragraph.text, "Số: 18/BC-UBND Yên Lạc, ngày 20 tháng 12 năm 2024");
  // The runs keep the characters as found.
  EXPECT_EQ(doc.body[1].paragraph.runs[0].orig, "Sè: 18/BC-UBND");
  EXPECT_TRUE(doc.warnings.empty()) << "a font is evidence enough; nothing to warn about";
}

TEST(LegacyDocumentTest, RunningTwiceGivesTheSameDocument) {
  Document doc = Tcvn3Header();
  NormalizeDocument(&doc);
  const std::string orig = doc.body[1].paragraph.orig;
  const std::string text = doc.body[1].paragraph.text;
  NormalizeDocument(&doc);
  EXPECT_EQ(doc.body[1].paragraph.orig, orig);
  EXPECT_EQ(doc.body[1].paragraph.text, text);
}

TEST(LegacyDocumentTest, MixedFontsInOneParagraph) {
  Document doc;
  Block& b = doc.AddBodyParagraph("");
  // A Unicode run, a TCVN3 run, a capital typed in .VnTimeH, a VNI run.
  b.paragraph = WithRuns({MakeRun("Xã Tân Hương: ", "Times New Roman"), MakeRun("24 líp, ", ".VnTime"),
                          MakeRun("¸", ".VnTimeH"), MakeRun("nh s¸ng; ", ".VnTime"),
                          MakeRun("1.612 löôït ngöôøi", "VNI-Times")});
  NormalizeDocument(&doc);
  EXPECT_EQ(b.paragraph.text, "Xã Tân Hương: 24 lớp, Ánh sáng; 1.612 lượt người");
}

TEST(LegacyDocumentTest, UnicodeFontRunsAreNeverDecoded) {
  Document doc;
  Block& b = doc.AddBodyParagraph("");
  // Latin-1 letters in a Unicode font are just letters, even next to a
  // TCVN3 run.
  b.paragraph = WithRuns({MakeRun("Café Hà Nội, ", "Arial"), MakeRun("häc tËp", ".VnTime")});
  NormalizeDocument(&doc);
  EXPECT_EQ(b.paragraph.text, "Café Hà Nội, học tập");
}

TEST(LegacyDocumentTest, CellsAreRebuiltFromTheirDecodedParagraphs) {
  Table t;
  t.rows = 1;
  t.cols = 2;
  TableCell label;
  label.blocks.push_back(ParagraphBlock(WithRuns({MakeRun("Chuyªn ®Ò Gi¸o dôc ph¸p luËt", ".VnTime")})));
  label.blocks.push_back(ParagraphBlock(WithRuns({MakeRun("(PL)", ".VnTime")})));
  label.orig = "Chuyªn ®Ò Gi¸o dôc ph¸p luËt\n(PL)";
  TableCell count;
  count.col = 1;
  count.blocks.push_back(ParagraphBlock(WithRuns({MakeRun("1.245", ".VnTime")})));
  count.orig = "1.245";
  t.cells = {label, count};
  Document doc;
  doc.AddBodyTable(t);
  NormalizeDocument(&doc);
  const Table& got = doc.body[0].table;
  EXPECT_EQ(got.cells[0].orig, "Chuyên đề Giáo dục pháp luật\n(PL)");
  EXPECT_EQ(got.cells[0].text, "Chuyên đề Giáo dục pháp luật\n(PL)");
  EXPECT_EQ(got.cells[0].blocks[0].paragraph.text, "Chuyên đề Giáo dục pháp luật");
  EXPECT_EQ(got.cells[1].orig, "1.245") << "an unchanged cell keeps its orig";
}

TEST(LegacyDocumentTest, NestedTableCellsFollowTheReadersLayout) {
  Table inner;
  inner.rows = 1;
  inner.cols = 2;
  TableCell a;
  a.blocks.push_back(ParagraphBlock(WithRuns({MakeRun("X· A", ".VnTime")})));
  a.orig = "X· A";
  TableCell b;
  b.col = 1;
  b.blocks.push_back(ParagraphBlock(WithRuns({MakeRun("12", ".VnTime")})));
  b.orig = "12";
  inner.cells = {a, b};
  Table outer;
  outer.rows = outer.cols = 1;
  TableCell holder;
  holder.blocks.push_back(ParagraphBlock(WithRuns({MakeRun("Tæng", ".VnTime")})));
  Block nested;
  nested.kind = BlockKind::kTable;
  nested.table = inner;
  holder.blocks.push_back(nested);
  holder.orig = "Tæng\nX· A | 12";
  outer.cells = {holder};
  Document doc;
  doc.AddBodyTable(outer);
  NormalizeDocument(&doc);
  EXPECT_EQ(doc.body[0].table.cells[0].orig, "Tổng\nXã A | 12");
}

// Text without fonts: a PDF text layer printed from a .VnTime document.
TEST(LegacyDocumentTest, FontlessTextIsDecodedOnClearStatistics) {
  Document doc;
  doc.format = "pdf";
  doc.AddBodyParagraph("B¸o c¸o kÕt qu¶ ho¹t ®éng cña Trung t©m häc tËp céng ®ång n¨m 2024");
  doc.AddBodyParagraph("Sè: 45/BC-UBND");  // too short on its own; the document decides
  doc.AddBodyParagraph("UBND 2024");         // nothing to decode
  NormalizeDocument(&doc);
  EXPECT_EQ(doc.body[0].paragraph.text,
            "Báo cáo kết quả hoạt động của Trung tâm học tập cộng đồng năm 2024");
  EXPECT_EQ(doc.body[1].paragraph.orig, "Số: 45/BC-UBND");
  EXPECT_EQ(doc.body[2].paragraph.text, "UBND 2024");
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_NE(doc.warnings[0].find("tcvn3"), std::string::npos) << doc.warnings[0];
  // Once decoded, orig is Unicode: a second pass finds nothing to decode.
  NormalizeDocument(&doc);
  EXPECT_EQ(doc.warnings.size(), 1u);
  EXPECT_EQ(doc.body[0].paragraph.text,
            "Báo cáo kết quả hoạt động của Trung tâm học tập cộng đồng năm 2024");
}

TEST(LegacyDocumentTest, FontlessVniIsDecoded) {
  Document doc;
  doc.AddBodyParagraph("Toång kinh phí ñöôïc caáp töø ngaân saùch nhaø nöôùc: 26.400.000 ñoàng");
  NormalizeDocument(&doc);
  EXPECT_EQ(doc.body[0].paragraph.text, "Tổng kinh phí được cấp từ ngân sách nhà nước: 26.400.000 đồng");
}

TEST(LegacyDocumentTest, UnicodeVietnameseIsNeverTakenForLegacy) {
  const std::vector<std::string> lines = {
      "Các lớp học được tổ chức tại nhà văn hóa thôn, có 1.612 lượt người tham gia.",
      "Hà Nội, Thái Bình, Hòa Bình, Lào Cai, Cà Mau, Bà Rịa - Vũng Tàu, Đà Nẵng.",
      "Tiếp tục mở các lớp chuyên đề: an toàn giao thông, phòng chống ma túy, bạo lực gia đình.",
      "Xóa mù chữ, giáo dục tiếp tục sau khi biết chữ; ngoại ngữ, tin học; văn nghệ, thể thao.",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc",
      "Café, résumé, naïve, façade, Zürich, São Paulo, Ångström, ½, ×, ±, °C, « », §, ©",
  };
  Document doc;
  for (const std::string& l : lines) doc.AddBodyParagraph(l);
  NormalizeDocument(&doc);
  for (std::size_t i = 0; i < lines.size(); ++i) EXPECT_EQ(doc.body[i].paragraph.orig, lines[i]);
  EXPECT_TRUE(doc.warnings.empty());
}

TEST(LegacyDocumentTest, DetectionCanBeSwitchedOffOrForced) {
  Document off;
  off.AddBodyParagraph("B¸o c¸o kÕt qu¶ ho¹t ®éng n¨m 2024");
  NormalizeDocument(&off, {.detect_legacy = false});
  EXPECT_EQ(off.body[0].paragraph.orig, "B¸o c¸o kÕt qu¶ ho¹t ®éng n¨m 2024");

  Document forced;
  forced.AddBodyParagraph("Sè: 45");
  NormalizeDocument(&forced, {.assume_encoding = LegacyEncoding::kTcvn3});
  EXPECT_EQ(forced.body[0].paragraph.text, "Số: 45");
  EXPECT_TRUE(forced.warnings.empty()) << "asked for, not detected";
}

TEST(LegacyDocumentTest, ModernToneMarksOption) {
  Document doc;
  doc.AddBodyParagraph("Thanh Hóa, Khánh Hòa, sức khỏe, thủy lợi");
  NormalizeDocument(&doc, {.modern_tone_marks = true});
  EXPECT_EQ(doc.body[0].paragraph.text, "Thanh Hoá, Khánh Hoà, sức khoẻ, thuỷ lợi");
}

// Offices often type Unicode with .VnTime still selected: Word shows it
// with a fallback font, and the runs name a legacy font for Unicode text.
TEST(LegacyDocumentTest, UnicodeTypedInALegacyFontIsNotDecoded) {
  Document doc;
  doc.AddBodyParagraph("").paragraph =
      WithRuns({MakeRun("Báo cáo kết quả hoạt động của Trung tâm học tập cộng đồng", ".VnTime")});
  doc.AddBodyParagraph("").paragraph = WithRuns({MakeRun("Các lớp học", ".VnTime")});  // only Latin-1 letters
  NormalizeDocument(&doc);
  EXPECT_EQ(doc.body[0].paragraph.text, "Báo cáo kết quả hoạt động của Trung tâm học tập cộng đồng");
  EXPECT_EQ(doc.body[1].paragraph.text, "Các lớp học");
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_NE(doc.warnings[0].find("is Unicode"), std::string::npos) << doc.warnings[0];
  NormalizeDocument(&doc);
  EXPECT_EQ(doc.warnings.size(), 1u) << "said once";
}

TEST(LegacyDocumentTest, AFewUnicodeLettersInTcvn3TextStillDecode) {
  Document doc;
  Block& a = doc.AddBodyParagraph("");
  // A real TCVN3 document with one name pasted in Unicode.
  a.paragraph = WithRuns({MakeRun("B¸o c¸o kÕt qu¶ ho¹t ®éng cña Trung t©m häc tËp céng ®ång x· ", ".VnTime"),
                          MakeRun("Đắk", ".VnTime")});
  NormalizeDocument(&doc);
  EXPECT_EQ(a.paragraph.text, "Báo cáo kết quả hoạt động của Trung tâm học tập cộng đồng xã Đắk");
}

TEST(LegacyDocumentTest, RunsThatDoNotSpellOrigAreLeftAlone) {
  Document doc;
  Block& b = doc.AddBodyParagraph("");
  b.paragraph.runs = {MakeRun("häc", ".VnTime")};
  b.paragraph.orig = "something else";
  NormalizeDocument(&doc);
  EXPECT_EQ(b.paragraph.orig, "something else");
}

TEST(LegacyDocumentTest, FurnitureIsDecodedToo) {
  Document doc;
  Block footer;
  footer.paragraph = WithRuns({MakeRun("Trang 1 - B¸o c¸o n¨m 2024", ".VnTime")});
  doc.furniture.push_back(footer);
  NormalizeDocument(&doc);
  EXPECT_EQ(doc.furniture[0].paragraph.text, "Trang 1 - Báo cáo năm 2024");
}

// Random paragraphs of legacy, Unicode and hostile runs under random fonts:
// a second pass changes nothing and every text is canonical.
TEST(LegacyDocumentProperties, RandomRunsAreStableAndCanonical) {
  const std::vector<std::string> pieces = {
      "KÕt qu¶ ", "ho¹t ®éng ", "Keát quaû ", "ñoàng ", "Báo cáo ", "\t", "\n", "24 líp ", "1.612 ",
      "\xc2\xad", "\xc2\xa0", "\xcc\x81", "\xff", "VH-", "XH", "Hoá ", "¸", "ù", "Ð", "\xe2\x80\x93"};
  const std::vector<std::string> fonts = {".VnTime", ".VnTimeH", "VNI-Times", "Times New Roman", "", "VISCII"};
  std::mt19937 rng(7);
  auto pick = [&rng](const auto& v) { return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)]; };
  for (int round = 0; round < 300; ++round) {
    Document doc;
    const int paragraphs = std::uniform_int_distribution<int>(1, 4)(rng);
    for (int p = 0; p < paragraphs; ++p) {
      std::vector<baocao::Run> runs;
      const int n = std::uniform_int_distribution<int>(0, 5)(rng);
      for (int r = 0; r < n; ++r) runs.push_back(MakeRun(pick(pieces) + pick(pieces), pick(fonts)));
      doc.AddBodyParagraph("").paragraph = WithRuns(std::move(runs));
    }
    NormalizeDocument(&doc);
    std::vector<std::string> texts;
    for (const Block& b : doc.body) {
      texts.push_back(b.paragraph.orig + "\x01" + b.paragraph.text);
      EXPECT_EQ(CanonicalText(b.paragraph.text), b.paragraph.text);
    }
    const std::size_t warnings = doc.warnings.size();
    NormalizeDocument(&doc);
    for (std::size_t i = 0; i < doc.body.size(); ++i) {
      EXPECT_EQ(doc.body[i].paragraph.orig + "\x01" + doc.body[i].paragraph.text, texts[i]);
    }
    EXPECT_EQ(doc.warnings.size(), warnings);
  }
}

}  // namespace
}  // namespace baocao::normalize
