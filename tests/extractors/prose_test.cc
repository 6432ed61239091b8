#include "extractors/prose.h"

#include <gtest/gtest.h>

#include "extractors/extract.h"
#include "tests/extractors/test_documents.h"

namespace baocao {
namespace {

using testing::DocBuilder;
using testing::ProjectRules;

TEST(BudgetLinesTest, SourcesAmountsAndLabels) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả hoạt động năm 2024")
                     .P("5. Kinh phí")
                     .P("- Tổng kinh phí hỗ trợ từ ngân sách nhà nước: 24.600.000 đồng")
                     .P("- Kinh phí do xã hội hóa: 1.500.000đ")
                     .P("- Kinh phí do học viên đóng góp: 0đ")
                     .P("Không huy động được kinh phí từ các nguồn khác.")
                     .P("Mức hỗ trợ 1,2 triệu đồng/suất theo quy định.")
                     .Build();
  std::vector<Record> b = testing::RecordsOf(doc, RecordType::kBudget);
  ASSERT_EQ(b.size(), 3u);
  EXPECT_EQ(b[0].category, "state");
  EXPECT_EQ(b[0].amount_vnd, 24600000);
  EXPECT_EQ(b[0].label, "Tổng kinh phí hỗ trợ từ ngân sách nhà nước");
  EXPECT_EQ(b[0].status, "actual");
  EXPECT_EQ(b[0].period, "2024");
  EXPECT_EQ(b[1].category, "socialized");
  EXPECT_EQ(b[1].amount_vnd, 1500000);
  EXPECT_EQ(b[2].category, "learner");
  EXPECT_EQ(b[2].amount_vnd, 0) << "a printed 0đ is a real 0";
  EXPECT_EQ(b[0].source.block, 3);
  EXPECT_EQ(b[0].source.row, std::nullopt);
}

TEST(BudgetLinesTest, AmountInsideALongSentence) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Tổng kết năm 2022")
                     .P("- Năm 2022 UBND huyện đã cấp kinh phí cho các trung tâm; tổng kinh phí cấp năm 2022 là: "
                        "512.300.000 đồng. Các xã đã sử dụng đúng mục đích.")
                     .Build();
  std::vector<Record> b = testing::RecordsOf(doc, RecordType::kBudget);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].label, "Tổng kinh phí cấp năm 2022");
  EXPECT_EQ(b[0].amount_vnd, 512300000);
  EXPECT_EQ(b[0].category, "state");
}

TEST(ProseActivitiesTest, TopicTotalWithCentreAndPartnerParts) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả hoạt động năm 2021")
                     .P("+ Giáo dục pháp luật: 31 lớp, 2.640 lượt người, trong đó Trung tâm tổ chức 20 lớp, "
                        "1.700 lượt người, Trung tâm phối hợp tổ chức 11 lớp, 940 lượt người.")
                     .Build();
  Extraction ex = Extract(doc, ProjectRules(), {});
  std::vector<Record> a = testing::OfType(ex, RecordType::kActivity);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].label, "Giáo dục pháp luật");
  EXPECT_EQ(a[0].topic, "phap_luat");
  EXPECT_EQ(a[0].organizer, std::nullopt);
  EXPECT_EQ(a[0].classes, 31);
  EXPECT_EQ(a[0].participants, 2640);
  EXPECT_EQ(a[1].organizer, "center");
  EXPECT_EQ(a[1].classes, 20);
  EXPECT_EQ(a[1].participants, 1700);
  EXPECT_EQ(a[1].label, "Giáo dục pháp luật — Trung tâm tổ chức");
  EXPECT_EQ(a[2].organizer, "partner");
  EXPECT_EQ(a[2].classes, 11);
  EXPECT_EQ(a[2].participants, 940);
  EXPECT_EQ(a[2].label, "Giáo dục pháp luật — Trung tâm phối hợp tổ chức");
  EXPECT_TRUE(testing::OfType(ex, RecordType::kCheck).empty());
}

