// CanonicalText beyond the basics of text_test.cc: line breaks from PDF
// dumps (hyphenated codes, wrapped lines, list markers kept), look-alikes
// (caron for breve, slashes, Cyrillic and Greek letters inside Latin words),
// tone placement in running report text; and properties over generated
// hostile strings.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <random>
#include <string>
#include <vector>

#include "normalize/numbers.h"
#include "normalize/text.h"
#include "util/utf8.h"

namespace baocao::normalize {
namespace {

bool IsNfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const bool normalized = nfc->isNormalized(icu::UnicodeString::fromUTF8(s), status);
  return U_SUCCESS(status) && normalized;
}

std::size_t CodePoints(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

struct Case {
  const char* name;
  std::string input;
  std::string want;
  TextOptions options;
};

constexpr TextOptions kFold{};
constexpr TextOptions kCell{.keep_newlines = true};
constexpr TextOptions kPdf{.keep_newlines = true, .join_wrapped_lines = true};
constexpr TextOptions kModern{.modern_tone_marks = true};

std::vector<Case> Cases() {
  return {
      // --- line breaks ---------------------------------------------------
      {"hyphen_code_joined", "Chuyên đề VH-\nXH", "Chuyên đề VH-XH", kFold},
      {"hyphen_ref_joined", "Số: 157/BC-\nUBND", "Số: 157/BC-UBND", kFold},
      {"hyphen_years_joined", "giai đoạn 2021-\n2025", "giai đoạn 2021-2025", kFold},
      {"hyphen_trailing_space_joined", "BC- \nUBND", "BC-UBND", kFold},
      {"spaced_dash_keeps_space", "Kinh tế -\nxã hội", "Kinh tế - xã hội", kFold},
      {"dash_line_then_text", "-\nNội dung", "- Nội dung", kFold},
      {"plain_break_is_space", "Trung tâm học tập\ncộng đồng", "Trung tâm học tập cộng đồng", kFold},
      {"cell_keeps_hyphen_break", "VH-\nXH", "VH-\nXH", kCell},
      {"cell_keeps_lowercase_break", "Xã A\nthôn B", "Xã A\nthôn B", kCell},
      {"pdf_wrapped_joined", "Chăm sóc và bảo vệ\nsức khỏe", "Chăm sóc và bảo vệ sức khỏe", kPdf},
      {"pdf_hyphen_joined", "Chuyên đề VH-\nXH", "Chuyên đề VH-XH", kPdf},
      {"pdf_bullet_kept", "- Xã A: 12 lớp\n- Xã B: 9 lớp", "- Xã A: 12 lớp\n- Xã B: 9 lớp", kPdf},
      {"pdf_plus_kept", "+ Pháp luật\n+ Sức khỏe", "+ Pháp luật\n+ Sức khỏe", kPdf},
      {"pdf_letter_marker_kept", "a) Kết quả\nb) Tồn tại", "a) Kết quả\nb) Tồn tại", kPdf},
      // A marker alone on its line, spaces after it or not (the fuzzer's
      // find: canonical text read again must not change).
      {"pdf_marker_ending_its_line_kept", "Cụ thể:\na) \nkinh tế", "Cụ thể:\na) kinh tế", kPdf},
      {"pdf_marker_ending_its_line_stays", "Cụ thể:\na)\nkinh tế", "Cụ thể:\na) kinh tế", kPdf},
      {"pdf_numbers_kept", "24\n36\n12", "24\n36\n12", kPdf},
      {"pdf_capital_kept", "Xã Tân Hương\nXã Yên Lạc", "Xã Tân Hương\nXã Yên Lạc", kPdf},
      {"pdf_wrapped_in_list_item", "- Phối hợp với Hội\nnông dân mở lớp\n- Tự mở",
       "- Phối hợp với Hội nông dân mở lớp\n- Tự mở", kPdf},
      {"pdf_blank_lines", "Dòng một\n\n\nhai", "Dòng một hai", kPdf},
      // --- look-alikes ---------------------------------------------------
      {"caron_for_breve", "n\xc7\x8em h\xe1\xbb\x8d" "c", "năm học", kFold},
      {"caron_for_breve_capital", "\xc7\x8dN", "ĂN", kFold},
      {"fraction_slash", "16\xe2\x81\x84" "19", "16/19", kFold},
      {"division_slash", "157\xe2\x88\x95" "BC-UBND", "157/BC-UBND", kFold},
      {"one_dot_leader", "1\xe2\x80\xa4" "612", "1.612", kFold},
      {"cyrillic_a_in_word", "B\xd0\xb0o c\xd0\xb0o", "Bao cao", kFold},
      {"cyrillic_o_with_mark", "h\xd0\xbe\xcc\xa3" "c", "học", kFold},
      {"cyrillic_capitals_in_word", "\xd0\xa2\xd0\xa2HTC\xc4\x90", "TTHTCĐ", kFold},
      {"greek_omicron_in_word", "Ph\xce\xbf\xcc\x81", "Phó", kFold},
      {"cyrillic_word_left_alone", "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0",
       "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0", kFold},
      {"greek_word_left_alone", "\xce\xb1\xce\xb2\xce\xb3", "\xce\xb1\xce\xb2\xce\xb3", kFold},
      {"eth_in_word", "\xc3\x90\xe1\xbb\x93ng", "Đồng", kFold},
      {"fullwidth_percent", "120,1\xef\xbc\x85", "120,1%", kFold},
      {"fullwidth_slash", "16\xef\xbc\x8f" "19", "16/19", kFold},
      {"figure_dash", "2015\xe2\x80\x92" "2019", "2015-2019", kFold},
      {"nbsp_in_number", "653.056.000\xc2\xa0\xc4\x91\xe1\xbb\x93ng", "653.056.000 đồng", kFold},
      {"bidi_marks", "\xe2\x80\x8e" "Số\xe2\x80\x8f", "Số", kFold},
      // --- tone placement in running text ---------------------------------
      {"official_in_sentence", "Xã Tân Thuỷ, huyện Lâm Hoá, tỉnh Khánh Hoà", "Xã Tân Thủy, huyện Lâm Hóa, tỉnh Khánh Hòa",
       kFold},
      {"modern_in_sentence", "Xã Tân Thủy, huyện Lâm Hóa", "Xã Tân Thuỷ, huyện Lâm Hoá", kModern},
      {"uy_ban_official", "Uỷ ban nhân dân", "Ủy ban nhân dân", kFold},
      {"uy_ban_capitals", "UỶ BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN", kFold},
      {"uy_ban_modern", "Ủy ban", "Uỷ ban", kModern},
      {"closed_oan_kept", "hoàn thành, toàn bộ, khoảng", "hoàn thành, toàn bộ, khoảng", kFold},
      {"closed_uyen_kept", "tuyên truyền, khuyến học, chuyển giao", "tuyên truyền, khuyến học, chuyển giao", kFold},
      {"qu_kept", "quý, quả, quỳ, quỹ khuyến học", "quý, quả, quỳ, quỹ khuyến học", kFold},
      {"gi_kept", "già, giả, giá", "già, giả, giá", kFold},
      {"oe_pair", "khoẻ mạnh, loè loẹt, hoè", "khỏe mạnh, lòe loẹt, hòe", kFold},
      {"uy_after_th", "thuỷ sản, thuỵ", "thủy sản, thụy", kFold},
      {"toa_an", "toà nhà, hoạ sĩ", "tòa nhà, họa sĩ", kFold},
      {"decomposed_and_moved", "Ho\xcc\x80" "a Bi\xcc\x80nh, Thuy\xcc\x89", "Hòa Bình, Thủy", kFold},
      {"mark_after_space_stays", "a \xcc\x81", "a \xcc\x81", kFold},
  };
}

class CanonicalMoreTest : public testing::TestWithParam<Case> {};

TEST_P(CanonicalMoreTest, Canonicalises) {
  const Case& c = GetParam();
  const std::string got = CanonicalText(c.input, c.options);
  EXPECT_EQ(got, c.want);
  EXPECT_TRUE(IsNfc(got));
  EXPECT_EQ(CanonicalText(got, c.options), got) << "not idempotent";
  EXPECT_EQ(CodePoints(FoldKey(got)), CodePoints(got)) << "FoldKey is one code point per code point";
}

INSTANTIATE_TEST_SUITE_P(Fixtures, CanonicalMoreTest, testing::ValuesIn(Cases()),
                         [](const testing::TestParamInfo<Case>& p) { return std::string(p.param.name); });

// Old and new spellings fold to one key, whatever the placement chosen.
TEST(CanonicalProperties, BothPlacementsFoldAlike) {
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"Định Hoá", "Định Hóa"}, {"khoẻ", "khỏe"}, {"thuỷ", "thủy"}, {"Khánh Hoà", "Khánh Hòa"},
      {"UỶ BAN", "ỦY BAN"},     {"hoạ", "họa"},   {"loè", "lòe"},   {"xã hội hoá", "xã hội hóa"},
  };
  for (const auto& [modern, official] : pairs) {
    for (bool m : {false, true}) {
      const TextOptions o{.modern_tone_marks = m};
      EXPECT_EQ(CanonicalText(modern, o), CanonicalText(official, o)) << modern;
      EXPECT_EQ(FoldKey(CanonicalText(modern, o)), FoldKey(CanonicalText(official, o))) << modern;
    }
    EXPECT_EQ(FoldKey(CanonicalText(modern)), FoldKey(CanonicalText(official, kModern)));
  }
}

