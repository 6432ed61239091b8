// FindNumbers(): every number in a canonical prose text, classified.
//
// The scanner walks to each ASCII digit that starts a token and tries, in
// order: a malformed or glued token (skipped: codes, times, outline
// numbers), a slash chain (document reference, date, ratio), a dash pair
// (year range, dashed date), then a quantity (percent, money, unit word).
// Every reader returns the position to resume from, which is past whatever
// it consumed, so spans never overlap.
#include <algorithm>
#include <cmath>
#include <optional>

#include "normalize/number_readers.h"
#include "normalize/numbers.h"
#include "normalize/numeral.h"
#include "normalize/unicode.h"

namespace baocao::normalize {
namespace {

using internal::DecodeAt;
using internal::IsAsciiDigit;
using internal::IsLetter;
using internal::IsWordChar;
using internal::LexNumeral;
using internal::LexOptions;
using internal::Numeral;
using internal::SkipSpaces;

// Prose: space groups ("1 250 lượt người") but no '.' decimal point ("1.2"
// is an outline number there, not one and two tenths).
constexpr LexOptions kProse = internal::kProseLex;

// After these words a number is a day, month, quarter, grade or reference
// number, so a space ends it: "tháng 12 250 người" is two numbers.
constexpr std::string_view kNoSpaceGroupAfter[] = {"tháng", "ngày", "quý", "lớp", "khóa", "năm"};

// "âm 1.200.000 đồng": a negative amount.
constexpr std::string_view kMinusWord = "âm";

class Scanner {
 public:
  // `taken`: spans other readers already hold (word-led dates), sorted; the
  // scanner reads no digit inside them.
  Scanner(std::string_view text, const std::vector<Number>& taken) : text_(text), taken_(taken) {}

  std::vector<Number> Run() {
    std::size_t pos = 0;
    std::size_t next_taken = 0;
    while (pos < text_.size()) {
      while (next_taken < taken_.size() && taken_[next_taken].end <= pos) ++next_taken;
      if (next_taken < taken_.size() && taken_[next_taken].begin <= pos) {
        pos = taken_[next_taken].end;
        continue;
      }
      pos = IsAsciiDigit(text_[pos]) ? ScanAt(pos) : pos + DecodeAt(text_, pos).size;
    }
    return std::move(out_);
  }

 private:
  // Reads the token starting with the digit at `pos`; returns where to go on.
  std::size_t ScanAt(std::size_t pos) {
    if (GluedToCodeBefore(pos)) return SkipCode(pos);
    std::size_t token_end = 0;
    const LexOptions options = SpaceGroupsAllowed(pos) ? kProse : LexOptions{};
    const std::optional<Numeral> n = LexNumeral(text_, pos, options, &token_end);
    if (!n) return ScanMalformed(pos, token_end);
    if (n->end < text_.size() && text_[n->end] == '/') {
      if (const std::optional<std::size_t> next = ScanSlashChain(*n)) return *next;
    }
    if (const std::optional<std::size_t> next = ScanDashPair(*n)) return *next;
    return ScanQuantity(*n);
  }

  // Start of the word that ends at `end`.
  std::size_t WordStartBefore(std::size_t end) const {
    while (end > 0 && IsWordChar(internal::DecodeBefore(text_, end).cp)) end -= internal::DecodeBefore(text_, end).size;
    return end;
  }

  // Space groups are read unless the word before the number makes it a
  // day, month, grade or reference ("tháng 12 250 người").
  bool SpaceGroupsAllowed(std::size_t pos) const {
    if (pos < 2 || text_[pos - 1] != ' ') return true;
    const std::size_t start = WordStartBefore(pos - 1);
    for (std::string_view word : kNoSpaceGroupAfter) {
      if (internal::MatchWord(text_, start, word, true) == pos - 1) return false;
    }
    return true;
  }

