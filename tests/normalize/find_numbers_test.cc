#include <gtest/gtest.h>

#include <cctype>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "normalize/numbers.h"
#include "normalize/text.h"

namespace baocao::normalize {
namespace {

using K = NumberKind;

struct Want {
  std::string text;
  NumberKind kind;
  double value;
  std::optional<double> of;
  std::string unit;
};

struct FindCase {
  const char* name;
  std::string input;
  std::vector<Want> want;
};

std::ostream& operator<<(std::ostream& os, const FindCase& c) { return os << c.input; }

std::vector<FindCase> FindCases() {
  const std::optional<double> none;
  return {
      {"count_with_unit", "Số lớp đã mở: 24 lớp", {{"24", K::kCount, 24, none, "lớp"}}},
      {"grouped_count_two_word_unit",
       "thu hút gần 87.000 lượt người tham gia",
       {{"87.000", K::kCount, 87000, none, "lượt người"}}},
      {"lượt_alone", "tổ chức 1.612 lượt sinh hoạt", {{"1.612", K::kCount, 1612, none, "lượt"}}},
      {"area", "diện tích 4.239,89 ha đất nông nghiệp",
       {{"4.239,89", K::kArea, 4239.89, none, "ha"}}},
      {"money_after_colon", "tổng kinh phí cấp năm 2020 là: 653.056.000 đồng",
       {{"2020", K::kCount, 2020, none, ""},
        {"653.056.000 đồng", K::kMoney, 653056000, none, "đồng"}}},
      {"ratio_and_percent", "215/179 lớp đạt 120,1%",
       {{"215/179", K::kRatio, 215, 179, "lớp"}, {"120,1%", K::kPercent, 120.1, none, "%"}}},
      {"full_date", "ngày 18/12/2020", {{"18/12/2020", K::kDate, 18, 12, ""}}},
      {"range_spaced", "giai đoạn 2021 - 2030", {{"2021 - 2030", K::kRange, 2021, 2030, ""}}},
      {"range_tight", "giai đoạn 2015-2019", {{"2015-2019", K::kRange, 2015, 2019, ""}}},
      {"range_en_dash_canonical", CanonicalText("giai đoạn 2016 – 2020"),
       {{"2016 - 2020", K::kRange, 2016, 2020, ""}}},
      {"reference_then_date", "Quyết định số 14/2013/QĐ-UBND ngày 30/7/2013",
       {{"30/7/2013", K::kDate, 30, 7, ""}}},
      {"reference_single", "Quyết định số 1841/QĐ-UBND của UBND tỉnh", {}},
      {"reference_report", "Báo cáo số 157/BC-UBND ngày 2/9", {{"2/9", K::kDate, 2, 9, ""}}},
      {"reference_circular", "Thông tư 96/2008/TT-BTC", {}},
      {"reference_law", "Luật số 34/2018/QH14", {}},
      {"typo_year_still_date", "ngày 30/7/3013", {{"30/7/3013", K::kDate, 30, 7, ""}}},
      {"ratio_big_denominator", "đạt 16/19 xã", {{"16/19", K::kRatio, 16, 19, "xã"}}},
      {"ratio_grouped", "21.641/19.455 người",
       {{"21.641/19.455", K::kRatio, 21641, 19455, "người"}}},
      {"day_month_then_counted_noun", "đã có 2/9 lớp hoàn thành",
       {{"2/9", K::kRatio, 2, 9, "lớp"}}},
      {"day_month_then_tthtcd", "2/9 TTHTCĐ hoạt động hiệu quả",
       {{"2/9", K::kRatio, 2, 9, "TTHTCĐ"}}},
      {"day_month_then_trung_tam", "có 3/5 trung tâm",
       {{"3/5", K::kRatio, 3, 5, "trung tâm"}}},
      {"month_year", "đến tháng 12/2020", {{"12/2020", K::kDate, 0, 12, ""}}},
      {"percent_spaced", "tỷ lệ 10,12 % dân số", {{"10,12 %", K::kPercent, 10.12, none, "%"}}},
      {"percent_whole", "100% xã có TTHTCĐ", {{"100%", K::kPercent, 100, none, "%"}}},
      {"money_scale_currency", "hỗ trợ 6,8 triệu đồng",
       {{"6,8 triệu đồng", K::kMoney, 6800000, none, "đồng"}}},
      {"money_combined_scales", "tổng 2 tỷ 500 triệu",
       {{"2 tỷ 500 triệu", K::kMoney, 2500000000.0, none, ""}}},
      {"money_combined_currency", "còn 116 triệu 586 ngàn đồng",
       {{"116 triệu 586 ngàn đồng", K::kMoney, 116586000, none, "đồng"}}},
      {"money_glued_d", "mức chi 720.000đ/người",
       {{"720.000đ", K::kMoney, 720000, none, "đ"}}},
      {"money_dong_sign", "500.000₫", {{"500.000₫", K::kMoney, 500000, none, "₫"}}},
      {"money_vnd", "500.000 VNĐ", {{"500.000 VNĐ", K::kMoney, 500000, none, "VNĐ"}}},
      {"money_scale_only", "kinh phí 25 triệu", {{"25 triệu", K::kMoney, 25000000, none, ""}}},
      {"scaled_count", "gần 1,2 triệu lượt người",
       {{"1,2 triệu", K::kCount, 1200000, none, "lượt người"}}},
      {"decimal", "tăng 6,8 lần", {{"6,8", K::kDecimal, 6.8, none, "lần"}}},
      {"comrades_not_money", "gồm 05 đồng chí", {{"05", K::kCount, 5, none, ""}}},
      {"comrades_abbrev_not_money", "gồm 05 đ/c", {{"05", K::kCount, 5, none, ""}}},
      {"time_skipped", "lúc 14h30 ngày 5/3", {{"5/3", K::kDate, 5, 3, ""}}},
      {"code_with_digits", "đại dịch COVID-19 kéo dài", {}},
      {"outline_number", "1.2. Kết quả hoạt động", {}},
      {"heading_number", "II.3 Công tác khác", {}},
      {"phone_number", "ĐT: 0280.3855.123", {}},
      {"dotted_date", "ngày 18.12.2020", {{"18.12.2020", K::kDate, 18, 12, ""}}},
      {"dashed_date", "ngày 18-12-2020", {{"18-12-2020", K::kDate, 18, 12, ""}}},
      {"not_a_range", "từ 10-15 người",
       {{"10", K::kCount, 10, none, ""}, {"15", K::kCount, 15, none, "người"}}},
      {"range_backwards", "2020-2019",
       {{"2020", K::kCount, 2020, none, ""}, {"2019", K::kCount, 2019, none, ""}}},
      {"sentence_end_dot", "có 24 lớp.", {{"24", K::kCount, 24, none, "lớp"}}},
      {"comma_after_number", "năm 2020, có 15 xã",
       {{"2020", K::kCount, 2020, none, ""}, {"15", K::kCount, 15, none, "xã"}}},
      {"unit_hoi_vien_not_ho", "1.612 hội viên", {{"1.612", K::kCount, 1612, none, "hội viên"}}},
      {"unit_ho", "35 hộ nghèo", {{"35", K::kCount, 35, none, "hộ"}}},
      {"unit_can_bo", "12 cán bộ", {{"12", K::kCount, 12, none, "cán bộ"}}},
      {"unit_month", "trong 6 tháng đầu năm", {{"6", K::kCount, 6, none, "tháng"}}},
      {"unit_year", "sau 5 năm", {{"5", K::kCount, 5, none, "năm"}}},
      {"nam_is_not_nam", "có 15 nam", {{"15", K::kCount, 15, none, ""}}},
      {"unit_unaccented", "24 lop", {{"24", K::kCount, 24, none, "lop"}}},
      {"unit_caps", "24 LỚP", {{"24", K::kCount, 24, none, "LỚP"}}},
      {"glued_letter_skipped", "phòng 3a và 5km", {}},
      {"area_glued", "5ha lúa", {{"5", K::kArea, 5, none, "ha"}}},
      {"d_of_word_not_currency", "5 đợt", {{"5", K::kCount, 5, none, ""}}},
      {"many", "Năm 2020, xã có 5 thôn, 1.200 hộ; 87% hộ đạt gia đình học tập.",
       {{"2020", K::kCount, 2020, none, ""},
        {"5", K::kCount, 5, none, "thôn"},
        {"1.200", K::kCount, 1200, none, "hộ"},
        {"87%", K::kPercent, 87, none, "%"}}},
      {"english_decimal_percent", "đạt 98.5%", {{"98.5%", K::kPercent, 98.5, none, "%"}}},
      {"leading_zero_count", "Tổ chức 04 chuyên đề", {{"04", K::kCount, 4, none, "chuyên đề"}}},
      {"money_tr", "hỗ trợ 30 tr cho mỗi lớp", {{"30 tr", K::kMoney, 30000000, none, ""}}},
      {"money_nghin", "mỗi suất 500 nghìn", {{"500 nghìn", K::kMoney, 500000, none, ""}}},
      {"money_ty_decimal", "huy động 1,5 tỷ đồng",
       {{"1,5 tỷ đồng", K::kMoney, 1500000000.0, none, "đồng"}}},
      {"plan_reference", "Kế hoạch số 05/KH-HKH ngày 10/01/2021",
       {{"10/01/2021", K::kDate, 10, 1, ""}}},
      {"school_year_range", "năm học 2020-2021", {{"2020-2021", K::kRange, 2020, 2021, ""}}},
      {"percent_decimal", "tỷ lệ đạt 57,1%", {{"57,1%", K::kPercent, 57.1, none, "%"}}},
      {"learners", "có 350 học viên", {{"350", K::kCount, 350, none, "học viên"}}},
      {"sessions", "25 buổi sinh hoạt", {{"25", K::kCount, 25, none, "buổi"}}},
      {"hamlets", "12 xóm", {{"12", K::kCount, 12, none, "xóm"}}},
      {"centres", "3 trung tâm học tập", {{"3", K::kCount, 3, none, "trung tâm"}}},
      {"tthtcd_count", "17/17 TTHTCĐ", {{"17/17", K::kRatio, 17, 17, "TTHTCĐ"}}},
      {"date_with_leading_zeros", "ngày 05/01/2021", {{"05/01/2021", K::kDate, 5, 1, ""}}},
      {"date_then_range", "Từ ngày 1/6 đến 30/6/2021",
       {{"1/6", K::kDate, 1, 6, ""}, {"30/6/2021", K::kDate, 30, 6, ""}}},
      {"three_part_not_date", "tỷ lệ 1/2/3", {}},
      {"quantity_in_parentheses", "(chiếm 84,2%)", {{"84,2%", K::kPercent, 84.2, none, "%"}}},
      {"money_per_person", "30.800.000 đồng/người",
       {{"30.800.000 đồng", K::kMoney, 30800000, none, "đồng"}}},
      {"big_grouped", "dân số 1.612.345 người",
       {{"1.612.345", K::kCount, 1612345, none, "người"}}},
      {"empty", "", {}},
      {"no_digits", "Báo cáo tổng kết", {}},
  };
}

class FindNumbersTest : public testing::TestWithParam<FindCase> {};

TEST_P(FindNumbersTest, Finds) {
  const FindCase& c = GetParam();
  const std::vector<Number> got = FindNumbers(c.input);
  ASSERT_EQ(got.size(), c.want.size()) << c.input;
  for (std::size_t i = 0; i < got.size(); ++i) {
    const Number& n = got[i];
    const Want& w = c.want[i];
    EXPECT_EQ(n.text, w.text) << c.input;
    EXPECT_EQ(NumberKindName(n.kind), std::string(NumberKindName(w.kind))) << n.text;
    EXPECT_DOUBLE_EQ(n.value, w.value) << n.text;
    EXPECT_EQ(n.of.has_value(), w.of.has_value()) << n.text;
    if (n.of && w.of) {
      EXPECT_DOUBLE_EQ(*n.of, *w.of) << n.text;
    }
    EXPECT_EQ(n.unit, w.unit) << n.text;
    EXPECT_EQ(c.input.substr(n.begin, n.end - n.begin), n.text);
    EXPECT_FALSE(n.repaired);
  }
}

INSTANTIATE_TEST_SUITE_P(Prose, FindNumbersTest, testing::ValuesIn(FindCases()),
                         [](const testing::TestParamInfo<FindCase>& param_info) {
                           std::string name = param_info.param.name;
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

TEST(FindNumbersProperties, SpansAreOrderedAndDisjoint) {
  for (const FindCase& c : FindCases()) {
    std::size_t last_end = 0;
    for (const Number& n : FindNumbers(c.input)) {
      EXPECT_LE(last_end, n.begin) << c.input;
      EXPECT_LT(n.begin, n.end) << c.input;
      last_end = n.end;
    }
  }
}

}  // namespace
}  // namespace baocao::normalize
