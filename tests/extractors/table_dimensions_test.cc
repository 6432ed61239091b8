// Tables read as dimensions: one mechanism for every family of layout. Each
// family is written in several variations (column order, synonyms, header
// depth and merges, abbreviations, a missing column) and must give the same
// records.
#include <gtest/gtest.h>

#include <algorithm>

#include "extractors/extract.h"
#include "tests/extractors/test_documents.h"

namespace baocao {
namespace {

using testing::ChecksNamed;
using testing::DocBuilder;
using testing::OfType;
using testing::ProjectRules;

Extraction ExtractDoc(const Document& doc) { return Extract(doc, ProjectRules(), {}); }

std::vector<Record> Activities(const Extraction& ex) { return OfType(ex, RecordType::kActivity); }
std::vector<Record> Budgets(const Extraction& ex) { return OfType(ex, RecordType::kBudget); }
std::vector<Record> Figures(const Extraction& ex) { return OfType(ex, RecordType::kFigure); }

// The record with these keys, or nullptr.
const Record* Find(const std::vector<Record>& rs, const std::optional<std::string>& topic,
                   const std::optional<std::string>& commune, const std::optional<std::string>& status = {},
                   const std::optional<std::string>& period = {}) {
  for (const Record& r : rs) {
    if (r.topic == topic && r.commune == commune && (!status || r.status == status) && (!period || r.period == period)) {
      return &r;
    }
  }
  return nullptr;
}

// ---------------------------------------------------------------------------
// Communes (or centres) as rows, topics as column groups.

struct RollupVariant {
  std::string unit_header;
  std::vector<std::string> names;  // the three row labels as printed
  bool column_numbers;
  bool total_on_top;
};

Document Rollup(const RollupVariant& v, const std::string& total_pl_people) {
  std::vector<std::vector<std::string>> rows = {
      {"TT", v.unit_header, "Giáo dục pháp luật", "<<", "Phát triển kinh tế", "<<", "Ghi chú"},
      {"^^", "^^", "Số lớp", "Lượt người", "Số lớp", "Lượt người", "^^"}};
  if (v.column_numbers) rows.push_back({"A", "B", "1", "2", "3", "4", "C"});
  std::vector<std::vector<std::string>> body = {{"1", v.names[0], "5", "342", "4", "236", ""},
                                                {"2", v.names[1], "3", "187", "3", "164", ""},
                                                {"3", v.names[2], "2", "121", "1", "70", "Quý III nghỉ do lũ"}};
  std::vector<std::string> total = {"Tổng cộng", "<<", "10", total_pl_people, "8", "470", ""};
  if (v.total_on_top) rows.push_back(total);
  for (auto& r : body) rows.push_back(r);
  if (!v.total_on_top) rows.push_back(total);
  return DocBuilder()
      .P("BÁO CÁO")
      .P("Tổng hợp kết quả hoạt động các TTHTCĐ năm 2024")
      .P("Đơn vị tính: lớp; lượt người")
      .T(rows)
      .Build();
}

TEST(RollupDimensionsTest, CommunesAsRowsTopicsAsColumnGroupsInEveryVariation) {
  std::vector<RollupVariant> variants = {
      {"Tên TTHTCĐ", {"Xã Bộc Bố", "Xã Nhạn Môn", "Thị trấn Yến Lạc"}, true, false},
      {"Đơn vị", {"TTHTCĐ xã Bộc Bố", "TTHTCĐ xã Nhạn Môn", "TTHTCĐ thị trấn Yến Lạc"}, false, true},
      {"Xã, thị trấn", {"Bộc Bố", "Nhạn Môn", "Yến Lạc"}, false, false},
      {"Tên xã", {"XÃ BỘC BỐ", "XÃ NHẠN MÔN", "THỊ TRẤN YẾN LẠC"}, true, true},
      // As OCR reads a scan: the centre's abbreviation's T's as 1, ì or F,
      // the hat of "trấn" wrong.
      {"Đơn vị", {"11HICĐ xã Bộc Bố", "T1ÌHICĐ xã Nhạn Môn", "Thị trân Yến Lạc"}, false, false},
      {"Đơn vị", {"TFHTCĐ xã Bộc Bố", "TTHTCD xã Nhạn Môn", "TTHTCĐĐ thị trần Yến Lạc"}, false, false},
  };
  for (const RollupVariant& v : variants) {
    SCOPED_TRACE(v.unit_header + " / " + v.names[0]);
    Extraction ex = ExtractDoc(Rollup(v, "650"));
    std::vector<Record> a = Activities(ex);
    ASSERT_EQ(a.size(), 8u);
    const Record* pl = Find(a, "phap_luat", "Bộc Bố");
    ASSERT_NE(pl, nullptr);
    EXPECT_EQ(pl->classes, 5);
    EXPECT_EQ(pl->participants, 342);
    EXPECT_EQ(pl->status, "actual");
    EXPECT_EQ(pl->period, "2024");
    EXPECT_EQ(pl->organizer, std::nullopt) << "a note that names no body says nothing of the organizer";
    const Record* kt = Find(a, "kinh_te", "Yến Lạc");
    ASSERT_NE(kt, nullptr);
    EXPECT_EQ(kt->participants, 70);
    // The totals row: one record per topic, no commune.
    const Record* total = Find(a, "phap_luat", std::nullopt);
    ASSERT_NE(total, nullptr);
    EXPECT_EQ(total->classes, 10);
    EXPECT_EQ(total->participants, 650);
    EXPECT_TRUE(ChecksNamed(ex, "sum-mismatch").empty()) << "every total holds";
    EXPECT_TRUE(Figures(ex).empty()) << "no number of the table is left unread";
  }
}

TEST(RollupDimensionsTest, OneWrongTotalIsOneMismatchOfItsGroupAndMeasure) {
  Extraction ex = ExtractDoc(Rollup({"Tên TTHTCĐ", {"Xã Bộc Bố", "Xã Nhạn Môn", "Xã Cao Tân"}, true, false}, "660"));
  std::vector<Record> checks = ChecksNamed(ex, "sum-mismatch");
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_NE(checks[0].message.find("participants stated 660"), std::string::npos) << checks[0].message;
  EXPECT_NE(checks[0].message.find("650"), std::string::npos) << checks[0].message;
  EXPECT_EQ(checks[0].refs.size(), 4u) << "the total and its three communes of the same topic";
}

// ---------------------------------------------------------------------------
// Plan, actual and ratio columns side by side.

// The law classes of the plan-and-result tables below: planned 4 classes and
// 300 people, held 5 and 320.
void ExpectLawPlanAndResult(const std::vector<Record>& a) {
  const Record* plan = Find(a, "phap_luat", std::nullopt, "plan");
  const Record* actual = Find(a, "phap_luat", std::nullopt, "actual");
  ASSERT_NE(plan, nullptr);
  ASSERT_NE(actual, nullptr);
  EXPECT_EQ(plan->classes, 4);
  EXPECT_EQ(plan->participants, 300);
  EXPECT_EQ(actual->classes, 5);
  EXPECT_EQ(actual->participants, 320);
}

TEST(PlanActualTest, StatusGroupsOverMeasuresAndMeasuresOverStatusesAreOneReading) {
  std::vector<std::vector<std::vector<std::string>>> layouts = {
      // Statuses over measures, a ratio group after them.
      {{"TT", "Nội dung", "Kế hoạch", "<<", "Thực hiện", "<<", "Tỷ lệ (%)", "<<"},
       {"^^", "^^", "Số lớp", "Số lượt người", "Số lớp", "Số lượt người", "Số lớp", "Số lượt người"},
       {"1", "Giáo dục pháp luật", "4", "300", "5", "320", "125", "106,7"},
       {"2", "Chăm sóc sức khỏe", "3", "200", "3", "190", "100", "95"}},
      // Measures over statuses, synonyms, the ratio as one "So sánh" column.
      {{"STT", "Chuyên đề, lớp học", "Số lớp", "<<", "Số học viên", "<<", "So sánh TH/KH (%)"},
       {"^^", "^^", "Chỉ tiêu", "Kết quả", "Chỉ tiêu", "Kết quả", "^^"},
       {"1", "Giáo dục pháp luật", "4", "5", "300", "320", "106,7"},
       {"2", "Chăm sóc sức khỏe", "3", "3", "200", "190", "95"}},
  };
  for (const auto& rows : layouts) {
    SCOPED_TRACE(rows[0][2]);
    Extraction ex = ExtractDoc(DocBuilder().P("BÁO CÁO").P("Kết quả thực hiện năm 2024").T(rows).Build());
    std::vector<Record> a = Activities(ex);
    ASSERT_EQ(a.size(), 4u);
    ExpectLawPlanAndResult(a);
    EXPECT_EQ(Find(a, "suc_khoe", std::nullopt, "actual")->participants, 190);
    // Ratios are no counts: kept as figures in %.
    std::vector<Record> f = Figures(ex);
    ASSERT_FALSE(f.empty());
    for (const Record& r : f) EXPECT_EQ(r.unit, "%") << r.label;
    EXPECT_TRUE(std::any_of(f.begin(), f.end(), [](const Record& r) { return r.value == 106.7; }));
  }
}

// "KH | TH" under each measure: two-letter words are statuses, not the
// column numbers ("1 | 2 | A | B") a row of short cells often is.
TEST(PlanActualTest, AbbreviatedStatusesUnderEachMeasure) {
  Extraction ex = ExtractDoc(DocBuilder()
                                 .P("BÁO CÁO")
                                 .P("Kết quả thực hiện năm 2024")
                                 .T({{"TT", "Nội dung", "Số lớp", "<<", "Số người tham gia", "<<"},
                                     {"^^", "^^", "KH", "TH", "KH", "TH"},
                                     {"1", "Giáo dục pháp luật", "4", "5", "300", "320"},
                                     {"2", "Chăm sóc sức khỏe", "3", "3", "200", "190"}})
                                 .Build());
  std::vector<Record> a = Activities(ex);
  ASSERT_EQ(a.size(), 4u);
  ExpectLawPlanAndResult(a);
}

// ---------------------------------------------------------------------------
// Quarters or months as column groups; months as rows; a title over all.

// "ĐVT: lớp" above a table of months ("T1 … T12", "Cả năm"): every number
// counts classes of its month.
TEST(PeriodGroupsTest, AUnitCaptionGivesTheMeasureOfMonthColumns) {
  Document doc = DocBuilder()
                     .P("KẾ HOẠCH")
                     .P("Hoạt động năm 2025")
                     .P("ĐVT: lớp")
                     .T({{"TT", "Nội dung", "T1", "T2", "T3", "Cả năm"},
                         {"1", "Giáo dục pháp luật", "1", "", "2", "3"},
                         {"2", "Kỹ năng sống", "", "1", "", "1"}})
                     .Build();
  std::vector<Record> a = Activities(ExtractDoc(doc));
  ASSERT_EQ(a.size(), 5u);
  const Record* march = Find(a, "phap_luat", std::nullopt, "plan", "2025-03");
  ASSERT_NE(march, nullptr);
  EXPECT_EQ(march->classes, 2);
  const Record* year = Find(a, "ky_nang_song", std::nullopt, "plan", "2025");
  ASSERT_NE(year, nullptr);
  EXPECT_EQ(year->classes, 1);
}

// A plan's columns of earlier years state results, not plans.
TEST(PeriodGroupsTest, EarlierYearsInAPlanAreResults) {
  Document doc = DocBuilder()
                     .P("KẾ HOẠCH")
                     .P("Hoạt động năm 2025")
                     .T({{"TT", "Tên xã", "Năm 2024", "<<", "Năm 2025", "<<"},
                         {"^^", "^^", "Số lớp", "Số học viên", "Số lớp", "Số học viên"},
                         {"1", "Xã Tân Hòa", "5", "150", "6", "180"}})
                     .Build();
  std::vector<Record> a = Activities(ExtractDoc(doc));
  ASSERT_EQ(a.size(), 2u);
  EXPECT_NE(Find(a, "tong", std::string("Tân Hòa"), "actual", "2024"), nullptr);
  EXPECT_NE(Find(a, "tong", std::string("Tân Hòa"), "plan", "2025"), nullptr);
}

TEST(PeriodGroupsTest, QuartersAsColumnGroupsTakeTheYearOfTheReport) {
  Document doc = DocBuilder()
                     .P("KẾ HOẠCH")
                     .P("Hoạt động của Trung tâm năm 2026")
                     .T({{"TT", "Nội dung", "Quý I", "<<", "Quý II", "<<", "6 tháng cuối năm", "<<"},
                         {"^^", "^^", "Lớp", "Người", "Lớp", "Người", "Lớp", "Người"},
                         {"1", "Tuyên truyền pháp luật", "1", "80", "2", "150", "", ""}})
                     .Build();
  std::vector<Record> a = Activities(ExtractDoc(doc));
  ASSERT_EQ(a.size(), 2u) << "a group of blank cells states nothing";
  EXPECT_EQ(a[0].period, "2026-01/2026-03");
  EXPECT_EQ(a[0].status, "plan");
  EXPECT_EQ(a[0].participants, 80);
  EXPECT_EQ(a[1].period, "2026-04/2026-06");
  EXPECT_EQ(a[1].classes, 2);
}

// OCR reads a thin "III" as "II" and "II" as "H": the quarters of a
// scanned plan are told by their sequence, not filed twice under one.
TEST(PeriodGroupsTest, QuarterGroupsMisreadByOcrKeepTheirSequence) {
  Document doc = DocBuilder()
                     .P("KẾ HOẠCH")
                     .P("Hoạt động của Trung tâm năm 2026")
                     .T({{"TT", "Nội dung", "Quý I", "<<", "Quý H", "<<", "Quý II", "<<", "Quý IV", "<<"},
                         {"^^", "^^", "Lớp", "Người", "Lớp", "Người", "Lớp", "Người", "Lớp", "Người"},
                         {"1", "Tuyên truyền pháp luật", "1", "80", "2", "150", "3", "210", "1", "60"}})
                     .Build();
  std::vector<Record> a = Activities(ExtractDoc(doc));
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].period, "2026-01/2026-03");
  EXPECT_EQ(a[1].period, "2026-04/2026-06");
  EXPECT_EQ(a[1].participants, 150);
  EXPECT_EQ(a[2].period, "2026-07/2026-09");
  EXPECT_EQ(a[2].participants, 210);
  EXPECT_EQ(a[3].period, "2026-10/2026-12");
}

