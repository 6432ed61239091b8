#include "normalize/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cstdint>

namespace baocao::normalize::internal {
namespace {

// Bytes 0x80..0xBF continue a sequence.
bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Allowed range for the second byte of a sequence, from the lead byte
// (Unicode Table 3-7): rules out overlong forms, surrogates and > U+10FFFF.
struct SecondByteRange {
  unsigned char lo;
  unsigned char hi;
};

SecondByteRange SecondRange(unsigned char lead) {
  switch (lead) {
    case 0xE0: return {0xA0, 0xBF};
    case 0xED: return {0x80, 0x9F};
    case 0xF0: return {0x90, 0xBF};
    case 0xF4: return {0x80, 0x8F};
    default: return {0x80, 0xBF};
  }
}

bool IsNonspacingMark(char32_t cp) {
  const auto type = u_charType(static_cast<UChar32>(cp));
  return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK ||
         type == U_COMBINING_SPACING_MARK;
}

// The base letter of `lower` when its canonical decomposition is one base
// followed only by combining marks ("ộ" -> "o"); otherwise `lower` itself.
// Hangul and other decompositions without marks are left alone.
char32_t StripMarks(char32_t lower) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return lower;
  icu::UnicodeString decomposition;
  if (!nfd->getDecomposition(static_cast<UChar32>(lower), decomposition)) return lower;
  const UChar32 base = decomposition.char32At(0);
  if (IsNonspacingMark(static_cast<char32_t>(base))) return lower;
  for (int32_t i = U16_LENGTH(base); i < decomposition.length();) {
    const UChar32 c = decomposition.char32At(i);
    if (!IsNonspacingMark(static_cast<char32_t>(c))) return lower;
    i += U16_LENGTH(c);
  }
  return static_cast<char32_t>(base);
}

char32_t ComputeFold(char32_t cp) {
  // A lone combining mark stays: dropping it would break the one code point
  // in, one code point out rule.
  if (IsNonspacingMark(cp)) return cp;
  const auto lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
  // đ (U+0111), the look-alike ð (U+00F0) and ɖ have no decomposition.
  if (lower == 0x0111 || lower == 0x00F0 || lower == 0x0256) return U'd';
  return StripMarks(lower);
}

// Every Vietnamese letter lies below U+2000 (Latin-1, Latin Extended-A/B,
// Latin Extended Additional); a table makes FoldKey cheap for them.
constexpr char32_t kTableSize = 0x2000;

const std::array<char32_t, kTableSize>& FoldTable() {
  static const auto* table = [] {
    auto* t = new std::array<char32_t, kTableSize>();
    for (char32_t cp = 0; cp < kTableSize; ++cp) (*t)[cp] = ComputeFold(cp);
    return t;
  }();
  return *table;
}

}  // namespace

Decoded DecodeAt(std::string_view utf8, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(utf8[pos]);
  if (lead < 0x80) return {lead, 1};
  int trail = 0;
  char32_t cp = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    trail = 1;
    cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    trail = 2;
    cp = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    trail = 3;
    cp = lead & 0x07;
  } else {
    return {kReplacement, 1};
  }
  std::size_t i = pos + 1;
  for (int k = 0; k < trail; ++k, ++i) {
    if (i >= utf8.size()) return {kReplacement, i - pos};
    const auto b = static_cast<unsigned char>(utf8[i]);
    if (k == 0) {
      const SecondByteRange range = SecondRange(lead);
      if (b < range.lo || b > range.hi) return {kReplacement, i - pos};
    } else if (!IsContinuation(b)) {
      return {kReplacement, i - pos};
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, i - pos};
}

Decoded DecodeBefore(std::string_view utf8, std::size_t pos) {
  std::size_t start = pos - 1;
  while (start > 0 && pos - start < 4 &&
         IsContinuation(static_cast<unsigned char>(utf8[start]))) {
    --start;
  }
  const Decoded d = DecodeAt(utf8, start);
  if (start + d.size != pos) return {kReplacement, 1};
  return d;
}


char32_t FoldCodePoint(char32_t cp) {
  if (cp < 0x80) return (cp >= U'A' && cp <= U'Z') ? cp + 0x20 : cp;
  if (cp < kTableSize) return FoldTable()[cp];
  return ComputeFold(cp);
}

bool IsLetter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= U'a' && (cp | 0x20) <= U'z';
  return u_isalpha(static_cast<UChar32>(cp)) != 0;
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return IsLetter(cp) || (cp >= U'0' && cp <= U'9');
  return u_isalnum(static_cast<UChar32>(cp)) != 0 || IsNonspacingMark(cp);
}

}  // namespace baocao::normalize::internal
