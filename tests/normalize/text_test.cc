#include "normalize/text.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <ostream>
#include <string>
#include <vector>

namespace baocao::normalize {
namespace {

// Code points in a UTF-8 string (the test's own count, not the library's).
std::size_t CountCodePoints(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool IsNfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const bool normalized = nfc->isNormalized(icu::UnicodeString::fromUTF8(s), status);
  return U_SUCCESS(status) && normalized;
}

struct CanonicalCase {
  const char* name;
  std::string input;
  std::string want;
  bool keep_newlines = false;
};

std::vector<CanonicalCase> CanonicalCases() {
  return {
      {"plain_ascii", "Bao cao so 12", "Bao cao so 12"},
      {"ascii_spaces_folded", "  Bao   cao  ", "Bao cao"},
      {"ascii_tab", "STT\tNội dung", "STT Nội dung"},
      {"nfd_hoa", "Ho\xcc\x80" "a Bi\xcc\x80nh", "Hòa Bình"},
      {"nfd_with_nbsp", "Ho\xcc\x80" "a  Bi\xcc\x80nh\xc2\xa0", "Hòa Bình"},
      {"nfd_dot_below", "Đi\xcc\xa3nh Ho\xcc\x81" "a", "Định Hóa"},
      {"nfd_marks_out_of_order", "Ho\xcc\x82\xcc\xa3i khuye\xcc\x82\xcc\x81n", "Hội khuyến"},
      {"precomposed_kept", "Trung tâm học tập cộng đồng", "Trung tâm học tập cộng đồng"},
      {"eth_capital", "\xc3\x90ịnh Hóa", "Định Hóa"},
      {"eth_small", "c\xe1\xbb\x99ng \xc3\xb0\xe1\xbb\x93ng", "cộng đồng"},
      {"tthtcd_eth", "TTHTC\xc3\x90", "TTHTCĐ"},
      {"fullwidth_digits", "\xef\xbc\x92\xef\xbc\x94 lớp", "24 lớp"},
      {"fullwidth_letters", "\xef\xbc\xa1\xef\xbc\xa2", "AB"},
      {"en_dash", "2021 \xe2\x80\x93 2030", "2021 - 2030"},
      {"em_dash", "a\xe2\x80\x94" "b", "a-b"},
      {"minus_sign", "\xe2\x88\x92" "5", "-5"},
      {"hyphen_u2010", "BC\xe2\x80\x90UBND", "BC-UBND"},
      {"ligature_fi", "\xef\xac\x81le", "file"},
      {"ligature_fl", "\xef\xac\x82ow", "flow"},
      {"zero_width_space", "Khuyến\xe2\x80\x8bhọc", "Khuyếnhọc"},
      {"zwj_zwnj", "a\xe2\x80\x8c" "b\xe2\x80\x8d" "c", "abc"},
      {"bom", "\xef\xbb\xbf" "BÁO CÁO", "BÁO CÁO"},
      {"soft_hyphen", "khuyến\xc2\xad" "học", "khuyếnhọc"},
      {"word_joiner", "x\xe2\x81\xa0y", "xy"},
      {"nbsp", "653.056.000\xc2\xa0" "đồng", "653.056.000 đồng"},
      {"narrow_nbsp", "10,12\xe2\x80\xaf%", "10,12 %"},
      {"em_space", "a\xe2\x80\x83" "b", "a b"},
      {"ideographic_space", "a\xe3\x80\x80" "b", "a b"},
      {"nel", "a\xc2\x85" "b", "a b"},
      {"newline_folded", "Số lớp\nđã mở", "Số lớp đã mở"},
      {"crlf_folded", "dòng 1\r\ndòng 2", "dòng 1 dòng 2"},
      {"newline_kept", "Xã A\nXã B", "Xã A\nXã B", true},
      {"newline_spaces_trimmed", "Xã A  \n   Xã B ", "Xã A\nXã B", true},
      {"blank_lines_collapsed", "Xã A\n\n\n  \nXã B", "Xã A\nXã B", true},
      {"leading_trailing_newlines", "\n\nXã A\n", "Xã A", true},
      {"crlf_kept", "a\r\nb\rc", "a\nb\nc", true},
      {"vertical_tab_break", "a\x0b" "b", "a\nb", true},
      {"line_separator", "a\xe2\x80\xa8" "b", "a\nb", true},
      {"control_removed", "a\x01" "b\x7f" "c", "abc"},
      {"invalid_byte", "a\xff" "b", "a\xef\xbf\xbd" "b"},
      {"truncated_sequence", "a\xe1\xbb", "a\xef\xbf\xbd"},
      {"overlong_slash", "\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd"},
      {"surrogate_bytes", "\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
      {"dong_sign_kept", "500.000\xe2\x82\xab", "500.000₫"},
      {"ellipsis_kept", "\xe2\x80\xa6", "…"},
      {"empty", "", ""},
      {"only_spaces", " \t\xc2\xa0 ", ""},
      {"zero_width_between_base_and_mark", "a\xe2\x80\x8b\xcc\x81", "á"},
  };
}

std::ostream& operator<<(std::ostream& os, const CanonicalCase& c) { return os << c.name; }

class CanonicalTextTest : public testing::TestWithParam<CanonicalCase> {};

TEST_P(CanonicalTextTest, Canonicalises) {
  const CanonicalCase& c = GetParam();
  const std::string got = CanonicalText(c.input, {.keep_newlines = c.keep_newlines});
  EXPECT_EQ(got, c.want);
  EXPECT_TRUE(IsNfc(got));
  EXPECT_EQ(CanonicalText(got, {.keep_newlines = c.keep_newlines}), got) << "not idempotent";
}

INSTANTIATE_TEST_SUITE_P(Fixtures, CanonicalTextTest, testing::ValuesIn(CanonicalCases()),
                         [](const testing::TestParamInfo<CanonicalCase>& param_info) {
                           return std::string(param_info.param.name);
                         });

// Report-genre sentences: idempotent, NFC, and FoldKey keeps the length.
std::vector<std::string> ProseFixtures() {
  return {
      "BÁO CÁO Kết quả hoạt động của Trung tâm học tập cộng đồng năm 2020",
      "Số lớp đã mở: 24 lớp, thu hút gần 87.000 lượt người tham gia.",
      "Tổng diện tích đất tự nhiên 4.239,89 ha; dân số 11.866 người.",
      "Tổng kinh phí cấp năm 2020 là: 653.056.000 đồng",
      "Đã tổ chức 215/179 lớp đạt 120,1% kế hoạch.",
      "Căn cứ Quyết định số 14/2013/QĐ-UBND ngày 30/7/2013 của UBND tỉnh",
      "Giai đoạn 2021 \xe2\x80\x93 2030,\xc2\xa0 phấn đấu 100% xã đạt chuẩn",
      "Ho\xcc\x80" "a Bi\xcc\x80nh  \t Đi\xcc\xa3\xcc\x82nh Ho\xcc\x81" "a",
      "\xc3\x90ịnh Hóa\xe2\x80\x8b \xef\xbc\x91\xef\xbc\x96/19 xã",
      "Hội Khuyến học xã Tân Hương: 1.612 hội viên",
      "   \n\n  ",
      "a\xff\xfe b \xe1\xbb",
  };
}

TEST(CanonicalTextProperties, IdempotentAndNfcOnProse) {
  for (const std::string& s : ProseFixtures()) {
    for (bool keep : {false, true}) {
      const std::string once = CanonicalText(s, {.keep_newlines = keep});
      EXPECT_EQ(CanonicalText(once, {.keep_newlines = keep}), once) << s;
      EXPECT_TRUE(IsNfc(once)) << s;
      EXPECT_EQ(once.find("  "), std::string::npos) << s;
    }
  }
}

TEST(CanonicalTextProperties, NfdAndNfcInputsAgree) {
  EXPECT_EQ(CanonicalText("Ho\xcc\x80" "a"), "Hòa");
  EXPECT_EQ(CanonicalText("Ho\xcc\x80" "a"), CanonicalText("H\xc3\xb2" "a"));
  EXPECT_EQ(CanonicalText("Khuye\xcc\x82\xcc\x81n ho\xcc\xa3" "c"), "Khuyến học");
}

TEST(FoldKeyTest, Examples) {
  EXPECT_EQ(FoldKey("Trung tâm HTCĐ Định Hóa"), "trung tam htcd dinh hoa");
  EXPECT_EQ(FoldKey("Hội khuyến học"), FoldKey("Hoi khuyen hoc"));
  EXPECT_EQ(FoldKey("TTHTCĐ"), "tthtcd");
  EXPECT_EQ(FoldKey("TTHTCD"), "tthtcd");
  EXPECT_EQ(FoldKey("Ương Ơn Ưu"), "uong on uu");
  EXPECT_EQ(FoldKey("ĐỒNG đồng"), "dong dong");
  EXPECT_EQ(FoldKey("Ỹ ỵ Ẳ"), "y y a");
  EXPECT_EQ(FoldKey("1.612 lượt người"), "1.612 luot nguoi");
  EXPECT_EQ(FoldKey(""), "");
  EXPECT_EQ(FoldKey("500.000₫"), "500.000₫");
}

TEST(FoldKeyTest, OneCodePointPerCodePoint) {
  for (const std::string& s : ProseFixtures()) {
    const std::string canonical = CanonicalText(s);
    const std::string key = FoldKey(canonical);
    EXPECT_EQ(CountCodePoints(key), CountCodePoints(canonical)) << canonical;
  }
}

TEST(FoldKeyTest, KeyOffsetsMapToCanonicalText) {
  const std::string text = "Tổng kinh phí cấp năm 2020 là: 653.056.000 đồng";
  const std::string key = FoldKey(text);
  const std::size_t at = key.find("dong");
  ASSERT_NE(at, std::string::npos);
  const std::size_t cp = ByteToCodePoint(key, at);
  const std::size_t begin = CodePointToByte(text, cp);
  const std::size_t end = CodePointToByte(text, cp + 4);
  EXPECT_EQ(text.substr(begin, end - begin), "đồng");
}

TEST(CodePointOffsetTest, Arithmetic) {
  const std::string s = "Hòa 1";  // H, ò (2 bytes), a, ' ', 1
  EXPECT_EQ(CodePointToByte(s, 0), 0u);
  EXPECT_EQ(CodePointToByte(s, 1), 1u);
  EXPECT_EQ(CodePointToByte(s, 2), 3u);
  EXPECT_EQ(CodePointToByte(s, 5), 6u);
  EXPECT_EQ(CodePointToByte(s, 99), 6u);  // clamped
  EXPECT_EQ(ByteToCodePoint(s, 0), 0u);
  EXPECT_EQ(ByteToCodePoint(s, 3), 2u);
  EXPECT_EQ(ByteToCodePoint(s, 6), 5u);
  EXPECT_EQ(ByteToCodePoint(s, 99), 5u);
  EXPECT_EQ(ByteToCodePoint("", 3), 0u);
}

struct CaseMapCase {
  std::string input;
  std::string title;
  std::string upper;
  std::string lower;
  bool all_caps;
};

class CaseMapTest : public testing::TestWithParam<CaseMapCase> {};

TEST_P(CaseMapTest, Maps) {
  const CaseMapCase& c = GetParam();
  EXPECT_EQ(TitleCase(c.input), c.title);
  EXPECT_EQ(ToUpper(c.input), c.upper);
  EXPECT_EQ(ToLower(c.input), c.lower);
  EXPECT_EQ(IsAllCaps(c.input), c.all_caps);
}

INSTANTIATE_TEST_SUITE_P(
    Names, CaseMapTest,
    testing::Values(CaseMapCase{"TÂN HƯƠNG", "Tân Hương", "TÂN HƯƠNG", "tân hương", true},
                    CaseMapCase{"ĐỊNH HÓA", "Định Hóa", "ĐỊNH HÓA", "định hóa", true},
                    CaseMapCase{"xã phú đình", "Xã Phú Đình", "XÃ PHÚ ĐÌNH", "xã phú đình", false},
                    CaseMapCase{"UBND XÃ TÂN HƯƠNG", "Ubnd Xã Tân Hương", "UBND XÃ TÂN HƯƠNG",
                                "ubnd xã tân hương", true},
                    CaseMapCase{"Hội Khuyến học", "Hội Khuyến Học", "HỘI KHUYẾN HỌC",
                                "hội khuyến học", false},
                    CaseMapCase{"2020", "2020", "2020", "2020", false},
                    CaseMapCase{"", "", "", "", false}));

TEST(IsAllCapsTest, DigitsAndPunctuationDoNotCount) {
  EXPECT_TRUE(IsAllCaps("BÁO CÁO SỐ 157/BC-UBND"));
  EXPECT_FALSE(IsAllCaps("Báo cáo số 157/BC-UBND"));
  EXPECT_FALSE(IsAllCaps("- 24 -"));
}

}  // namespace
}  // namespace baocao::normalize