TEST(PeriodGroupsTest, QuarterRowsMisreadByOcrKeepTheirSequence) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả hoạt động năm 2025")
                     .T({{"TT", "Quý", "Số lớp", "Số người tham gia"},
                         {"1", "Quý I", "2", "150"},
                         {"2", "Quý 11", "3", "210"},
                         {"3", "Quý II", "4", "260"},
                         {"4", "Quý IV", "1", "40"}})
                     .Build();
  std::vector<Record> a = Activities(ExtractDoc(doc));
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[1].period, "2025-04/2025-06");
  EXPECT_EQ(a[2].period, "2025-07/2025-09");
  EXPECT_EQ(a[2].participants, 260);
}

// A Thời gian column lists each activity's month: months there repeat and
// skip, and no sequence is read into them.
TEST(PeriodGroupsTest, MonthsOfATimeColumnAreNoSequence) {
  Document doc = DocBuilder()
                     .P("KẾ HOẠCH")
                     .P("Hoạt động năm 2026")
                     .T({{"TT", "Nội dung", "Thời gian", "Số lớp", "Số người"},
                         {"1", "Tuyên truyền pháp luật", "Tháng 5", "2", "150"},
                         {"2", "Học nghề ngắn hạn", "Tháng 6", "1", "35"},
                         {"3", "Tin học cơ bản", "Tháng 6", "1", "30"},
                         {"4", "Giáo dục kỹ năng sống", "Tháng 8", "2", "90"}})
                     .Build();
  std::vector<Record> a = Activities(ExtractDoc(doc));
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[2].period, "2026-06");
}

