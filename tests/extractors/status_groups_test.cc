// Column groups of status (Nhu cầu | Kế hoạch | Thực hiện) and roll-up rows
// named by other units than communes (phường, thị trấn, thôn, bản, tổ dân
// phố), written for this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/extract.h"
#include "tests/extractors/test_documents.h"

namespace baocao {
namespace {

using testing::DocBuilder;
using testing::ProjectRules;

std::string Key(const Record& r) {
  auto s = [](const std::optional<std::string>& v) { return v.value_or("-"); };
  auto n = [](const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : std::string("-"); };
  return s(r.status) + " " + s(r.period) + " " + s(r.topic) + " " + s(r.commune) + " " + n(r.classes) + " " +
         n(r.participants);
}

std::vector<std::string> Keys(const Document& doc) {
  std::vector<std::string> out;
  for (const Record& r : testing::RecordsOf(doc, RecordType::kActivity)) out.push_back(Key(r));
  return out;
}

// A survey of needs beside the plan and the results: three statuses, one
// column group each, read from the group's own heading.
TEST(StatusColumnGroupsTest, DemandPlanAndActualGroups) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả hoạt động năm 2025")
                     .T({{"TT", "Nội dung", "Nhu cầu người học", "<<", "Kế hoạch", "<<", "Thực hiện", "<<"},
                         {"^^", "^^", "Số lớp", "Số người", "Số lớp", "Số người", "Số lớp", "Số người"},
                         {"1", "Tin học cơ bản", "4", "120", "3", "90", "3", "87"},
                         {"2", "Kỹ thuật trồng trọt", "6", "240", "5", "200", "6", "231"}})
                     .Build();
  EXPECT_EQ(Keys(doc), (std::vector<std::string>{
                           "demand 2025 ngoai_ngu_tin_hoc - 4 120",
                           "plan 2025 ngoai_ngu_tin_hoc - 3 90",
                           "actual 2025 ngoai_ngu_tin_hoc - 3 87",
                           "demand 2025 kinh_te - 6 240",
                           "plan 2025 kinh_te - 5 200",
                           "actual 2025 kinh_te - 6 231",
                       }));
}

// A district's roll-up names its rows by ward, town, village or hamlet as
// well as by commune: each is the row's unit, named without its unit word.
TEST(RollupUnitsTest, WardsTownsVillagesAndHamlets) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Tổng hợp kết quả hoạt động năm 2024")
                     .T({{"TT", "Đơn vị", "Số lớp", "Số lượt người"},
                         {"1", "Phường Quang Trung", "12", "640"},
                         {"2", "Thị trấn Nông Cống", "9", "455"},
                         {"3", "Xã Tân Lập", "7", "380"},
                         {"", "Cộng", "28", "1.475"}})
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].commune, "Quang Trung");
  EXPECT_EQ(a[1].commune, "Nông Cống");
  EXPECT_EQ(a[2].commune, "Tân Lập");
  EXPECT_EQ(a[3].commune, std::nullopt) << "the total row names no unit";
  EXPECT_EQ(a[3].participants, 1475);
}

TEST(RollupUnitsTest, VillagesOfACommuneReport) {
  Document doc = DocBuilder()
                     .P("UBND XÃ HÒA AN")
                     .P("BÁO CÁO")
                     .P("Kết quả tuyên truyền tại các thôn, bản năm 2024")
                     .T({{"TT", "Thôn, bản", "Số buổi", "Số lượt người"},
                         {"1", "Thôn Nà Pục", "4", "160"},
                         {"2", "Bản Khuổi Mìn", "3", "95"},
                         {"3", "Tổ dân phố 5", "2", "70"},
                         {"", "Tổng", "9", "325"}})
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 4u);
  for (const Record& r : a) EXPECT_EQ(r.participants.has_value(), true);
  EXPECT_EQ(a[0].commune, "Nà Pục") << "a row's unit, whatever its level";
  EXPECT_EQ(a[1].commune, "Khuổi Mìn");
  EXPECT_EQ(a[2].commune, "Tổ dân phố 5") << "a number is no name without its unit";
  EXPECT_EQ(a[3].commune, std::nullopt);
  EXPECT_EQ(a[0].participants, 160);
  EXPECT_EQ(a[3].participants, 325);
  Extraction ex = Extract(doc, ProjectRules(), {});
  for (const Record& r : ex.records) EXPECT_NE(r.rule, "sum-mismatch") << r.label;
}

}  // namespace
}  // namespace baocao
