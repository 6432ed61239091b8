// The printed lines of a paragraph (Paragraph::lines) from a text PDF: each
// wrapped line keeps its box, inside its paragraph's, in reading order, and
// its bytes of the paragraph; through normalisation (legacy decoding
// included) the lines point at their own text. These boxes are what a prose
// record's highlight is made of (pipeline/source_region.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/pdf/reader.h"
#include "normalize/legacy.h"
#include "normalize/normalize_document.h"
#include "tests/ingest/pdf/pdf_fixture.h"
#include "tests/ingest/pdf/read_without_ocr.h"

namespace baocao {
namespace {

using testing::NoOcr;
using testing::PdfFixture;
using testing::Read;

// Four lines that each fill the 72..523 measure, so they wrap into one
// paragraph, then a short closing paragraph.
const std::vector<std::string> kWrapped = {
    "The commune learning centre organised twelve classes for farmers of the valley, and",
    "most of them were held in the village halls during the winter months of the year, with",
    "four hundred and twelve learners taking part in classes on rice, pigs and fish farming,",
    "and the centre also opened two reading rooms for the children of the upper villages."};

PdfFixture WrappedPdf(int rotate = 0) {
  PdfFixture pdf;
  pdf.AddPage(595, 842, rotate);
  for (std::size_t k = 0; k < kWrapped.size(); ++k) pdf.Text(72, 760 - 14.0 * static_cast<double>(k), 12, kWrapped[k]);
  pdf.Text(72, 690, 12, "Closing remark.");
  return pdf;
}

bool Inside(const BoundingBox& inner, const BoundingBox& outer) {
  const double slack = 0.01;
  return inner.x0 >= outer.x0 - slack && inner.y0 >= outer.y0 - slack && inner.x1 <= outer.x1 + slack &&
         inner.y1 <= outer.y1 + slack;
}

TEST(PdfParagraphLinesTest, AWrappedParagraphKeepsEveryLinesBoxInReadingOrder) {
  Document doc = Read(WrappedPdf().Build());
  ASSERT_EQ(doc.body.size(), 2u);
  const Block& b = doc.body[0];
  ASSERT_TRUE(b.is_paragraph());
  ASSERT_TRUE(b.box.has_value());
  const Paragraph& p = b.paragraph;
  ASSERT_EQ(p.lines.size(), kWrapped.size()) << p.orig;
  for (std::size_t k = 0; k < p.lines.size(); ++k) {
    const ParagraphLine& line = p.lines[k];
    EXPECT_EQ(OrigOfLine(p, line), kWrapped[k]);
    ASSERT_TRUE(line.box.has_value());
    EXPECT_TRUE(Inside(*line.box, *b.box)) << "line " << k;
    EXPECT_FALSE(line.page.has_value()) << "on its block's page";
    // About one 12-point line high, not the paragraph's four.
    EXPECT_LT(line.box->y1 - line.box->y0, 16);
    if (k > 0) {
      EXPECT_GT(line.box->y0, p.lines[k - 1].box->y0) << "top to bottom";
      EXPECT_GE(line.orig_begin, p.lines[k - 1].orig_end) << "in the paragraph's order";
    }
  }
  // 842 - 760 = 82: the first line's baseline, its box a little above.
  EXPECT_NEAR(p.lines[0].box->y1, 82, 4);
  EXPECT_NEAR(p.lines[3].box->y1, 82 + 3 * 14, 4);
  ASSERT_EQ(doc.body[1].paragraph.lines.size(), 1u);
}

TEST(PdfParagraphLinesTest, NormalisedTextKeepsTheLinesOnTheirWords) {
  Document doc = Read(WrappedPdf().Build());
  normalize::NormalizeDocument(&doc);
  const Paragraph& p = doc.body[0].paragraph;
  ASSERT_EQ(p.lines.size(), kWrapped.size());
  for (std::size_t k = 0; k < p.lines.size(); ++k) EXPECT_EQ(TextOfLine(p, p.lines[k]), kWrapped[k]);
}

// A page shown turned by /Rotate: the lines go to the displayed page the
// same way as their paragraph, so they stay inside it there.
TEST(PdfParagraphLinesTest, LinesOfATurnedPageAreOnTheDisplayedPage) {
  Document doc = Read(WrappedPdf(90).Build());
  ASSERT_FALSE(doc.body.empty());
  const Block& b = doc.body[0];
  ASSERT_TRUE(b.box.has_value());
  ASSERT_EQ(b.paragraph.lines.size(), kWrapped.size());
  for (std::size_t k = 0; k < b.paragraph.lines.size(); ++k) {
    const BoundingBox& box = *b.paragraph.lines[k].box;
    EXPECT_TRUE(Inside(box, *b.box)) << "line " << k;
    // Displayed landscape, the text runs down the page: tall, narrow lines
    // from right to left.
    EXPECT_GT(box.y1 - box.y0, box.x1 - box.x0);
    if (k > 0) {
      EXPECT_LT(box.x0, b.paragraph.lines[k - 1].box->x0);
    }
  }
}

// `unicode` as the bytes a .VnTime font draws it with (TCVN3), for the
// fixture's one-byte strings. Not for "ư": its byte, 0xAD, is WinAnsi's
// soft hyphen, which poppler gives back as '-'.
std::string Tcvn3Bytes(const std::string& unicode) {
  const std::string coded = normalize::EncodeLegacy(unicode, normalize::LegacyEncoding::kTcvn3);
  std::string bytes;  // U+0000..U+00FF as one byte each
  for (std::size_t i = 0; i < coded.size(); ++i) {
    const auto c = static_cast<unsigned char>(coded[i]);
    if (c < 0x80) {
      bytes += static_cast<char>(c);
    } else {
      bytes += static_cast<char>(((c & 0x03) << 6) | (static_cast<unsigned char>(coded[i + 1]) & 0x3F));
      ++i;
    }
  }
  return bytes;
}

// TCVN3 text in a .VnTime font, over two wrapped lines: decoding changes the
// bytes, and each line moves with its own.
TEST(PdfParagraphLinesTest, LinesFollowTheirTextThroughLegacyDecoding) {
  PdfFixture pdf;
  PdfFixture::Font font;
  font.base = ".VnTime";
  const std::string f = pdf.AddFont(font);
  pdf.AddPage();
  const std::string first =
      "trung tâm học tập cộng đồng xã đã mở các lớp tập huấn kiến thức cho nông dân và cán bộ thôn";
  const std::string second = "trong năm 2025.";
  pdf.Text(72, 700, 12, Tcvn3Bytes(first), f);
  pdf.Text(72, 686, 12, Tcvn3Bytes(second), f);
  Document doc = Read(pdf.Build());
  ASSERT_EQ(doc.body.size(), 1u) << doc.body.size();
  normalize::NormalizeDocument(&doc);
  const Paragraph& p = doc.body[0].paragraph;
  ASSERT_EQ(p.text, first + " " + second) << "decoded";
  ASSERT_EQ(p.lines.size(), 2u) << p.text;
  EXPECT_EQ(TextOfLine(p, p.lines[0]), first);
  EXPECT_EQ(TextOfLine(p, p.lines[1]), second);
  EXPECT_EQ(OrigOfLine(p, p.lines[1]), second) << "orig is decoded too";
}

}  // namespace
}  // namespace baocao
