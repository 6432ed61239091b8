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
// CanonicalText expects Unicode: text in a legacy 8-bit font (TCVN3, VNI)
// is decoded first by NormalizeDocument (normalize_document.h, legacy.h).
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
  // cells keep them (sub-items are line-aligned); paragraphs fold them. A
  // folded break after a hyphen glued to a word joins without a space
  // ("VH-\nXH" -> "VH-XH"): PDF lines break after the hyphen of a code.
  bool keep_newlines = false;
  // With keep_newlines, for text whose lines were wrapped by layout (PDF
  // dumps): a line that goes on in lower case joins the previous one with a
  // space, a hyphen-broken code joins without one; a line starting with a
  // capital, a digit, a list marker ("- ", "+ ", "a) ", "1. ") stays apart.
  bool join_wrapped_lines = false;
  // Tone marks of open oa/oe/uy syllables: false puts them where official
  // place names do ("hòa", "khỏe", "thủy"); true on the main vowel ("hoà").
  bool modern_tone_marks = false;
};

// NFC; look-alikes mapped (U+00D0 Ð -> Đ, U+20AB ₫ kept, full-width digits ->
// ASCII, odd dashes -> '-', fraction and division slashes -> '/', a caron put
// for the breve "ǎ" -> "ă", Cyrillic and Greek letters that look Latin inside
// a Latin word -> Latin, ligatures expanded, zero-width characters removed);
// every run of white space (space, tab, NBSP, other Unicode spaces) becomes
// one ' '; line breaks per TextOptions; trimmed; one tone-mark placement.
// Invalid UTF-8 bytes become U+FFFD. Idempotent: CanonicalText(CanonicalText(x))
// == CanonicalText(x) for the same options.
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
