#include "normalize/tone_marks.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace baocao::normalize {
namespace {

// The five tone marks as combining characters; vowel-quality marks
// (circumflex, breve, horn) belong to the letter and never move.
bool IsToneMark(UChar32 c) { return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323; }

struct Split {
  char32_t base = 0;   // the letter without its tone (quality marks kept)
  char32_t tone = 0;   // the combining tone mark, or 0
  bool plain = false;  // base is an ASCII letter (no quality mark)
};

const icu::Normalizer2* Nfd() {
  UErrorCode status = U_ZERO_ERROR;
  return icu::Normalizer2::getNFDInstance(status);
}

const icu::Normalizer2* Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  return icu::Normalizer2::getNFCInstance(status);
}

Split SplitLetter(char32_t cp) {
  Split s;
  s.base = cp;
  icu::UnicodeString d;
  if (!Nfd()->getDecomposition(static_cast<UChar32>(cp), d)) {
    s.plain = cp < 0x80;
    return s;
  }
  icu::UnicodeString rest;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (IsToneMark(c)) {
      s.tone = static_cast<char32_t>(c);
    } else {
      rest.append(c);
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString composed = Nfc()->normalize(rest, status);
  s.base = static_cast<char32_t>(composed.char32At(0));
  s.plain = composed.length() == 1 && s.base < 0x80;
  return s;
}

char32_t Compose(char32_t base, char32_t tone) {
  if (tone == 0) return base;
  icu::UnicodeString s;
  s.append(static_cast<UChar32>(base));
  s.append(static_cast<UChar32>(tone));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString composed = Nfc()->normalize(s, status);
  if (U_FAILURE(status) || composed.countChar32() != 1) return base;
  return static_cast<char32_t>(composed.char32At(0));
}

char32_t Lower(char32_t c) { return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))); }

bool IsLetter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)) != 0; }

// The syllable pairs whose two placements are both in use.
bool IsMovablePair(char32_t first, char32_t second) {
  first = Lower(first);
  second = Lower(second);
  return (first == 'o' && (second == 'a' || second == 'e')) || (first == 'u' && second == 'y');
}

}  // namespace

void PlaceToneMarks(std::u32string* text, ToneMarkStyle style) {
  std::u32string& t = *text;
  for (std::size_t end = 0; end < t.size(); ++end) {
    // `end` is the last letter of a word.
    if (!IsLetter(t[end]) || (end + 1 < t.size() && IsLetter(t[end + 1]))) continue;
    if (end < 1 || !IsLetter(t[end - 1])) continue;
    std::size_t first = end - 1;
    Split a = SplitLetter(t[first]);
    Split b = SplitLetter(t[end]);
    if (!a.plain || !b.plain || !IsMovablePair(a.base, b.base)) continue;
    // The vowel pair must open the rhyme: a consonant or the word start
    // before it, and never the u of "qu".
    if (first > 0 && IsLetter(t[first - 1])) {
      char32_t before = Lower(t[first - 1]);
      Split bs = SplitLetter(before);
      bool vowel = bs.base == 'a' || bs.base == 'e' || bs.base == 'i' || bs.base == 'o' || bs.base == 'u' ||
                   bs.base == 'y' || !bs.plain;
      if (vowel) continue;
      if (before == 'q') continue;
    }
    if (style == ToneMarkStyle::kOfficial && b.tone != 0 && a.tone == 0) {
      t[first] = Compose(a.base, b.tone);
      t[end] = b.base;
    } else if (style == ToneMarkStyle::kModern && a.tone != 0 && b.tone == 0) {
      t[first] = a.base;
      t[end] = Compose(b.base, a.tone);
    }
  }
}

}  // namespace baocao::normalize
