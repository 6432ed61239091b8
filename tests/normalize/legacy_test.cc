#include "normalize/legacy.h"

#include <gtest/gtest.h>
#include <iconv.h>

#include <algorithm>
#include <string>
#include <vector>

#include "normalize/legacy_tables.h"
#include "normalize/text.h"
#include "util/utf8.h"

namespace baocao::normalize {
namespace {

using internal::LegacyRow;

// A legacy byte string as Word stores it: byte b as the character U+00b.
std::string Stored(const LegacyRow& row) {
  std::string out;
  for (int k = 0; k < row.length; ++k) AppendUtf8(row.bytes[k], &out);
  return out;
}

std::string Utf8(char32_t cp) {
  std::string out;
  AppendUtf8(cp, &out);
  return out;
}

struct TableCase {
  const char* name;
  LegacyEncoding encoding;
  std::span<const LegacyRow> rows;
  std::size_t size;
};

std::vector<TableCase> Tables() {
  return {{"tcvn3", LegacyEncoding::kTcvn3, internal::Tcvn3Rows(), 74},
          {"vni", LegacyEncoding::kVni, internal::VniRows(), 134},
          {"viscii", LegacyEncoding::kViscii, internal::VisciiRows(), 134}};
}

// legacy -> Unicode -> legacy is the identity on each table's alphabet, and
// Unicode -> legacy -> Unicode on its letters.
TEST(LegacyTablesTest, RoundTripIsIdentityOnEveryRow) {
  for (const TableCase& t : Tables()) {
    EXPECT_EQ(t.rows.size(), t.size) << t.name;
    std::string all_legacy;
    std::string all_unicode;
    for (const LegacyRow& row : t.rows) {
      const std::string legacy = Stored(row);
      const std::string unicode = Utf8(row.unicode);
      EXPECT_EQ(DecodeLegacy(legacy, t.encoding), unicode) << t.name << " U+" << std::hex << static_cast<unsigned>(row.unicode);
      EXPECT_EQ(EncodeLegacy(unicode, t.encoding), legacy) << t.name << " U+" << std::hex << static_cast<unsigned>(row.unicode);
      all_legacy += legacy + " ";
      all_unicode += unicode + " ";
    }
    EXPECT_EQ(DecodeLegacy(all_legacy, t.encoding), all_unicode) << t.name;
    EXPECT_EQ(EncodeLegacy(DecodeLegacy(all_legacy, t.encoding), t.encoding), all_legacy) << t.name;
  }
}

TEST(LegacyTablesTest, EveryVietnameseLetterHasOneRowInVniAndViscii) {
  // 67 lower-case letters beyond ASCII (12 vowels x 5 tones, ă â ê ô ơ ư đ)
  // and their capitals.
  for (const TableCase& t : Tables()) {
    std::vector<char32_t> seen;
    for (const LegacyRow& row : t.rows) seen.push_back(row.unicode);
    std::sort(seen.begin(), seen.end());
    EXPECT_EQ(std::adjacent_find(seen.begin(), seen.end()), seen.end()) << t.name << ": a letter twice";
  }
}

// The TCVN3 and VISCII tables agree with glibc's converters, byte by byte
// (an independent source: the tables were written from the standards).
std::string Iconv(const char* from, unsigned char byte) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return "(no converter)";
  char in[1] = {static_cast<char>(byte)};
  char out[8] = {};
  char* inp = in;
  char* outp = out;
  std::size_t inleft = 1;
  std::size_t outleft = sizeof out;
  std::size_t r = iconv(cd, &inp, &inleft, &outp, &outleft);
  // TCVN5712-1 holds a vowel back in case a combining mark follows: flush.
  if (r != static_cast<std::size_t>(-1)) r = iconv(cd, nullptr, nullptr, &outp, &outleft);
  iconv_close(cd);
  if (r == static_cast<std::size_t>(-1)) return "(invalid)";
  return std::string(out, sizeof out - outleft);
}

TEST(LegacyTablesTest, AgreesWithGlibcIconv) {
  for (const LegacyRow& row : internal::Tcvn3Rows()) {
    EXPECT_EQ(Iconv("TCVN5712-1", row.bytes[0]), Utf8(row.unicode)) << std::hex << int{row.bytes[0]};
  }
  for (const LegacyRow& row : internal::VisciiRows()) {
    EXPECT_EQ(Iconv("VISCII", row.bytes[0]), Utf8(row.unicode)) << std::hex << int{row.bytes[0]};
  }
}

// VNI rows follow the mark values: base letter, then one mark byte whose
// meaning does not depend on the letter.
TEST(LegacyTablesTest, VniMarksMeanTheSameOnEveryLetter) {
  EXPECT_EQ(DecodeLegacy("a\xc3\xb9 e\xc3\xb9 o\xc3\xb9 u\xc3\xb9 y\xc3\xb9", LegacyEncoding::kVni), "á é ó ú ý");
  EXPECT_EQ(DecodeLegacy("a\xc3\xa2 e\xc3\xa2 o\xc3\xa2", LegacyEncoding::kVni), "â ê ô");
  EXPECT_EQ(DecodeLegacy("a\xc3\xa1 e\xc3\xa1 o\xc3\xa1", LegacyEncoding::kVni), "ấ ế ố");
  EXPECT_EQ(DecodeLegacy("\xc3\xb4\xc3\xb8 \xc3\xb6\xc3\xb8", LegacyEncoding::kVni), "ờ ừ");
}

struct DecodeCase {
  const char* name;
  LegacyEncoding encoding;
  std::string legacy;
  std::string unicode;
};

// Report phrases typed in legacy fonts (what Word stores for them).
std::vector<DecodeCase> DecodeCases() {
  using E = LegacyEncoding;
  return {
      {"tcvn3_ket_qua", E::kTcvn3, "KÕt qu¶ ho¹t ®éng", "Kết quả hoạt động"},
      {"tcvn3_trung_tam", E::kTcvn3, "Trung t©m häc tËp céng ®ång", "Trung tâm học tập cộng đồng"},
      {"tcvn3_so_lop", E::kTcvn3, "Sè líp ®· më: 24 líp", "Số lớp đã mở: 24 lớp"},
      {"tcvn3_nguoi", E::kTcvn3, "1.612 l\xc2\xad\xc3\xaet ng\xc2\xad\xc3\xaai", "1.612 lượt người"},
      {"tcvn3_khuyen_hoc", E::kTcvn3, "Héi KhuyÕn häc", "Hội Khuyến học"},
      {"tcvn3_kinh_phi", E::kTcvn3, "Kinh phÝ x· héi ho¸: 4.150.000®", "Kinh phí xã hội hoá: 4.150.000đ"},
      {"tcvn3_capital_letters", E::kTcvn3, "¡n ¢u £m ¤ ¥ ¦ §", "Ăn Âu Êm Ô Ơ Ư Đ"},
      {"tcvn3_tab_kept", E::kTcvn3, "Sè: 18/BC-UBND\t\tYªn L¹c", "Số: 18/BC-UBND\t\tYên Lạc"},
      {"tcvn3_quotes_untouched", E::kTcvn3, "\xe2\x80\x9c" "v¨n ho¸" "\xe2\x80\x9d \xe2\x80\x93 x· héi",
       "\xe2\x80\x9c" "văn hoá" "\xe2\x80\x9d \xe2\x80\x93 xã hội"},
      {"tcvn3_capitals_font", E::kTcvn3Capitals, "b¸o c¸o", "BÁO CÁO"},
      {"tcvn3_capitals_motto", E::kTcvn3Capitals, "céng hoµ x· héi chñ nghÜa viÖt nam",
       "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
      {"tcvn3_capitals_ubnd", E::kTcvn3Capitals, "ñy ban nh©n d©n", "ỦY BAN NHÂN DÂN"},
      {"vni_ket_qua", E::kVni, "Keát quaû hoaït ñoäng", "Kết quả hoạt động"},
      {"vni_trung_tam", E::kVni, "Trung taâm hoïc taäp coäng ñoàng", "Trung tâm học tập cộng đồng"},
      {"vni_nguoi", E::kVni, "1.612 löôït ngöôøi", "1.612 lượt người"},
      {"vni_capitals", E::kVni, "BAÙO CAÙO", "BÁO CÁO"},
      {"vni_capital_d", E::kVni, "ÑAÛNG UÛY", "ĐẢNG ỦY"},
      {"vni_i_forms", E::kVni, "kyõ naêng, chæ tieâu, ñòa phöông, nghóa", "kỹ năng, chỉ tiêu, địa phương, nghĩa"},
      {"vni_y_dot", E::kVni, "Thuî", "Thuỵ"},
      {"vni_mixed_case_mark", E::kVni, "A\xc3\xb9nh", "Ánh"},
      {"vni_money", E::kVni, "30.800.000ñ", "30.800.000đ"},
      {"viscii_ket_qua", E::kViscii, "K\xc2\xaat qu\xc3\xa4 ho\xc3\x95t \xc3\xb0\xc2\xb5ng", "Kết quả hoạt động"},
      {"none_is_identity", E::kNone, "KÕt qu¶", "KÕt qu¶"},
      {"ascii_untouched", E::kTcvn3, "UBND 2024 - TT/15", "UBND 2024 - TT/15"},
      {"empty", E::kVni, "", ""},
  };
}

class DecodeLegacyTest : public testing::TestWithParam<DecodeCase> {};

TEST_P(DecodeLegacyTest, Decodes) {
  const DecodeCase& c = GetParam();
  EXPECT_EQ(DecodeLegacy(c.legacy, c.encoding), c.unicode);
}

INSTANTIATE_TEST_SUITE_P(Phrases, DecodeLegacyTest, testing::ValuesIn(DecodeCases()),
                         [](const testing::TestParamInfo<DecodeCase>& p) { return std::string(p.param.name); });

struct FontCase {
  const char* font;
  LegacyEncoding want;
};

TEST(LegacyEncodingOfFontTest, Names) {
  using E = LegacyEncoding;
  const FontCase cases[] = {
      {".VnTime", E::kTcvn3},
      {".VnArial", E::kTcvn3},
      {".VnArial Narrow", E::kTcvn3},
      {".VnCentury Schoolbook", E::kTcvn3},
      {".VnTimeH", E::kTcvn3Capitals},
      {".VnArialH", E::kTcvn3Capitals},
      {".VnArial NarrowH", E::kTcvn3Capitals},
      {"VnTime", E::kTcvn3},
      {"ABCDEF+.VnTime", E::kTcvn3},
      {"QWERTY+VnTimeH-Bold", E::kTcvn3Capitals},
      {"VnTimeH,Bold", E::kTcvn3Capitals},
      {"VNI-Times", E::kVni},
      {"VNI-Helve", E::kVni},
      {"VNI Times", E::kVni},
      {"vni-times", E::kVni},
      {"ABCDEF+VNI-Times-Bold", E::kVni},
      {"VISCII Times", E::kViscii},
      {"Times New Roman", E::kNone},
      {"Arial", E::kNone},
      {"", E::kNone},
      {"Vnexpress", E::kNone},
      {"VNtimes new roman", E::kNone},
      {"Vni", E::kVni},
      {"Vnitalic", E::kNone},
      {"Symbol", E::kNone},
  };
  for (const FontCase& c : cases) EXPECT_EQ(LegacyEncodingOfFont(c.font), c.want) << c.font;
}

TEST(LegacyEncodingNameTest, RoundTrips) {
  for (LegacyEncoding e : {LegacyEncoding::kNone, LegacyEncoding::kTcvn3, LegacyEncoding::kTcvn3Capitals,
                           LegacyEncoding::kVni, LegacyEncoding::kViscii}) {
    EXPECT_EQ(ParseLegacyEncodingName(LegacyEncodingName(e)), e);
  }
  EXPECT_EQ(ParseLegacyEncodingName("utf-8"), std::nullopt);
}

// Decoded text goes through CanonicalText like any other: the legacy form
// and the Unicode form of a phrase end up one string.
TEST(LegacyDecodeProperties, DecodedThenCanonicalEqualsUnicode) {
  for (const DecodeCase& c : DecodeCases()) {
    if (c.encoding == LegacyEncoding::kNone) continue;
    EXPECT_EQ(CanonicalText(DecodeLegacy(c.legacy, c.encoding)), CanonicalText(c.unicode)) << c.name;
  }
}

TEST(LegacyDecodeProperties, EncodeThenDecodeIsIdentityOnReportText) {
  const std::string text =
      "Trung tâm học tập cộng đồng xã Tân Hương tổ chức 24 lớp chuyên đề, thu hút 1.612 lượt người; "
      "kinh phí xã hội hóa 4.150.000đ, đạt 120,1% kế hoạch. Khuyến học, khuyến tài; ưu tiên.";
  for (LegacyEncoding e : {LegacyEncoding::kTcvn3, LegacyEncoding::kVni, LegacyEncoding::kViscii}) {
    const std::string legacy = EncodeLegacy(text, e);
    EXPECT_NE(legacy, text) << LegacyEncodingName(e);
    EXPECT_EQ(DecodeLegacy(legacy, e), text) << LegacyEncodingName(e);
  }
  EXPECT_EQ(DecodeLegacy(EncodeLegacy("BÁO CÁO KẾT QUẢ", LegacyEncoding::kTcvn3Capitals),
                         LegacyEncoding::kTcvn3Capitals),
            "BÁO CÁO KẾT QUẢ");
}

TEST(LegacyDecodeHostile, InvalidUtf8AndStrayMarksSurvive) {
  EXPECT_EQ(DecodeLegacy("a\xff" "b", LegacyEncoding::kVni), "a\xff" "b");
  EXPECT_EQ(DecodeLegacy("\xc3\xb9\xc3\xb9", LegacyEncoding::kVni), "\xc3\xb9\xc3\xb9");  // marks without a letter
  EXPECT_EQ(DecodeLegacy("a", LegacyEncoding::kVni), "a");
  EXPECT_EQ(DecodeLegacy(std::string(1, '\0') + "x", LegacyEncoding::kTcvn3), std::string(1, '\0') + "x");
}

}  // namespace
}  // namespace baocao::normalize