  // A digit right after a letter, or after "-", "/", "_", "." that follow a
  // letter, belongs to a code: "QH14", "COVID-19", "TT/15", "I.2". A '/'
  // right after the unit of the number before is no code: "02 lớp/85 lượt".
  bool GluedToCodeBefore(std::size_t pos) const {
    if (pos == 0) return false;
    const internal::Decoded prev = internal::DecodeBefore(text_, pos);
    if (IsLetter(prev.cp)) return true;
    const bool joiner = prev.cp == U'-' || prev.cp == U'/' || prev.cp == U'_' || prev.cp == U'.';
    if (!joiner || pos - prev.size == 0) return false;
    if (prev.cp == U'/' && pos - prev.size == last_unit_end_) return false;
    return IsLetter(internal::DecodeBefore(text_, pos - prev.size).cp);
  }

  // Past the code starting at `pos`: word characters, and "-/._" between them.
  std::size_t SkipCode(std::size_t pos) const {
    while (pos < text_.size()) {
      const internal::Decoded d = DecodeAt(text_, pos);
      if (IsWordChar(d.cp)) {
        pos += d.size;
        continue;
      }
      const bool joiner = d.cp == U'-' || d.cp == U'/' || d.cp == U'_' || d.cp == U'.';
      if (!joiner || pos + 1 >= text_.size() || !IsWordChar(DecodeAt(text_, pos + 1).cp)) break;
      pos += 1;
    }
    return pos;
  }

  bool GluedToWordAfter(std::size_t pos) const {
    return pos < text_.size() && IsWordChar(DecodeAt(text_, pos).cp);
  }

  // A token whose separators make no number: "18.12.2020" is still a date,
  // "98.5%" an English-style percentage; anything else ("1.2." outline
  // numbers, "0280.3855.123" phone numbers) is skipped whole.
  std::size_t ScanMalformed(std::size_t pos, std::size_t token_end) {
    if (std::optional<std::size_t> next = ScanDottedDate(pos, token_end)) return *next;
    std::size_t unused = 0;
    const std::optional<Numeral> dotted =
        LexNumeral(text_, pos, {.dot_decimal = true}, &unused);
    const std::size_t sign = SkipSpaces(text_, token_end);
    if (dotted && sign < text_.size() && text_[sign] == '%') {
      Emit(pos, sign + 1, dotted->Value(), std::nullopt, NumberKind::kPercent, sign, sign + 1);
      return sign + 1;
    }
    // "3.5 triệu": a '.' decimal point before a scale word.
    if (dotted && dotted->HasFraction() && dotted->end == token_end) {
      const internal::MoneyTail tail = internal::MatchMoneyTail(text_, *dotted, kProse);
      if (tail.has_scale) return EmitMoneyOrScaled(*dotted, tail);
    }
    return SkipCode(token_end);
  }

  std::optional<std::size_t> ScanDottedDate(std::size_t pos, std::size_t token_end) {
    const std::string_view token = text_.substr(pos, token_end - pos);
    const std::size_t first = token.find('.');
    const std::size_t second = token.find('.', first + 1);
    if (second == std::string_view::npos || token.find('.', second + 1) != std::string_view::npos ||
        token.find(',') != std::string_view::npos || GluedToWordAfter(token_end)) {
      return std::nullopt;
    }
    const std::optional<Numeral> day = PlainAt(pos);
    const std::optional<Numeral> month = PlainAt(pos + first + 1);
    const std::optional<Numeral> year = PlainAt(pos + second + 1);
    if (!day || !month || !year || !IsDay(*day) || !IsMonth(*month) || !IsYear(*year)) {
      return std::nullopt;
    }
    Emit(pos, token_end, day->Value(), month->Value(), NumberKind::kDate);
    out_.back().iso = internal::IsoDate(static_cast<int>(year->integer), static_cast<int>(month->integer),
                                        static_cast<int>(day->integer));
    return token_end;
  }

  // Just the digits at `pos` as a plain numeral.
  std::optional<Numeral> PlainAt(std::size_t pos) const {
    Numeral n;
    n.begin = n.end = pos;
    while (n.end < text_.size() && IsAsciiDigit(text_[n.end])) ++n.end;
    if (n.end == pos || n.end - pos > 9) return std::nullopt;
    n.integer_digits = std::string(text_.substr(pos, n.end - pos));
    for (char c : n.integer_digits) n.integer = n.integer * 10 + (c - '0');
    return n;
  }