TEST(PeriodGroupsTest, MonthsAsRowsAreTotalsOfTheirMonth) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Sơ kết 6 tháng đầu năm 2025")
                     .T({{"STT", "Tháng", "Số buổi", "Số người tham gia", "Trong đó nữ"},
                         {"1", "Tháng 01", "2", "150", "80"},
                         {"2", "Tháng 3/2025", "3", "210", "95"},
                         {"", "Cộng", "5", "360", "175"}})
                     .Build();
  Extraction ex = ExtractDoc(doc);
  std::vector<Record> a = Activities(ex);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].period, "2025-01");
  EXPECT_EQ(a[0].topic, "tong");
  EXPECT_EQ(a[1].period, "2025-03");
  EXPECT_EQ(a[2].period, "2025-01/2025-06") << "the totals row is the report's period";
  EXPECT_TRUE(ChecksNamed(ex, "sum-mismatch").empty());
}

TEST(PeriodGroupsTest, ATitleOverEveryColumnGivesStatusAndPeriod) {
  // Three header rows: "Kết quả thực hiện năm 2023" over the measures.
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả hoạt động năm 2024")
                     .T({{"TT", "Nội dung", "Kết quả thực hiện năm 2023", "<<", "<<"},
                         {"^^", "^^", "Số lớp", "Số lượt người tham gia", "<<"},
                         {"^^", "^^", "^^", "Tổng số", "Nữ"},
                         {"1", "Học nghề ngắn hạn", "2", "60", "41"}})
                     .Build();
  std::vector<Record> a = Activities(ExtractDoc(doc));
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].period, "2023");
  EXPECT_EQ(a[0].status, "actual");
  EXPECT_EQ(a[0].topic, "hoc_nghe");
  EXPECT_EQ(a[0].classes, 2);
  EXPECT_EQ(a[0].participants, 60);
  EXPECT_EQ(a[0].female, 41);
}

