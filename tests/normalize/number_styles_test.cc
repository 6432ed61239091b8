// Numbers as offices type them (issue 11, point 1): space-grouped
// thousands with every kind of space, English thousands told apart from the
// decimal comma, '.' decimals before a scale word, scales with a remainder,
// negative amounts, counts in words, and the ambiguous forms that must stay
// unknown (kAmbiguous, nullopt) rather than be guessed.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "normalize/numbers.h"
#include "normalize/text.h"

namespace baocao::normalize {
namespace {

using K = NumberKind;

struct Found {
  std::string text;
  NumberKind kind;
  double value;
  std::string unit;
};

struct ProseCase {
  const char* name;
  std::string input;  // passed through CanonicalText first, as the pipeline does
  std::vector<Found> want;
  NumberOptions options = {};
};

std::vector<ProseCase> ProseCases() {
  const NumberOptions words{.count_words = true};
  return {
      // Space-grouped thousands, with the spaces Word and PDFs really use.
      {"space_groups_money", "tổng kinh phí là 18 500 000 đồng",
       {{"18 500 000 đồng", K::kMoney, 18500000, "đồng"}}},
      {"space_groups_nbsp", "chi hết 7\u00a0250\u00a0000 đồng cho tài liệu",
       {{"7 250 000 đồng", K::kMoney, 7250000, "đồng"}}},
      {"space_groups_thin", "thu hút 2\u2009340 lượt người", {{"2 340", K::kCount, 2340, "lượt người"}}},
      {"space_groups_narrow_nbsp", "có 1\u202f005 học viên", {{"1 005", K::kCount, 1005, "học viên"}}},
      {"space_groups_count", "với 3 125 lượt người tham gia", {{"3 125", K::kCount, 3125, "lượt người"}}},
      {"space_groups_glued_d", "xã hội hóa 4 200 000đ", {{"4 200 000đ", K::kMoney, 4200000, "đ"}}},
      {"space_then_two_digits_is_two_numbers", "có 12 15 người",
       {{"12", K::kCount, 12, ""}, {"15", K::kCount, 15, "người"}}},
      {"month_then_count_not_grouped", "trong tháng 11 240 người",
       {{"11", K::kCount, 11, ""}, {"240", K::kCount, 240, "người"}}},
      {"grade_then_count_not_grouped", "học viên lớp 4 120 người",
       {{"4", K::kCount, 4, ""}, {"120", K::kCount, 120, "người"}}},
      {"year_is_never_a_group", "năm 2023 250 lớp",
       {{"2023", K::kCount, 2023, ""}, {"250", K::kCount, 250, "lớp"}}},
      // A number spelled out again in parentheses, as formal documents do:
      // one number, its unit after the echo; an echo that spells another
      // value is none.
      {"spelled_echo_count", "mở 02 (hai) lớp tin học", {{"02 (hai)", K::kCount, 2, "lớp"}}},
      {"spelled_echo_people", "cho 45 (bốn mươi lăm) học viên", {{"45 (bốn mươi lăm)", K::kCount, 45, "học viên"}}},
      {"spelled_echo_money", "tổng 30.000.000 đồng (Ba mươi triệu đồng chẵn).",
       {{"30.000.000 đồng (Ba mươi triệu đồng chẵn)", K::kMoney, 30000000, "đồng"}}},
      {"echo_of_another_value_is_no_echo", "mở 03 (hai) lớp", {{"03", K::kCount, 3, ""}}},
      // The other order: spelled first, the digits in parentheses after.
      {"spelled_lead_count", "mở được mười hai (12) lớp", {{"mười hai (12)", K::kCount, 12, "lớp"}}},
      {"spelled_lead_capital", "tổ chức Năm (05) buổi", {{"Năm (05)", K::kCount, 5, "buổi"}}},
      {"spelled_lead_people", "cho một trăm hai mươi (120) lượt người",
       {{"một trăm hai mươi (120)", K::kCount, 120, "lượt người"}}},
      {"lead_of_another_value_is_no_lead", "mở hai (3) lớp", {{"3", K::kCount, 3, ""}}},
      // English thousands against the decimal comma.
      {"english_thousands_people", "có 2,480 lượt người dự", {{"2,480", K::kCount, 2480, "lượt người"}}},
      {"english_thousands_learners", "đào tạo 1,075 học viên", {{"1,075", K::kCount, 1075, "học viên"}}},
      {"english_thousands_money", "chi 4,500 đồng mỗi bản", {{"4,500 đồng", K::kMoney, 4500, "đồng"}}},
      {"english_thousands_many_groups", "tổng 3,250,000 đồng", {{"3,250,000 đồng", K::kMoney, 3250000, "đồng"}}},
      {"comma_before_scale_is_decimal", "kinh phí 1,250 tỷ đồng",
       {{"1,250 tỷ đồng", K::kMoney, 1250000000, "đồng"}}},
      {"comma_three_digits_alone_is_ambiguous", "chỉ số đạt 1,250 điểm", {{"1,250", K::kAmbiguous, 0, ""}}},
      {"comma_three_digits_area_is_ambiguous", "diện tích 2,125 ha", {{"2,125", K::kAmbiguous, 0, "ha"}}},
      {"decimal_comma_two_digits", "điểm bình quân 8,75", {{"8,75", K::kDecimal, 8.75, ""}}},
      {"leading_zero_is_decimal", "hệ số 0,125", {{"0,125", K::kDecimal, 0.125, ""}}},
      // Scales and decimals before them.
      {"dot_decimal_before_scale", "xã hội hóa 3.5 triệu đồng",
       {{"3.5 triệu đồng", K::kMoney, 3500000, "đồng"}}},
      {"dot_decimal_two_digits", "hỗ trợ 1.25 tỷ", {{"1.25 tỷ", K::kMoney, 1250000000, ""}}},
      {"dot_three_digits_is_grouping", "chi 1.500 triệu đồng",
       {{"1.500 triệu đồng", K::kMoney, 1500000000, "đồng"}}},
      {"comma_decimal_million", "còn 2,5 triệu đồng", {{"2,5 triệu đồng", K::kMoney, 2500000, "đồng"}}},
      {"thousand_word", "mức chi 150 nghìn đồng", {{"150 nghìn đồng", K::kMoney, 150000, "đồng"}}},
      {"billion_and_million", "tổng 1 tỷ 200 triệu", {{"1 tỷ 200 triệu", K::kMoney, 1200000000, ""}}},
      {"million_thousand_currency", "dư 116 triệu 586 ngàn đồng",
       {{"116 triệu 586 ngàn đồng", K::kMoney, 116586000, "đồng"}}},
      {"thousand_remainder_count", "đón 165 ngàn 240 lượt người", {{"165 ngàn 240", K::kCount, 165240, "lượt người"}}},
      {"thousand_remainder_money", "thu 42 nghìn 500 đồng", {{"42 nghìn 500 đồng", K::kMoney, 42500, "đồng"}}},
      {"scaled_count_hedged", "gần 52 ngàn lượt người", {{"52 ngàn", K::kCount, 52000, "lượt người"}}},
      {"scaled_count_decimal", "phục vụ 12,3 triệu lượt người", {{"12,3 triệu", K::kCount, 12300000, "lượt người"}}},
      {"billion_decimal", "đầu tư 1,5 tỷ đồng", {{"1,5 tỷ đồng", K::kMoney, 1500000000, "đồng"}}},
      {"spoken_billion_shorthand_is_ambiguous", "xây nhà văn hóa hết 1 tỷ 2", {{"1 tỷ 2", K::kAmbiguous, 0, ""}}},
      {"spoken_million_shorthand_is_ambiguous", "mua sách 2 triệu 500", {{"2 triệu 500", K::kAmbiguous, 0, ""}}},
      {"fraction_of_a_dong_is_ambiguous", "tổng kinh phí là 12,5 đồng", {{"12,5 đồng", K::kAmbiguous, 0, ""}}},
      {"remainder_then_other_noun_is_two_numbers", "hỗ trợ 2 triệu 15 suất quà",
       {{"2 triệu", K::kMoney, 2000000, ""}, {"15", K::kCount, 15, ""}}},
      // Negative amounts.
      {"minus_glued", "số dư cuối năm: -1.200.000 đồng", {{"-1.200.000 đồng", K::kMoney, -1200000, "đồng"}}},
      {"minus_word", "tồn quỹ âm 850.000 đồng", {{"âm 850.000 đồng", K::kMoney, -850000, "đồng"}}},
      {"dash_list_marker_is_not_minus", "- 1.200.000 đồng tiền sách", {{"1.200.000 đồng", K::kMoney, 1200000, "đồng"}}},
      {"range_dash_is_not_minus", "từ 10-15 triệu đồng",
       {{"10", K::kCount, 10, ""}, {"15 triệu đồng", K::kMoney, 15000000, "đồng"}}},
      // Counts beside a slash unit, and counts in words.
      {"classes_slash_people", "02 lớp/85 lượt người",
       {{"02", K::kCount, 2, "lớp"}, {"85", K::kCount, 85, "lượt người"}}},
      {"count_word", "tổ chức ba lớp hướng dẫn", {{"ba", K::kCount, 3, "lớp"}}, words},
      {"count_words_compound", "mở mười hai buổi nói chuyện", {{"mười hai", K::kCount, 12, "buổi"}}, words},
      {"count_words_off_by_default", "tổ chức ba lớp hướng dẫn", {}},
      {"nam_is_a_year_not_five", "trong năm lớp học tăng", {}, words},
      {"mot_so_is_not_one", "một số lớp học", {}, words},
  };
}

class NumberStylesTest : public testing::TestWithParam<ProseCase> {};

TEST_P(NumberStylesTest, Finds) {
  const ProseCase& c = GetParam();
  const std::string input = CanonicalText(c.input);
  const std::vector<Number> got = FindNumbers(input, c.options);
  ASSERT_EQ(got.size(), c.want.size()) << input;
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].text, c.want[i].text) << input;
    EXPECT_STREQ(NumberKindName(got[i].kind), NumberKindName(c.want[i].kind)) << got[i].text;
    if (got[i].kind != K::kAmbiguous) {
      EXPECT_DOUBLE_EQ(got[i].value, c.want[i].value) << got[i].text;
    }
    EXPECT_EQ(got[i].unit, c.want[i].unit) << got[i].text;
    EXPECT_EQ(input.substr(got[i].begin, got[i].end - got[i].begin), got[i].text);
    if (got[i].kind == K::kAmbiguous) {
      EXPECT_NE(got[i].note.find(got[i].text), std::string::npos) << "the note quotes the text: " << got[i].note;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Prose, NumberStylesTest, testing::ValuesIn(ProseCases()),
                         [](const testing::TestParamInfo<ProseCase>& param) { return std::string(param.param.name); });

// ------------------------------------------------------------ whole fields

struct MoneyField {
  std::string input;
  std::int64_t scale;
  std::optional<std::int64_t> want;
};

class MoneyFieldTest : public testing::TestWithParam<MoneyField> {};

TEST_P(MoneyFieldTest, Parses) {
  const MoneyField& c = GetParam();
  EXPECT_EQ(ParseMoneyVnd(CanonicalText(c.input), c.scale), c.want) << c.input << " x" << c.scale;
}

INSTANTIATE_TEST_SUITE_P(
    Cells, MoneyFieldTest,
    testing::Values(MoneyField{"18 500 000", 1, 18500000}, MoneyField{"9\u00a0600\u00a0000 đồng", 1, 9600000},
                    MoneyField{"3.5 triệu", 1, 3500000}, MoneyField{"2,5 triệu đồng", 1, 2500000},
                    MoneyField{"150 nghìn đồng", 1, 150000}, MoneyField{"1 tỷ 200 triệu", 1, 1200000000},
                    MoneyField{"-1.200.000", 1, -1200000}, MoneyField{"âm 1.200.000 đồng", 1, -1200000},
                    MoneyField{"(1.200.000)", 1, -1200000}, MoneyField{"(2,5)", 1000000, -2500000},
                    MoneyField{"1,250", 1, 1250}, MoneyField{"4,750,000", 1, 4750000},
                    MoneyField{"1,250 đồng", 1, 1250},
                    // Not sure, so not guessed.
                    MoneyField{"1,250", 1000000, std::nullopt}, MoneyField{"1,250", 1000, std::nullopt},
                    MoneyField{"2,5", 1, std::nullopt}, MoneyField{"1 tỷ 2", 1, std::nullopt},
                    MoneyField{"3 triệu 500", 1, std::nullopt}, MoneyField{"3.5", 1, std::nullopt},
                    MoneyField{"()", 1, std::nullopt}, MoneyField{"âm", 1, std::nullopt}));

struct CountField {
  std::string input;
  std::optional<std::int64_t> want;
};

class CountFieldTest : public testing::TestWithParam<CountField> {};

TEST_P(CountFieldTest, Parses) {
  EXPECT_EQ(ParseCount(CanonicalText(GetParam().input)), GetParam().want) << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(Cells, CountFieldTest,
                         testing::Values(CountField{"1,250", 1250}, CountField{"12,480", 12480},
                                         CountField{"1,250,300", 1250300}, CountField{"1\u00a0250", 1250},
                                         CountField{"2\u2009005", 2005}, CountField{"1,25", std::nullopt},
                                         CountField{"0,250", std::nullopt}, CountField{"1,2500", std::nullopt}));

TEST(DecimalFieldTest, CommaWithThreeDigitsIsNotGuessed) {
  EXPECT_EQ(ParseDecimal("1,250"), std::nullopt);
  EXPECT_EQ(ParseDecimal("8,750"), std::nullopt);
  EXPECT_EQ(ParseDecimal("0,750"), 0.75);
  EXPECT_EQ(ParseDecimal("8,75"), 8.75);
  EXPECT_EQ(ParseDecimal("1,250,000"), 1250000);
  EXPECT_EQ(ParseDecimal("1.250,5"), 1250.5);
}

TEST(UnsureReasonTest, NamesTheTextOfAmbiguousFields) {
  EXPECT_NE(UnsureReason("1,250").find("1,250"), std::string::npos);
  EXPECT_NE(UnsureReason("1 tỷ 2").find("1 tỷ 2"), std::string::npos);
  EXPECT_EQ(UnsureReason("1.250"), "");
  EXPECT_EQ(UnsureReason("8,75"), "");
  EXPECT_EQ(UnsureReason("-"), "");
  EXPECT_EQ(UnsureReason(""), "");
}

// A fragment of a number is never a number: no space group of a money
// amount is ever read alone as the amount.
TEST(NumberStylesProperties, NoFragmentOfASpaceGroupedAmount) {
  for (const char* text : {"Tổng kinh phí năm 2023 là 18 500 000 đồng.", "kinh phí: 18 500 000đ;",
                           "tổng số 18\u00a0500\u00a0000 VNĐ"}) {
    const std::string canon = CanonicalText(text);
    std::vector<Number> money;
    for (const Number& n : FindNumbers(canon)) {
      if (n.kind == K::kMoney) money.push_back(n);
    }
    ASSERT_EQ(money.size(), 1u) << canon;
    EXPECT_EQ(money[0].value, 18500000) << canon;
  }
}

}  // namespace
}  // namespace baocao::normalize
