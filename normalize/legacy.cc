#include "normalize/legacy.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>
#include <cctype>
#include <unordered_map>

#include "normalize/legacy_tables.h"
#include "normalize/letters.h"
#include "normalize/text.h"
#include "normalize/unicode.h"

namespace baocao::normalize {
namespace {

using internal::DecodeAt;
using internal::LegacyRow;

// Windows-1252 puts printable characters at 0x80-0x9F; Word stores a legacy
// byte there as that character. Indexed by byte - 0x80; 0 = undefined.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The legacy byte a stored character stands for, or -1.
int LegacyByte(char32_t cp) {
  if (cp <= 0xFF) return static_cast<int>(cp);
  for (std::size_t i = 0; i < kCp1252High.size(); ++i) {
    if (kCp1252High[i] == cp) return static_cast<int>(0x80 + i);
  }
  return -1;
}

// One encoding's lookup structures, built from its table rows.
class Codec {
 public:
  explicit Codec(std::span<const LegacyRow> rows, bool lenient_mark_case) {
    single_.fill(0);
    for (const LegacyRow& row : rows) {
      if (row.length == 1) {
        single_[row.bytes[0]] = row.unicode;
        encode_[row.unicode] = std::string(1, static_cast<char>(row.bytes[0]));
      } else {
        pairs_[Key(row.bytes[0], row.bytes[1])] = row.unicode;
        starts_pair_[row.bytes[0]] = true;
        encode_[row.unicode] = {static_cast<char>(row.bytes[0]), static_cast<char>(row.bytes[1])};
      }
    }
    // VNI typists mix cases inside one letter ("Aù" for "Á"): the base
    // letter's case wins. Added after the exact pairs, so they never change.
    if (lenient_mark_case) {
      for (const LegacyRow& row : rows) {
        if (row.length != 2) continue;
        const int flipped = row.bytes[1] ^ 0x20;
        pairs_.try_emplace(Key(row.bytes[0], flipped), row.unicode);
      }
    }
  }

  std::string Decode(std::string_view text) const {
    std::string out;
    out.reserve(text.size() + text.size() / 2);
    std::size_t i = 0;
    while (i < text.size()) {
      const internal::Decoded d = DecodeAt(text, i);
      const int b = LegacyByte(d.cp);
      if (b >= 0 && starts_pair_[static_cast<std::size_t>(b)] && i + d.size < text.size()) {
        const internal::Decoded next = DecodeAt(text, i + d.size);
        const int b2 = LegacyByte(next.cp);
        if (b2 >= 0) {
          auto it = pairs_.find(Key(b, b2));
          if (it != pairs_.end()) {
            AppendUtf8(it->second, &out);
            i += d.size + next.size;
            continue;
          }
        }
      }
      if (b >= 0 && single_[static_cast<std::size_t>(b)] != 0) {
        AppendUtf8(single_[static_cast<std::size_t>(b)], &out);
      } else {
        out.append(text.substr(i, d.size));
      }
      i += d.size;
    }
    return out;
  }

  std::string Encode(std::string_view text) const {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
      const internal::Decoded d = DecodeAt(text, i);
      auto it = encode_.find(d.cp);
      if (it == encode_.end()) {
        out.append(text.substr(i, d.size));
      } else {
        for (char byte : it->second) AppendUtf8(static_cast<unsigned char>(byte), &out);
      }
      i += d.size;
    }
    return out;
  }

 private:
  static int Key(int first, int second) { return (first << 8) | second; }

