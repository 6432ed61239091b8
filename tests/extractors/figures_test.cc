#include "extractors/figures.h"

#include <gtest/gtest.h>

#include "extractors/extract.h"
#include "tests/extractors/test_documents.h"

namespace baocao {
namespace {

TEST(FiguresTest, CountsRatiosPercentagesAndAreas) {
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Tổng kết năm 2023")
                     .P("Xã có 8 thôn với 1.240 hộ, diện tích 3.512,6 ha.")
                     .P("Đến nay 14/17 TTHTCĐ đã có trụ sở; 100% TTHTCĐ có quy chế hoạt động.")
                     .P("Huyện có trên 200 cộng tác viên.")
                     .Build();
  std::vector<Record> f = testing::RecordsOf(doc, RecordType::kFigure);
  ASSERT_EQ(f.size(), 6u);
  EXPECT_EQ(f[0].value, 8);
  EXPECT_EQ(f[0].unit, "thôn");
  EXPECT_EQ(f[0].label, "thôn") << "the phrase stops at 'với'";
  EXPECT_EQ(f[1].value, 1240);
  EXPECT_EQ(f[1].unit, "hộ");
  EXPECT_EQ(f[2].value, 3512.6);
  EXPECT_EQ(f[2].unit, "ha");
  EXPECT_EQ(f[2].rule, "figure.area");
  EXPECT_EQ(f[3].value, 14);
  EXPECT_EQ(f[3].of, 17);
  EXPECT_EQ(f[3].rule, "figure.ratio");
  EXPECT_EQ(f[4].value, 100);
  EXPECT_EQ(f[4].unit, "%");
  EXPECT_EQ(f[5].value, 200);
  EXPECT_TRUE(f[5].approx) << "'trên 200' is a hedge";
  EXPECT_EQ(f[0].period, "2023");
  EXPECT_EQ(f[0].source.block, 2);
}

TEST(FiguresTest, YearsDatesReferencesAndUnitlessNumbersAreNotFigures) {
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Tổng kết năm 2023")
                     .P("Thực hiện Quyết định số 12 ngày 18/12/2020; năm 2024 Ban giám đốc đã họp 4 lần.")
                     .Build();
  EXPECT_TRUE(testing::RecordsOf(doc, RecordType::kFigure).empty());
}

TEST(FiguresTest, FiguresFollowActivitiesSoCheckPositionsStayStable) {
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("Xã có 6 thôn.")
                     .P("- Pháp luật: 3 lớp, 150 lượt người")
                     .Build();
  Extraction ex = Extract(doc, testing::ProjectRules(), {});
  ASSERT_EQ(ex.records.size(), 2u);
  EXPECT_EQ(ex.records[0].type, RecordType::kActivity);
  EXPECT_EQ(ex.records[1].type, RecordType::kFigure);
}

}  // namespace
}  // namespace baocao
