#include "extractors/table.h"

#include <gtest/gtest.h>

#include "extractors/extract.h"
#include "tests/extractors/test_documents.h"

namespace baocao {
namespace {

using testing::DocBuilder;
using testing::ProjectRules;

Document TwoRowHeaderReport(const std::string& total_participants) {
  return DocBuilder()
      .P("BÁO CÁO")
      .P("Kết quả hoạt động năm 2023")
      .P("3. Kết quả cụ thể")
      .T({{"TT", "Tên hoạt động", "Số lớp (chuyên đề)", "Số lượt người tham gia", "<<"},
          {"^^", "^^", "^^", "Tổng số", "Nữ"},
          {"1", "Chuyên đề phổ biến pháp luật", "3", "1.245", "610"},
          {"2", "Học nghề ngắn hạn", "1", "42", ""},
          {"3", "Tập huấn kỹ thuật chăn nuôi (KT)", "02", "130", "0"},
          {"", "Tổng cộng", "6", total_participants, "<<"}})
      .Build();
}

TEST(ActivityTableTest, TwoRowMergedHeaderMapsEveryColumn) {
  Extraction ex = Extract(TwoRowHeaderReport("1.417"), ProjectRules(), {});
  std::vector<Record> a = testing::OfType(ex, RecordType::kActivity);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].label, "Chuyên đề phổ biến pháp luật");
  EXPECT_EQ(a[0].topic, "phap_luat");
  EXPECT_EQ(a[0].classes, 3);
  EXPECT_EQ(a[0].participants, 1245);
  EXPECT_EQ(a[0].female, 610);
  EXPECT_EQ(a[0].status, "actual");
  EXPECT_EQ(a[0].period, "2023");
  EXPECT_EQ(a[1].topic, "hoc_nghe");
  EXPECT_EQ(a[1].female, std::nullopt) << "a blank cell is unknown, not 0";
  EXPECT_EQ(a[2].label, "Tập huấn kỹ thuật chăn nuôi");
  EXPECT_EQ(a[2].topic, "kinh_te");
  EXPECT_EQ(a[2].classes, 2);
  EXPECT_EQ(a[2].female, 0) << "a printed 0 is a real 0";
  EXPECT_EQ(a[3].topic, "tong");
  EXPECT_EQ(a[3].participants, 1417);
  // Provenance: block index of the table, the grid row, the row's text.
  EXPECT_EQ(a[0].source.block, 3);
  EXPECT_EQ(a[0].source.row, 2);
  EXPECT_NE(a[0].source.text.find("1.245"), std::string::npos);
  EXPECT_EQ(a[0].rule, "table.activity");
  EXPECT_TRUE(testing::ChecksNamed(ex, "sum-mismatch").empty());
}

// OCR reads the hook of "Tổng" as an acute or drops it: a lone "Tống" or
// "Tông" is the total still; "Công" (work) is not "Cộng".
TEST(ActivityTableTest, TotalWordsAsOcrMisreadsThem) {
  for (const char* word : {"Tống", "Tông", "TỐNG CỘNG", "Cổng"}) {
    Document doc = DocBuilder()
                       .P("BÁO CÁO")
                       .P("Kết quả hoạt động năm 2023")
                       .T({{"TT", "Tên hoạt động", "Số lớp", "Số lượt người"},
                           {"1", "Chuyên đề phổ biến pháp luật", "3", "120"},
                           {"2", "Học nghề ngắn hạn", "1", "42"},
                           {"", word, "4", "162"}})
                       .Build();
    std::vector<Record> a = testing::OfType(Extract(doc, ProjectRules(), {}), RecordType::kActivity);
    ASSERT_EQ(a.size(), 3u) << word;
    EXPECT_EQ(a[2].topic, "tong") << word;
  }
}

TEST(ActivityTableTest, WrongTotalRaisesSumMismatchNamingTheRecords) {
  Extraction ex = Extract(TwoRowHeaderReport("1.471"), ProjectRules(), {});
  std::vector<Record> checks = testing::ChecksNamed(ex, "sum-mismatch");
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_NE(checks[0].message.find("1471"), std::string::npos) << checks[0].message;
  EXPECT_NE(checks[0].message.find("1417"), std::string::npos) << checks[0].message;
  EXPECT_EQ(checks[0].refs.size(), 4u);
  // The stated total is kept as printed.
  EXPECT_EQ(testing::OfType(ex, RecordType::kActivity)[3].participants, 1471);
}