  std::array<char32_t, 256> single_{};
  std::array<bool, 256> starts_pair_{};
  std::unordered_map<int, char32_t> pairs_;
  std::unordered_map<char32_t, std::string> encode_;
};

const Codec& CodecFor(LegacyEncoding encoding) {
  static const Codec* tcvn3 = new Codec(internal::Tcvn3Rows(), false);
  static const Codec* vni = new Codec(internal::VniRows(), true);
  static const Codec* viscii = new Codec(internal::VisciiRows(), false);
  switch (encoding) {
    case LegacyEncoding::kVni: return *vni;
    case LegacyEncoding::kViscii: return *viscii;
    default: return *tcvn3;
  }
}

// Decoded text can put a passed-through combining mark after a decoded
// letter; NFC keeps the canonical-text invariant.
std::string Nfc(const std::string& utf8) {
  if (internal::QuickIsNfc(std::string_view(utf8))) return utf8;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return utf8;
  const icu::UnicodeString s = icu::UnicodeString::fromUTF8(utf8);
  if (nfc->isNormalized(s, status) && U_SUCCESS(status)) return utf8;
  status = U_ZERO_ERROR;
  const icu::UnicodeString composed = nfc->normalize(s, status);
  if (U_FAILURE(status)) return utf8;
  std::string out;
  composed.toUTF8String(out);
  return out;
}

std::string Lower(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

// "ABCDEF+.VnTimeH-Bold" -> ".VnTimeH": no subset tag, no style suffix.
std::string_view FontFamily(std::string_view font) {
  const std::size_t plus = font.find('+');
  if (plus == 6) font.remove_prefix(7);
  while (!font.empty() && font.front() == ' ') font.remove_prefix(1);
  const std::size_t comma = font.find(',');
  if (comma != std::string_view::npos) font = font.substr(0, comma);
  for (std::string_view style : {"-Bold", "-Italic", "-BoldItalic", "-Regular", "-Roman"}) {
    const std::size_t at = font.rfind(style);
    if (at != std::string_view::npos && at > 0) font = font.substr(0, at);
  }
  while (!font.empty() && font.back() == ' ') font.remove_suffix(1);
  return font;
}

}  // namespace

const char* LegacyEncodingName(LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::kNone: return "none";
    case LegacyEncoding::kTcvn3: return "tcvn3";
    case LegacyEncoding::kTcvn3Capitals: return "tcvn3-capitals";
    case LegacyEncoding::kVni: return "vni";
    case LegacyEncoding::kViscii: return "viscii";
  }
  return "none";
}

std::optional<LegacyEncoding> ParseLegacyEncodingName(std::string_view name) {
  for (LegacyEncoding e : {LegacyEncoding::kNone, LegacyEncoding::kTcvn3, LegacyEncoding::kTcvn3Capitals,
                           LegacyEncoding::kVni, LegacyEncoding::kViscii}) {
    if (name == LegacyEncodingName(e)) return e;
  }
  return std::nullopt;
}

LegacyEncoding LegacyEncodingOfFont(std::string_view font) {
  const std::string_view family = FontFamily(font);
  const std::string lower = Lower(family);
  if (lower.find("viscii") != std::string::npos) return LegacyEncoding::kViscii;
  if (lower == "vni" || lower.starts_with("vni-") || lower.starts_with("vni ") ||
      lower.starts_with("vni_")) {
    return LegacyEncoding::kVni;
  }
  // ".VnTime"; PDF font names drop the dot ("VnTime") but keep the capital
  // after "Vn", which tells them from words such as "Vnexpress".
  const bool dotted = lower.starts_with(".vn") && family.size() > 3;
  const bool undotted = family.size() > 2 && (family[0] == 'V' || family[0] == 'v') &&
                        family[1] == 'n' && std::isupper(static_cast<unsigned char>(family[2]));
  if (!dotted && !undotted) return LegacyEncoding::kNone;
  // The capitals fonts end in "H": ".VnTimeH", ".VnArial NarrowH".
  return family.back() == 'H' ? LegacyEncoding::kTcvn3Capitals : LegacyEncoding::kTcvn3;
}

std::string DecodeLegacy(std::string_view text, LegacyEncoding encoding) {
  if (encoding == LegacyEncoding::kNone) return std::string(text);
  std::string decoded = Nfc(CodecFor(encoding).Decode(text));
  if (encoding == LegacyEncoding::kTcvn3Capitals) return ToUpper(decoded);
  return decoded;
}

std::string EncodeLegacy(std::string_view unicode, LegacyEncoding encoding) {
  if (encoding == LegacyEncoding::kNone) return std::string(unicode);
  if (encoding == LegacyEncoding::kTcvn3Capitals) return CodecFor(encoding).Encode(Nfc(ToLower(unicode)));
  return CodecFor(encoding).Encode(Nfc(std::string(unicode)));
}

}  // namespace baocao::normalize