  static bool IsDay(const Numeral& n) {
    return n.Plain() && n.integer_digits.size() <= 2 && n.integer >= 1 && n.integer <= 31;
  }
  static bool IsMonth(const Numeral& n) {
    return n.Plain() && n.integer_digits.size() <= 2 && n.integer >= 1 && n.integer <= 12;
  }
  // Any four digits: "30/7/3013" is a typo'd date, still a date.
  static bool IsYear(const Numeral& n) { return n.Plain() && n.integer_digits.size() == 4; }
  // A plausible calendar year, for ranges and month/year dates.
  static bool IsCalendarYear(const Numeral& n) {
    return IsYear(n) && n.integer >= 1900 && n.integer <= 2100;
  }

  // "a/b[/c...]". A letter after a '/' makes a document reference
  // ("157/BC-UBND", "96/2008/TT-BTC"), skipped whole. Three parts make a
  // date, two a date or a ratio. nullopt: a dangling '/', read on as a
  // quantity.
  std::optional<std::size_t> ScanSlashChain(const Numeral& first) {
    std::vector<Numeral> parts{first};
    std::size_t pos = first.end;
    while (pos + 1 < text_.size() && text_[pos] == '/') {
      if (IsLetter(DecodeAt(text_, pos + 1).cp)) return SkipCode(first.begin);
      if (!IsAsciiDigit(text_[pos + 1])) break;
      std::size_t token_end = 0;
      const std::optional<Numeral> n = LexNumeral(text_, pos + 1, kProse, &token_end);
      if (!n) return SkipCode(first.begin);
      parts.push_back(*n);
      pos = n->end;
    }
    if (parts.size() == 1) return std::nullopt;
    if (GluedToWordAfter(pos)) return SkipCode(first.begin);
    if (parts.size() == 3 && IsDay(parts[0]) && IsMonth(parts[1]) && IsYear(parts[2])) {
      Emit(first.begin, pos, parts[0].Value(), parts[1].Value(), NumberKind::kDate);
      out_.back().iso = internal::IsoDate(static_cast<int>(parts[2].integer), static_cast<int>(parts[1].integer),
                                          static_cast<int>(parts[0].integer));
      return pos;
    }
    if (parts.size() != 2) return SkipCode(first.begin);
    return ScanPair(parts[0], parts[1]);
  }

  // "2/9" is a day and month unless a counted noun follows ("2/9 lớp");
  // "12/2020" is a month and year likewise; anything else is a ratio.
  std::size_t ScanPair(const Numeral& a, const Numeral& b) {
    const internal::UnitMatch unit = internal::MatchUnit(text_, b.end);
    const bool counted = unit && unit.counted;
    if (!counted && IsDay(a) && IsMonth(b)) {
      Emit(a.begin, b.end, a.Value(), b.Value(), NumberKind::kDate);
      return b.end;
    }
    if (!counted && IsMonth(a) && IsCalendarYear(b)) {
      Emit(a.begin, b.end, 0, a.Value(), NumberKind::kDate);
      out_.back().iso = internal::IsoDate(static_cast<int>(b.integer), static_cast<int>(a.integer));
      return b.end;
    }
    const std::size_t unit_begin = unit ? unit.begin : b.end;
    Emit(a.begin, b.end, a.Value(), b.Value(), NumberKind::kRatio, unit_begin, unit.end);
    return unit ? unit.end : b.end;
  }

  // "2015-2019", "2021 - 2030" (years, the second later) and "18-12-2020".
  std::optional<std::size_t> ScanDashPair(const Numeral& first) {
    std::size_t dash = SkipSpaces(text_, first.end);
    if (dash >= text_.size() || text_[dash] != '-') return std::nullopt;
    const std::size_t second_at = SkipSpaces(text_, dash + 1);
    if (second_at >= text_.size() || !IsAsciiDigit(text_[second_at])) return std::nullopt;
    std::size_t token_end = 0;
    const std::optional<Numeral> second = LexNumeral(text_, second_at, kProse, &token_end);
    if (!second) return std::nullopt;
    const bool tight = dash == first.end && second_at == dash + 1;
    if (tight && second->end + 1 < text_.size() && text_[second->end] == '-') {
      return ScanDashedDate(first, *second);
    }
    if (!IsCalendarYear(first) || !IsCalendarYear(*second) || second->integer <= first.integer ||
        GluedToWordAfter(second->end) ||
        (second->end < text_.size() && text_[second->end] == '/')) {
      return std::nullopt;
    }
    Emit(first.begin, second->end, first.Value(), second->Value(), NumberKind::kRange);
    out_.back().iso = internal::IsoDate(static_cast<int>(first.integer)) + "/" +
                      internal::IsoDate(static_cast<int>(second->integer));
    return second->end;
  }