// ---------------------------------------------------------------------------
// Organizer as column groups, a partner column, a Thời gian column.

// The activities of a table whose first group of columns is headed
// `centre_heading`, its second "Phối hợp tổ chức".
std::vector<Record> OrganizerGroupActivities(const char* centre_heading) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .T({{"TT", "Lĩnh vực", centre_heading, "<<", "Phối hợp tổ chức", "<<"},
                         {"^^", "^^", "Số lớp", "Số người", "Số lớp", "Số người"},
                         {"1", "Kinh tế", "2", "90", "4", "210"}})
                     .Build();
  return Activities(ExtractDoc(doc));
}

TEST(OrganizerTest, CenterAndPartnerColumnGroups) {
  std::vector<Record> a = OrganizerGroupActivities("Trung tâm tự tổ chức");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].organizer, "center");
  EXPECT_EQ(a[0].classes, 2);
  EXPECT_EQ(a[1].organizer, "partner");
  EXPECT_EQ(a[1].participants, 210);
  EXPECT_EQ(a[1].topic, "kinh_te");
}

TEST(OrganizerTest, TheCentresAbbreviationAsOcrMisreadsItStillNamesTheCentre) {
  for (const char* heading : {"TTHTCĐ tổ chức", "TTHTCPĐ tổ chức", "TTHICĐ tổ chức"}) {
    std::vector<Record> a = OrganizerGroupActivities(heading);
    ASSERT_EQ(a.size(), 2u) << heading;
    EXPECT_EQ(a[0].organizer, "center") << heading;
    EXPECT_EQ(a[1].organizer, "partner") << heading;
  }
}

TEST(OrganizerTest, TheUnitInChargeColumnNamesTheCentreOrAPartner) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .T({{"STT", "Tên chuyên đề", "Địa điểm", "Số buổi", "Số người dự", "Đơn vị chủ trì"},
                         {"1", "Tuyên truyền phòng chống ma túy", "Nhà văn hóa thôn 1", "2", "120", "Công an xã"},
                         {"2", "Kỹ thuật nuôi gà thả vườn", "Hội trường UBND", "3", "85", "TTHTCĐ"},
                         {"3", "Chăm sóc sức khỏe sinh sản", "Trạm Y tế", "1", "60", "Trung tâm HTCĐ xã"}})
                     .Build();
  std::vector<Record> a = Activities(ExtractDoc(doc));
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].organizer, "partner");
  EXPECT_EQ(a[1].organizer, "center");
  EXPECT_EQ(a[2].organizer, "center");
  EXPECT_EQ(a[1].location, "Hội trường UBND");
}

TEST(OrganizerTest, TimeColumnNotesAndPartnerColumns) {
  Document doc = DocBuilder()
                     .P("KẾ HOẠCH")
                     .P("Hoạt động năm 2026")
                     .T({{"TT", "Nội dung hoạt động", "Thời gian", "Số lớp", "Số học viên (dự kiến)",
                          "Kinh phí dự kiến (đồng)", "Đơn vị phối hợp"},
                         {"1", "Tuyên truyền Luật Hôn nhân và gia đình", "Tháng 3/2026", "02", "160", "3.200.000",
                          "Công chức Tư pháp - Hộ tịch"},
                         {"2", "Lớp xóa mù chữ", "Quý II", "01", "25", "9.500.000", ""},
                         {"3", "Tập huấn trồng quế", "Tháng 7 - 8/2026", "01", "30", "6.000.000", "Tự tổ chức"},
                         {"Tổng cộng", "<<", "<<", "04", "215", "18.700.000", ""}})
                     .Build();
  Extraction ex = ExtractDoc(doc);
  std::vector<Record> a = Activities(ex);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].period, "2026-03");
  EXPECT_EQ(a[0].organizer, "partner");
  EXPECT_EQ(a[0].cost_vnd, 3200000);
  EXPECT_EQ(a[1].period, "2026-04/2026-06");
  EXPECT_EQ(a[1].organizer, std::nullopt);
  EXPECT_EQ(a[1].topic, "xoa_mu_chu");
  EXPECT_EQ(a[2].period, "2026-07/2026-08");
  EXPECT_EQ(a[2].organizer, "center");
  EXPECT_EQ(a[3].topic, "tong");
  EXPECT_EQ(a[3].period, "2026");
  EXPECT_EQ(a[3].cost_vnd, 18700000);
  EXPECT_TRUE(ChecksNamed(ex, "sum-mismatch").empty());
}

