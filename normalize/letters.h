// Vietnamese letters taken apart and put together without calling ICU per
// character: tone-mark placement, syllable checks and the NFC quick check
// run on every word of every document, and ICU's per-call cost (string
// conversions, allocations) made them the slowest part of the normaliser.
// The tables are built once from ICU's NFD/NFC data, so they agree with it.
// Internal to baocao_normalize.
//
// Thread safety: pure functions over tables built by thread-safe static
// initialisers.
#ifndef BAOCAO_NORMALIZE_LETTERS_H_
#define BAOCAO_NORMALIZE_LETTERS_H_

#include <string>
#include <string_view>

namespace baocao::normalize::internal {

// The five Vietnamese tones as combining marks; 0 = level tone (none).
inline bool IsToneMark(char32_t c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

struct LetterParts {
  char32_t base = 0;  // the letter without its tone, quality mark and case kept ("Ậ" -> "Â")
  char32_t tone = 0;  // the combining tone mark, or 0
};

// For a precomposed letter; a code point that is no letter with at most a
// tone comes back as {cp, 0}.
LetterParts SplitTone(char32_t cp);

// `base` carrying `tone` as one precomposed letter, or 0 if Unicode has none.
char32_t ComposeTone(char32_t base, char32_t tone);

// True when the text is certainly NFC (every code point NFC_QC=Yes with
// combining class 0, or marks in canonical order that compose with nothing);
// false means "maybe": ask ICU.
bool QuickIsNfc(std::u32string_view text);
bool QuickIsNfc(std::string_view utf8);

}  // namespace baocao::normalize::internal

#endif  // BAOCAO_NORMALIZE_LETTERS_H_