// A scan of a table in sections: "STT" read "ST T1", the third section's
// "III" read "IH". The numbers column is still found, and "IH" where the
// sequence I, II expects III is III: its rows are its parts, not the second
// section's, and the total adds up.
TEST(ActivityTableTest, RomanSectionMarkersMisreadByOcrKeepTheirSequence) {
  for (const char* third : {"III", "IH", "HI", "IIl", "1II"}) {
    Document doc = DocBuilder()
                       .P("BÁO CÁO")
                       .P("Kết quả hoạt động năm 2024")
                       .T({{"ST T1", "Chuyên đề, lớp học", "Số lớp", "Số lượt người"},
                           {"I", "Chăm sóc sức khỏe", "5", "200"},
                           {"1", "Phòng chống sốt xuất huyết", "3", "120"},
                           {"2", "Dinh dưỡng trẻ em", "2", "80"},
                           {"II", "Pháp luật", "4", "150"},
                           {"1", "Luật Đất đai", "4", "150"},
                           {third, "Học nghề ngắn hạn", "6", "240"},
                           {"1", "Dạy nghề may", "2", "90"},
                           {"2", "Dạy nghề đan lát", "4", "150"},
                           {"", "Tổng cộng", "15", "590"}})
                       .Build();
    Extraction ex = Extract(doc, ProjectRules(), {});
    EXPECT_TRUE(testing::ChecksNamed(ex, "sum-mismatch").empty()) << third;
    int sections = 0;
    for (const Record& r : testing::OfType(ex, RecordType::kActivity)) sections += r.label == "Học nghề ngắn hạn";
    EXPECT_EQ(sections, 1) << third;
  }
}

// The first section's "I" read "1" as well: the sequence starts at II, or
// no Roman numeral is left to start it from. A "1" right above another "1"
// opens a section when the first numeral below is II, read so or spelled so
// ("H"), and III ("IH") follows. With the "STT" heading misread past
// recognition too ("SIT", "5TI"), a first column whose cells are all
// outline markers as OCR reads them is the numbers column (before: the
// section rows were counted as parts, a false sum-mismatch of twice the
// total).
TEST(ActivityTableTest, FirstSectionMarkerReadAsOneStillOpensTheSequence) {
  for (const char* heading : {"STT", "SIT", "5TI"})
  for (const char* second : {"H", "II"}) {
    Document doc = DocBuilder()
                       .P("BÁO CÁO")
                       .P("Kết quả hoạt động năm 2024")
                       .T({{heading, "Chuyên đề, lớp học", "Số lớp", "Số lượt người"},
                           {"1", "Các chuyên đề khác", "4", "284"},
                           {"1", "Các hoạt động khác", "4", "284"},
                           {second, "Chăm sóc sức khỏe", "5", "200"},
                           {"1", "Phòng chống sốt xuất huyết", "3", "120"},
                           {"2", "Dinh dưỡng trẻ em", "2", "80"},
                           {"IH", "Học nghề ngắn hạn", "6", "240"},
                           {"1", "Dạy nghề may", "2", "90"},
                           {"2", "Dạy nghề đan lát", "4", "150"},
                           {"", "Tổng cộng", "15", "724"}})
                       .Build();
    Extraction ex = Extract(doc, ProjectRules(), {});
    EXPECT_TRUE(testing::ChecksNamed(ex, "sum-mismatch").empty()) << heading << " " << second;
    int sections = 0;
    for (const Record& r : testing::OfType(ex, RecordType::kActivity)) {
      sections += r.label == "Các chuyên đề khác" || r.label == "Chăm sóc sức khỏe" || r.label == "Học nghề ngắn hạn";
    }
    EXPECT_EQ(sections, 3) << heading << " " << second;
  }
}