// Random strings over an alphabet chosen to hurt: combining marks without a
// base, every kind of space and break, look-alikes, legacy bytes, digits and
// separators, Vietnamese letters in both forms, invalid bytes. Fixed seed:
// the same strings every run.
std::vector<std::string> HostileStrings() {
  const std::vector<std::string> alphabet = {
      "a", "o", "u", "y", "e", "H", "Q", "g", "i", "\xcc\x80", "\xcc\x81", "\xcc\x83", "\xcc\x89", "\xcc\xa3",
      "\xcc\x82", "\xcc\x86", "\xcc\x9b", " ", "\t", "\n", "\r", "\xc2\xa0", "\xe2\x80\x8b", "\xc2\xad", "-",
      "\xe2\x80\x93", "/", ".", ",", "%", "0", "1", "2", "9", "O", "l", "S", "B", "|", "\xc3\x90", "\xc3\xb0",
      "\xef\xbc\x91", "\xef\xac\x81", "\xd0\xb0", "\xce\xbf", "\xc2\xb8", "\xc2\xb5", "\xc3\xb9", "\xc3\xb4",
      "đ", "ồ", "ò", "ạ", "Ủ", "ỷ", "\xff", "\xe1\xbb", "\xc7\x8e", "₫", "…", "(", ")", "+", "a)", "b.",
      "năm", "tháng", "ngày", "quý", "triệu", "đồng", "Bằng chữ:", "mươi", "lớp", "người", "2024", "II",
  };
  std::mt19937 rng(20240601);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(0, 40);
  std::vector<std::string> out;
  for (int i = 0; i < 3000; ++i) {
    std::string s;
    for (int k = length(rng); k > 0; --k) s += alphabet[pick(rng)];
    out.push_back(std::move(s));
  }
  return out;
}

