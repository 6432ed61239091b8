// Internal building blocks of numbers.cc and find_numbers.cc: the numeral
// lexer (digits with thousand groups and a decimal part), the money grammar
// ("2 tỷ 500 triệu đồng") and the unit word list. Not part of the public API
// of baocao_normalize; other stages use numbers.h.
//
// Vietnamese conventions: "." groups thousands ("1.612"), "," marks the
// decimal part ("6,8"). The English "1,234.5" is read only when both
// separators appear, comma first.
//
// Thread safety: all functions are pure.
#ifndef BAOCAO_NORMALIZE_NUMERAL_H_
#define BAOCAO_NORMALIZE_NUMERAL_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace baocao::normalize::internal {

struct Numeral {
  std::size_t begin = 0;      // byte span of the numeral in the lexed text
  std::size_t end = 0;
  std::string integer_digits; // integer part without separators, leading zeros kept
  std::string fraction_digits;  // digits after the decimal mark; empty if none
  std::int64_t integer = 0;   // the integer part's value
  bool grouped = false;       // thousand separators were used
  // "1,250": one ',' then exactly three digits, after one to three digits
  // that do not start with 0. Lexed as a decimal comma (1.25, the
  // Vietnamese convention) but it may be English thousands (1250); the
  // caller decides from context (a count of people has no fraction) or
  // leaves it unknown. Thousands() gives the other reading.
  bool comma_or_thousands = false;

  bool HasFraction() const { return !fraction_digits.empty(); }
  // Only digits: no group separator, no decimal part. Days, months and years
  // are plain.
  bool Plain() const { return !grouped && !HasFraction(); }
  double Value() const;
  // The value times `multiplier`, rounded half away from zero to a whole
  // number; nullopt on int64 overflow.
  std::optional<std::int64_t> Times(std::int64_t multiplier) const;
  // The English-thousands reading of a comma_or_thousands numeral ("1,250"
  // -> 1250). REQUIRES: comma_or_thousands.
  Numeral Thousands() const;
};

struct LexOptions {
  // "1 612": a space between a group of one to three digits and exactly
  // three more. Only for whole fields; in prose a space separates numbers.
  bool space_groups = false;
  // A single "." not followed by a group of three digits is a decimal point
  // ("98.5"). Only for whole fields: in prose "1.2" is an outline number.
  bool dot_decimal = false;
};

// Options for running prose: space groups ("1 250 lượt người") but no '.'
// decimal point.
inline constexpr LexOptions kProseLex{.space_groups = true};

// Lexes the numeral at text[pos], which must be an ASCII digit. Sets
// *token_end past every digit and separator read (a separator counts only
// when a digit follows it), so a caller can skip a malformed token whole.
// Returns nullopt when the token is not a number: bad grouping ("1.61",
// "0280.3855.123"), mixed separators, more than 18 digits in a part.
std::optional<Numeral> LexNumeral(std::string_view text, std::size_t pos,
                                  const LexOptions& options, std::size_t* token_end);

// Position after the run of ' ' starting at pos.
std::size_t SkipSpaces(std::string_view text, std::size_t pos);

// If `word` (lowercase) is printed at text[pos], case-insensitively, and
// ends at a word boundary, returns the byte just past it; else 0. With
// `unaccented_ok`, a letter printed without its diacritics also matches
// ("trieu" for "triệu"), which tolerates OCR and typists without Telex.
std::size_t MatchWord(std::string_view text, std::size_t pos, std::string_view word,
                      bool unaccented_ok);

// What follows a numeral in a money expression.
struct MoneyTail {
  std::size_t end = 0;            // past the last scale or currency word
  std::optional<std::int64_t> amount;  // in đồng; nullopt on overflow or when ambiguous
  bool has_scale = false;         // "nghìn", "triệu", "tỷ", ... was read
  bool has_currency = false;      // "đồng", "đ", "₫", "VNĐ", ... was read
  // A bare number after the last scale whose place is not sure: "1 tỷ 2"
  // (1,2 tỷ as spoken, or 1.000.000.002), "2 triệu 500", "165 ngàn 2". The
  // span covers it; amount is nullopt. "165 ngàn 240" (three digits after
  // nghìn/ngàn) is sure: 165.240.
  bool ambiguous = false;
  std::size_t currency_begin = 0; // span of the currency word when read
  std::size_t currency_end = 0;
};

// Reads scale words and a currency after `first`: "6,8 triệu đồng",
// "2 tỷ 500 triệu", "116 triệu 586 ngàn đồng", "165 ngàn 240", "720.000đ".
// Scales must decrease ("500 triệu 2 tỷ" stops after "triệu"). Before a
// scale, "1,250" is the decimal comma (1,25 triệu) and a '.' followed by
// one or two digits a decimal point ("3.5 triệu"; the caller lexes that
// with dot_decimal). Without scale or currency, end == first.end and amount
// is the numeral rounded.
MoneyTail MatchMoneyTail(std::string_view text, const Numeral& first,
                         const LexOptions& options);

// A unit word printed after a number ("lớp", "lượt người", "ha").
struct UnitMatch {
  std::size_t begin = 0;
  std::size_t end = 0;     // 0 when no unit matched
  bool counted = false;    // a noun that is counted: "lớp", "xã", "hộ" (not "năm", "ha")
  bool area = false;       // "ha", "m2"
  explicit operator bool() const { return end != 0; }
};

// The longest known unit word at text[pos], after at most one space.
// Currencies and "%" are not here: the money and percent readers own them.
UnitMatch MatchUnit(std::string_view text, std::size_t pos);

}  // namespace baocao::normalize::internal

#endif  // BAOCAO_NORMALIZE_NUMERAL_H_