// Items numbered 1, 1, 2 (a typing slip) with no Roman numeral below are
// no sections.
TEST(ActivityTableTest, RepeatedOneWithoutRomanMarkersOpensNoSection) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả hoạt động năm 2024")
                     .T({{"STT", "Chuyên đề, lớp học", "Số lớp", "Số lượt người"},
                         {"1", "Phòng chống sốt xuất huyết", "3", "120"},
                         {"1", "Dinh dưỡng trẻ em", "2", "80"},
                         {"2", "Dạy nghề may", "2", "90"},
                         {"", "Tổng cộng", "7", "290"}})
                     .Build();
  Extraction ex = Extract(doc, ProjectRules(), {});
  EXPECT_TRUE(testing::ChecksNamed(ex, "sum-mismatch").empty());
  EXPECT_EQ(testing::OfType(ex, RecordType::kActivity).size(), 4u);
}

// OCR left a speck of a rule before a heading ("- Thời gian"): the column
// is still the time column, its months the rows' periods.
TEST(ActivityTableTest, AHeadingWithAStrayMarkBeforeItKeepsItsMeaning) {
  Document doc = DocBuilder()
                     .P("KẾ HOẠCH")
                     .P("Hoạt động của Trung tâm năm 2025")
                     .T({{"TT", "Nội dung", "- Thời gian", "Số lớp", "Số lượt người"},
                         {"1", "Tuyên truyền pháp luật", "Tháng 3", "2", "80"},
                         {"2", "Tin học cơ bản", "Quý II", "1", "30"}})
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].period, "2025-03");
  EXPECT_EQ(a[1].period, "2025-04/2025-06");
}

TEST(ActivityTableTest, ColumnsInAnyOrderWithMonthCaptionsAndCosts) {
  Document doc = DocBuilder()
                     .P("KẾ HOẠCH")
                     .P("Hoạt động của Trung tâm năm 2025")
                     .P("KẾ HOẠCH THÁNG 3 NĂM 2025")
                     .T({{"STT", "NỘI DUNG HOẠT ĐỘNG", "ĐỊA ĐIỂM", "KINH PHÍ", "SỐ HỌC VIÊN", "SỐ LỚP", "GHI CHÚ"},
                         {"1", "Tuyên truyền phòng chống đuối nước (SK)", "Nhà văn hóa thôn Pác Ngà", "650.000đ",
                          "75", "01", "Tự mở"},
                         {"2", "Hướng dẫn trồng cây ăn quả (KT)", "", "700.000đ", "80", "", "Phối hợp"}})
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].status, "plan");
  EXPECT_EQ(a[0].period, "2025-03");
  EXPECT_EQ(a[0].topic, "suc_khoe");
  EXPECT_EQ(a[0].participants, 75);
  EXPECT_EQ(a[0].classes, 1);
  EXPECT_EQ(a[0].cost_vnd, 650000);
  EXPECT_EQ(a[0].organizer, "center");
  EXPECT_EQ(a[0].location, "Nhà văn hóa thôn Pác Ngà");
  EXPECT_EQ(a[1].classes, std::nullopt);
  EXPECT_EQ(a[1].organizer, "partner");
  EXPECT_EQ(a[1].location, std::nullopt);
}

TEST(ActivityTableTest, MoneyCaptionScalesCosts) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("ĐVT: triệu đồng")
                     .T({{"TT", "Nội dung", "Số lớp", "Kinh phí"}, {"1", "Lớp tin học văn phòng", "2", "6,5"}})
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].cost_vnd, 6500000);
  EXPECT_EQ(a[0].topic, "ngoai_ngu_tin_hoc");
}

