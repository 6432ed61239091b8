#include "normalize/legacy_detect.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "normalize/syllable.h"

namespace baocao::normalize {
namespace {

struct SyllableCase {
  const char* word;
  bool valid;
};

// Words of report text, and what wrong decodings make of them.
const SyllableCase kSyllables[] = {
    {"người", true},     {"NGƯỜI", true},     {"Người", true},      {"khuyến", true},
    {"học", true},       {"trung", true},     {"tâm", true},        {"cộng", true},
    {"đồng", true},      {"xã", true},        {"huyện", true},      {"tỉnh", true},
    {"nghiêng", true},   {"quý", true},       {"quả", true},        {"quyết", true},
    {"gì", true},        {"giữa", true},      {"giếng", true},      {"khuỷu", true},
    {"hòa", true},       {"hoà", true},       {"thủy", true},       {"thuỷ", true},
    {"khỏe", true},      {"khoẻ", true},      {"ngoài", true},      {"xoong", true},
    {"oai", true},       {"ưu", true},        {"rượu", true},       {"yêu", true},
    {"thuở", true},      {"khuya", true},     {"huých", true},      {"chuyện", true},
    {"Ho\xcc\x80" "a", true},  // NFD
    {"sạch", true},      {"bệnh", true},      {"kết", true},        {"lượt", true},
    {"kÕt", false},      {"qu¶", false},      {"®éng", false},      {"c¸c", false},
    {"baùo", false},     {"keát", false},     {"ñoäng", false},     {"hoaït", false},
    {"hõc", false},      {"cỏc", false},      {"hoc", false},       {"lớt", true},
    {"kẻt", false},      {"hòaa", false},     {"fan", false},       {"zalo", false},
    {"wifi", false},     {"BaO", false},      {"bÁo", false},       {"", false},
    {"a\xcc\x80\xcc\x81", false},  // two tones
    {"ăo", false},       {"âi", false},       {"x", false},         {"ngh", false},
};

TEST(SyllableTest, ReportWordsAndBrokenDecodings) {
  for (const SyllableCase& c : kSyllables) EXPECT_EQ(IsVietnameseSyllable(c.word), c.valid) << c.word;
}

struct DetectCase {
  const char* name;
  std::string text;
  LegacyEncoding want;
};

std::vector<DetectCase> DetectCases() {
  using E = LegacyEncoding;
  return {
      {"tcvn3_title", "B¸o c¸o kÕt qu¶ ho¹t ®éng n¨m 2024", E::kTcvn3},
      {"tcvn3_sentence", "Trung t©m häc tËp céng ®ång x· T©n H\xc2\xad¬ng tæ chøc 24 líp", E::kTcvn3},
      {"tcvn3_budget", "Tæng kinh phÝ ®\xc2\xadîc cÊp tõ ng©n s¸ch nhµ n\xc2\xadíc: 26.400.000 ®ång", E::kTcvn3},
      {"tcvn3_capitals_typed_small", "céng hoµ x· héi chñ nghÜa viÖt nam", E::kTcvn3},
      {"vni_title", "Baùo caùo keát quaû hoaït ñoäng naêm 2024", E::kVni},
      {"vni_sentence", "Trung taâm hoïc taäp coäng ñoàng xaõ Taân Höông toå chöùc 24 lôùp", E::kVni},
      {"vni_capitals", "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", E::kVni},
      {"unicode_report", "Báo cáo kết quả hoạt động của Trung tâm học tập cộng đồng năm 2024", E::kNone},
      {"unicode_places", "Hà Nội, Thái Bình, Hòa Bình, Lào Cai, Cà Mau, Đà Nẵng, Bà Rịa", E::kNone},
      {"unicode_capitals", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", E::kNone},
      {"unicode_many_latin1", "các lá cờ, cá, cà phê, mì, xã, bò, vé, ví, tú tài, ý kiến, ô tô", E::kNone},
      {"ascii_only", "Bao cao ket qua hoat dong nam 2024 UBND TTHTCD", E::kNone},
      {"too_short", "Sè: 45", E::kNone},
      {"two_words", "KÕt qu¶", E::kNone},
      {"french", "Café, résumé, naïve, façade, déjà vu, à la carte, crème brûlée", E::kNone},
      {"symbols", "½ × ± °C « » § © ® ¶ µ", E::kNone},
      {"empty", "", E::kNone},
  };
}

class DetectTest : public testing::TestWithParam<DetectCase> {};

TEST_P(DetectTest, Detects) {
  const DetectCase& c = GetParam();
  EXPECT_EQ(DetectLegacyEncoding(c.text), c.want) << LegacyEncodingName(DetectLegacyEncoding(c.text));
}

INSTANTIATE_TEST_SUITE_P(Texts, DetectTest, testing::ValuesIn(DetectCases()),
                         [](const testing::TestParamInfo<DetectCase>& p) { return std::string(p.param.name); });

// Property: encoding report text and detecting finds the encoding back, and
// decoding it gives the text back.
TEST(DetectProperties, EncodedReportTextIsFoundAgain) {
  const std::vector<std::string> texts = {
      "Số lớp đã mở: 24 lớp, thu hút gần 1.612 lượt người tham gia học tập.",
      "Tổng kinh phí hỗ trợ từ ngân sách nhà nước năm 2023 là 30.800.000 đồng.",
      "Phối hợp với Hội Nông dân mở lớp chuyển giao khoa học kỹ thuật trồng chè.",
      "Chuyên đề chăm sóc và bảo vệ sức khỏe sinh sản cho phụ nữ và trẻ em.",
  };
  for (LegacyEncoding e : {LegacyEncoding::kTcvn3, LegacyEncoding::kVni}) {
    for (const std::string& t : texts) {
      const std::string legacy = EncodeLegacy(t, e);
      EXPECT_EQ(DetectLegacyEncoding(legacy), e) << LegacyEncodingName(e) << ": " << legacy;
      EXPECT_EQ(DetectLegacyEncoding(t), LegacyEncoding::kNone) << t;
    }
  }
}

TEST(DetectProperties, EvidenceIsCountedPerWord) {
  LegacyDetector d;
  d.Add("KÕt qu¶");
  EXPECT_EQ(d.Confident(), LegacyEncoding::kNone) << "two words are not enough";
  EXPECT_TRUE(d.Harmless(LegacyEncoding::kTcvn3));
  d.Add("ho¹t ®éng");
  EXPECT_EQ(d.Confident(), LegacyEncoding::kTcvn3);
  const LegacyEvidence& ev = d.evidence(LegacyEncoding::kTcvn3);
  EXPECT_EQ(ev.changed, 4);
  EXPECT_EQ(ev.valid_after, 4);
  EXPECT_EQ(ev.valid_before, 0);
  EXPECT_EQ(d.evidence(LegacyEncoding::kNone).changed, 0);
}

TEST(DetectProperties, UnicodeDecodedAsLegacyIsNotHarmless) {
  LegacyDetector d;
  d.Add("các cá São");
  EXPECT_FALSE(d.Harmless(LegacyEncoding::kTcvn3));
}

}  // namespace
}  // namespace baocao::normalize
