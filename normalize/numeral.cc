#include "normalize/numeral.h"

#include <unicode/uchar.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

#include "normalize/unicode.h"

namespace baocao::normalize::internal {
namespace {

constexpr std::size_t kMaxDigits = 18;  // fits int64 whatever the digits

struct Part {
  std::string_view digits;
  char separator = '\0';  // the separator printed before this part
};

std::size_t DigitsEnd(std::string_view text, std::size_t pos) {
  while (pos < text.size() && IsAsciiDigit(text[pos])) ++pos;
  return pos;
}

// "1 612": a space, exactly three digits, then no further digit; only while
// the number so far is a lone group of one to three digits or space groups.
bool SpaceGroupAt(std::string_view text, std::size_t pos, const std::vector<Part>& parts) {
  if (pos + 4 > text.size() || text[pos] != ' ') return false;
  if (DigitsEnd(text, pos + 1) != pos + 4) return false;
  if (parts.front().digits.size() > 3) return false;
  for (std::size_t k = 1; k < parts.size(); ++k) {
    if (parts[k].separator != ' ') return false;
  }
  return true;
}

// Thousand groups: the first of one to three digits, the others of three.
bool WellGrouped(const std::vector<Part>& parts, std::size_t count) {
  if (count < 2) return true;
  if (parts[0].digits.empty() || parts[0].digits.size() > 3) return false;
  for (std::size_t k = 1; k < count; ++k) {
    if (parts[k].digits.size() != 3) return false;
  }
  return true;
}

bool AllSeparators(const std::vector<Part>& parts, std::size_t from, std::size_t to, char sep) {
  for (std::size_t k = from; k < to; ++k) {
    if (parts[k].separator != sep) return false;
  }
  return true;
}

// Where the decimal part starts among `parts` (parts.size() if none), or
// nullopt if the separators do not form a number.
std::optional<std::size_t> FractionIndex(const std::vector<Part>& parts,
                                         const LexOptions& options) {
  const std::size_t n = parts.size();
  if (n == 1) return n;
  const char last = parts[n - 1].separator;
  const char first = parts[1].separator;
  // Vietnamese: groups by '.' (or ' ') and one ',' before the decimals.
  if (last == ',' && (n == 2 || AllSeparators(parts, 1, n - 1, first)) && first != ',') {
    return WellGrouped(parts, n - 1) ? std::optional<std::size_t>(n - 1) : std::nullopt;
  }
  if (last == ',' && n == 2) return n - 1;
  // English: groups by ',' and one '.' before the decimals.
  if (last == '.' && n > 2 && AllSeparators(parts, 1, n - 1, ',')) {
    return WellGrouped(parts, n - 1) ? std::optional<std::size_t>(n - 1) : std::nullopt;
  }
  // English thousands with two or more commas ("1,250,000"): no decimal
  // part has two commas.
  if (first == ',' && n > 2 && AllSeparators(parts, 1, n, ',')) {
    return WellGrouped(parts, n) ? std::optional<std::size_t>(n) : std::nullopt;
  }
  // Only '.' or only ' ': a grouped integer.
  if ((first == '.' || first == ' ') && AllSeparators(parts, 1, n, first)) {
    if (WellGrouped(parts, n)) return n;
    if (first == '.' && n == 2 && options.dot_decimal) return n - 1;
  }
  return std::nullopt;
}

std::optional<std::int64_t> ParseDigits(std::string_view digits) {
  std::size_t start = 0;
  while (start + 1 < digits.size() && digits[start] == '0') ++start;
  if (digits.size() - start > kMaxDigits) return std::nullopt;
  std::int64_t value = 0;
  for (std::size_t k = start; k < digits.size(); ++k) value = value * 10 + (digits[k] - '0');
  return value;
}

struct Scale {
  std::string_view word;
  std::int64_t multiplier;
  bool unaccented_ok;
};

// Longer spellings first: "triệu" must win over "tr".
constexpr Scale kScales[] = {
    {"triệu", 1'000'000, true},      {"tr", 1'000'000, false},
    {"tỷ", 1'000'000'000, false},    {"tỉ", 1'000'000'000, false},
    {"nghìn", 1'000, true},          {"ngàn", 1'000, true},
};

struct ScaleMatch {
  std::size_t end = 0;
  std::int64_t multiplier = 0;
};

ScaleMatch MatchScale(std::string_view text, std::size_t pos) {
  for (const Scale& s : kScales) {
    if (std::size_t end = MatchWord(text, pos, s.word, s.unaccented_ok)) {
      return {end, s.multiplier};
    }
  }
  return {};
}

// "đồng chí" (comrade) and "đồng bào" (compatriots) are counted people, and
// "đ/c", "đ/v" abbreviate "đồng chí", "đơn vị": none of them is money.
bool CurrencyIsFalseFriend(std::string_view text, std::size_t word_end, bool short_form) {
  if (short_form) {
    return word_end + 2 <= text.size() && text[word_end] == '/' &&
           (MatchWord(text, word_end + 1, "c", false) != 0 ||
            MatchWord(text, word_end + 1, "v", false) != 0);
  }
  const std::size_t next = SkipSpaces(text, word_end);
  return next > word_end &&
         (MatchWord(text, next, "chí", true) != 0 || MatchWord(text, next, "bào", true) != 0);
}

// Returns the end of a currency word at text[pos], or 0.
std::size_t MatchCurrency(std::string_view text, std::size_t pos) {
  if (std::size_t end = MatchWord(text, pos, "đồng", true)) {
    return CurrencyIsFalseFriend(text, end, false) ? 0 : end;
  }
  if (std::size_t end = MatchWord(text, pos, "vnđ", true)) return end;
  if (std::size_t end = MatchWord(text, pos, "₫", false)) return end;
  if (std::size_t end = MatchWord(text, pos, "đ", false)) {
    return CurrencyIsFalseFriend(text, end, true) ? 0 : end;
  }
  return 0;
}

struct Unit {
  std::string_view word;
  bool counted;
  bool area;
  bool unaccented_ok;
};

// "năm" without accents is "nam" (male, south) and "đ" would be "d": those
// must be printed with their diacritics to count as units.
constexpr Unit kUnits[] = {
    {"lượt người", true, false, true}, {"lượt", true, false, true},
    {"người", true, false, true},      {"lớp", true, false, true},
    {"chuyên đề", true, false, true},  {"buổi", true, false, true},
    {"lần", true, false, true},        {"học viên", true, false, true},
    {"hội viên", true, false, true},   {"hộ", true, false, true},
    {"xã", true, false, true},         {"thôn", true, false, true},
    {"xóm", true, false, true},        {"tthtcđ", true, false, true},
    {"trung tâm", true, false, true},  {"cán bộ", true, false, true},
    {"ha", false, true, false},        {"m2", false, true, false},
    {"m²", false, true, false},        {"tháng", false, false, true},
    {"năm", false, false, false},
};

}  // namespace

double Numeral::Value() const {
  std::string literal = integer_digits;
  if (HasFraction()) literal += "." + fraction_digits;
  double value = 0;
  std::from_chars(literal.data(), literal.data() + literal.size(), value);
  return value;
}

std::optional<std::int64_t> Numeral::Times(std::int64_t multiplier) const {
  std::int64_t whole = 0;
  if (__builtin_mul_overflow(integer, multiplier, &whole)) return std::nullopt;
  if (!HasFraction()) return whole;
  const std::optional<std::int64_t> fraction = ParseDigits(fraction_digits);
  if (!fraction) return std::nullopt;
  // Multiply before dividing so "6,8" x 1e6 is exact.
  const long double part = static_cast<long double>(*fraction) * multiplier /
                           std::pow(10.0L, static_cast<long double>(fraction_digits.size()));
  const auto rounded = static_cast<std::int64_t>(std::llroundl(part));
  std::int64_t total = 0;
  if (__builtin_add_overflow(whole, rounded, &total)) return std::nullopt;
  return total;
}

std::optional<Numeral> LexNumeral(std::string_view text, std::size_t pos,
                                  const LexOptions& options, std::size_t* token_end) {
  std::vector<Part> parts;
  std::size_t i = DigitsEnd(text, pos);
  parts.push_back({text.substr(pos, i - pos), '\0'});
  while (i + 1 < text.size()) {
    const char c = text[i];
    const bool mark = (c == '.' || c == ',') && IsAsciiDigit(text[i + 1]);
    if (!mark && !(options.space_groups && SpaceGroupAt(text, i, parts))) break;
    const std::size_t end = DigitsEnd(text, i + 1);
    parts.push_back({text.substr(i + 1, end - i - 1), c});
    i = end;
  }
  *token_end = i;

  const std::optional<std::size_t> fraction_at = FractionIndex(parts, options);
  if (!fraction_at) return std::nullopt;
  Numeral n;
  n.begin = pos;
  n.end = i;
  n.grouped = *fraction_at > 1;
  for (std::size_t k = 0; k < *fraction_at; ++k) n.integer_digits += parts[k].digits;
  if (*fraction_at < parts.size()) n.fraction_digits = std::string(parts[*fraction_at].digits);
  if (n.fraction_digits.size() > kMaxDigits) return std::nullopt;
  const std::optional<std::int64_t> integer = ParseDigits(n.integer_digits);
  if (!integer) return std::nullopt;
  n.integer = *integer;
  n.comma_or_thousands = parts.size() == 2 && parts[1].separator == ',' && parts[1].digits.size() == 3 &&
                         parts[0].digits.size() <= 3 && parts[0].digits[0] != '0';
  return n;
}

Numeral Numeral::Thousands() const {
  Numeral t = *this;
  t.integer_digits += fraction_digits;
  t.fraction_digits.clear();
  t.integer = integer * 1000 + ParseDigits(fraction_digits).value_or(0);
  t.grouped = true;
  t.comma_or_thousands = false;
  return t;
}

std::size_t SkipSpaces(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

std::size_t MatchWord(std::string_view text, std::size_t pos, std::string_view word,
                      bool unaccented_ok) {
  std::size_t i = pos;
  char32_t last = 0;
  for (std::size_t w = 0; w < word.size();) {
    if (i >= text.size()) return 0;
    const Decoded want = DecodeAt(word, w);
    const Decoded got = DecodeAt(text, i);
    const auto lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(got.cp)));
    if (lower != want.cp && !(unaccented_ok && lower == FoldCodePoint(want.cp))) return 0;
    last = want.cp;
    w += want.size;
    i += got.size;
  }
  if (IsWordChar(last) && i < text.size() && IsWordChar(DecodeAt(text, i).cp)) return 0;
  return i;
}