// Also with two columns' numbers in one cell ("B 1" | "2" | "3": a
// borderless table's column border read between the label's letter and the
// first figure's number); before, that row was data, a false total.
TEST(ActivityTableTest, ColumnNumberRowIsNotData) {
  for (const std::vector<std::string>& numbers :
       {std::vector<std::string>{"A", "B", "1", "2", "3"}, std::vector<std::string>{"A", "B 1", "2", "3", ""}}) {
    Document doc = DocBuilder()
                       .P("BÁO CÁO")
                       .P("Kết quả năm 2024")
                       .T({{"TT", "Tên hoạt động", "Số lớp", "Số người tham gia", "Nữ"},
                           numbers,
                           {"1", "Văn nghệ, thể dục thể thao", "5", "320", "150"},
                           {"2", "Giáo dục pháp luật", "3", "90", "40"}})
                       .Build();
    std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
    ASSERT_EQ(a.size(), 2u) << numbers[1];
    EXPECT_EQ(a[0].topic, "van_nghe_the_thao");
    EXPECT_EQ(a[0].source.row, 2);
    EXPECT_TRUE(testing::ChecksNamed(doc, "sum-mismatch").empty()) << numbers[1];
  }
}

TEST(ActivityTableTest, TableWithoutActivityHeadersGivesNoRecords) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Danh sách")
                     .T({{"TT", "Họ và tên", "Chức vụ"}, {"1", "Nguyễn Văn A", "Giám đốc"}})
                     .Build();
  EXPECT_TRUE(testing::RecordsOf(doc, RecordType::kActivity).empty());
}

// A name column whose header reads as a measure ("Lớp học") holds words:
// it names the rows, before a time column of dates; "Nam" beside "Nữ" is a
// figure.
TEST(ActivityTableTest, AWordsColumnUnderAMeasuresHeaderNamesTheRows) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .T({{"TT", "Lớp học", "Thời gian", "Số lớp", "Nam", "Nữ"},
                         {"1", "Tin học cơ bản", "Từ 12/3 đến 20/4", "2", "30", "25"},
                         {"2", "Giáo dục pháp luật", "05/5 - 09/5/2024", "3", "70", "90"}})
                     .Build();
  Extraction ex = Extract(doc, ProjectRules(), {});
  std::vector<Record> a = testing::OfType(ex, RecordType::kActivity);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].topic, "ngoai_ngu_tin_hoc");
  EXPECT_EQ(a[0].period, "2024-03/2024-04") << "the months of the dates in the time column";
  EXPECT_EQ(a[1].period, "2024-05");
  EXPECT_EQ(a[0].classes, 2);
  EXPECT_EQ(a[0].female, 25);
  EXPECT_EQ(a[0].participants, std::nullopt) << "men and women are printed, not their sum";
  EXPECT_EQ(a[1].topic, "phap_luat");
  EXPECT_EQ(a[1].female, 90);
  EXPECT_EQ(testing::OfType(ex, RecordType::kFigure).size(), 2u);
}

// Rows of counts, each naming its topic, in one column of results: rows of
// different topics are different activities, and a topic may count its
// classes alone.
TEST(ActivityTableTest, CountRowsOfDifferentTopicsAreDifferentActivities) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .T({{"TT", "Nội dung", "Đơn vị tính", "Số lượng"},
                         {"1", "Số lớp chuyên đề đã mở", "Lớp", "12"},
                         {"2", "Số lượt người tham gia", "Lượt người", "410"},
                         {"3", "Số lớp tin học", "Lớp", "2"},
                         {"4", "Số học viên lớp kỹ năng sống", "Người", "35"},
                         {"5", "Số lớp xóa mù chữ", "Lớp", "1"}})
                     .Build();
  Extraction ex = Extract(doc, ProjectRules(), {});
  std::vector<Record> a = testing::OfType(ex, RecordType::kActivity);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].topic, "tong");
  EXPECT_EQ(a[0].classes, 12);
  EXPECT_EQ(a[0].participants, 410);
  EXPECT_EQ(a[1].topic, "ngoai_ngu_tin_hoc");
  EXPECT_EQ(a[1].classes, 2);
  EXPECT_EQ(a[1].participants, std::nullopt) << "the life-skills learners are another activity's";
  EXPECT_EQ(a[2].topic, "ky_nang_song");
  EXPECT_EQ(a[2].participants, 35);
  EXPECT_EQ(a[3].topic, "xoa_mu_chu");
  EXPECT_EQ(a[3].classes, 1);
}