TEST(OrganizerTest, ANoteNamingABodyIsAPartnerAndTheCentresOwnCueWins) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2025")
                     .T({{"TT", "Nội dung", "Số buổi", "Số người", "Tổ chức, cá nhân phối hợp", "Ghi chú"},
                         {"1", "Phòng chống sốt xuất huyết", "2", "148", "", "Trạm Y tế xã"},
                         {"2", "Vệ sinh môi trường", "3", "265", "", "Đoàn Thanh niên, Hội Phụ nữ"},
                         {"3", "Tập huấn chăn nuôi gà", "1", "64", "CB Hội Nông dân xã", "Tự mở"},
                         {"4", "Giáo dục pháp luật", "1", "120", "", "Lồng ghép sinh hoạt thôn"}})
                     .Build();
  std::vector<Record> a = Activities(ExtractDoc(doc));
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].organizer, "partner");
  EXPECT_EQ(a[1].organizer, "partner");
  EXPECT_EQ(a[2].organizer, "center") << "\"Tự mở\" beats the name in the partner column";
  EXPECT_EQ(a[3].organizer, std::nullopt);
}

// ---------------------------------------------------------------------------
// Topic rows under section rows with subtotals.

Document Sections(const std::string& first_subtotal, const std::string& blank_part) {
  return DocBuilder()
      .P("BÁO CÁO")
      .P("Kết quả năm 2024")
      .T({{"TT", "Nội dung", "Số lớp", "Số lượt người"},
          {"I", "Giáo dục pháp luật", "5", first_subtotal},
          {"1", "Luật Đất đai", "2", "120"},
          {"2", "Luật Giao thông đường bộ", "3", "180"},
          {"II", "Chăm sóc sức khỏe", "3", "200"},
          {"1", "Phòng chống sốt xuất huyết", "1", blank_part},
          {"2", "An toàn thực phẩm", "2", "130"},
          {"", "Tổng cộng", "8", "500"}})
      .Build();
}

TEST(SectionsTest, SubtotalsAboveTheirPartsAndTheTotalOfTheSections) {
  Extraction ex = ExtractDoc(Sections("300", "70"));
  std::vector<Record> a = Activities(ex);
  ASSERT_EQ(a.size(), 7u);
  EXPECT_EQ(a[0].topic, "phap_luat");
  EXPECT_EQ(a[0].participants, 300);
  EXPECT_EQ(a[1].topic, "phap_luat") << "a part takes the topic of its section";
  EXPECT_EQ(a[5].topic, "suc_khoe");
  EXPECT_EQ(a[6].topic, "tong");
  EXPECT_TRUE(ChecksNamed(ex, "sum-mismatch").empty()) << "8 = 5 + 3, not the 16 of every row";
  EXPECT_TRUE(ChecksNamed(ex, "sum-incomplete").empty());
}

TEST(SectionsTest, AWrongSubtotalIsCheckedAgainstItsOwnParts) {
  std::vector<Record> checks = ChecksNamed(ExtractDoc(Sections("310", "70")), "sum-mismatch");
  ASSERT_EQ(checks.size(), 2u) << "the subtotal against its parts, the total against the subtotals";
  EXPECT_NE(checks[0].message.find("stated 310"), std::string::npos) << checks[0].message;
  EXPECT_EQ(checks[0].refs.size(), 3u);
}

// A figure OCR read with low confidence is flagged, never summed as certain:
// the sums it takes part in are incomplete, not wrong.
TEST(SectionsTest, ALowConfidenceReadingMakesTheSumIncompleteNotWrong) {
  Document doc = Sections("310", "70");
  for (Block& b : doc.body) {
    if (!b.is_table()) continue;
    for (TableCell& cell : b.table.cells) {
      if (cell.text == "310") cell.confidence = 41;
      else if (!cell.text.empty()) cell.confidence = 93;
    }
  }
  Extraction ex = ExtractDoc(doc);
  EXPECT_TRUE(ChecksNamed(ex, "sum-mismatch").empty());
  std::vector<Record> checks = ChecksNamed(ex, "sum-incomplete");
  ASSERT_EQ(checks.size(), 2u);
  EXPECT_NE(checks[0].message.find("low confidence"), std::string::npos) << checks[0].message;
  EXPECT_FALSE(ChecksNamed(ex, "ocr-low-confidence").empty());
}

TEST(SectionsTest, APartNotReadMakesTheSumIncompleteNotWrong) {
  Extraction ex = ExtractDoc(Sections("300", ""));
  EXPECT_TRUE(ChecksNamed(ex, "sum-mismatch").empty());
  std::vector<Record> checks = ChecksNamed(ex, "sum-incomplete");
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].severity, "info");
  EXPECT_NE(checks[0].message.find("Phòng chống sốt xuất huyết"), std::string::npos) << checks[0].message;
}