TEST(ProseActivitiesTest, PartsThatDoNotAddUpAreChecked) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả hoạt động năm 2021")
                     .P("+ Bảo vệ môi trường: 9 lớp, 600 lượt người, trong đó Trung tâm tổ chức 5 lớp, "
                        "350 lượt người, Trung tâm phối hợp tổ chức 4 lớp, 205 lượt người.")
                     .Build();
  std::vector<Record> checks = testing::RecordsOf(doc, RecordType::kCheck);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].rule, "sum-mismatch");
  EXPECT_NE(checks[0].message.find("555"), std::string::npos) << checks[0].message;
}

// A list by topic after "trong đó" may name only the main topics: falling
// short of the total is said (info), going over it is an error.
TEST(ProseActivitiesTest, TopicPartsMayNameOnlySomeOfTheTotal) {
  auto with_total = [](const std::string& classes) {
    return DocBuilder()
        .P("BÁO CÁO")
        .P("Kết quả hoạt động năm 2024")
        .P("Các lớp chuyên đề được tổ chức " + classes + " lớp, trong đó lớp về kinh tế 12 lớp, lớp về pháp luật 8 lớp.")
        .Build();
  };
  const Document shorter = with_total("32");
  EXPECT_TRUE(testing::ChecksNamed(shorter, "sum-mismatch").empty());
  std::vector<Record> incomplete = testing::ChecksNamed(shorter, "sum-incomplete");
  ASSERT_EQ(incomplete.size(), 1u);
  EXPECT_EQ(incomplete[0].severity, "info");
  std::vector<Record> mismatch = testing::ChecksNamed(with_total("18"), "sum-mismatch");
  ASSERT_EQ(mismatch.size(), 1u);
  EXPECT_NE(mismatch[0].message.find("20"), std::string::npos) << mismatch[0].message;
}

// A statement whose subject is a named commune's centre is that commune's,
// unless it is the commune the report is about.
TEST(ProseActivitiesTest, ANamedCommunesCentreAsSubject) {
  Extraction district = Extract(DocBuilder()
                                    .P("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN PHÚ LỘC")
                                    .P("BÁO CÁO")
                                    .P("Tổng kết hoạt động các TTHTCĐ năm 2024")
                                    .P("Năm 2024, TTHTCĐ xã Tân An tổ chức được 45 lớp với 2.300 lượt người; TTHTCĐ "
                                       "thị trấn Phú Mỹ tổ chức 38 lớp với 1.900 lượt người.")
                                    .Build(),
                                ProjectRules(), {});
  std::vector<Record> a = testing::OfType(district, RecordType::kActivity);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].commune, "Tân An");
  EXPECT_EQ(a[1].commune, "Phú Mỹ");
  Extraction own = Extract(DocBuilder()
                               .P("UBND XÃ TÂN AN")
                               .P("BÁO CÁO")
                               .P("Kết quả hoạt động năm 2024")
                               .P("TTHTCĐ xã Tân An tổ chức được 45 lớp với 2.300 lượt người.")
                               .Build(),
                           ProjectRules(), {});
  ASSERT_EQ(own.document.commune, "Tân An");
  a = testing::OfType(own, RecordType::kActivity);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_FALSE(a[0].commune.has_value());
}

// Two totals that each list their parts are two statements, even with the
// same count: folding one into the other gave the first the second's people
// and a false sum-mismatch against its own parts.
TEST(ProseActivitiesTest, TotalsWithTheirOwnPartsAreNotRestatements) {
  Extraction ex = Extract(DocBuilder()
                              .P("BÁO CÁO")
                              .P("Kết quả hoạt động năm 2024")
                              .P("I. KẾT QUẢ")
                              .P("Trong năm, Trung tâm đã tổ chức được 9 lớp, cụ thể:")
                              .P("- Tin học: 4 lớp, 120 học viên.")
                              .P("- Pháp luật: 5 lớp, 200 học viên.")
                              .P("II. PHONG TRÀO")
                              .P("Tổ chức 9 lớp chuyên đề với 150 lượt người, gồm: 3 lớp sức khỏe, 6 lớp kinh tế.")
                              .Build(),
                          ProjectRules(), {});
  int totals = 0;
  for (const Record& r : testing::OfType(ex, RecordType::kActivity)) totals += r.topic == "tong" ? 1 : 0;
  EXPECT_EQ(totals, 2);
  EXPECT_TRUE(testing::ChecksNamed(ex, "sum-mismatch").empty());
}