// A row no topic rule knows is filed under the catch-all `khac` (other
// programmes), and an info check names it for the analyst.
TEST(ActivityTableTest, UnknownTopicIsFiledAsOtherWithAnInfoCheck) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .T({{"TT", "Tên hoạt động", "Số lớp"}, {"1", "Sinh hoạt câu lạc bộ đọc sách", "4"}})
                     .Build();
  Extraction ex = Extract(doc, ProjectRules(), {});
  std::vector<Record> a = testing::OfType(ex, RecordType::kActivity);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].topic, std::optional<std::string>("khac"));
  const std::vector<Record> checks = testing::ChecksNamed(ex, "topic-unknown");
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_NE(checks[0].message.find("Sinh hoạt câu lạc bộ đọc sách"), std::string::npos) << checks[0].message;
}

TEST(ActivityTableTest, FemaleOverTotalIsFlagged) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .T({{"TT", "Tên hoạt động", "Số lớp", "Tổng số", "Nữ"}, {"1", "Chuyên đề sức khỏe", "1", "40", "52"}})
                     .Build();
  EXPECT_EQ(testing::ChecksNamed(Extract(doc, ProjectRules(), {}), "female-exceeds-total").size(), 1u);
}

}  // namespace
}  // namespace baocao

namespace baocao {
namespace {

TEST(RollupTableTest, OneRowPerCommuneCarriesItsName) {
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả hoạt động các TTHTCĐ năm 2024")
                     .T({{"TT", "Đơn vị", "Số lớp", "Số lượt người tham gia"},
                         {"1", "Xã Yên Thịnh", "12", "840"},
                         {"2", "TTHTCĐ xã Đồng Lạc", "9", "615"},
                         {"3", "Thị trấn Chợ Rã", "15", "1.020"},
                         {"", "Tổng cộng", "36", "2.475"}})
                     .Build();
  Extraction ex = Extract(doc, testing::ProjectRules(), {});
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].commune, "Yên Thịnh");
  EXPECT_EQ(a[0].topic, "tong");
  EXPECT_EQ(a[0].label, "Xã Yên Thịnh");
  EXPECT_EQ(a[1].commune, "Đồng Lạc");
  EXPECT_EQ(a[2].commune, "Chợ Rã");
  EXPECT_EQ(a[2].participants, 1020);
  EXPECT_EQ(a[3].commune, std::nullopt);
  EXPECT_EQ(a[3].topic, "tong");
  EXPECT_EQ(a[0].rule, "table.rollup");
  for (const Record& r : ex.records) EXPECT_NE(r.rule, "sum-mismatch") << "the roll-up adds up";
}

TEST(RollupTableTest, TopicGroupsUnderMergedHeaders) {
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2023")
                     .T({{"TT", "Đơn vị", "Kinh tế", "<<", "Pháp luật", "<<"},
                         {"^^", "^^", "Số lớp", "Số người", "Số lớp", "Số người"},
                         {"1", "Xã Hòa Bình", "3", "120", "2", "95"},
                         {"2", "Xã Tân Lập", "1", "40", "4", "210"}})
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].topic, "kinh_te");
  EXPECT_EQ(a[0].commune, "Hòa Bình");
  EXPECT_EQ(a[0].classes, 3);
  EXPECT_EQ(a[0].participants, 120);
  EXPECT_EQ(a[1].topic, "phap_luat");
  EXPECT_EQ(a[1].participants, 95);
  EXPECT_EQ(a[3].commune, "Tân Lập");
  EXPECT_EQ(a[3].classes, 4);
}

TEST(PlanTableTest, TimeColumnGivesEachRowItsPeriod) {
  Document doc = testing::DocBuilder()
                     .P("KẾ HOẠCH")
                     .P("Hoạt động năm 2025")
                     .T({{"TT", "Nội dung", "Thời gian", "Số lớp", "Số học viên"},
                         {"1", "Tuyên truyền an toàn giao thông (PL)", "Tháng 3/2025", "1", "80"},
                         {"2", "Tập huấn trồng cây ăn quả (KT)", "Tháng 4", "1", "60"},
                         {"3", "Chăm sóc sức khỏe người cao tuổi (SK)", "Quý III/2025", "2", "150"},
                         {"4", "Vệ sinh môi trường (MT)", "Tháng 10 - 11/2025", "1", "90"}})
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].period, "2025-03");
  EXPECT_EQ(a[1].period, "2025-04");
  EXPECT_EQ(a[2].period, "2025-07/2025-09");
  EXPECT_EQ(a[3].period, "2025-10/2025-11");
  EXPECT_EQ(a[0].status, "plan");
}