TEST(SectionsTest, SectionsOfWordsOnlyAndBreakdownRows) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .T({{"TT", "Đơn vị", "Số lớp", "Số người"},
                         {"Khối xã", "<<", "<<", "<<"},
                         {"1", "Xã Tân An", "4", "200"},
                         {"", "Trong đó: lớp kỹ năng sống", "1", "40"},
                         {"2", "Xã Phú Mỹ", "3", "150"},
                         {"Khối thị trấn", "<<", "<<", "<<"},
                         {"1", "Thị trấn Hòa Bình", "5", "260"},
                         {"Tổng cộng", "<<", "12", "610"}})
                     .Build();
  Extraction ex = ExtractDoc(doc);
  std::vector<Record> a = Activities(ex);
  ASSERT_EQ(a.size(), 5u);
  EXPECT_EQ(a[0].commune, "Tân An");
  EXPECT_EQ(a[2].commune, "Phú Mỹ");
  EXPECT_EQ(a[3].commune, "Hòa Bình");
  EXPECT_TRUE(ChecksNamed(ex, "sum-mismatch").empty()) << "the 'Trong đó' row is part of no sum";
}

// ---------------------------------------------------------------------------
// Income–expense (thu–chi) tables: section totals above their parts, plan
// and actual columns, a ratio column, a balance.

struct ThuChiVariant {
  std::string unit_caption;  // "Đơn vị tính: đồng" or "ĐVT: nghìn đồng"
  std::string plan_header, actual_header;
  bool ratio;
  std::vector<std::string> amounts;  // plan, actual for: income total, state, socialized, expense total, 2 lines, balance actual
};

Document ThuChi(const ThuChiVariant& v) {
  const auto& m = v.amounts;
  std::vector<std::vector<std::string>> rows = {{"TT", "Nội dung", v.plan_header, v.actual_header}};
  if (v.ratio) rows[0].push_back("Tỷ lệ TH/DT (%)");
  auto add = [&](const std::string& tt, const std::string& label, const std::string& a, const std::string& b) {
    std::vector<std::string> r = {tt, label, a, b};
    if (v.ratio) r.push_back("100");
    rows.push_back(r);
  };
  add("A", "TỔNG THU (1+2)", m[0], m[1]);
  add("1", "Ngân sách nhà nước cấp", m[2], m[3]);
  add("2", "Nguồn xã hội hóa", m[4], m[5]);
  add("B", "TỔNG CHI (1+2)", m[6], m[7]);
  add("1", "Chi bồi dưỡng báo cáo viên", m[8], m[9]);
  add("2", "Chi mua tài liệu", m[10], m[11]);
  add("C", "CHÊNH LỆCH THU - CHI (A - B)", "", m[12]);
  return DocBuilder()
      .P("BÁO CÁO")
      .P("Công khai tình hình thu, chi kinh phí năm 2025")
      .P("I. TÌNH HÌNH THU, CHI")
      .P(v.unit_caption)
      .T(rows)
      .Build();
}

TEST(ThuChiTest, SectionTotalsPlanActualAndBalanceInEveryVariation) {
  std::vector<ThuChiVariant> variants = {
      {"Đơn vị tính: đồng", "Dự toán năm 2025", "Thực hiện năm 2025", true,
       {"50.000.000", "52.000.000", "40.000.000", "40.000.000", "10.000.000", "12.000.000", "50.000.000",
        "48.000.000", "30.000.000", "29.000.000", "20.000.000", "19.000.000", "4.000.000"}},
      {"ĐVT: nghìn đồng", "Kế hoạch", "Quyết toán", false,
       {"50.000", "52.000", "40.000", "40.000", "10.000", "12.000", "50.000", "48.000", "30.000", "29.000", "20.000",
        "19.000", "4.000"}},
      {"ĐVT: triệu đồng", "Dự toán", "Ước thực hiện", true,
       {"50", "52", "40", "40", "10", "12", "50", "48", "30", "29", "20", "19", "4"}},
  };
  for (const ThuChiVariant& v : variants) {
    SCOPED_TRACE(v.unit_caption + " / " + v.actual_header);
    Extraction ex = ExtractDoc(ThuChi(v));
    std::vector<Record> b = Budgets(ex);
    ASSERT_EQ(b.size(), 13u);
    EXPECT_TRUE(Activities(ex).empty());
    auto find = [&](const std::string& status, const std::string& label_start) -> const Record* {
      for (const Record& r : b) {
        if (r.status == status && r.label.rfind(label_start, 0) == 0) return &r;
      }
      return nullptr;
    };
    ASSERT_NE(find("plan", "TỔNG THU"), nullptr);
    EXPECT_EQ(find("plan", "TỔNG THU")->category, "total");
    EXPECT_EQ(find("plan", "TỔNG THU")->amount_vnd, 50000000);
    EXPECT_EQ(find("actual", "TỔNG THU")->amount_vnd, 52000000);
    EXPECT_EQ(find("actual", "Ngân sách")->category, "state");
    EXPECT_EQ(find("actual", "Nguồn xã hội hóa")->category, "socialized");
    EXPECT_EQ(find("actual", "Nguồn xã hội hóa")->amount_vnd, 12000000);
    EXPECT_EQ(find("plan", "Chi bồi dưỡng")->category, "other") << "an expense line";
    EXPECT_EQ(find("actual", "CHÊNH LỆCH")->category, "other");
    EXPECT_EQ(find("actual", "CHÊNH LỆCH")->amount_vnd, 4000000);
    EXPECT_EQ(find("plan", "CHÊNH LỆCH"), nullptr) << "a blank cell is no record";
    EXPECT_EQ(find("actual", "Chi mua")->period, "2025");
    EXPECT_TRUE(ChecksNamed(ex, "sum-mismatch").empty()) << "each section total holds; the balance totals nothing";
  }
}