// A total over a list its sentence says follows ("…, cụ thể:"): the list's
// items are its parts, whatever their markers; a paragraph after the list
// is none of them, so its classes raise no sum-mismatch. One more item in
// the list that breaks the sum still does.
TEST(ProseActivitiesTest, AListsPartsEndWithTheList) {
  const auto extract = [](const std::string& last_item) {
    return Extract(DocBuilder()
                       .P("BÁO CÁO")
                       .P("Kết quả hoạt động năm 2024")
                       .P("I. KẾT QUẢ")
                       .P("Trong năm, Trung tâm đã tổ chức được 9 lớp, cụ thể:")
                       .P("- Tin học: 4 lớp, 120 học viên.")
                       .P("b) Pháp luật: 5 lớp, 200 học viên.")
                       .P(last_item)
                       .Build(),
                   ProjectRules(), {});
  };
  Extraction after = extract("Tổ chức 3 lớp ngoại ngữ cho cán bộ, công chức, mỗi lớp 30 học viên.");
  EXPECT_TRUE(testing::ChecksNamed(after, "sum-mismatch").empty());
  Extraction inside = extract("c) Ngoại ngữ: 3 lớp, 90 học viên.");
  EXPECT_EQ(testing::ChecksNamed(inside, "sum-mismatch").size(), 1u);
}

// Income, spending and what is left said in a line ("Thu: …; Chi: …; Tồn:
// …"), a commune's committee as the source, and a grant "được cấp".
TEST(ProseBudgetTest, ThuChiTonAndTheCommitteeAsSource) {
  std::vector<Record> b = testing::RecordsOf(DocBuilder()
                                                 .P("BÁO CÁO")
                                                 .P("Kết quả hoạt động năm 2024")
                                                 .P("Thu: 45.000.000đ; Chi: 43.200.000đ; Tồn: 1.800.000đ.")
                                                 .P("Nguồn kinh phí do UBND xã hỗ trợ 10 triệu đồng.")
                                                 .P("Trung tâm được cấp 7.000.000 đồng để mua sắm trang thiết bị.")
                                                 .P("Đã chi 6.500.000 đồng, còn tồn 500.000 đồng.")
                                                 .Build(),
                                             RecordType::kBudget);
  std::vector<std::string> got;
  for (const Record& r : b) got.push_back(*r.category + " " + std::to_string(r.amount_vnd.value_or(-1)));
  EXPECT_EQ(got, (std::vector<std::string>{"total 45000000", "other 43200000", "other 1800000", "state 10000000",
                                           "state 7000000", "other 500000"}));
}

TEST(ProseActivitiesTest, ActualOverPlanRatio) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả hoạt động năm 2021")
                     .P("- Số lớp chuyên đề đã mở: 180/150 lớp đạt 120%; 14.300/12.000 lượt người tham gia.")
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].status, "actual");
  EXPECT_EQ(a[0].topic, "tong");
  EXPECT_EQ(a[0].classes, 180);
  EXPECT_EQ(a[0].participants, 14300);
  EXPECT_EQ(a[1].status, "plan");
  EXPECT_EQ(a[1].classes, 150);
  EXPECT_EQ(a[1].participants, 12000);
}

