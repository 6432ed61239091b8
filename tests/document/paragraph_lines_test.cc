// A paragraph's printed lines through normalisation (normalize/
// paragraph_lines.h): each line keeps pointing at its own words when the
// paragraph's orig is decoded from a legacy encoding and when its canonical
// text folds spaces, recomposes marks or joins a hyphen-broken code; a line
// that cannot be placed says so with an empty range instead of pointing at
// someone else's words.
#include "normalize/paragraph_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace baocao::normalize {
namespace {

// A paragraph of `lines` joined by `joint`, each line's orig range set.
Paragraph Printed(const std::vector<std::string>& lines, const std::string& joint = " ") {
  Paragraph p;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (k > 0) p.orig += joint;
    ParagraphLine line;
    line.orig_begin = p.orig.size();
    p.orig += lines[k];
    line.orig_end = p.orig.size();
    p.lines.push_back(line);
  }
  return p;
}

void Canonicalise(Paragraph* p) {
  p->text = CanonicalText(p->orig);
  PlaceLinesInText(p, TextOptions{});
}

std::vector<std::string> LineTexts(const Paragraph& p) {
  std::vector<std::string> out;
  for (const ParagraphLine& line : p.lines) out.emplace_back(TextOfLine(p, line));
  return out;
}

TEST(ParagraphLinesTest, FoldedSpacesAndRecomposedMarksKeepEachLineOnItsWords) {
  // NBSP and a double space inside, trailing spaces, an NFD "Hòa".
  Paragraph p = Printed({"Xã  Ho\xCC\x80" "a\xC2\xA0" "Bình mở ", "4 lớp tin học", "cho 96 lượt người."});
  Canonicalise(&p);
  EXPECT_EQ(p.text, "Xã Hòa Bình mở 4 lớp tin học cho 96 lượt người.");
  EXPECT_EQ(LineTexts(p), (std::vector<std::string>{"Xã Hòa Bình mở", "4 lớp tin học", "cho 96 lượt người."}));
}

TEST(ParagraphLinesTest, AHyphenBrokenCodeJoinsAcrossTheLineEdge) {
  Paragraph p = Printed({"Phòng VH-", "XH phối hợp mở 2 lớp."}, "\n");
  Canonicalise(&p);
  EXPECT_EQ(p.text, "Phòng VH-XH phối hợp mở 2 lớp.");
  EXPECT_EQ(LineTexts(p), (std::vector<std::string>{"Phòng VH-", "XH phối hợp mở 2 lớp."}));
}

TEST(ParagraphLinesTest, AnUnplacedLineHasAnEmptyRangeAndTheOthersStayPlaced) {
  Paragraph p = Printed({"Mở 4 lớp", "tin học", "cho 96 người."});
  p.lines[1].orig_begin = p.lines[1].orig_end = 0;
  Canonicalise(&p);
  EXPECT_EQ(p.lines[1].text_begin, p.lines[1].text_end);
  EXPECT_EQ(TextOfLine(p, p.lines[0]), "Mở 4 lớp");
  EXPECT_EQ(TextOfLine(p, p.lines[2]), "cho 96 người.");
}

// A line cut inside a letter (a mark alone at the start of the next line):
// its own canonical text is not the paragraph's. The ranges still follow
// the paragraph's text in order, cover it and never overlap.
TEST(ParagraphLinesTest, ALineCutInsideALetterStillGetsOrderedRangesThatCoverTheText) {
  Paragraph p = Printed({"Xã Ho", "\xCC\x80" "a Bình mở 4 lớp."}, "");
  Canonicalise(&p);
  EXPECT_EQ(p.text, "Xã Hòa Bình mở 4 lớp.");
  ASSERT_EQ(p.lines.size(), 2u);
  EXPECT_EQ(p.lines[0].text_begin, 0u);
  EXPECT_LE(p.lines[0].text_end, p.lines[1].text_begin);
  EXPECT_LE(p.lines[1].text_begin, p.lines[1].text_end);
  EXPECT_EQ(p.lines[1].text_end, p.text.size());
  EXPECT_GE(p.lines[1].text_begin, p.lines[0].text_end);
  EXPECT_LE(p.lines[1].text_begin - p.lines[0].text_end, 1u) << "nothing between them but a space";
}

// "Kết quả" in TCVN3 in one run, plain ASCII in the next, over two lines
// whose edge is inside the first run.
TEST(ParagraphLinesTest, DecodingMovesEachLineOntoItsDecodedBytes) {
  const std::string tcvn3 = EncodeLegacy("kết quả tốt", LegacyEncoding::kTcvn3);
  Paragraph p = Printed({tcvn3.substr(0, tcvn3.find(' ')), tcvn3.substr(tcvn3.find(' ') + 1) + " 2025"});
  const std::size_t run_end = tcvn3.size();
  std::vector<EncodedSpan> spans = {{0, run_end, LegacyEncoding::kTcvn3}, {run_end, p.orig.size(), LegacyEncoding::kNone}};
  const std::string decoded = "kết quả tốt 2025";
  MoveLinesThroughDecoding(p.orig, decoded, spans, &p.lines);
  p.orig = decoded;
  EXPECT_EQ(OrigOfLine(p, p.lines[0]), "kết");
  EXPECT_EQ(OrigOfLine(p, p.lines[1]), "quả tốt 2025");
}

TEST(ParagraphLinesTest, DecodingThatDoesNotAddUpLeavesEveryLineUnplaced) {
  const std::string tcvn3 = EncodeLegacy("kết quả", LegacyEncoding::kTcvn3);
  Paragraph p = Printed({tcvn3.substr(0, tcvn3.find(' ')), tcvn3.substr(tcvn3.find(' ') + 1)});
  MoveLinesThroughDecoding(p.orig, "something else", {{0, p.orig.size(), LegacyEncoding::kTcvn3}}, &p.lines);
  for (const ParagraphLine& line : p.lines) EXPECT_EQ(line.orig_begin, line.orig_end);
}

}  // namespace
}  // namespace baocao::normalize
