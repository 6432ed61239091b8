// Internal helpers shared by normalize/: lenient UTF-8 decoding, per code
// point case folding and the character classes the number scanner needs.
// Not part of the public API of baocao_normalize; other stages use text.h.
//
// Thread safety: all functions are pure (the fold table is built once, on
// first use, by a thread-safe static initialiser).
#ifndef BAOCAO_NORMALIZE_UNICODE_H_
#define BAOCAO_NORMALIZE_UNICODE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "util/utf8.h"

namespace baocao::normalize::internal {

inline constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t cp = 0;        // the code point, kReplacement for invalid bytes
  std::size_t size = 0;   // bytes consumed, at least 1 while text remains
};

// Decodes the code point at utf8[pos]. Invalid or truncated sequences decode
// to U+FFFD and consume their maximal valid prefix (at least one byte), the
// same policy as ICU and the WHATWG encoding standard, so every function in
// normalize/ counts code points the same way. REQUIRES: pos < utf8.size().
Decoded DecodeAt(std::string_view utf8, std::size_t pos);

// Decodes the code point that ends just before utf8[pos] (pos > 0).
// Assumes valid UTF-8 (canonical text); on invalid bytes steps back one byte.
Decoded DecodeBefore(std::string_view utf8, std::size_t pos);

// Appends the UTF-8 encoding of `cp` (a scalar value) to *out.

// Lowercase, diacritics removed, đ -> d, for one code point: the mapping
// FoldKey() applies to each code point of its input.
char32_t FoldCodePoint(char32_t cp);

// Letters, digits and combining marks: what continues a word, so a number
// glued to one is part of a code ("14h30", "QH14") and a unit word must end
// before one.
bool IsWordChar(char32_t cp);
bool IsLetter(char32_t cp);
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace baocao::normalize::internal

#endif  // BAOCAO_NORMALIZE_UNICODE_H_