TEST(ProseActivitiesTest, SectionHeadingsSetStatusAndPeriod) {
  Document doc = DocBuilder()
                     .P("KẾ HOẠCH")
                     .P("Hoạt động năm 2025")
                     .P("2. Kết quả thực hiện năm 2024")
                     .P("- Kỹ năng sống: 03 lớp có 95 học viên tham gia.")
                     .P("3. Nhu cầu học tập của nhân dân năm 2025")
                     .P("- Tin học cơ bản: 2 chuyên đề với 60 lượt người")
                     .P("4. Mục tiêu")
                     .P("- Văn nghệ: 6 buổi, 400 lượt người")
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].status, "actual");
  EXPECT_EQ(a[0].period, "2024");
  EXPECT_EQ(a[0].topic, "ky_nang_song");
  EXPECT_EQ(a[0].classes, 3);
  EXPECT_EQ(a[0].participants, 95);
  EXPECT_EQ(a[1].status, "demand");
  EXPECT_EQ(a[1].period, "2025");
  EXPECT_EQ(a[1].topic, "ngoai_ngu_tin_hoc");
  EXPECT_EQ(a[2].status, "plan");
  EXPECT_EQ(a[2].period, "2025");
  EXPECT_EQ(a[2].topic, "van_nghe_the_thao");
}

TEST(ProseActivitiesTest, HedgedFiguresAreApproximate) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("- Chuyên đề sức khỏe: 12 lớp, gần 1.000 lượt người")
                     .Build();
  std::vector<Record> a = testing::RecordsOf(doc, RecordType::kActivity);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_TRUE(a[0].approx);
}

TEST(ProseActivitiesTest, NumbersWithoutSubjectsGiveNothing) {
  Document doc = DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("Năm 2019 cử 34 cán bộ tham gia lớp tập huấn do Sở tổ chức (tháng 11/2019).")
                     .P("Xã có 6 thôn với 1.020 hộ.")
                     .Build();
  EXPECT_TRUE(testing::RecordsOf(doc, RecordType::kActivity).empty());
}

}  // namespace
}  // namespace baocao

