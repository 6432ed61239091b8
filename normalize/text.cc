#include "normalize/text.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>

#include "normalize/letters.h"
#include "normalize/tone_marks.h"
#include "normalize/unicode.h"

namespace baocao::normalize {
namespace {

using internal::DecodeAt;
using internal::Decoded;

// ---------------------------------------------------------------------------
// The canonicalisation pipeline. CanonicalText decodes to code points, runs
// each step of kSteps in order, and encodes back to UTF-8. A later step
// (tone-mark placement, legacy-encoding repair) is one more function in the
// list. Each step must keep the pipeline idempotent: its output, run through
// every step again, comes back unchanged.
// ---------------------------------------------------------------------------

using CodePoints = std::u32string;
using Step = void (*)(CodePoints* text, const TextOptions& options);

// Characters that print nothing and only get in the way of matching: zero
// width space/joiners, word joiner, BOM, soft hyphen, bidi controls.
bool IsInvisible(char32_t cp) {
  return cp == 0x00AD || cp == 0x180E || (cp >= 0x200B && cp <= 0x200F) ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) ||
         (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

// Horizontal white space of every flavour (NBSP comes from Word, U+202F from
// French-style typesetting, U+3000 from CJK input methods).
bool IsHorizontalSpace(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == 0x0085 || cp == 0x00A0 || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000;
}

// Line breaks: '\n', lone '\r', vertical tab (Word's manual line break in
// some exports), form feed (page break), LINE/PARAGRAPH SEPARATOR.
bool IsLineBreak(char32_t cp) {
  return cp == U'\n' || cp == U'\r' || cp == 0x0B || cp == 0x0C || cp == 0x2028 ||
         cp == 0x2029;
}

// Other C0/C1 control characters carry no text.
bool IsControl(char32_t cp) { return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0); }

bool IsDash(char32_t cp) {
  return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 ||
         cp == 0xFE63;
}

// Appends the replacement for a presentation ligature; false if `cp` is none.
bool ExpandLigature(char32_t cp, CodePoints* out) {
  switch (cp) {
    case 0xFB00: out->append(U"ff"); return true;
    case 0xFB01: out->append(U"fi"); return true;
    case 0xFB02: out->append(U"fl"); return true;
    case 0xFB03: out->append(U"ffi"); return true;
    case 0xFB04: out->append(U"ffl"); return true;
    case 0xFB05:
    case 0xFB06: out->append(U"st"); return true;
    default: return false;
  }
}

// Look-alike characters that converters and typists put where a Vietnamese
// letter, an ASCII digit or a plain dash belongs.
char32_t MapLookalike(char32_t cp) {
  if (cp == 0x00D0 || cp == 0x0189) return 0x0110;  // Ð, Ɖ -> Đ
  if (cp == 0x00F0) return 0x0111;                  // ð -> đ
  if (cp == 0x01CD) return 0x0102;                  // Ǎ (caron) -> Ă (breve)
  if (cp == 0x01CE) return 0x0103;                  // ǎ -> ă
  if (cp == 0x2044 || cp == 0x2215) return U'/';    // fraction, division slash
  if (cp == 0x2024) return U'.';                    // one dot leader
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFF01 + 0x21;  // full width
  if (IsDash(cp)) return U'-';
  return cp;
}

// Step 1: one code point at a time, look-alikes mapped, invisible and
// control characters removed, every space -> ' ', every line break -> '\n'.
void MapCharacters(CodePoints* text, const TextOptions& /*options*/) {
  CodePoints out;
  out.reserve(text->size());
  for (std::size_t i = 0; i < text->size(); ++i) {
    const char32_t cp = (*text)[i];
    if (cp == U'\r' && i + 1 < text->size() && (*text)[i + 1] == U'\n') continue;
    if (IsLineBreak(cp)) {
      out.push_back(U'\n');
    } else if (IsHorizontalSpace(cp)) {
      out.push_back(U' ');
    } else if (IsInvisible(cp) || IsControl(cp)) {
      continue;
    } else if (!ExpandLigature(cp, &out)) {
      out.push_back(MapLookalike(cp));
    }
  }
  text->swap(out);
}

// Cyrillic and Greek letters drawn like Latin ones, which PDF text layers and
// OCR put inside Latin words ("Bа́o" with a Cyrillic а); 0 = none.
char32_t LatinTwin(char32_t cp) {
  switch (cp) {
    case 0x0430: return U'a'; case 0x0435: return U'e'; case 0x043E: return U'o';
    case 0x0440: return U'p'; case 0x0441: return U'c'; case 0x0443: return U'y';
    case 0x0445: return U'x'; case 0x0456: return U'i'; case 0x0455: return U's';
    case 0x0410: return U'A'; case 0x0412: return U'B'; case 0x0415: return U'E';
    case 0x041A: return U'K'; case 0x041C: return U'M'; case 0x041D: return U'H';
    case 0x041E: return U'O'; case 0x0420: return U'P'; case 0x0421: return U'C';
    case 0x0422: return U'T'; case 0x0425: return U'X'; case 0x0423: return U'Y';
    case 0x0406: return U'I'; case 0x0405: return U'S';
    case 0x0391: return U'A'; case 0x0392: return U'B'; case 0x0395: return U'E';
    case 0x0396: return U'Z'; case 0x0397: return U'H'; case 0x0399: return U'I';
    case 0x039A: return U'K'; case 0x039C: return U'M'; case 0x039D: return U'N';
    case 0x039F: return U'O'; case 0x03A1: return U'P'; case 0x03A4: return U'T';
    case 0x03A5: return U'Y'; case 0x03A7: return U'X'; case 0x03BF: return U'o';
    default: return 0;
  }
}

bool IsLatinLetter(char32_t cp) {
  return (cp < 0x80 && internal::IsLetter(cp)) || (cp >= 0x00C0 && cp <= 0x024F && cp != 0x00D7 && cp != 0x00F7) ||
         (cp >= 0x1E00 && cp <= 0x1EFF);
}

// Step 1b: in a word that has Latin letters, look-alike Cyrillic and Greek
// letters become Latin. A word of Cyrillic or Greek only is left alone.
void MapHomoglyphs(CodePoints* text, const TextOptions& /*options*/) {
  CodePoints& t = *text;
  std::size_t i = 0;
  while (i < t.size()) {
    if (!internal::IsWordChar(t[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    bool latin = false;
    bool twins = false;
    for (; end < t.size() && internal::IsWordChar(t[end]); ++end) {
      latin = latin || IsLatinLetter(t[end]);
      twins = twins || LatinTwin(t[end]) != 0;
    }
    if (latin && twins) {
      for (std::size_t k = i; k < end; ++k) {
        if (const char32_t twin = LatinTwin(t[k])) t[k] = twin;
      }
    }
    i = end;
  }
}

// Step 2: NFC, so "Hòa" typed as o + U+0300 and as U+00F2 are one string.
void ComposeNfc(CodePoints* text, const TextOptions& /*options*/) {
  // Precomposed Vietnamese, as most text is, passes the quick check.
  if (internal::QuickIsNfc(*text)) return;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return;
  icu::UnicodeString source;
  for (char32_t cp : *text) source.append(static_cast<UChar32>(cp));
  const icu::UnicodeString composed = nfc->normalize(source, status);
  if (U_FAILURE(status)) return;
  CodePoints out;
  out.reserve(text->size());
  for (int32_t i = 0; i < composed.length();) {
    const UChar32 c = composed.char32At(i);
    out.push_back(static_cast<char32_t>(c));
    i += U16_LENGTH(c);
  }
  if (U_SUCCESS(status)) text->swap(out);
}

// Step 3: runs of ' ' become one, the ends are trimmed; '\n' either folds
// into a space or, with keep_newlines, survives alone: spaces around it and
// blank lines go. A line that ends in a hyphen glued to a word and goes on
// with a word ("VH-\nXH", a PDF line break) joins without a space; with
// join_wrapped_lines, a line going on in lower case joins with one.
bool IsWordUnit(char c) {
  const auto b = static_cast<unsigned char>(c);
  return (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || b >= 0x80;
}
bool IsWordUnit(char32_t c) { return internal::IsWordChar(c); }
bool IsLowerUnit(char c) { return c >= 'a' && c <= 'z'; }
bool IsLowerUnit(char32_t c) { return u_isULowercase(static_cast<UChar32>(c)) != 0; }

// "a) ", "b. ": a lower-case list marker starts an item, not a continuation;
// so does one that ends its line ("a)" then the item on the next line): the
// same either way, whether spaces follow it or not, so that text already
// canonical stays as it is.
template <typename String>
bool StartsListMarker(const String& text, std::size_t i) {
  return i + 1 < text.size() && (text[i + 1] == ')' || text[i + 1] == '.') &&
         (i + 2 == text.size() || text[i + 2] == ' ' || text[i + 2] == '\n');
}

template <typename String>
String FoldSpacesIn(const String& text, const TextOptions& options) {
  String out;
  out.reserve(text.size());
  bool pending_space = false;
  bool pending_newline = false;
  bool after_break = false;  // a line break lies between out and text[i]
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = text[i];
    if (c == ' ') {
      pending_space = true;
    } else if (c == '\n') {
      after_break = true;
      if (options.keep_newlines) {
        pending_newline = true;
      } else {
        pending_space = true;
      }
    } else {
      const bool joins = !options.keep_newlines || options.join_wrapped_lines;
      const bool hyphen_join = joins && after_break && out.size() >= 2 && out.back() == '-' &&
                               IsWordUnit(out[out.size() - 2]) && IsWordUnit(c);
      if (hyphen_join) {
        pending_space = pending_newline = false;
      } else if (pending_newline && options.join_wrapped_lines && IsLowerUnit(c) &&
                 !StartsListMarker(text, i)) {
        pending_newline = false;
        pending_space = true;
      }
      if (!out.empty() && pending_newline) out.push_back('\n');
      if (!out.empty() && !pending_newline && pending_space) out.push_back(' ');
      pending_space = pending_newline = after_break = false;
      out.push_back(c);
    }
  }
  return out;
}

void FoldSpaces(CodePoints* text, const TextOptions& options) {
  *text = FoldSpacesIn(*text, options);
}

// Step 4: one tone-mark placement for oa/oe/uy ("Hoá" and "Hóa" become one).
void PlaceTones(CodePoints* text, const TextOptions& options) {
  PlaceToneMarks(text, options.modern_tone_marks ? ToneMarkStyle::kModern : ToneMarkStyle::kOfficial);
}

constexpr Step kSteps[] = {MapCharacters, MapHomoglyphs, ComposeNfc, FoldSpaces, PlaceTones};

// Plain printable ASCII (plus '\n') needs only the space folding.
bool IsPlainAscii(std::string_view utf8) {
  for (char c : utf8) {
    const auto b = static_cast<unsigned char>(c);
    if (b != '\n' && (b < 0x20 || b >= 0x7F)) return false;
  }
  return true;
}

CodePoints Decode(std::string_view utf8) {
  CodePoints out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const Decoded d = DecodeAt(utf8, i);
    out.push_back(d.cp);
    i += d.size;
  }
  return out;
}

std::string Encode(const CodePoints& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 2);
  for (char32_t cp : text) AppendUtf8(cp, &out);
  return out;
}

const icu::Locale& Vietnamese() {
  static const icu::Locale* locale = new icu::Locale("vi");
  return *locale;
}

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// Case mapping of NFC text can, in rare scripts, leave it unnormalised; the
// result is put back into NFC so callers keep the canonical-text invariant.
std::string ToNfcUtf8(const icu::UnicodeString& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return ToUtf8(s);
  const icu::UnicodeString composed = nfc->normalize(s, status);
  return U_SUCCESS(status) ? ToUtf8(composed) : ToUtf8(s);
}

icu::UnicodeString FromUtf8(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

}  // namespace

std::string CanonicalText(std::string_view utf8, const TextOptions& options) {
  if (IsPlainAscii(utf8)) return FoldSpacesIn(std::string(utf8), options);
  CodePoints text = Decode(utf8);
  for (Step step : kSteps) step(&text, options);
  return Encode(text);
}

std::string FoldKey(std::string_view canonical) {
  std::string out;
  out.reserve(canonical.size());
  for (std::size_t i = 0; i < canonical.size();) {
    const auto b = static_cast<unsigned char>(canonical[i]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 0x20 : b));
      ++i;
      continue;
    }
    const Decoded d = DecodeAt(canonical, i);
    AppendUtf8(internal::FoldCodePoint(d.cp), &out);
    i += d.size;
  }
  return out;
}

std::size_t CodePointToByte(std::string_view utf8, std::size_t cp) {
  std::size_t pos = 0;
  for (std::size_t k = 0; k < cp && pos < utf8.size(); ++k) pos += DecodeAt(utf8, pos).size;
  return pos;
}

std::size_t ByteToCodePoint(std::string_view utf8, std::size_t byte) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < byte && pos < utf8.size(); ++count) {
    pos += DecodeAt(utf8, pos).size;
  }
  return count;
}

std::string TitleCase(std::string_view canonical) {
  icu::UnicodeString s = FromUtf8(canonical);
  // nullptr: ICU's word break iterator for the locale picks the words.
  s.toTitle(nullptr, Vietnamese());
  return ToNfcUtf8(s);
}

std::string ToUpper(std::string_view canonical) {
  icu::UnicodeString s = FromUtf8(canonical);
  s.toUpper(Vietnamese());
  return ToNfcUtf8(s);
}

std::string ToLower(std::string_view canonical) {
  icu::UnicodeString s = FromUtf8(canonical);
  s.toLower(Vietnamese());
  return ToNfcUtf8(s);
}

bool IsAllCaps(std::string_view canonical) {
  bool has_upper = false;
  for (std::size_t i = 0; i < canonical.size();) {
    const Decoded d = DecodeAt(canonical, i);
    i += d.size;
    const auto cp = static_cast<UChar32>(d.cp);
    if (u_isULowercase(cp)) return false;
    has_upper = has_upper || u_isUUppercase(cp);
  }
  return has_upper;
}

}  // namespace baocao::normalize