  std::optional<std::size_t> ScanDashedDate(const Numeral& day, const Numeral& month) {
    const std::optional<Numeral> year = PlainAt(month.end + 1);
    if (!year || !IsDay(day) || !IsMonth(month) || !IsYear(*year) ||
        GluedToWordAfter(year->end)) {
      return std::nullopt;
    }
    Emit(day.begin, year->end, day.Value(), month.Value(), NumberKind::kDate);
    out_.back().iso = internal::IsoDate(static_cast<int>(year->integer), static_cast<int>(month.integer),
                                        static_cast<int>(day.integer));
    return year->end;
  }

  // A number with what follows it: "%", a money tail, a unit word.
  std::size_t ScanQuantity(const Numeral& n) {
    const std::size_t sign = SkipSpaces(text_, n.end);
    if (sign < text_.size() && text_[sign] == '%') {
      Emit(n.begin, sign + 1, n.Value(), std::nullopt, NumberKind::kPercent, sign, sign + 1);
      return sign + 1;
    }
    const internal::MoneyTail tail = internal::MatchMoneyTail(text_, n, kProse);
    if (tail.has_scale) return EmitMoneyOrScaled(n, tail);
    if (tail.has_currency) {
      // "1,250 đồng": no amount has a fraction of a đồng.
      if (!n.comma_or_thousands) return EmitMoneyOrScaled(n, tail);
      const Numeral thousands = n.Thousands();
      return EmitMoneyOrScaled(thousands, internal::MatchMoneyTail(text_, thousands, kProse));
    }
    // "mười hai (12) lớp": the count spelled first, its digits in
    // parentheses after; one count from the first word to the unit.
    if (const std::size_t lead = SpelledLeadBegin(n); lead < n.begin) {
      const internal::UnitMatch unit = internal::MatchUnit(text_, n.end + 1);
      EmitUnit(lead, n.end + 1, n.Value(), NumberKind::kCount, unit);
      return unit ? unit.end : n.end + 1;
    }
    // "02 (hai) lớp": the count spelled out again in parentheses is part of
    // it, and the unit follows the echo.
    if (const std::size_t echo = SpelledEchoEnd(n.end, n.Value()); echo > n.end) {
      const internal::UnitMatch echoed = internal::MatchUnit(text_, echo);
      EmitUnit(n.begin, echo, n.Value(), NumberKind::kCount, echoed);
      return echoed ? echoed.end : echo;
    }
    const internal::UnitMatch unit = internal::MatchUnit(text_, n.end);
    // "14h30", "3a", "5km": glued to letters that are no unit.
    if (GluedToWordAfter(n.end) && !(unit && unit.begin == n.end)) return SkipCode(n.begin);
    if (n.comma_or_thousands) {
      // "1,250 lượt người": people are counted whole, so English thousands.
      if (unit && unit.counted) {
        EmitUnit(n.begin, n.end, static_cast<double>(n.Thousands().integer), NumberKind::kCount, unit);
        return unit.end;
      }
      Emit(n.begin, n.end, 0, std::nullopt, NumberKind::kAmbiguous, unit.begin, unit.end);
      out_.back().note = "\"" + out_.back().text + "\": a decimal comma or English thousands";
      return unit ? unit.end : n.end;
    }
    const NumberKind kind = unit && unit.area ? NumberKind::kArea
                            : n.HasFraction() ? NumberKind::kDecimal
                                              : NumberKind::kCount;
    EmitUnit(n.begin, n.end, n.Value(), kind, unit);
    return unit ? unit.end : n.end;
  }