namespace baocao {
namespace {

TEST(ChecksTest, SectionTotalAgainstTopicStatements) {
  Document doc = testing::DocBuilder()
                     .P("KẾ HOẠCH")
                     .P("Hoạt động năm 2025")
                     .P("2. Kết quả thực hiện năm 2024")
                     .P("- Số lớp đã mở: 15 lớp.")
                     .P("- Pháp luật: 06 lớp có 410 học viên tham gia.")
                     .P("- Sức khỏe: 05 lớp có 330 học viên tham gia.")
                     .P("- Môi trường: 04 lớp có 290 học viên tham gia.")
                     .P("- Học viên tham gia 1.300 người.")
                     .P("3. Nhu cầu học tập năm 2025")
                     .P("- Pháp luật: 3 chuyên đề với 200 lượt người")
                     .Build();
  std::vector<Record> checks = testing::ChecksNamed(doc, "sum-mismatch");
  ASSERT_EQ(checks.size(), 1u) << "classes add up (15); participants do not (1.030 vs 1.300)";
  EXPECT_NE(checks[0].message.find("1300"), std::string::npos) << checks[0].message;
  EXPECT_NE(checks[0].message.find("1030"), std::string::npos) << checks[0].message;
  EXPECT_EQ(checks[0].refs.size(), 4u);
}

TEST(ChecksTest, StatementsNearATotalThatExceedItAreNoError) {
  // Nothing adds up to the stated 18: the statements after it may be the
  // year's other work (a club, a campaign), not its parts.
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2025")
                     .P("- Số lớp học: 18 lớp.")
                     .P("- Tin học: 9 lớp với 270 học viên.")
                     .P("- Tổ chức 12 buổi sinh hoạt câu lạc bộ văn nghệ.")
                     .Build();
  EXPECT_TRUE(testing::ChecksNamed(doc, "sum-mismatch").empty());
  std::vector<Record> exceeds = testing::ChecksNamed(doc, "sum-exceeds");
  ASSERT_EQ(exceeds.size(), 1u);
  EXPECT_EQ(exceeds[0].severity, "info");
  EXPECT_NE(exceeds[0].message.find("21"), std::string::npos) << exceeds[0].message;
}

TEST(ChecksTest, BudgetPartsStatedWithTheirTotalAreAllOfIt) {
  // The total's own "trong đó" adds up; a money line of another paragraph
  // is no part of it.
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2025")
                     .P("Tổng kinh phí năm 2025 là 45.500.000 đồng, trong đó ngân sách xã cấp 30.000.000 đồng, xã "
                        "hội hóa 15.500.000 đồng.")
                     .P("Kinh phí mua sách: 4.000.000 đồng.")
                     .Build();
  EXPECT_TRUE(testing::ChecksNamed(doc, "sum-mismatch").empty());
  EXPECT_TRUE(testing::ChecksNamed(doc, "sum-incomplete").empty());
}

TEST(BudgetLinesTest, AnAmountBrokenDownAfterItIsTheTotal) {
  // The breakdown in the next sentence, or after a "Trong đó:" paragraph.
  for (bool own_paragraph : {false, true}) {
    testing::DocBuilder b;
    b.P("BÁO CÁO").P("Kết quả năm 2025");
    if (own_paragraph) {
      b.P("Kinh phí hoạt động: 12.000.000 đồng.").P("Trong đó:").P("- Ngân sách: 7.000.000 đồng").P(
          "- Xã hội hóa: 5.000.000 đồng");
    } else {
      b.P("Kinh phí hoạt động năm 2025: 12.000.000 đồng. Trong đó: ngân sách xã 7.000.000 đồng; xã hội hóa "
          "5.000.000 đồng.");
    }
    Document doc = b.Build();
    std::vector<Record> budget = testing::RecordsOf(doc, RecordType::kBudget);
    ASSERT_EQ(budget.size(), 3u) << own_paragraph;
    EXPECT_EQ(budget[0].category, "total") << own_paragraph;
    EXPECT_EQ(budget[0].amount_vnd, 12000000);
    EXPECT_EQ(budget[1].category, "state");
    EXPECT_TRUE(testing::RecordsOf(doc, RecordType::kCheck).empty()) << own_paragraph;
  }
}

TEST(BudgetLinesTest, AmountsInParenthesesAreThePartsOfTheAmountBefore) {
  // "(ngân sách …)" after an amount names its source; "(ngân sách … 9 triệu
  // đồng, …)" holding amounts of its own lists its parts. (And an amount
  // per year is no rate.)
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2025")
                     .P("Kinh phí hoạt động năm 2025: 14.000.000đ (ngân sách xã cấp 9.000.000đ, huy động xã "
                        "hội hóa 5.000.000đ).")
                     .P("Kinh phí mua tài liệu là 3 triệu đồng (nguồn ngân sách xã).")
                     .P("Kinh phí hoạt động thường xuyên: 20 triệu đồng/năm; mức chi 150.000đ/buổi.")
                     .Build();
  std::vector<Record> budget = testing::RecordsOf(doc, RecordType::kBudget);
  ASSERT_EQ(budget.size(), 5u);
  // Per year is the year's amount; per session a rate, no line.
  EXPECT_EQ(budget[4].amount_vnd, 20000000);
  EXPECT_EQ(budget[0].category, "total");
  EXPECT_EQ(budget[0].amount_vnd, 14000000);
  EXPECT_EQ(budget[1].category, "state");
  EXPECT_EQ(budget[1].label, "Ngân sách xã cấp");
  EXPECT_EQ(budget[2].category, "socialized");
  EXPECT_EQ(budget[3].category, "state");
  EXPECT_EQ(budget[3].amount_vnd, 3000000);
  EXPECT_TRUE(testing::RecordsOf(doc, RecordType::kCheck).empty());
}

TEST(BudgetLinesTest, AnAmountForEachUnitIsARate) {
  // What each centre, commune or club is given is a rate, not a line of
  // the budget, even per year; the total before it is.
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Tổng kết năm 2024")
                     .P("Tổng kinh phí hoạt động là 250 triệu đồng.")
                     .P("Mỗi TTHTCĐ được cấp 10 triệu đồng/năm để chi cho các hoạt động thường xuyên.")
                     .P("Mỗi xã được hỗ trợ 5.000.000 đồng; mỗi câu lạc bộ 2 triệu đồng.")
                     .Build();
  std::vector<Record> budget = testing::RecordsOf(doc, RecordType::kBudget);
  ASSERT_EQ(budget.size(), 1u);
  EXPECT_EQ(budget[0].amount_vnd, 250000000);
}

TEST(BudgetLinesTest, TheSourceNamedAfterTheAmount) {
  // "kinh phí" names no source; the words after the amount do. A source
  // named after the next comma is another line's.
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2025")
                     .P("Kinh phí hoạt động năm 2025 là 20 triệu đồng do ngân sách xã cấp.")
                     .P("Kinh phí mở lớp là 6.000.000 đồng từ nguồn xã hội hóa.")
                     .P("Kinh phí mua tài liệu là 2.000.000 đồng, ngân sách hỗ trợ 1.500.000 đồng.")
                     .P("Riêng lớp xóa mù chữ được chi 2.400.000 đồng từ nguồn ngân sách để mua sách vở.")
                     .P("Kinh phí năm 2025: 9 triệu đồng, từ nguồn ngân sách xã.")
                     .P("Kinh phí dự kiến: 30 triệu đồng, từ nguồn ngân sách xã và nguồn xã hội hóa.")
                     .Build();
  std::vector<Record> b = testing::RecordsOf(doc, RecordType::kBudget);
  ASSERT_EQ(b.size(), 6u) << "words that say nothing of money make no budget line";
  EXPECT_EQ(b[0].category, "state");
  EXPECT_EQ(b[0].amount_vnd, 20000000);
  EXPECT_EQ(b[1].category, "socialized");
  EXPECT_EQ(b[2].category, "other");
  EXPECT_EQ(b[3].category, "state");
  EXPECT_EQ(b[4].category, "state") << "a cue word after the comma";
  EXPECT_EQ(b[5].category, "total") << "two sources named: their total";
  EXPECT_EQ(b[5].status, "plan");
}

TEST(BudgetLinesTest, InWhichAtTheEndOfTheAmountsParagraphOpensItsParts) {
  // A PDF line joined "Trong đó:" to the amount's paragraph.
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Sơ kết 6 tháng đầu năm 2025")
                     .P("Kinh phí hoạt động 6 tháng đầu năm 2025: 27.000.000 đồng. Trong đó:")
                     .P("- Ngân sách xã hỗ trợ: 20.000.000 đồng;")
                     .P("- Học viên đóng góp: 7.000.000 đồng.")
                     .Build();
  std::vector<Record> b = testing::RecordsOf(doc, RecordType::kBudget);
  ASSERT_EQ(b.size(), 3u);
  EXPECT_EQ(b[0].category, "total");
  EXPECT_EQ(b[1].category, "state");
  EXPECT_EQ(b[2].category, "learner");
}

TEST(BudgetLinesTest, MoneyMobilisedIsSocialised) {
  // "huy động" names no source word of its own, but what a centre mobilises
  // is raised from the community: xã hội hóa.
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .P("Các TTHTCĐ đã huy động được 1.250 triệu đồng từ các nguồn lực trong dân.")
                     .Build();
  std::vector<Record> b = testing::RecordsOf(doc, RecordType::kBudget);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].category, "socialized");
  EXPECT_EQ(b[0].amount_vnd, 1250000000);
}

