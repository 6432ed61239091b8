// Place names read by OCR (extractors/place_reading.h): the acute / hook
// above confusion undone by the rules' place syllables, only for OCR text,
// only where one twin is a place syllable and the other is not.
#include "extractors/place_reading.h"

#include <gtest/gtest.h>

#include <string>

#include "extractors/extract.h"
#include "tests/extractors/test_documents.h"

namespace baocao {
namespace {

using testing::DocBuilder;
using testing::ProjectRules;

TEST(ReadPlaceNameTest, ASyllableNoPlaceUsesIsReadAsItsPlaceTwin) {
  const RuleSet& rules = ProjectRules();
  EXPECT_EQ(ReadPlaceName(rules, "Cấm Thạch"), "Cẩm Thạch") << "hook above read as an acute";
  EXPECT_EQ(ReadPlaceName(rules, "An Thẳng"), "An Thắng") << "acute read as a hook above";
  EXPECT_EQ(ReadPlaceName(rules, "Cố Linh"), "Cổ Linh");
  EXPECT_EQ(ReadPlaceName(rules, "CẤM XUYÊN"), "CẨM XUYÊN") << "capitals keep their case";
  EXPECT_EQ(ReadPlaceName(rules, "Hái Hà"), "Hải Hà");
}

TEST(ReadPlaceNameTest, NamesBothOrNeitherTwinUsesAreKept) {
  const RuleSet& rules = ProjectRules();
  EXPECT_EQ(ReadPlaceName(rules, "Phú Lương"), "Phú Lương");
  EXPECT_EQ(ReadPlaceName(rules, "Phủ Lý"), "Phủ Lý");
  EXPECT_EQ(ReadPlaceName(rules, "Bộc Bố"), "Bộc Bố");
  EXPECT_EQ(ReadPlaceName(rules, "Phố Lu"), "Phố Lu");
  EXPECT_EQ(ReadPlaceName(rules, "Đức Phổ"), "Đức Phổ");
  EXPECT_EQ(ReadPlaceName(rules, "Nghiên Loan"), "Nghiên Loan");
  EXPECT_EQ(ReadPlaceName(rules, "Bắc Sơn"), "Bắc Sơn") << "a hook on a rhyme in c is no syllable";
  EXPECT_EQ(ReadPlaceName(rules, "Kiểm Lâm"), "Kiểm Lâm") << "neither twin listed";
}

TEST(LooksLikePlaceNameTest, RunsOfSyllablesAndNumbers) {
  EXPECT_TRUE(LooksLikePlaceName("Thanh Định"));
  EXPECT_TRUE(LooksLikePlaceName("Phường 5"));
  EXPECT_FALSE(LooksLikePlaceName("T Hanh Ị"));
  EXPECT_FALSE(LooksLikePlaceName("Tân Hư0ng"));
  EXPECT_FALSE(LooksLikePlaceName(""));
}

Document CommuneReport(bool ocr, const std::string& header) {
  DocBuilder b;
  if (ocr) b.Ocr();
  return b.P(header)
      .P("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG")
      .P("Số: 11/BC-TTHTCĐ")
      .P("BÁO CÁO")
      .P("Kết quả hoạt động năm 2024")
      .T({{"TT", "Đơn vị", "Số lớp", "Số lượt người tham gia"},
          {"1", "Xã An Thẳng", "3", "194"},
          {"2", "Xã Cố Linh", "4", "228"},
          {"", "Tổng cộng", "7", "422"}})
      .Build();
}

TEST(ReadPlaceNamesTest, AScanGivesPlaceNamesAsPlacesAreNamed) {
  Extraction ex = Extract(CommuneReport(true, "UBND HUYỆN CẤM XUYÊN"), ProjectRules(), {});
  EXPECT_EQ(ex.document.district, "Cẩm Xuyên");
  EXPECT_EQ(ex.document.issuer, "TTHTCĐ huyện Cẩm Xuyên") << "the issuer's place too";
  std::vector<Record> a = testing::OfType(ex, RecordType::kActivity);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].commune, "An Thắng");
  EXPECT_EQ(a[1].commune, "Cổ Linh");
  EXPECT_EQ(a[0].label, "Xã An Thẳng") << "the label is the evidence: as read";
}

TEST(ReadPlaceNamesTest, TypedTextKeepsWhatTheClerkTyped) {
  Extraction ex = Extract(CommuneReport(false, "UBND HUYỆN CẤM XUYÊN"), ProjectRules(), {});
  EXPECT_EQ(ex.document.district, "Cấm Xuyên");
  std::vector<Record> a = testing::OfType(ex, RecordType::kActivity);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].commune, "An Thẳng");
}

}  // namespace
}  // namespace baocao
