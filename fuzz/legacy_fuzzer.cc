// Legacy 8-bit encodings (normalize/legacy.h, legacy_detect.h) and the
// document-level decoding that applies them (normalize_document.h). The
// input is read both as UTF-8 and byte by byte (each byte b as U+00b, the
// form Word and PDF text layers give legacy text in). Checks: decoding
// gives valid UTF-8; the encoding names round-trip; encoding Vietnamese
// text and decoding it again gives it back (the header's promise for TCVN3
// on lowercase text, VNI and VISCII); NormalizeDocument decoding by fonts
// gives the same text when run again.
#include <string>

#include "fuzz/fuzz_support.h"
#include "fuzz/fuzz_target.h"
#include "normalize/legacy.h"
#include "normalize/legacy_detect.h"
#include "normalize/normalize_document.h"
#include "normalize/text.h"
#include "util/utf8.h"

namespace {

namespace normalize = baocao::normalize;
using normalize::LegacyEncoding;

constexpr LegacyEncoding kEncodings[] = {LegacyEncoding::kNone, LegacyEncoding::kTcvn3,
                                         LegacyEncoding::kTcvn3Capitals, LegacyEncoding::kVni,
                                         LegacyEncoding::kViscii};

std::string ByteView(std::string_view bytes) {
  std::string out;
  for (char c : bytes) baocao::AppendUtf8(static_cast<unsigned char>(c), &out);
  return out;
}

// Code points of Vietnamese letters (and ASCII): the text a legacy table
// encodes completely, so the round trip must be exact for it.
bool VietnameseOnly(std::string_view utf8) {
  static const std::u32string kLetters =
      U"àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ";
  std::size_t i = 0;
  while (i < utf8.size()) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      if (c < 0x20 && c != '\n' && c != '\t') return false;
      ++i;
      continue;
    }
    const std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < len && i + k < utf8.size(); ++k) cp = (cp << 6) | (utf8[i + k] & 0x3F);
    if (kLetters.find(cp) == std::u32string::npos && !(cp >= 0x1EA0 && cp <= 0x1EF9)) return false;
    i += len;
  }
  return true;
}

int FuzzLegacy(const std::uint8_t* data, std::size_t size) {
  if (size > 2048) return -1;
  const std::uint32_t hash = baocao::fuzz::Hash(data, size);
  const std::string_view bytes = baocao::fuzz::AsText(data, size);
  const std::string as_bytes = ByteView(bytes);
  const bool utf8 = baocao::fuzz::IsValidUtf8(bytes);

  for (LegacyEncoding e : kEncodings) {
    FUZZ_CHECK(normalize::ParseLegacyEncodingName(normalize::LegacyEncodingName(e)) == e);
    FUZZ_CHECK(baocao::fuzz::IsValidUtf8(normalize::DecodeLegacy(as_bytes, e)));
    if (utf8) FUZZ_CHECK(baocao::fuzz::IsValidUtf8(normalize::DecodeLegacy(bytes, e)));
  }
  normalize::LegacyEncodingOfFont(bytes);
  normalize::ParseLegacyEncodingName(bytes);

  normalize::LegacyDetector detector;
  detector.Add(as_bytes);
  if (utf8) detector.Add(bytes);
  detector.Confident();
  for (LegacyEncoding e : kEncodings) detector.Harmless(e);
  normalize::DetectLegacyEncoding(as_bytes);

  if (utf8) {
    const std::string text = normalize::CanonicalText(bytes);
    if (VietnameseOnly(text)) {
      // TCVN3 has no toned capitals (they are small letters in a capitals
      // font, .VnTimeH), so its round trip holds for lowercase text.
      const std::string lower = normalize::ToLower(text);
      FUZZ_CHECK(normalize::DecodeLegacy(normalize::EncodeLegacy(lower, LegacyEncoding::kTcvn3),
                                         LegacyEncoding::kTcvn3) == lower);
      for (LegacyEncoding e : {LegacyEncoding::kVni, LegacyEncoding::kViscii}) {
        FUZZ_CHECK(normalize::DecodeLegacy(normalize::EncodeLegacy(text, e), e) == text);
      }
    }
  }

  // A paragraph whose runs carry fonts (some legacy), split where the input
  // has a '|', and a paragraph with no font: NormalizeDocument decodes per
  // font, or by statistics, and must be stable when run again.
  static const char* const kFonts[] = {"", ".VnTime", ".VnTimeH", "VNI-Times", "Times New Roman", "VISCII"};
  baocao::Document doc;
  doc.format = "docx";
  baocao::Block& p = doc.AddBodyParagraph("");
  std::size_t from = 0;
  std::uint32_t pick = hash;
  while (from <= as_bytes.size()) {
    std::size_t bar = as_bytes.find('|', from);
    if (bar == std::string::npos) bar = as_bytes.size();
    baocao::Run run;
    run.orig = as_bytes.substr(from, bar - from);
    run.font = kFonts[pick % 6];
    pick /= 6;
    p.paragraph.orig += run.orig;
    p.paragraph.runs.push_back(std::move(run));
    from = bar + 1;
  }
  doc.AddBodyParagraph(as_bytes);
  normalize::NormalizeOptions options;
  options.modern_tone_marks = (hash & 1) != 0;
  // Half the inputs decode by fonts only, where the header promises that a
  // second run changes nothing (runs keep their characters as found); the
  // other half also detect or assume an encoding for text without a font,
  // which decodes `orig` in place and so is not meant to be run twice.
  const bool fonts_only = (hash & 2) != 0;
  options.detect_legacy = !fonts_only;
  options.assume_encoding = fonts_only ? LegacyEncoding::kNone : kEncodings[(hash >> 2) % 5];
  normalize::NormalizeDocument(&doc, options);
  for (const baocao::Block& b : doc.body) FUZZ_CHECK(baocao::fuzz::IsValidUtf8(b.paragraph.text));
  if (fonts_only) {
    baocao::Document again = doc;
    normalize::NormalizeDocument(&again, options);
    FUZZ_CHECK(again.body[0].paragraph.text == doc.body[0].paragraph.text);
  }
  return 0;
}

}  // namespace

BAOCAO_FUZZ_TARGET(legacy, FuzzLegacy)
