// FindNumbers with NumberOptions: word-led dates and periods, amounts in
// words, OCR digit repair; and the field parsers ParseNumberWords and
// ParsePeriod. Fixtures are report phrases written for these tests.
#include <gtest/gtest.h>

#include <optional>
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
  std::string iso;     // "" when none
  bool repaired = false;
};

struct OptionCase {
  const char* name;
  std::string input;
  NumberOptions options;
  std::vector<Want> want;
};

constexpr NumberOptions kDates{.dates = true};
constexpr NumberOptions kWords{.words = true};
constexpr NumberOptions kOcr{.ocr_repair = true};
constexpr NumberOptions kAll{.dates = true, .words = true, .ocr_repair = true};

std::vector<OptionCase> OptionCases() {
  return {
      // --- dates led by words -------------------------------------------
      {"full_date_words", "Tuần Giáo, ngày 29 tháng 5 năm 2019", kDates,
       {{"ngày 29 tháng 5 năm 2019", K::kDate, 29, "2019-05-29"}}},
      {"blank_day", "Tân Thủy, ngày tháng 12 năm 2024", kDates,
       {{"ngày tháng 12 năm 2024", K::kDate, 0, "2024-12"}}},
      {"blank_day_dots", "ngày….. tháng 6 năm 2023", kDates, {{"ngày….. tháng 6 năm 2023", K::kDate, 0, "2023-06"}}},
      {"blank_day_and_month", "ngày ... tháng ... năm 2022", kDates,
       {{"ngày ... tháng ... năm 2022", K::kDate, 0, "2022"}}},
      {"blank_year_is_no_date", "ngày….. tháng 6 năm 20…..", kDates,
       {{"6", K::kCount, 6, ""}, {"20", K::kCount, 20, ""}}},
      {"leading_zero_day", "ngày 05 tháng 01 năm 2021", kDates, {{"ngày 05 tháng 01 năm 2021", K::kDate, 5, "2021-01-05"}}},
      {"capitalised_words", "Ngày 20 Tháng 12 Năm 2024", kDates,
       {{"Ngày 20 Tháng 12 Năm 2024", K::kDate, 20, "2024-12-20"}}},
      {"unaccented_words", "ngay 20 thang 12 nam 2024", kDates, {{"ngay 20 thang 12 nam 2024", K::kDate, 20, "2024-12-20"}}},
      {"ngay_numeric", "Hà Nội, ngày 18/12/2020", kDates, {{"ngày 18/12/2020", K::kDate, 18, "2020-12-18"}}},
      {"month_slash_year", "Kế hoạch tháng 12/2020", kDates, {{"tháng 12/2020", K::kDate, 0, "2020-12"}}},
      {"month_words_year", "trong tháng 5 năm 2019 đã mở 3 lớp", kDates,
       {{"tháng 5 năm 2019", K::kDate, 0, "2019-05"}, {"3", K::kCount, 3, ""}}},
      {"month_range", "tháng 1 - 6 năm 2025", kDates, {{"tháng 1 - 6 năm 2025", K::kDate, 0, "2025-01/2025-06"}}},
      {"month_range_slash", "tháng 7-9/2024", kDates, {{"tháng 7-9/2024", K::kDate, 0, "2024-07/2024-09"}}},
      {"month_without_year_is_a_count", "Tháng 4", kDates, {{"4", K::kCount, 4, ""}}},
      {"quarter_roman", "Kế hoạch Quý II/2025", kDates, {{"Quý II/2025", K::kDate, 0, "2025-04/2025-06"}}},
      {"quarter_roman_year_word", "quý IV năm 2024", kDates, {{"quý IV năm 2024", K::kDate, 0, "2024-10/2024-12"}}},
      {"quarter_arabic", "quý 3/2024", kDates, {{"quý 3/2024", K::kDate, 0, "2024-07/2024-09"}}},
      {"quarter_one", "QUÝ I NĂM 2026", kDates, {{"QUÝ I NĂM 2026", K::kDate, 0, "2026-01/2026-03"}}},
      {"quarter_without_year", "quý II", kDates, {}},
      {"quy_dinh_is_no_quarter", "quy định 2/2024", kDates, {{"2/2024", K::kDate, 0, "2024-02"}}},
      {"first_half", "Sơ kết 6 tháng đầu năm 2025", kDates,
       {{"6 tháng đầu năm 2025", K::kDate, 0, "2025-01/2025-06"}}},
      {"second_half", "phương hướng 6 tháng cuối năm 2025", kDates,
       {{"6 tháng cuối năm 2025", K::kDate, 0, "2025-07/2025-12"}}},
      {"nine_months", "9 tháng đầu năm 2024", kDates, {{"9 tháng đầu năm 2024", K::kDate, 0, "2024-01/2024-09"}}},
      {"half_without_year", "6 tháng đầu năm", kDates, {{"6", K::kCount, 6, ""}}},
      // Found by fuzzing: the "6" after a decimal comma is the numeral's
      // tail, never the start of a date that would overlap it.
      {"decimal_tail_is_no_half_year", "112,6 tháng đầu năm 2025", kDates,
       {{"112,6", K::kDecimal, 112.6, ""}, {"năm 2025", K::kDate, 0, "2025"}}},
      // ... nor after a slash: "6/5" is a day and month, "5 tháng đầu năm"
      // no period of its own.
      {"slash_tail_is_no_half_year", "6/5 tháng đầu năm 2025", kDates,
       {{"6/5", K::kDate, 6, ""}, {"năm 2025", K::kDate, 0, "2025"}}},
      {"year_word", "Kết quả hoạt động năm 2024", kDates, {{"năm 2024", K::kDate, 0, "2024"}}},
      {"year_word_then_count", "năm 2023 mở 24 lớp", kDates,
       {{"năm 2023", K::kDate, 0, "2023"}, {"24", K::kCount, 24, ""}}},
      {"year_range_left_to_scanner", "giai đoạn năm 2021-2025", kDates,
       {{"2021-2025", K::kRange, 2021, "2021/2025"}}},
      {"school_year", "năm học 2024-2025", kDates, {{"2024-2025", K::kRange, 2024, "2024/2025"}}},
      {"five_is_not_a_year", "năm 12 lớp", kDates, {{"12", K::kCount, 12, ""}}},
      {"dates_off", "ngày 29 tháng 5 năm 2019", {},
       {{"29", K::kCount, 29, ""}, {"5", K::kCount, 5, ""}, {"2019", K::kCount, 2019, ""}}},
      // --- iso on the digit scanner's dates and ranges -------------------
      {"iso_full_date", "ngày 30/7/2013", {}, {{"30/7/2013", K::kDate, 30, "2013-07-30"}}},
      {"iso_dotted_date", "ngày 18.12.2020", {}, {{"18.12.2020", K::kDate, 18, "2020-12-18"}}},
      {"iso_dashed_date", "ngày 18-12-2020", {}, {{"18-12-2020", K::kDate, 18, "2020-12-18"}}},
      {"iso_month_year", "12/2020", {}, {{"12/2020", K::kDate, 0, "2020-12"}}},
      {"iso_day_month_none", "ngày 2/9", {}, {{"2/9", K::kDate, 2, ""}}},
      {"iso_range", "(2015-2019)", {}, {{"2015-2019", K::kRange, 2015, "2015/2019"}}},
      // --- amounts in words ----------------------------------------------
      {"words_after_digits", "Số tiền: 30.800.000 đồng (Bằng chữ: Ba mươi triệu tám trăm nghìn đồng)", kWords,
       {{"30.800.000 đồng", K::kMoney, 30800000, ""},
        {"Ba mươi triệu tám trăm nghìn đồng", K::kMoney, 30800000, ""}}},
      {"words_even", "Bằng chữ: Hai mươi sáu triệu bốn trăm nghìn đồng chẵn./.", kWords,
       {{"Hai mươi sáu triệu bốn trăm nghìn đồng chẵn", K::kMoney, 26400000, ""}}},
      {"words_linh", "Bằng chữ: Một trăm linh năm nghìn đồng", kWords,
       {{"Một trăm linh năm nghìn đồng", K::kMoney, 105000, ""}}},
      {"words_mot_lam", "bằng chữ: hai mươi mốt triệu, mười lăm nghìn đồng", kWords,
       {{"hai mươi mốt triệu, mười lăm nghìn đồng", K::kMoney, 21015000, ""}}},
      {"words_ty", "Bằng chữ: Hai tỷ năm trăm triệu đồng", kWords,
       {{"Hai tỷ năm trăm triệu đồng", K::kMoney, 2500000000, ""}}},
      {"words_without_dong", "Bằng chữ: bảy trăm hai mươi nghìn", kWords,
       {{"bảy trăm hai mươi nghìn", K::kMoney, 720000, ""}}},
      {"words_unaccented_cue", "Bang chu: Bốn triệu một trăm năm mươi nghìn đồng", kWords,
       {{"Bốn triệu một trăm năm mươi nghìn đồng", K::kMoney, 4150000, ""}}},
      {"words_ambiguous_left_unknown", "Bằng chữ: Một trăm hai nghìn đồng", kWords, {}},
      {"words_not_numerals", "Bằng chữ: như trên", kWords, {}},
      {"words_without_cue_ignored", "Ba mươi triệu đồng", kWords, {}},
      {"words_off", "Bằng chữ: Ba mươi triệu đồng", {}, {}},
      // --- OCR repair ----------------------------------------------------
      {"ocr_year", "Năm 2O2O", kOcr, {{"2O2O", K::kCount, 2020, "", true}}},
      {"ocr_grouped", "có 1.2S0 người", kOcr, {{"1.2S0", K::kCount, 1250, "", true}}},
      {"ocr_l_inside", "1l5 hộ", kOcr, {{"1l5", K::kCount, 115, "", true}}},
      {"ocr_trailing_zero", "30O lượt", kOcr, {{"30O", K::kCount, 300, "", true}}},
      {"ocr_B_inside", "1B6 hộ", kOcr, {{"1B6", K::kCount, 186, "", true}}},
      {"ocr_money", "kinh phí 3O.8OO.OOO đồng", kOcr, {{"3O.8OO.OOO đồng", K::kMoney, 30800000, "", true}}},
      {"ocr_pipe", "12|4 người", kOcr, {{"12|4", K::kCount, 1214, "", true}}},
      {"ocr_code_kept", "tuyến 10B và lớp 2S", kOcr, {}},
      {"ocr_one_digit_kept", "lớp 2B", kOcr, {}},
      {"ocr_words_kept", "Số lớp: 24 lớp BC-UBND", kOcr, {{"24", K::kCount, 24, "", false}}},
      {"ocr_glued_letters_kept", "QH14 và COVID-19", kOcr, {}},
      {"ocr_leading_letter_kept", "O5 lớp", kOcr, {}},
      {"ocr_off", "Năm 2O2O", {}, {}},
      {"ocr_with_dates", "ngày 12 tháng 11 năm 2O24", kAll,
       {{"ngày 12 tháng 11 năm 2O24", K::kDate, 12, "2024-11-12", true}}},
      {"ocr_one_digit_day_not_repaired", "ngày 2O tháng 11 năm 2O24", kAll,
       {{"tháng 11 năm 2O24", K::kDate, 0, "2024-11", true}}},
      {"ocr_percent", "đạt 9S,5%", kOcr, {{"9S,5%", K::kPercent, 95.5, "", true}}},
  };
}

