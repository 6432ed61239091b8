#include "normalize/numbers.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace baocao::normalize {
namespace {

// ---------------------------------------------------------------- ParseCount

struct CountCase {
  std::string input;
  std::optional<std::int64_t> want;
};

class ParseCountTest : public testing::TestWithParam<CountCase> {};

TEST_P(ParseCountTest, Parses) {
  EXPECT_EQ(ParseCount(GetParam().input), GetParam().want) << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(
    Cells, ParseCountTest,
    testing::Values(CountCase{"1.612", 1612}, CountCase{"04", 4}, CountCase{"11866", 11866},
                    CountCase{"1 612", 1612}, CountCase{"21.641", 21641},
                    CountCase{" 24 ", 24}, CountCase{"0", 0}, CountCase{"-5", -5},
                    CountCase{"1.612.000", 1612000}, CountCase{"12 345 678", 12345678},
                    CountCase{"", std::nullopt}, CountCase{"   ", std::nullopt},
                    CountCase{"-", std::nullopt}, CountCase{"–", std::nullopt},
                    CountCase{"x", std::nullopt}, CountCase{"…", std::nullopt},
                    CountCase{"...", std::nullopt}, CountCase{"6,8", std::nullopt},
                    CountCase{"1.61", std::nullopt}, CountCase{"1.6120", std::nullopt},
                    CountCase{"1612.000", std::nullopt}, CountCase{"1 61", std::nullopt},
                    CountCase{"1.612 000", std::nullopt}, CountCase{"24 lớp", std::nullopt},
                    CountCase{"12a", std::nullopt}, CountCase{"- 5", std::nullopt},
                    CountCase{"1234567890123456789", std::nullopt}));

// -------------------------------------------------------------- ParseDecimal

struct DecimalCase {
  std::string input;
  std::optional<double> want;
};

void ExpectNear(const std::optional<double>& got, const std::optional<double>& want,
                const std::string& input) {
  ASSERT_EQ(got.has_value(), want.has_value()) << input;
  if (want) {
    EXPECT_DOUBLE_EQ(*got, *want) << input;
  }
}

class ParseDecimalTest : public testing::TestWithParam<DecimalCase> {};

TEST_P(ParseDecimalTest, Parses) {
  ExpectNear(ParseDecimal(GetParam().input), GetParam().want, GetParam().input);
}

INSTANTIATE_TEST_SUITE_P(
    Cells, ParseDecimalTest,
    testing::Values(DecimalCase{"4.239,89", 4239.89}, DecimalCase{"120,1", 120.1},
                    DecimalCase{"1.612", 1612}, DecimalCase{"0,5", 0.5},
                    DecimalCase{"1,234.5", 1234.5}, DecimalCase{"1,234", std::nullopt},
                    DecimalCase{"98.5", 98.5}, DecimalCase{"12.345.678,9", 12345678.9},
                    DecimalCase{"-2,5", -2.5}, DecimalCase{" 57,1 ", 57.1},
                    DecimalCase{"1 612,5", 1612.5}, DecimalCase{"", std::nullopt},
                    DecimalCase{"-", std::nullopt}, DecimalCase{"1,2,3", std::nullopt},
                    DecimalCase{"1.234.5", std::nullopt}, DecimalCase{",5", std::nullopt},
                    DecimalCase{"abc", std::nullopt}));

// -------------------------------------------------------------- ParsePercent

class ParsePercentTest : public testing::TestWithParam<DecimalCase> {};

TEST_P(ParsePercentTest, Parses) {
  ExpectNear(ParsePercent(GetParam().input), GetParam().want, GetParam().input);
}

INSTANTIATE_TEST_SUITE_P(
    Cells, ParsePercentTest,
    testing::Values(DecimalCase{"120,1%", 120.1}, DecimalCase{"10,12 %", 10.12},
                    DecimalCase{"57,1", 57.1}, DecimalCase{"100%", 100},
                    DecimalCase{"98.5%", 98.5}, DecimalCase{"%", std::nullopt},
                    DecimalCase{"", std::nullopt}, DecimalCase{"đạt", std::nullopt}));

// ------------------------------------------------------------- ParseMoneyVnd

struct MoneyCase {
  std::string input;
  std::int64_t scale;
  std::optional<std::int64_t> want;
};

class ParseMoneyTest : public testing::TestWithParam<MoneyCase> {};

TEST_P(ParseMoneyTest, Parses) {
  EXPECT_EQ(ParseMoneyVnd(GetParam().input, GetParam().scale), GetParam().want)
      << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(
    Fields, ParseMoneyTest,
    testing::Values(
        MoneyCase{"30.800.000đ", 1, 30800000}, MoneyCase{"30.800.000 đ", 1, 30800000},
        MoneyCase{"653.056.000 đồng", 1, 653056000}, MoneyCase{"720.000đ", 1, 720000},
        MoneyCase{"0đ", 1, 0}, MoneyCase{"6,8 triệu đồng", 1, 6800000},
        MoneyCase{"25 triệu đồng", 1, 25000000}, MoneyCase{"2 tỷ 500 triệu", 1, 2500000000},
        MoneyCase{"116 triệu 586 ngàn đồng", 1, 116586000},
        MoneyCase{"1,5 tỷ", 1, 1500000000}, MoneyCase{"30 tr", 1, 30000000},
        MoneyCase{"500 nghìn", 1, 500000}, MoneyCase{"500.000 VNĐ", 1, 500000},
        MoneyCase{"500.000 vnđ", 1, 500000}, MoneyCase{"500.000₫", 1, 500000},
        MoneyCase{"500.000 VND", 1, 500000}, MoneyCase{"30.800.000", 1, 30800000},
        MoneyCase{"30,8", 1000000, 30800000}, MoneyCase{"653.056", 1000, 653056000},
        MoneyCase{"30.800.000đ:", 1, 30800000}, MoneyCase{" 30.800.000 đồng. ", 1, 30800000},
        MoneyCase{"30.800.000đ", 1000000, 30800000}, MoneyCase{"1,2 tỉ đồng", 1, 1200000000},
        MoneyCase{"5 trieu dong", 1, 5000000}, MoneyCase{"", 1, std::nullopt},
        MoneyCase{"-", 1, std::nullopt}, MoneyCase{"là: 30.800.000đ", 1, std::nullopt},
        MoneyCase{"30.800.000 đồng/người", 1, std::nullopt},
        MoneyCase{"500 triệu 2 tỷ", 1, std::nullopt}, MoneyCase{"5 đồng chí", 1, std::nullopt},
        MoneyCase{"1.61 đồng", 1, std::nullopt}, MoneyCase{"30", 0, std::nullopt}));

// ------------------------------------------------------------ NumberKindName

TEST(NumberKindNameTest, Names) {
  EXPECT_STREQ(NumberKindName(NumberKind::kCount), "count");
  EXPECT_STREQ(NumberKindName(NumberKind::kDecimal), "decimal");
  EXPECT_STREQ(NumberKindName(NumberKind::kMoney), "money");
  EXPECT_STREQ(NumberKindName(NumberKind::kPercent), "percent");
  EXPECT_STREQ(NumberKindName(NumberKind::kRatio), "ratio");
  EXPECT_STREQ(NumberKindName(NumberKind::kDate), "date");
  EXPECT_STREQ(NumberKindName(NumberKind::kRange), "range");
  EXPECT_STREQ(NumberKindName(NumberKind::kArea), "area");
}

}  // namespace
}  // namespace baocao::normalize
