#include "normalize/tone_marks.h"

#include <unicode/uchar.h>

#include "normalize/letters.h"
#include "normalize/unicode.h"

namespace baocao::normalize {
namespace {

using internal::LetterParts;

struct Split {
  char32_t base = 0;   // the letter without its tone (quality marks kept)
  char32_t tone = 0;   // the combining tone mark, or 0
  bool plain = false;  // base is an ASCII letter (no quality mark)
};

Split SplitLetter(char32_t cp) {
  const LetterParts p = internal::SplitTone(cp);
  return {p.base, p.tone, p.base < 0x80};
}

char32_t Compose(char32_t base, char32_t tone) {
  const char32_t composed = internal::ComposeTone(base, tone);
  return composed == 0 ? base : composed;
}

char32_t Lower(char32_t c) { return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))); }

bool IsLetter(char32_t c) { return internal::IsLetter(c); }
bool IsMark(char32_t c) { return u_getCombiningClass(static_cast<UChar32>(c)) != 0; }

// A Vietnamese vowel letter (lower case, without tone). Before oa/oe/uy a
// consonant ("đ" included: "đoá" -> "đóa") lets the pair open the rhyme; a
// vowel does not.
bool IsVowel(char32_t base) {
  switch (base) {
    case U'a': case U'e': case U'i': case U'o': case U'u': case U'y':
    case 0x0103: case 0x00E2: case 0x00EA: case 0x00F4: case 0x01A1: case 0x01B0:  // ă â ê ô ơ ư
      return true;
    default:
      return false;
  }
}

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
    // `end` is the last letter of a word. A combining mark left after it
    // (a second tone NFC could not compose) makes the syllable malformed:
    // leave it alone rather than give a mark two letters to sit on.
    if (!IsLetter(t[end]) || (end + 1 < t.size() && (IsLetter(t[end + 1]) || IsMark(t[end + 1])))) continue;
    if (end < 1 || !IsLetter(t[end - 1])) continue;
    std::size_t first = end - 1;
    Split a = SplitLetter(t[first]);
    Split b = SplitLetter(t[end]);
    if (!a.plain || !b.plain || !IsMovablePair(a.base, b.base)) continue;
    // The vowel pair must open the rhyme: a consonant or the word start
    // before it, and never the u of "qu".
    if (first > 0 && IsLetter(t[first - 1])) {
      char32_t before = Lower(t[first - 1]);
      if (IsVowel(SplitLetter(before).base)) continue;
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