class NumberOptionsTest : public testing::TestWithParam<OptionCase> {};

TEST_P(NumberOptionsTest, Finds) {
  const OptionCase& c = GetParam();
  const std::vector<Number> got = FindNumbers(c.input, c.options);
  ASSERT_EQ(got.size(), c.want.size()) << c.input;
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].text, c.want[i].text) << c.input;
    EXPECT_EQ(NumberKindName(got[i].kind), std::string(NumberKindName(c.want[i].kind))) << c.input;
    EXPECT_DOUBLE_EQ(got[i].value, c.want[i].value) << c.input;
    EXPECT_EQ(got[i].iso, c.want[i].iso) << c.input;
    EXPECT_EQ(got[i].repaired, c.want[i].repaired) << c.input;
    EXPECT_EQ(c.input.substr(got[i].begin, got[i].end - got[i].begin), got[i].text) << "span of " << c.input;
  }
}

INSTANTIATE_TEST_SUITE_P(Phrases, NumberOptionsTest, testing::ValuesIn(OptionCases()),
                         [](const testing::TestParamInfo<OptionCase>& p) { return std::string(p.param.name); });

struct WordsCase {
  const char* words;
  std::optional<std::int64_t> want;
};

TEST(ParseNumberWordsTest, Amounts) {
  const WordsCase cases[] = {
      {"không", 0},
      {"một", 1},
      {"năm", 5},
      {"mười", 10},
      {"mười một", 11},
      {"mười lăm", 15},
      {"mười bốn", 14},
      {"hai mươi", 20},
      {"hai mươi mốt", 21},
      {"hai mươi tư", 24},
      {"hai mươi bốn", 24},
      {"hai mươi lăm", 25},
      {"chín mươi chín", 99},
      {"một trăm", 100},
      {"một trăm linh năm", 105},
      {"một trăm lẻ một", 101},
      {"ba trăm mười", 310},
      {"bảy trăm hai mươi", 720},
      {"bẩy trăm", 700},
      {"một nghìn", 1000},
      {"một ngàn hai trăm", 1200},
      {"một nghìn không trăm năm mươi", 1050},
      {"mười hai nghìn", 12000},
      {"một triệu", 1000000},
      {"sáu triệu tám trăm nghìn đồng", 6800000},
      {"Ba mươi triệu tám trăm nghìn đồng", 30800000},
      {"Sáu trăm năm mươi ba triệu không trăm năm mươi sáu nghìn đồng", 653056000},
      {"một trăm mười sáu triệu năm trăm tám mươi sáu nghìn đồng", 116586000},
      {"hai tỷ", 2000000000},
      {"hai tỷ năm trăm triệu", 2500000000},
      {"một nghìn tỷ", 1000000000000},
      {"hai tỉ không trăm linh năm triệu đồng chẵn", 2005000000},
      {"Ba mươi triệu đồng./.", 30000000},
      {"", std::nullopt},
      {"như trên", std::nullopt},
      {"một trăm hai", std::nullopt},      // 102 or 120: not guessed
      {"mười mốt", std::nullopt},
      {"triệu", std::nullopt},
      {"năm triệu hai tỷ", std::nullopt},  // scales out of order
      {"ba mươi triệu đồng lẻ", std::nullopt},
      {"hai mươi 5", std::nullopt},
      {"muoi", std::nullopt},              // diacritics tell mười from mươi
  };
  for (const WordsCase& c : cases) EXPECT_EQ(ParseNumberWords(c.words), c.want) << c.words;
}

