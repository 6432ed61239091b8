// Words -> lines -> paragraphs (layout/lines.h) on words placed by hand.
#include "ingest/layout/lines.h"

#include <gtest/gtest.h>

#include "tests/ingest/layout/placed_words.h"

namespace baocao {
namespace {

using testing::LineOf;

std::vector<std::string> Paragraphs(const std::vector<std::vector<PageWord>>& lines, TextRegion region) {
  std::vector<PageWord> words;
  for (const auto& l : lines) words.insert(words.end(), l.begin(), l.end());
  std::vector<std::string> out;
  for (const Block& b : ParagraphBlocks(GroupLines(words), region, 1)) out.push_back(b.paragraph.orig);
  return out;
}

TEST(PdfLinesTest, GroupLinesOrdersTopToBottomLeftToRight) {
  std::vector<PageWord> words = LineOf("second line", 0, 20);
  std::vector<PageWord> first = LineOf("first words", 0, 0);
  words.insert(words.end(), first.rbegin(), first.rend());
  std::vector<TextLine> lines = GroupLines(words);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(LineText(lines[0]), "first words");
  EXPECT_EQ(LineText(lines[1]), "second line");
}

TEST(PdfLinesTest, WrapJoinsAndRoomEndsParagraph) {
  // Region 0..200: "aaaa bbbb cccc dddd eeee ffff" reaches x = 213 > 200,
  // so lines of 7 words wrap; a line ending at 60 leaves room.
  TextRegion region{0, 200};
  auto p = Paragraphs({LineOf("aaaa bbbb cccc dddd eeee ffff gggg", 0, 0), LineOf("hhhh ii", 0, 14),
                       LineOf("jjjj kkkk", 0, 28)},
                      region);
  ASSERT_EQ(p.size(), 2u) << ::testing::PrintToString(p);
  EXPECT_EQ(p[0], "aaaa bbbb cccc dddd eeee ffff gggg hhhh ii");
  EXPECT_EQ(p[1], "jjjj kkkk");
}

// OCR'd lines: `confidence` set, and the size each line's height suggests.
std::vector<PageWord> OcrLineOf(const std::string& text, double x, double y, double size) {
  std::vector<PageWord> out = LineOf(text, x, y);
  for (PageWord& w : out) w.confidence = 95, w.size = size;
  return out;
}

TEST(PdfLinesTest, ScannedLineStartingLowerCaseContinuesAnOpenSentence) {
  // The second line is a quarter taller (stacked marks) and its first word
  // would have fitted on the first: in a scan it still continues the
  // sentence. A capital after a full stop starts the next paragraph.
  TextRegion region{0, 400};  // room for "với" on the first line
  auto p = Paragraphs({OcrLineOf("- Nhu cầu học tập có 5 chuyên đề", 0, 0, 10),
                       OcrLineOf("với 457 lượt người.", 0, 14, 12.5),
                       OcrLineOf("Số lượt tham gia", 0, 28, 10)},
                      region);
  ASSERT_EQ(p.size(), 2u) << ::testing::PrintToString(p);
  EXPECT_EQ(p[0], "- Nhu cầu học tập có 5 chuyên đề với 457 lượt người.");
  EXPECT_EQ(p[1], "Số lượt tham gia");
  // The same lines from a text layer: the room left ends the paragraph.
  auto text = Paragraphs({LineOf("- Nhu cầu học tập có 5 chuyên đề", 0, 0), LineOf("với 457 lượt người.", 0, 14)},
                         region);
  EXPECT_EQ(text.size(), 2u) << ::testing::PrintToString(text);
}

TEST(PdfLinesTest, AScannedLastLineOfAnyReadSizeEndsTheSentenceOfAFullLine) {
  // OCR sizes a short last line by its few letters: "4.424 lượt người."
  // reads 30% larger, "viên." a third smaller. After a full line whose
  // sentence is open, it is still that sentence's end.
  const std::vector<PageWord> full = OcrLineOf("Riêng xã Kim Đôi mở 81 lớp, xã Phúc Thủy 79 lớp với", 0, 0, 10);
  const TextRegion region{0, full.back().box.x1};
  for (double size : {13.0, 6.5}) {
    auto p = Paragraphs({full, OcrLineOf("4.424 lượt người.", 0, 14, size), OcrLineOf("Năm 2024 mở 20 lớp.", 0, 28, 10)},
                        region);
    ASSERT_EQ(p.size(), 2u) << size << ::testing::PrintToString(p);
    EXPECT_EQ(p[0], "Riêng xã Kim Đôi mở 81 lớp, xã Phúc Thủy 79 lớp với 4.424 lượt người.");
  }
  // A line ended by a stop, or one with room left, is the paragraph's end.
  auto closed = Paragraphs({OcrLineOf("Riêng xã Kim Đôi mở 81 lớp, xã Phúc Thủy 79 lớp.", 0, 0, 10),
                            OcrLineOf("4.424 lượt người.", 0, 14, 13)},
                           region);
  EXPECT_EQ(closed.size(), 2u) << ::testing::PrintToString(closed);
  auto room = Paragraphs({OcrLineOf("I. KẾT QUẢ HOẠT ĐỘNG", 0, 0, 10), OcrLineOf("Năm 2024 mở 20 lớp.", 0, 14, 13)},
                         region);
  EXPECT_EQ(room.size(), 2u) << ::testing::PrintToString(room);
}

TEST(PdfLinesTest, LinesSideBySideAreTwoColumnsNotOneParagraph) {
  // A scanned header's columns read half a line apart: the motto on the
  // right, open, then the left column's wrapped issuer. Their extents are
  // apart: two paragraphs, whatever the sentence test says.
  const TextRegion region{0, 500};
  auto p = Paragraphs({OcrLineOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 260, 0, 10),
                       OcrLineOf("PHĂNG TRUNG TÂM HỌC TẬP", 0, 8, 10)},
                      region);
  ASSERT_EQ(p.size(), 2u) << ::testing::PrintToString(p);
  EXPECT_EQ(p[0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
}

TEST(PdfLinesTest, ListMarkersBoldnessAndIndentStartParagraphs) {
  TextRegion region{0, 200};
  auto p = Paragraphs({LineOf("1. Heading in bold type here", 0, 0, true),
                       LineOf("aaaa bbbb cccc dddd eeee ffff gggg", 0, 14),
                       LineOf("- item one of a list of items", 0, 28), LineOf("- item two", 0, 42),
                       LineOf("aaaa bbbb cccc dddd eeee ffff gggg", 0, 56),
                       LineOf("bbbb cccc dddd eeee ffff gggg hh", 20, 70)},
                      region);
  ASSERT_EQ(p.size(), 6u) << ::testing::PrintToString(p);
  EXPECT_EQ(p[0], "1. Heading in bold type here");
  EXPECT_EQ(p[2], "- item one of a list of items");
  EXPECT_EQ(p[3], "- item two");  // room left on the line: the next one is new
  EXPECT_EQ(p[5], "bbbb cccc dddd eeee ffff gggg hh");  // first-line indent after a full line
}

TEST(PdfLinesTest, LargerPitchStartsParagraph) {
  TextRegion region{0, 200};
  auto p = Paragraphs({LineOf("aaaa bbbb cccc dddd eeee ffff gggg", 0, 0),
                       LineOf("aaaa bbbb cccc dddd eeee ffff gggg", 0, 14),
                       LineOf("aaaa bbbb cccc dddd eeee ffff gggg", 0, 28),
                       LineOf("zzzz bbbb cccc dddd eeee ffff gggg", 0, 50)},
                      region);
  ASSERT_EQ(p.size(), 2u) << ::testing::PrintToString(p);
}

TEST(PdfLinesTest, CentredLinesWrapWhenTheNextWordWouldNotFit) {
  TextRegion region{0, 120};
  auto p = Paragraphs({LineOf("PEOPLE COMMITTEE OF", 3, 0), LineOf("HOA", 51, 14), LineOf("No: 12", 42, 28)},
                      region);
  ASSERT_EQ(p.size(), 2u) << ::testing::PrintToString(p);
  EXPECT_EQ(p[0], "PEOPLE COMMITTEE OF HOA");
  EXPECT_EQ(p[1], "No: 12");
}

TEST(PdfLinesTest, AnIndentedFullLineUnderAWiderRegionIsNotCentred) {
  // The region runs 14 past the text margin (a table below is wider): the
  // indented first line keeps clear of both sides, yet it is a full line,
  // and the next line continues its paragraph.
  auto p = Paragraphs(
      {LineOf("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj", 20, 0), LineOf("kkkk ll.", 0, 14)}, {0, 300});
  ASSERT_EQ(p.size(), 1u) << ::testing::PrintToString(p);
}

TEST(PdfLinesTest, WordBrokenByANarrowColumnIsJoinedBack) {
  // A 14-wide cell: "ST" fills it, "T" goes below; "1.500.00" / "0".
  EXPECT_EQ(Paragraphs({LineOf("ST", 0, 0), LineOf("T", 0, 14)}, {0, 12}), std::vector<std::string>{"STT"});
  EXPECT_EQ(Paragraphs({LineOf("1.500.00", 0, 0), LineOf("0", 0, 14)}, {0, 48}),
            std::vector<std::string>{"1.500.000"});
  // ... space-grouped too: "1 99" / "8".
  EXPECT_EQ(Paragraphs({LineOf("1 99", 0, 0), LineOf("8", 0, 14)}, {0, 24}), std::vector<std::string>{"1 998"});
  // A space-grouped number in running text breaks at its space: "… hóa 4" /
  // "000 000 đồng" is "4 000 000".
  EXPECT_EQ(Paragraphs({LineOf("xa hoi hoa 4", 0, 0), LineOf("000 000 dong", 0, 14)}, {0, 72}),
            std::vector<std::string>{"xa hoi hoa 4 000 000 dong"});
  // Inside a bracket too: "(nghì" / "n" / "đồng)".
  EXPECT_EQ(Paragraphs({LineOf("(nghì", 0, 0), LineOf("n", 0, 14), LineOf("đồng)", 0, 28)}, {0, 30}),
            std::vector<std::string>{"(nghìn đồng)"});
  // A next line with a vowel is a word of its own.
  EXPECT_EQ(Paragraphs({LineOf("SO", 0, 0), LineOf("LOP", 0, 14)}, {0, 18}), std::vector<std::string>{"SO LOP"});
  // ... unless it is a lowercase letter or two alone that make one syllable
  // with the word before ("ngườ" / "i"); "nơi" / "ở" are two words.
  EXPECT_EQ(Paragraphs({LineOf("Lượt", 0, 0), LineOf("ngườ", 0, 14), LineOf("i", 0, 28)}, {0, 50}),
            std::vector<std::string>{"Lượt người"});
  EXPECT_EQ(Paragraphs({LineOf("nơi", 0, 0), LineOf("ở", 0, 14)}, {0, 30}), std::vector<std::string>{"nơi ở"});
  // A cell wider than its lines (a borderless table's, known by its
  // gutters): "chuyê" is no syllable and "n" completes it, whatever the
  // width; "Tổng" / "số" and "TTHTCD" / "xã" stay apart.
  EXPECT_EQ(Paragraphs({LineOf("Số", 28, 0), LineOf("chuyê", 22, 14), LineOf("n đề", 20, 28)}, {10, 60}),
            std::vector<std::string>{"Số chuyên đề"});
  EXPECT_EQ(Paragraphs({LineOf("TTHTCD", 0, 0), LineOf("xã", 0, 14)}, {0, 40}),
            std::vector<std::string>{"TTHTCD xã"});
}

TEST(PdfLinesTest, ANumberWrappedFromAnOpenFullLineIsNoListItem) {
  // "… và Tân Lập" / "40.": the count wrapped from a full line whose clause
  // is open continues the sentence; after a clause that ended, "2." opens
  // an item; a bullet always does.
  TextRegion region{0, 200};
  auto p = Paragraphs({LineOf("aaaa bbbb cccc dddd eeee ffff gggg", 0, 0), LineOf("40.", 0, 14),
                       LineOf("aaaa bbbb cccc dddd eeee ffff ggg:", 0, 28), LineOf("2. hhhh", 0, 42),
                       LineOf("aaaa bbbb cccc dddd eeee ffff gggg", 0, 56), LineOf("- iiii", 0, 70)},
                      region);
  ASSERT_EQ(p.size(), 5u) << ::testing::PrintToString(p);
  EXPECT_EQ(p[0], "aaaa bbbb cccc dddd eeee ffff gggg 40.");
  EXPECT_EQ(p[1], "aaaa bbbb cccc dddd eeee ffff ggg:");
  EXPECT_EQ(p[2], "2. hhhh");
  EXPECT_EQ(p[3], "aaaa bbbb cccc dddd eeee ffff gggg");
  EXPECT_EQ(p[4], "- iiii");
}

TEST(PdfLinesTest, AGapOfColumnsTypedWithSpacesIsATab) {
  // "UBND XÃ AN<spaces>CỘNG HÒA": a gap of 20 units (two ems at size 10)
  // inside one line is a typed column, kept as a tab; word spaces (3 units)
  // stay spaces.
  std::vector<PageWord> line = LineOf("UBND XA AN", 0, 0);
  std::vector<PageWord> right = LineOf("CONG HOA", line.back().box.x1 + 20, 0);
  line.insert(line.end(), right.begin(), right.end());
  auto p = Paragraphs({line}, TextRegion{0, 400});
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0], "UBND XA AN\tCONG HOA");
}

TEST(PdfLinesTest, SplitAtGapsFindsColumns) {
  std::vector<PageWord> words = LineOf("No: 12/BC", 0, 0);
  std::vector<PageWord> right = LineOf("Hoa Binh, 20 December", 150, 0);
  words.insert(words.end(), right.begin(), right.end());
  std::vector<TextLine> lines = GroupLines(words);
  ASSERT_EQ(lines.size(), 1u);
  std::vector<TextLine> parts = SplitAtGaps(lines[0], 1.5);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(LineText(parts[0]), "No: 12/BC");
  EXPECT_EQ(LineText(parts[1]), "Hoa Binh, 20 December");
}

}  // namespace
}  // namespace baocao