TEST(ContinuedTableTest, TableSplitOverPagesKeepsTheHeaderMeaning) {
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .T({{"TT", "Tên hoạt động", "Số lớp", "Số người tham gia"},
                         {"1", "Chuyên đề pháp luật", "2", "120"}})
                     .T({{"2", "Chuyên đề sức khỏe", "3", "150"}, {"3", "Kỹ năng sống", "1", "45"}})
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[1].topic, "suc_khoe");
  EXPECT_EQ(a[1].participants, 150);
  EXPECT_EQ(a[1].source.block, 3);
  EXPECT_EQ(a[2].topic, "ky_nang_song");
}

TEST(BudgetTableTest, SourcesAmountsAndTotal) {
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("ĐVT: triệu đồng")
                     .T({{"TT", "Nguồn kinh phí", "Số tiền", "Ghi chú"},
                         {"1", "Ngân sách nhà nước cấp", "25,5", ""},
                         {"2", "Xã hội hóa", "4", ""},
                         {"3", "Học viên đóng góp", "1,2", ""},
                         {"", "Tổng cộng", "30,7", ""}})
                     .Build();
  std::vector<Record> b = testing::RecordsOf(doc, RecordType::kBudget);
  ASSERT_EQ(b.size(), 4u);
  EXPECT_EQ(b[0].category, "state");
  EXPECT_EQ(b[0].amount_vnd, 25500000);
  EXPECT_EQ(b[1].category, "socialized");
  EXPECT_EQ(b[2].category, "learner");
  EXPECT_EQ(b[2].amount_vnd, 1200000);
  EXPECT_EQ(b[3].category, "total");
  EXPECT_EQ(b[3].amount_vnd, 30700000);
  EXPECT_EQ(b[0].source.row, 1);
  EXPECT_TRUE(testing::RecordsOf(doc, RecordType::kActivity).empty());
  EXPECT_TRUE(testing::RecordsOf(doc, RecordType::kCheck).empty()) << "25,5 + 4 + 1,2 = 30,7";
}

Document ProseBudget(const std::string& state, const std::string& total) {
  return testing::DocBuilder()
      .P("BÁO CÁO")
      .P("Kết quả năm 2024")
      .P("3. Kinh phí")
      .P("- Kinh phí ngân sách nhà nước cấp: " + state + " đồng")
      .P("- Kinh phí xã hội hóa: 2.500.000 đồng")
      .P("- Tổng kinh phí: " + total + " đồng")
      .Build();
}

TEST(BudgetTableTest, ProsePartsAboveTheirTotalAreAMismatch) {
  // Parts that add up to more than their total prove an error, whatever
  // else the report may state.
  std::vector<Record> checks = testing::RecordsOf(ProseBudget("14.000.000", "15.000.000"), RecordType::kCheck);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].rule, "sum-mismatch");
  EXPECT_EQ(checks[0].refs, (std::vector<int>{2, 0, 1}));
}

TEST(BudgetTableTest, ProsePartsBelowTheirTotalMayBeIncomplete) {
  // A prose list may leave a source out: 12 + 2,5 < 15 is no proof of error.
  std::vector<Record> checks = testing::RecordsOf(ProseBudget("12.000.000", "15.000.000"), RecordType::kCheck);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].rule, "sum-incomplete");
  EXPECT_EQ(checks[0].severity, "info");
  EXPECT_NE(checks[0].message.find("14500000"), std::string::npos) << checks[0].message;
}

}  // namespace
}  // namespace baocao