struct PeriodCase {
  const char* field;
  std::optional<std::string> want;
};

TEST(ParsePeriodTest, Fields) {
  const PeriodCase cases[] = {
      {"Quý II/2025", "2025-04/2025-06"},
      {"quý 1 năm 2026", "2026-01/2026-03"},
      {"6 tháng đầu năm 2025", "2025-01/2025-06"},
      {"6 tháng cuối năm 2024", "2024-07/2024-12"},
      {"tháng 3/2024", "2024-03"},
      {"Tháng 12 năm 2020", "2020-12"},
      {"tháng 1 - 6 năm 2025", "2025-01/2025-06"},
      {"năm 2024", "2024"},
      {"Năm 2024.", "2024"},
      {"2024", "2024"},
      {"2021-2030", "2021/2030"},
      {"2021 - 2030", "2021/2030"},
      {"29/5/2019", "2019-05-29"},
      {"ngày 29 tháng 5 năm 2019", "2019-05-29"},
      {"12/2020", "2020-12"},
      {"Tháng 4", std::nullopt},
      {"quý II", std::nullopt},
      {"2/9", std::nullopt},
      {"24 lớp", std::nullopt},
      {"năm 2024 và năm 2025", std::nullopt},
      {"", std::nullopt},
      {"1234", std::nullopt},
  };
  for (const PeriodCase& c : cases) EXPECT_EQ(ParsePeriod(c.field), c.want) << c.field;
}