MoneyTail MatchMoneyTail(std::string_view text, const Numeral& first,
                         const LexOptions& options) {
  MoneyTail tail;
  tail.end = first.end;
  std::optional<std::int64_t> total = 0;
  std::int64_t last_scale = std::numeric_limits<std::int64_t>::max();
  Numeral current = first;
  std::size_t pos = first.end;
  for (;;) {
    const ScaleMatch scale = MatchScale(text, SkipSpaces(text, pos));
    if (scale.end == 0 || scale.multiplier >= last_scale) break;
    const std::optional<std::int64_t> part = current.Times(scale.multiplier);
    std::int64_t sum = 0;
    if (!total || !part || __builtin_add_overflow(*total, *part, &sum)) {
      total = std::nullopt;
    } else {
      total = sum;
    }
    tail.has_scale = true;
    last_scale = scale.multiplier;
    tail.end = pos = scale.end;
    // "2 tỷ 500 triệu": another numeral continues the amount only when a
    // smaller scale follows it.
    const std::size_t next = SkipSpaces(text, pos);
    if (next == pos || next >= text.size() || !IsAsciiDigit(text[next])) break;
    std::size_t token_end = 0;
    const std::optional<Numeral> more = LexNumeral(text, next, options, &token_end);
    if (!more) break;
    const ScaleMatch next_scale = MatchScale(text, SkipSpaces(text, more->end));
    if (next_scale.end == 0 || next_scale.multiplier >= last_scale) break;
    current = *more;
    pos = more->end;
  }
  // A bare number after the last scale ("165 ngàn 240", "1 tỷ 2"): three
  // digits after a thousand are its units; anything else has no sure place.
  if (tail.has_scale) {
    const std::size_t next = SkipSpaces(text, tail.end);
    if (next > tail.end && next < text.size() && IsAsciiDigit(text[next])) {
      std::size_t token_end = 0;
      const std::optional<Numeral> rest = LexNumeral(text, next, {}, &token_end);
      const bool glued = token_end < text.size() && (IsWordChar(DecodeAt(text, token_end).cp) ||
                                                     text[token_end] == '/' || text[token_end] == '%');
      // What follows must belong to the amount: nothing, punctuation, a
      // currency or a unit ("2 triệu 15 suất quà" is money and a count).
      const std::size_t after = SkipSpaces(text, rest ? rest->end : next);
      const bool closes = after >= text.size() || !IsWordChar(DecodeAt(text, after).cp) ||
                          MatchCurrency(text, after) != 0 || MatchUnit(text, after);
      if (rest && rest->Plain() && rest->integer_digits.size() <= 3 && !glued && closes &&
          MatchScale(text, after).end == 0) {
        tail.end = rest->end;
        if (last_scale == 1'000 && rest->integer_digits.size() == 3 && total) {
          total = *total + rest->integer;
        } else {
          tail.ambiguous = true;
        }
      }
    }
  }
  const std::size_t currency_at = SkipSpaces(text, tail.end);
  if (const std::size_t end = MatchCurrency(text, currency_at)) {
    tail.has_currency = true;
    tail.currency_begin = currency_at;
    tail.currency_end = tail.end = end;
  }
  tail.amount = tail.ambiguous ? std::nullopt : tail.has_scale ? total : first.Times(1);
  return tail;
}

UnitMatch MatchUnit(std::string_view text, std::size_t pos) {
  UnitMatch best;
  if (pos < text.size() && text[pos] == ' ') ++pos;
  for (const Unit& u : kUnits) {
    const std::size_t end = MatchWord(text, pos, u.word, u.unaccented_ok);
    if (end > best.end) best = {pos, end, u.counted, u.area};
  }
  return best;
}

}  // namespace baocao::normalize::internal