TEST(ThuChiTest, AnExpenseThatDoesNotAddUpIsFlaggedInItsSection) {
  ThuChiVariant v = {"Đơn vị tính: đồng", "Dự toán", "Thực hiện", false,
                     {"50.000.000", "52.000.000", "40.000.000", "40.000.000", "10.000.000", "12.000.000", "50.000.000",
                      "48.500.000", "30.000.000", "29.000.000", "20.000.000", "19.000.000", "3.500.000"}};
  std::vector<Record> checks = ChecksNamed(ExtractDoc(ThuChi(v)), "sum-mismatch");
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_NE(checks[0].message.find("TỔNG CHI"), std::string::npos) << checks[0].message;
  EXPECT_NE(checks[0].message.find("48500000"), std::string::npos) << checks[0].message;
}

// ---------------------------------------------------------------------------
// Money units and numbers as offices type them in cells.

TEST(MoneyUnitTest, TheUnitStatedForAColumnOrTheTableScalesEveryMoneyCell) {
  struct Case {
    std::string caption, cost_header, cell;
    std::int64_t want;
  };
  std::vector<Case> cases = {
      {"ĐVT: triệu đồng", "Kinh phí", "6,5", 6500000},
      {"", "Kinh phí (nghìn đồng)", "6.500", 6500000},
      {"Đơn vị tính: đồng", "Thành tiền", "6.500.000", 6500000},
      {"", "Kinh phí", "6.500.000đ", 6500000},
      {"", "Kinh phí (đồng)", "18 500 000", 18500000},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.caption + " / " + c.cost_header + " / " + c.cell);
    DocBuilder b;
    b.P("BÁO CÁO").P("Kết quả năm 2024");
    if (!c.caption.empty()) b.P(c.caption);
    b.T({{"TT", "Nội dung", "Số lớp", c.cost_header}, {"1", "Lớp tin học văn phòng", "2", c.cell}});
    std::vector<Record> a = Activities(ExtractDoc(b.Build()));
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].cost_vnd, c.want);
  }
}

TEST(MoneyUnitTest, AnUnsureCellIsNullWithANoteNeverAFragmentOrZero) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .T({{"TT", "Nội dung", "Số lớp", "Số người"},
                         {"1", "Lớp tin học", "2\n3", "45"},
                         {"2", "Lớp tiếng Anh", "1", "30 người (15 nữ), 2 đợt"}})
                     .Build();
  Extraction ex = ExtractDoc(doc);
  std::vector<Record> a = Activities(ex);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].classes, std::nullopt) << "two numbers in one cell";
  EXPECT_EQ(a[0].participants, 45);
  EXPECT_EQ(a[1].participants, std::nullopt);
  std::vector<Record> notes = ChecksNamed(ex, "number-unsure");
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[0].severity, "info");
  EXPECT_NE(notes[0].message.find("2 3"), std::string::npos) << notes[0].message;
}

// A count column has no fraction: "1,461" there is English thousands, while
// "2,5" stays unknown and is named.
TEST(MoneyUnitTest, EnglishThousandsInACountColumnAreACount) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .T({{"TT", "Nội dung", "Số lớp", "Số lượt người"},
                         {"1", "Phổ biến pháp luật", "12", "1,461"},
                         {"2", "Chăn nuôi gia cầm", "2,5", "1,020,300"}})
                     .Build();
  Extraction ex = ExtractDoc(doc);
  std::vector<Record> a = Activities(ex);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].participants, 1461);
  EXPECT_EQ(a[1].classes, std::nullopt) << "a count with a fraction is no count";
  EXPECT_EQ(a[1].participants, 1020300);
  EXPECT_EQ(ChecksNamed(ex, "number-unsure").size(), 1u);
}

// Items stacked line by line in one grid row: each line is a row of its
// own, traced to the document's row; numbers not aligned with labels stay
// unsure.
TEST(MoneyUnitTest, LineAlignedItemsInOneRowAreRowsOfTheirOwn) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .T({{"TT", "Nội dung", "Số lớp", "Số học viên"},
                         {"1", "Chăn nuôi gia cầm\nTrồng lúa chất lượng cao", "2\n3", "64\n95"},
                         {"2", "Tin học", "1", "28"},
                         {"3", "Pháp luật", "1\n2", "40"}})
                     .Build();
  Extraction ex = ExtractDoc(doc);
  std::vector<Record> a = Activities(ex);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].classes, 2);
  EXPECT_EQ(a[0].participants, 64);
  EXPECT_EQ(a[1].classes, 3);
  EXPECT_EQ(a[1].participants, 95);
  EXPECT_EQ(a[1].source.row, 1) << "the document's row";
  EXPECT_NE(a[1].source.text.find("Trồng lúa"), std::string::npos) << a[1].source.text;
  EXPECT_EQ(a[2].source.row, 2);
  EXPECT_EQ(a[3].classes, std::nullopt) << "two numbers beside one label";
  EXPECT_EQ(a[3].participants, 40);
}

// ---------------------------------------------------------------------------
// Measures as rows, statuses as columns: the indicator table.