// Properties over every fixture: spans are in order, inside the text, never
// overlap, and quote the text; every option combination is safe.
TEST(NumberOptionsProperties, SpansAreOrderedAndQuoteTheText) {
  for (const OptionCase& c : OptionCases()) {
    for (const NumberOptions& o : {NumberOptions{}, kDates, kWords, kOcr, kAll}) {
      std::size_t last_end = 0;
      for (const Number& n : FindNumbers(c.input, o)) {
        EXPECT_LE(last_end, n.begin) << c.input;
        EXPECT_LT(n.begin, n.end) << c.input;
        EXPECT_LE(n.end, c.input.size()) << c.input;
        EXPECT_EQ(n.text, c.input.substr(n.begin, n.end - n.begin)) << c.input;
        last_end = n.end;
      }
    }
  }
}

TEST(NumberOptionsProperties, OcrRepairNeverChangesCleanText) {
  for (const OptionCase& c : OptionCases()) {
    if (std::string(c.name).starts_with("ocr")) continue;  // text with look-alikes
    const std::vector<Number> plain = FindNumbers(c.input, c.options);
    NumberOptions with_ocr = c.options;
    with_ocr.ocr_repair = true;
    const std::vector<Number> repaired = FindNumbers(c.input, with_ocr);
    ASSERT_EQ(plain.size(), repaired.size()) << c.input;
    for (std::size_t i = 0; i < plain.size(); ++i) {
      EXPECT_EQ(plain[i].text, repaired[i].text) << c.input;
      EXPECT_FALSE(repaired[i].repaired) << c.input;
    }
  }
}

}  // namespace
}  // namespace baocao::normalize