TEST(BudgetLinesTest, ALabelAloneOnItsLineNamesTheAmountBelow) {
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2025")
                     .P("Số dư cuối năm:")
                     .P("-1.200.000 đồng.")
                     .P("Kinh phí xã hội hóa:")
                     .P("5.000.000 đồng")
                     .Build();
  std::vector<Record> b = testing::RecordsOf(doc, RecordType::kBudget);
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].label, "Số dư cuối năm");
  EXPECT_EQ(b[0].amount_vnd, -1200000);
  EXPECT_EQ(b[1].category, "socialized");
  EXPECT_EQ(b[1].source.text, "5.000.000 đồng") << "the record quotes its own paragraph";
}

TEST(ChecksTest, ABudgetTotalIsComparedWithTheLinesItIntroducesNotAnotherTotals) {
  // "Tổng thu" is followed by outflows only: the lines before it belong to
  // the first total, so nothing is compared with it.
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2025")
                     .P("Tổng kinh phí năm 2025: 38.500.000 đồng, trong đó ngân sách xã 20.000.000 đồng, xã hội hóa "
                        "18.500.000 đồng.")
                     .P("Tổng thu: 25.000.000đ; tổng chi: 23.800.000đ; tồn quỹ: 1.200.000đ.")
                     .Build();
  EXPECT_TRUE(testing::ChecksNamed(doc, "sum-mismatch").empty());
}