namespace baocao {
namespace {

TEST(OcrConfidenceTest, LowConfidenceRowsAreFlaggedForTheAnalyst) {
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .T({{"TT", "Tên hoạt động", "Số lớp", "Số người tham gia"},
                         {"1", "Chuyên đề pháp luật", "2", "120"},
                         {"2", "Chuyên đề sức khỏe", "3", "1S0"}})
                     .Build();
  Table& t = doc.body[2].table;
  for (TableCell& c : t.cells) c.confidence = c.row == 2 ? 41.0 : 93.0;
  Extraction ex = Extract(doc, testing::ProjectRules(), {});
  int flagged = 0;
  for (const Record& r : ex.records) {
    if (r.type == RecordType::kCheck && r.rule == "ocr-low-confidence") {
      ++flagged;
      EXPECT_EQ(r.refs, std::vector<int>{1});
      EXPECT_EQ(r.severity, "warning");
    }
  }
  EXPECT_EQ(flagged, 1);
  EXPECT_EQ(testing::ProjectRules().Setting("ocr_low_confidence", -1), 75);
}

// A scanned total one digit longer or shorter than its parts' sum ("34142"
// for 3142) was misread, most likely: a warning to look at the scan, not a
// sum-mismatch. Typed in a DOCX, or off by another amount, it stays one.
TEST(OcrConfidenceTest, ATotalOneDigitLongerThanItsSumIsASuspectedMisread) {
  for (const auto& [scanned, total] : std::vector<std::pair<bool, std::string>>{
           {true, "3142"}, {true, "31"}, {false, "3142"}, {true, "355"}}) {
    Document doc = testing::DocBuilder()
                       .P("BÁO CÁO")
                       .P("Kết quả năm 2024")
                       .T({{"TT", "Tên hoạt động", "Số người tham gia"},
                           {"1", "Chuyên đề pháp luật", "120"},
                           {"2", "Chuyên đề sức khỏe", "194"},
                           {"", "Cộng", total}})
                       .Build();
    if (scanned) {
      for (TableCell& c : doc.body[2].table.cells) c.confidence = 93.0;
    }
    Extraction ex = Extract(doc, testing::ProjectRules(), {});
    const bool suspect = scanned && (total == "3142" || total == "31");
    EXPECT_EQ(testing::ChecksNamed(ex, "ocr-misread-suspect").size(), suspect ? 1u : 0u) << total << scanned;
    EXPECT_EQ(testing::ChecksNamed(ex, "sum-mismatch").size(), suspect ? 0u : 1u) << total << scanned;
  }
}

// A part whose 5 OCR read as 9 ("194" for 154), or that OCR read a digit
// longer ("1540" for 154), or read larger than the total itself ("3465"),
// makes the sum fail though the report's sums hold: a warning naming that
// figure, not a sum-mismatch. The same total typed in a DOCX, or a part off
// by another amount, stays one.
TEST(OcrConfidenceTest, APartReadWithAFiveAsNineIsASuspectedMisread) {
  for (const auto& [scanned, part] : std::vector<std::pair<bool, std::string>>{
           {true, "194"}, {true, "1540"}, {false, "194"}, {true, "174"}, {true, "3465"}, {false, "3465"}}) {
    Document doc = testing::DocBuilder()
                       .P("BÁO CÁO")
                       .P("Kết quả năm 2024")
                       .T({{"TT", "Tên hoạt động", "Số người tham gia"},
                           {"1", "Chuyên đề pháp luật", "120"},
                           {"2", "Chuyên đề sức khỏe", part},
                           {"", "Cộng", "274"}})
                       .Build();
    if (scanned) {
      for (TableCell& c : doc.body[2].table.cells) c.confidence = 93.0;
    }
    Extraction ex = Extract(doc, testing::ProjectRules(), {});
    const bool suspect = scanned && part != "174";
    std::vector<Record> flagged = testing::ChecksNamed(ex, "ocr-misread-suspect");
    ASSERT_EQ(flagged.size(), suspect ? 1u : 0u) << part << scanned;
    if (suspect) {
      EXPECT_NE(flagged[0].message.find("may be 154"), std::string::npos) << flagged[0].message;
    }
    // A part larger than the total is a misread whatever its digits
    // ("3465" for 154: the total is 274); typed in a DOCX it stays a
    // sum-mismatch.
    EXPECT_EQ(testing::ChecksNamed(ex, "sum-mismatch").size(), suspect ? 0u : 1u) << part << scanned;
  }
}

}  // namespace
}  // namespace baocao
