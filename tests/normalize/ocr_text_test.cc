#include "normalize/ocr_text.h"

#include <gtest/gtest.h>

#include "document/document.h"
#include "normalize/normalize_document.h"

namespace baocao::normalize {
namespace {

TEST(OcrTextTest, LookAlikesInNumbersAndUnitNounsAreRepaired) {
  EXPECT_EQ(RepairOcrText("Mở 12 Iớp với 3O5 Iượt người"), "Mở 12 lớp với 305 lượt người");
  EXPECT_EQ(RepairOcrText("thu hút 1.2OO lượt người, 2 Iần"), "thu hút 1.200 lượt người, 2 lần");
}

TEST(OcrTextTest, AStrokeOrADotStartingAWordBeforeAVowelIsAnL) {
  EXPECT_EQ(RepairOcrText("Giáo dục pháp .uật"), "Giáo dục pháp luật");
  EXPECT_EQ(RepairOcrText("Tuyên truyền |uật giao thông"), "Tuyên truyền luật giao thông");
  // Sentence and number punctuation stays: a capital after the dot, a digit
  // before it, a dot inside an abbreviation.
  for (const char* kept : {"xã.Ủy ban", "tăng 2.5 lần", "v.v.", "12.ước tính", "a | b"}) {
    EXPECT_EQ(RepairOcrText(kept), kept);
  }
}

TEST(OcrTextTest, WordsThatMayStartWithICapitalAreLeftAlone) {
  // No vowel after the I: a Vietnamese word or a numeral.
  for (const char* kept : {"In ấn tài liệu", "Ích lợi", "I. KẾT QUẢ", "II. NHIỆM VỤ", "Internet", "mã 10B"}) {
    EXPECT_EQ(RepairOcrText(kept), kept);
  }
  // An I inside a word, or a single real digit, is no look-alike here.
  EXPECT_EQ(RepairOcrText("VIỆT NAM"), "VIỆT NAM");
  EXPECT_EQ(RepairOcrText("1O lớp"), "1O lớp");
}

TEST(OcrTextTest, OnlyTextReadByOcrIsRepairedAndOrigKeepsWhatWasRead) {
  Document doc;
  Block& ocr = doc.AddBodyParagraph("Mở 12 Iớp với 3O5 Iượt người");
  ocr.confidence = 71.0;
  doc.AddBodyParagraph("Mở 12 Iớp với 3O5 Iượt người");  // a text layer: as typed
  NormalizeDocument(&doc, {});
  EXPECT_EQ(doc.body[0].paragraph.text, "Mở 12 lớp với 305 lượt người");
  EXPECT_EQ(doc.body[0].paragraph.orig, "Mở 12 Iớp với 3O5 Iượt người");
  EXPECT_EQ(doc.body[1].paragraph.text, "Mở 12 Iớp với 3O5 Iượt người");
}

}  // namespace
}  // namespace baocao::normalize