  // "6,8 triệu đồng" is money; "1,2 triệu lượt người" is a count of people;
  // "25 triệu" with nothing after is money, as reports write it. A minus
  // sign or "âm" before an amount makes it negative.
  std::size_t EmitMoneyOrScaled(const Numeral& n, const internal::MoneyTail& tail) {
    if (tail.ambiguous) {
      Emit(n.begin, tail.end, 0, std::nullopt, NumberKind::kAmbiguous);
      out_.back().note = "\"" + out_.back().text + "\": the place of the last number after the scale word is not sure";
      return tail.end;
    }
    // "12,5 đồng": no one pays half a đồng, so a scale word was left out or
    // the comma is a typo; rounding it would print a figure nobody wrote.
    if (tail.has_currency && !tail.has_scale && n.HasFraction() && !n.comma_or_thousands) {
      Emit(n.begin, tail.end, 0, std::nullopt, NumberKind::kAmbiguous);
      out_.back().note = "\"" + out_.back().text + "\": a fraction of a đồng (a scale word left out?)";
      return tail.end;
    }
    const double value = tail.amount ? static_cast<double>(*tail.amount) : n.Value();
    const internal::UnitMatch unit = internal::MatchUnit(text_, tail.end);
    if (!tail.has_currency && unit && unit.counted) {
      EmitUnit(n.begin, tail.end, value, NumberKind::kCount, unit);
      return unit.end;
    }
    const std::size_t minus = MinusBefore(n.begin);
    const double sign = minus < n.begin ? -1 : 1;
    if (tail.has_currency) {
      // "30.000.000 đồng (Ba mươi triệu đồng)": the amount in words again.
      const std::size_t end = std::max(tail.end, SpelledEchoEnd(tail.end, value));
      Emit(minus, end, sign * value, std::nullopt, NumberKind::kMoney, tail.currency_begin, tail.currency_end);
      return end;
    }
    Emit(minus, tail.end, sign * value, std::nullopt, NumberKind::kMoney);
    return tail.end;
  }

  // Where a minus sign of the amount at `begin` starts ("-1.200.000đ", "âm
  // 1.200.000 đồng"), or `begin` when there is none. A '-' after a digit or
  // a letter is a dash ("10-15"), after a space a list marker unless glued.
  std::size_t MinusBefore(std::size_t begin) const {
    if (begin > 0 && text_[begin - 1] == '-') {
      const std::size_t dash = begin - 1;
      if (dash == 0) return dash;
      const char32_t before = internal::DecodeBefore(text_, dash).cp;
      if (before == U' ' || before == U'(' || before == U':') return dash;
      return begin;
    }
    if (begin < 2 || text_[begin - 1] != ' ') return begin;
    const std::size_t start = WordStartBefore(begin - 1);
    return internal::MatchWord(text_, start, kMinusWord, false) == begin - 1 ? start : begin;
  }

  // The end of "(hai)", "(Ba mươi triệu đồng chẵn)" after `at` when those
  // words spell `value`, else `at`. Only whole numbers are spelled out so.
  std::size_t SpelledEchoEnd(std::size_t at, double value) const {
    // Beyond 2^53 a double holds no whole number exactly (and the cast below
    // would overflow).
    constexpr double kLargestWhole = 9007199254740992.0;
    if (value < 0 || value > kLargestWhole || value != std::floor(value)) return at;
    std::size_t open = at;
    while (open < text_.size() && text_[open] == ' ') ++open;
    if (open >= text_.size() || text_[open] != '(') return at;
    constexpr std::size_t kLongestEcho = 120;
    const std::size_t close = text_.find_first_of("()", open + 1);
    if (close == std::string_view::npos || text_[close] != ')' || close - open > kLongestEcho) return at;
    const std::optional<std::int64_t> spelled = ParseNumberWords(text_.substr(open + 1, close - open - 1));
    return spelled && *spelled == static_cast<std::int64_t>(value) ? close + 1 : at;
  }