TEST(ChecksTest, PercentAgainstItsRatio) {
  Document ok = testing::DocBuilder()
                    .P("BÁO CÁO")
                    .P("Kết quả năm 2022")
                    .P("- Số lớp chuyên đề đã mở: 215/179 lớp đạt 120,1%; 21.641/19.455 lượt người đạt 111,2%.")
                    .Build();
  EXPECT_TRUE(testing::ChecksNamed(ok, "percent-mismatch").empty());
  Document wrong = testing::DocBuilder()
                       .P("BÁO CÁO")
                       .P("Kết quả năm 2022")
                       .P("- Số lớp chuyên đề đã mở: 215/200 lớp đạt 112,5%.")
                       .Build();
  std::vector<Record> checks = testing::ChecksNamed(wrong, "percent-mismatch");
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_NE(checks[0].message.find("107.5"), std::string::npos) << checks[0].message;
  EXPECT_EQ(checks[0].refs, (std::vector<int>{0, 1}));
}

TEST(ChecksTest, RepeatedRowIsAWarning) {
  Document doc = testing::DocBuilder()
                     .P("BÁO CÁO")
                     .P("Kết quả năm 2024")
                     .T({{"TT", "Tên hoạt động", "Số lớp", "Số người tham gia"},
                         {"1", "Chuyên đề pháp luật", "2", "120"},
                         {"2", "Chuyên đề pháp luật", "2", "120"}})
                     .Build();
  std::vector<Record> checks = testing::ChecksNamed(doc, "duplicate-row");
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].severity, "warning");
}

}  // namespace
}  // namespace baocao

namespace baocao {
namespace {

TEST(ChecksTest, AmountInWordsAgainstDigits) {
  Document agree = testing::DocBuilder()
                       .P("TỜ TRÌNH")
                       .P("Về kinh phí năm 2025")
                       .P("- Kinh phí ngân sách nhà nước cấp: 30.800.000 đồng")
                       .P("(Bằng chữ: Ba mươi triệu tám trăm nghìn đồng)")
                       .Build();
  EXPECT_TRUE(testing::ChecksNamed(agree, "words-digits-mismatch").empty());
  Document disagree = testing::DocBuilder()
                          .P("TỜ TRÌNH")
                          .P("Về kinh phí năm 2025")
                          .P("- Kinh phí ngân sách nhà nước cấp: 30.800.000 đồng (Bằng chữ: Ba mươi triệu "
                             "không trăm tám mươi nghìn đồng)")
                          .Build();
  std::vector<Record> checks = testing::ChecksNamed(disagree, "words-digits-mismatch");
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_NE(checks[0].message.find("30080000"), std::string::npos) << checks[0].message;
}

}  // namespace
}  // namespace baocao
