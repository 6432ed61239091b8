// Canonical Vietnamese text and the folded search key.
//
// Every converter's text passes through CanonicalText() before an extractor
// reads it, so a rule is written once for every byte form of a word:
//
//   CanonicalText("Ho\u0300a  Bi\u0300nh\u00a0")   == "Hòa Bình"   (NFC, spaces folded, trimmed)
//   FoldKey("Trung tâm HTCĐ Định Hóa")              == "trung tam htcd dinh hoa"
//
// FoldKey maps each code point of its input to exactly one code point of its
// output (lowercase, diacritics removed, đ -> d), so a match found at code
// point k of the key is at code point k of the canonical text: rules match on
// the key, provenance quotes the canonical text. Use CodePointToByte() to
// turn a key offset into a byte offset of the canonical text.
//
// Thread safety: all functions are pure and may be called from any thread.
#ifndef BAOCAO_NORMALIZE_TEXT_H_
#define BAOCAO_NORMALIZE_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace baocao::normalize {

struct TextOptions {
  // Keep hard line breaks ('\n') instead of folding them to spaces. Table
  // cells keep them (sub-items are line-aligned); paragraphs fold them.
  bool keep_newlines = false;
  // Tone marks of open oa/oe/uy syllables: false puts them where official
  // place names do ("hòa", "khỏe", "thủy"); true on the main vowel ("hoà").
  bool modern_tone_marks = false;
};

// NFC; look-alikes mapped (U+00D0 Ð -> Đ, U+20AB ₫ kept, full-width digits ->
// ASCII, odd dashes -> '-', zero-width characters removed); every run of white
// space (space, tab, NBSP, other Unicode spaces) becomes one ' '; trimmed.
// Invalid UTF-8 bytes become U+FFFD.
std::string CanonicalText(std::string_view utf8, const TextOptions& options = {});

// Lowercase, diacritics removed, đ/Đ -> d; one output code point per input
// code point. REQUIRES: input is the output of CanonicalText().
std::string FoldKey(std::string_view canonical);

// Byte offset in `utf8` of code point number `cp` (clamped to the end).
std::size_t CodePointToByte(std::string_view utf8, std::size_t cp);
// Code point count of utf8[0, byte).
std::size_t ByteToCodePoint(std::string_view utf8, std::size_t byte);

// Title case for names printed in capitals: "TÂN HƯƠNG" -> "Tân Hương".
std::string TitleCase(std::string_view canonical);
// Uppercase / lowercase with Vietnamese rules (ICU, locale "vi").
std::string ToUpper(std::string_view canonical);
std::string ToLower(std::string_view canonical);
// True when the text has an uppercase letter and no lowercase one
// ("BÁO CÁO SỐ 157/BC-UBND"); digits and punctuation do not count.
bool IsAllCaps(std::string_view canonical);

}  // namespace baocao::normalize

#endif  // BAOCAO_NORMALIZE_TEXT_H_