  // Where the words spelling `n` start when `n` stands alone in parentheses
  // right after them ("mười hai (12)", "Năm (05)"), else `n.begin`. The
  // longest run of up to eight words before the parenthesis that spells the
  // value wins, so "được mười hai (12)" starts at "mười".
  std::size_t SpelledLeadBegin(const Numeral& n) const {
    if (n.begin == 0 || text_[n.begin - 1] != '(' || n.end >= text_.size() || text_[n.end] != ')') return n.begin;
    if (n.HasFraction() || n.Value() < 0) return n.begin;
    std::size_t words_end = n.begin - 1;
    while (words_end > 0 && text_[words_end - 1] == ' ') --words_end;
    std::size_t best = n.begin;
    std::size_t start = words_end;
    constexpr int kLongestLead = 8;
    for (int words = 0; words < kLongestLead && start > 0; ++words) {
      const std::size_t word = WordStartBefore(start);
      if (word == start) break;
      start = word;
      const std::optional<std::int64_t> spelled = ParseNumberWords(text_.substr(start, words_end - start));
      if (spelled && *spelled == static_cast<std::int64_t>(n.Value())) best = start;
      while (start > 0 && text_[start - 1] == ' ') --start;
    }
    return best;
  }

  void EmitUnit(std::size_t begin, std::size_t end, double value, NumberKind kind,
                const internal::UnitMatch& unit) {
    Emit(begin, end, value, std::nullopt, kind, unit.begin, unit.end);
    if (unit) last_unit_end_ = unit.end;
  }

  void Emit(std::size_t begin, std::size_t end, double value, std::optional<double> of,
            NumberKind kind, std::size_t unit_begin = 0, std::size_t unit_end = 0) {
    Number n;
    n.begin = begin;
    n.end = end;
    n.text = std::string(text_.substr(begin, end - begin));
    n.value = value;
    n.of = of;
    n.kind = kind;
    if (unit_end > unit_begin) n.unit = std::string(text_.substr(unit_begin, unit_end - unit_begin));
    out_.push_back(std::move(n));
  }

  std::string_view text_;
  const std::vector<Number>& taken_;
  std::vector<Number> out_;
  std::size_t last_unit_end_ = std::string_view::npos;  // end of the last unit word read
};

}  // namespace

std::vector<Number> FindNumbers(std::string_view canonical, const NumberOptions& options) {
  // OCR repair swaps single ASCII bytes, so every offset found in the
  // repaired text is an offset of `canonical`.
  internal::OcrRepair repair;
  std::string_view text = canonical;
  if (options.ocr_repair) {
    repair = internal::RepairOcrDigits(canonical);
    if (repair.any) text = repair.text;
  }
  std::vector<Number> found;
  if (options.dates) found = internal::FindWordDates(text);
  std::vector<Number> digits = Scanner(text, found).Run();
  // A numeral that runs on into a date ("8Tr 6 tháng cuối năm": "8 triệu 6"
  // or "8Tr" and a half-year?) keeps its digits; the date goes, so spans
  // never overlap (found by fuzzing).
  std::erase_if(found, [&](const Number& d) {
    return std::any_of(digits.begin(), digits.end(), [&](const Number& n) { return n.begin < d.end && d.begin < n.end; });
  });
  found.insert(found.end(), std::make_move_iterator(digits.begin()), std::make_move_iterator(digits.end()));
  if (options.words) {
    std::vector<Number> words = internal::FindMoneyWords(text);
    found.insert(found.end(), std::make_move_iterator(words.begin()), std::make_move_iterator(words.end()));
  }
  if (options.count_words) {
    // Words hold no digits, so they never overlap a digit span; an amount
    // in words ("Bằng chữ") may hold them, and wins.
    for (Number& n : internal::FindCountWords(text)) {
      const bool inside = std::any_of(found.begin(), found.end(), [&](const Number& f) {
        return f.begin < n.end && n.begin < f.end;
      });
      if (!inside) found.push_back(std::move(n));
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const Number& a, const Number& b) { return a.begin < b.begin; });
  if (repair.any) {
    for (Number& n : found) {
      n.text = std::string(canonical.substr(n.begin, n.end - n.begin));
      for (std::size_t i = n.begin; i < n.end; ++i) n.repaired = n.repaired || repair.repaired[i];
    }
  }
  return found;
}

}  // namespace baocao::normalize