TEST(MeasureRowsTest, IndicatorRowsUnderPlanAndActualColumns) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả hoạt động năm 2024")
                     .T({{"TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ %"},
                         {"1", "Số lớp chuyên đề", "Lớp", "18", "21", "117"},
                         {"2", "Số lượt người tham gia", "Lượt người", "900", "1.020", "113"},
                         {"", "Trong đó: nữ", "Người", "450", "538", "120"},
                         {"3", "Kinh phí hoạt động", "Triệu đồng", "36", "34,5", "96"}})
                     .Build();
  Extraction ex = ExtractDoc(doc);
  std::vector<Record> a = Activities(ex);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].status, "plan");
  EXPECT_EQ(a[0].topic, "tong");
  EXPECT_EQ(a[0].classes, 18);
  EXPECT_EQ(a[0].participants, 900);
  EXPECT_EQ(a[0].female, 450);
  EXPECT_EQ(a[0].cost_vnd, 36000000) << "the row's ĐVT scales its money";
  EXPECT_EQ(a[1].status, "actual");
  EXPECT_EQ(a[1].classes, 21);
  EXPECT_EQ(a[1].cost_vnd, 34500000);
  EXPECT_EQ(a[1].period, "2024");
  // The ratio column stays figures; no number is a record twice.
  std::vector<Record> f = Figures(ex);
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[0].unit, "%");
}

TEST(MeasureRowsTest, MeasureRowsUnderTopicSectionsAndQuarterColumns) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả hoạt động 6 tháng đầu năm 2025")
                     .T({{"TT", "Nội dung", "Quý I", "Quý II"},
                         {"1", "Giáo dục pháp luật", "", ""},
                         {"", "- Số lớp", "2", "3"},
                         {"", "- Số người tham gia", "90", "130"},
                         {"2", "Tin học", "", ""},
                         {"", "- Số lớp", "1", "1"},
                         {"", "- Số học viên", "25", "30"}})
                     .Build();
  std::vector<Record> a = Activities(ExtractDoc(doc));
  ASSERT_EQ(a.size(), 4u);
  const Record* pl = Find(a, "phap_luat", std::nullopt, "actual", "2025-04/2025-06");
  ASSERT_NE(pl, nullptr);
  EXPECT_EQ(pl->classes, 3);
  EXPECT_EQ(pl->participants, 130);
  const Record* th = Find(a, "ngoai_ngu_tin_hoc", std::nullopt, "actual", "2025-01/2025-03");
  ASSERT_NE(th, nullptr);
  EXPECT_EQ(th->participants, 25);
}

// A table of scores whose rows name no two measures stays figures.
TEST(MeasureRowsTest, OneMeasureRowIsNoIndicatorTable) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .T({{"TT", "Tiêu chí", "Điểm tự chấm", "Điểm thẩm định"},
                         {"1", "Số lớp mở được", "8,5", "8"},
                         {"2", "Cơ sở vật chất", "7,75", "7,5"}})
                     .Build();
  Extraction ex = ExtractDoc(doc);
  EXPECT_TRUE(Activities(ex).empty());
  EXPECT_EQ(Figures(ex).size(), 4u);
}

// ---------------------------------------------------------------------------
// No table is dropped silently.

TEST(UnknownTableTest, EveryNumberIsAFigureNamedByRowAndHeaderPath) {
  std::vector<std::vector<std::vector<std::string>>> layouts = {
      {{"TT", "Thôn, tổ dân phố", "Điểm đánh giá", "<<", "Xếp loại"},
       {"^^", "^^", "Tự chấm", "Thẩm định", "^^"},
       {"1", "Thôn Bản Chang", "8,75", "8,5", "Tốt"},
       {"2", "Tổ dân phố 3", "7,25", "7", "Khá"}},
      // No TT header, the groups' words in another order.
      {{"", "Đơn vị", "Điểm đánh giá", "<<", "Xếp loại"},
       {"^^", "^^", "Tự chấm", "Thẩm định", "^^"},
       {"1", "Thôn Bản Chang", "8,75", "8,5", "Tốt"},
       {"2", "Tổ dân phố 3", "7,25", "7", "Khá"}},
  };
  for (const auto& rows : layouts) {
    Extraction ex = ExtractDoc(DocBuilder().P("BÁO CÁO").P("Kết quả chấm điểm năm 2024").T(rows).Build());
    EXPECT_TRUE(Activities(ex).empty());
    std::vector<Record> f = Figures(ex);
    ASSERT_EQ(f.size(), 4u);
    EXPECT_EQ(f[0].label, "Thôn Bản Chang — Điểm đánh giá — Tự chấm");
    EXPECT_EQ(f[0].value, 8.75) << "decimals kept";
    EXPECT_EQ(f[0].source.row, 2);
    EXPECT_EQ(f[0].source.col, 2);
    EXPECT_EQ(f[0].rule, "table.figure");
    EXPECT_EQ(f[3].label, "Tổ dân phố 3 — Điểm đánh giá — Thẩm định");
    EXPECT_EQ(f[3].value, 7);
  }
}

TEST(UnknownTableTest, ATableOfLabelsAndNumbersWithoutHeader) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .T({{"Tổng số hộ gia đình học tập", "1.245"}, {"Tỷ lệ dòng họ học tập", "86,5%"}})
                     .Build();
  std::vector<Record> f = Figures(ExtractDoc(doc));
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].label, "Tổng số hộ gia đình học tập");
  EXPECT_EQ(f[0].value, 1245);
  EXPECT_EQ(f[1].value, 86.5);
  EXPECT_EQ(f[1].unit, "%");
}

}  // namespace
}  // namespace baocao
