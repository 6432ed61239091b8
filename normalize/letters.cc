#include "normalize/letters.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/unorm2.h>

#include <array>
#include <cstdint>
#include <unordered_map>

#include "normalize/unicode.h"

namespace baocao::normalize::internal {
namespace {

// Every Vietnamese letter lies below U+2000.
constexpr char32_t kTableSize = 0x2000;

struct Tables {
  std::array<LetterParts, kTableSize> split{};
  std::array<bool, kTableSize> nfc_safe{};  // NFC_QC=Yes and combining class 0
  std::unordered_map<std::uint64_t, char32_t> compose;
};

std::uint64_t Key(char32_t base, char32_t tone) { return (static_cast<std::uint64_t>(base) << 21) | tone; }

bool NfcSafe(char32_t cp) {
  const auto c = static_cast<UChar32>(cp);
  return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0;
}

const Tables& GetTables() {
  static const Tables* tables = [] {
    auto* t = new Tables();
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    for (char32_t cp = 0; cp < kTableSize; ++cp) {
      t->split[cp] = {cp, 0};
      t->nfc_safe[cp] = NfcSafe(cp);
      if (U_FAILURE(status)) continue;
      icu::UnicodeString d;
      if (!nfd->getDecomposition(static_cast<UChar32>(cp), d)) continue;
      icu::UnicodeString rest;
      char32_t tone = 0;
      int tones = 0;
      for (int32_t i = 0; i < d.length();) {
        const UChar32 c = d.char32At(i);
        i += U16_LENGTH(c);
        if (IsToneMark(static_cast<char32_t>(c))) {
          tone = static_cast<char32_t>(c);
          ++tones;
        } else {
          rest.append(c);
        }
      }
      if (tones != 1 || rest.isEmpty()) continue;
      UErrorCode s = U_ZERO_ERROR;
      const icu::UnicodeString base = nfc->normalize(rest, s);
      if (U_FAILURE(s) || base.countChar32() != 1) continue;
      const auto b = static_cast<char32_t>(base.char32At(0));
      t->split[cp] = {b, tone};
      t->compose.emplace(Key(b, tone), cp);
    }
    return t;
  }();
  return *tables;
}

}  // namespace

LetterParts SplitTone(char32_t cp) {
  if (cp < kTableSize) return GetTables().split[cp];
  return {cp, 0};
}

char32_t ComposeTone(char32_t base, char32_t tone) {
  if (tone == 0) return base;
  const Tables& t = GetTables();
  auto it = t.compose.find(Key(base, tone));
  return it == t.compose.end() ? 0 : it->second;
}

bool QuickIsNfc(std::u32string_view text) {
  const Tables& t = GetTables();
  for (char32_t cp : text) {
    if (cp < 0x80) continue;
    if (cp < kTableSize ? !t.nfc_safe[cp] : !NfcSafe(cp)) return false;
  }
  return true;
}

bool QuickIsNfc(std::string_view utf8) {
  const Tables& t = GetTables();
  for (std::size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    const Decoded d = DecodeAt(utf8, i);
    i += d.size;
    if (d.cp < kTableSize ? !t.nfc_safe[d.cp] : !NfcSafe(d.cp)) return false;
  }
  return true;
}

}  // namespace baocao::normalize::internal