TEST(CanonicalProperties, HostileStringsAreIdempotentNfcAndFoldOneToOne) {
  for (const std::string& s : HostileStrings()) {
    for (const TextOptions& o : {kFold, kCell, kPdf, kModern}) {
      const std::string once = CanonicalText(s, o);
      ASSERT_EQ(CanonicalText(once, o), once) << s;
      ASSERT_TRUE(IsNfc(once)) << s;
      ASSERT_EQ(CodePoints(FoldKey(once)), CodePoints(once)) << s;
      ASSERT_EQ(once.find("  "), std::string::npos) << s;
    }
  }
}

TEST(CanonicalProperties, HostileStringsGiveSaneNumbers) {
  const NumberOptions all{.dates = true, .words = true, .ocr_repair = true};
  for (const std::string& s : HostileStrings()) {
    const std::string canonical = CanonicalText(s);
    std::size_t last_end = 0;
    for (const Number& n : FindNumbers(canonical, all)) {
      ASSERT_LE(last_end, n.begin) << canonical;
      ASSERT_LT(n.begin, n.end) << canonical;
      ASSERT_LE(n.end, canonical.size()) << canonical;
      ASSERT_EQ(n.text, canonical.substr(n.begin, n.end - n.begin)) << canonical;
      last_end = n.end;
    }
  }
}

}  // namespace
}  // namespace baocao::normalize
