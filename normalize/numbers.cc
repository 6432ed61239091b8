// The whole-field parsers of numbers.h. FindNumbers() lives in
// find_numbers.cc; both share the lexer and money grammar of numeral.h.
#include "normalize/numbers.h"

#include "normalize/number_readers.h"
#include "normalize/numeral.h"
#include "normalize/unicode.h"

namespace baocao::normalize {
namespace {

using internal::IsAsciiDigit;
using internal::LexNumeral;
using internal::LexOptions;
using internal::Numeral;

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

struct Signed {
  bool negative = false;
  std::string_view rest;
};

// A leading '-' or '+' glued to the digits ("-5"); "-" alone is a blank.
Signed TakeSign(std::string_view s) {
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '+') && IsAsciiDigit(s[1])) {
    return {s[0] == '-', s.substr(1)};
  }
  return {false, s};
}

// The numeral covering all of `s`, or nullopt.
std::optional<Numeral> WholeNumeral(std::string_view s, const LexOptions& options) {
  if (s.empty() || !IsAsciiDigit(s[0])) return std::nullopt;
  std::size_t token_end = 0;
  std::optional<Numeral> n = LexNumeral(s, 0, options, &token_end);
  if (!n || n->end != s.size()) return std::nullopt;
  return n;
}

// A field may end with the punctuation of the sentence it was cut from:
// "30.800.000đ." or "653.056.000 đồng;".
std::string_view TrimFieldPunctuation(std::string_view s) {
  s = TrimSpaces(s);
  while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ':' ||
                        s.back() == ';')) {
    s.remove_suffix(1);
    s = TrimSpaces(s);
  }
  return s;
}

}  // namespace

std::optional<std::int64_t> ParseCount(std::string_view canonical) {
  const Signed s = TakeSign(TrimSpaces(canonical));
  std::optional<Numeral> n = WholeNumeral(s.rest, {.space_groups = true});
  // "1,250" in a count is English thousands: nobody counts 1,25 people.
  if (n && n->comma_or_thousands) n = n->Thousands();
  if (!n || n->HasFraction()) return std::nullopt;
  return s.negative ? -n->integer : n->integer;
}

std::optional<double> ParseDecimal(std::string_view canonical) {
  const Signed s = TakeSign(TrimSpaces(canonical));
  const std::optional<Numeral> n =
      WholeNumeral(s.rest, {.space_groups = true, .dot_decimal = true});
  if (!n || n->comma_or_thousands) return std::nullopt;
  return s.negative ? -n->Value() : n->Value();
}

namespace {

// A negative amount: "-1.200.000", "âm 1.200.000 đồng", or a balance in
// parentheses "(1.200.000)". Returns the amount's text without its sign.
Signed TakeMoneySign(std::string_view s) {
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
    return {true, TrimSpaces(s.substr(1, s.size() - 2))};
  }
  if (std::size_t after = internal::MatchWord(s, 0, "âm", false)) {
    const std::size_t digits = internal::SkipSpaces(s, after);
    if (digits > after && digits < s.size() && IsAsciiDigit(s[digits])) return {true, s.substr(digits)};
  }
  return TakeSign(s);
}

}  // namespace

std::optional<std::int64_t> ParseMoneyVnd(std::string_view canonical, std::int64_t scale) {
  const Signed sign = TakeMoneySign(TrimFieldPunctuation(canonical));
  const std::string_view s = sign.rest;
  if (s.empty() || !IsAsciiDigit(s[0]) || scale <= 0) return std::nullopt;
  const LexOptions options{.space_groups = true};
  std::size_t token_end = 0;
  std::optional<Numeral> n = LexNumeral(s, 0, options, &token_end);
  if (!n) {
    // "3.5 triệu": a '.' decimal point, read only before a scale word.
    n = LexNumeral(s, 0, {.dot_decimal = true}, &token_end);
    if (!n || !n->HasFraction() || !internal::MatchMoneyTail(s, *n, options).has_scale) return std::nullopt;
  }
  const internal::MoneyTail tail = internal::MatchMoneyTail(s, *n, options);
  if (tail.end != s.size() || tail.ambiguous) return std::nullopt;
  std::optional<std::int64_t> amount;
  if (tail.has_scale) {
    amount = tail.amount;
  } else if (n->comma_or_thousands) {
    // "1,250 đồng" has no fraction of a đồng: English thousands. Under a
    // larger unit ("ĐVT: triệu đồng") it may be either: not guessed.
    if (scale == 1 || tail.has_currency) amount = n->Thousands().Times(1);
  } else if (tail.has_currency) {
    amount = tail.amount;
  } else if (!n->HasFraction() || scale > 1) {
    // A bare number takes the table's unit; a fraction of a đồng is no amount.
    amount = n->Times(scale);
  }
  if (!amount) return std::nullopt;
  return sign.negative ? -*amount : *amount;
}

std::string UnsureReason(std::string_view canonical) {
  const std::string_view s = TrimFieldPunctuation(canonical);
  const std::vector<Number> found = FindNumbers(s);
  if (found.size() == 1 && found[0].kind == NumberKind::kAmbiguous) return found[0].note;
  return "";
}

std::optional<double> ParsePercent(std::string_view canonical) {
  std::string_view s = TrimSpaces(canonical);
  if (!s.empty() && s.back() == '%') s.remove_suffix(1);
  return ParseDecimal(s);
}

std::optional<std::int64_t> ParseNumberWords(std::string_view canonical) {
  const std::string_view s = TrimFieldPunctuation(canonical);
  const std::optional<internal::WordsNumber> n = internal::ReadNumberWords(s, 0);
  if (!n) return std::nullopt;
  std::size_t end = internal::SkipSpaces(s, n->end);
  if (std::size_t dong = internal::MatchWord(s, end, "đồng", true)) end = internal::SkipSpaces(s, dong);
  if (std::size_t even = internal::MatchWord(s, end, "chẵn", true)) end = internal::SkipSpaces(s, even);
  // "./." closes an amount in words as it closes a letter.
  if (s.substr(end) == "./" || s.substr(end) == "/") end = s.size();
  if (end != s.size()) return std::nullopt;
  return n->value;
}

std::optional<std::string> ParsePeriod(std::string_view canonical) {
  const std::string_view s = TrimFieldPunctuation(canonical);
  if (s.empty()) return std::nullopt;
  const std::vector<Number> found = FindNumbers(s, {.dates = true});
  if (found.size() != 1 || found[0].iso.empty() || found[0].begin != 0 || found[0].end != s.size()) {
    // A bare year in a field ("2024" in a "Thời gian" column).
    if (found.size() == 1 && found[0].kind == NumberKind::kCount && found[0].begin == 0 &&
        found[0].end == s.size() && found[0].unit.empty() && s.size() == 4 && found[0].value >= 1900 &&
        found[0].value <= 2100) {
      return std::string(s);
    }
    return std::nullopt;
  }
  return found[0].iso;
}

const char* NumberKindName(NumberKind kind) {
  switch (kind) {
    case NumberKind::kCount: return "count";
    case NumberKind::kDecimal: return "decimal";
    case NumberKind::kMoney: return "money";
    case NumberKind::kPercent: return "percent";
    case NumberKind::kRatio: return "ratio";
    case NumberKind::kDate: return "date";
    case NumberKind::kRange: return "range";
    case NumberKind::kArea: return "area";
    case NumberKind::kAmbiguous: return "ambiguous";
  }
  return "unknown";
}

}  // namespace baocao::normalize
