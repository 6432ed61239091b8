// Word-led dates and periods for FindNumbers (NumberOptions::dates) and
// ParsePeriod(): "ngày 29 tháng 5 năm 2019", "ngày …… tháng 01 năm 2021",
// "tháng 12/2020", "tháng 1 - 6 năm 2025", "Quý II/2025", "6 tháng đầu năm
// 2025", "năm 2024". Each reader starts at a word and returns the Number it
// read or nullopt; the caller tries them in order at every word start.
#include <cstdio>
#include <optional>

#include "normalize/number_readers.h"
#include "normalize/numeral.h"
#include "normalize/unicode.h"

namespace baocao::normalize::internal {
namespace {

struct IntAt {
  int value = 0;
  std::size_t end = 0;
};

class DateReader {
 public:
  explicit DateReader(std::string_view text) : text_(text) {}

  std::optional<Number> ReadAt(std::size_t w) const {
    if (IsAsciiDigit(text_[w])) return MonthsOfYear(w);
    if (std::size_t p = MatchWord(text_, w, "ngày", true)) return FullDate(w, p);
    if (std::size_t p = MatchWord(text_, w, "tháng", true)) return MonthOfYear(w, p);
    if (std::size_t p = MatchWord(text_, w, "quý", true)) return Quarter(w, p);
    if (std::size_t p = MatchWord(text_, w, "năm", false)) return Year(w, p);
    return std::nullopt;
  }

 private:
  // An integer of min..max digits at pos, not glued to a further digit or letter.
  std::optional<IntAt> Int(std::size_t pos, std::size_t min_digits, std::size_t max_digits) const {
    std::size_t end = pos;
    int value = 0;
    while (end < text_.size() && IsAsciiDigit(text_[end]) && end - pos < max_digits + 1) {
      value = value * 10 + (text_[end] - '0');
      ++end;
    }
    const std::size_t n = end - pos;
    if (n < min_digits || n > max_digits) return std::nullopt;
    if (end < text_.size() && IsWordChar(DecodeAt(text_, end).cp)) return std::nullopt;
    return IntAt{value, end};
  }

  std::optional<IntAt> Month(std::size_t pos) const {
    std::optional<IntAt> m = Int(pos, 1, 2);
    return m && m->value >= 1 && m->value <= 12 ? m : std::nullopt;
  }
  std::optional<IntAt> Day(std::size_t pos) const {
    std::optional<IntAt> d = Int(pos, 1, 2);
    return d && d->value >= 1 && d->value <= 31 ? d : std::nullopt;
  }
  // Four digits; a typo'd year ("3013") is still the year printed.
  std::optional<IntAt> YearNumber(std::size_t pos) const {
    std::optional<IntAt> y = Int(pos, 4, 4);
    if (!y || y->value < 1000) return std::nullopt;
    // "2024/…" or "2024-2025" belong to something else.
    if (y->end < text_.size() && text_[y->end] == '/') return std::nullopt;
    return y;
  }

  // Blanks a template leaves for the day or month: spaces, dots, "…", "_".
  std::size_t SkipBlank(std::size_t pos) const {
    for (;;) {
      if (pos < text_.size() && (text_[pos] == ' ' || text_[pos] == '.' || text_[pos] == '_')) {
        ++pos;
      } else if (text_.substr(pos).starts_with("\xe2\x80\xa6")) {  // …
        pos += 3;
      } else {
        return pos;
      }
    }
  }

  // "/" or "năm" between a month or quarter and its year; past it, or 0.
  std::size_t YearJoint(std::size_t pos) const {
    pos = SkipSpaces(text_, pos);
    if (pos < text_.size() && text_[pos] == '/') return SkipSpaces(text_, pos + 1);
    if (std::size_t p = MatchWord(text_, pos, "năm", true)) return SkipSpaces(text_, p);
    return 0;
  }

  Number Make(std::size_t begin, std::size_t end, double value, std::optional<double> of,
              std::string iso) const {
    Number n;
    n.begin = begin;
    n.end = end;
    n.text = std::string(text_.substr(begin, end - begin));
    n.value = value;
    n.of = of;
    n.kind = NumberKind::kDate;
    n.iso = std::move(iso);
    return n;
  }

  // "ngày 29 tháng 5 năm 2019", "ngày     tháng 01 năm 2021", "ngày 29/5/2019".
  std::optional<Number> FullDate(std::size_t w, std::size_t p) const {
    p = SkipSpaces(text_, p);
    int day = 0;
    if (std::optional<IntAt> d = Day(p)) {
      day = d->value;
      p = d->end;
      if (p < text_.size() && text_[p] == '/') return NumericDate(w, day, p + 1);
    } else {
      p = SkipBlank(p);
    }
    p = SkipSpaces(text_, p);
    const std::size_t month_at = MatchWord(text_, p, "tháng", true);
    if (month_at == 0) return std::nullopt;
    p = SkipSpaces(text_, month_at);
    int month = 0;
    if (std::optional<IntAt> m = Month(p)) {
      month = m->value;
      p = m->end;
    } else {
      p = SkipBlank(p);
    }
    if (day != 0 && month == 0) return std::nullopt;
    p = SkipSpaces(text_, p);
    const std::size_t year_word = MatchWord(text_, p, "năm", true);
    if (year_word == 0) return std::nullopt;
    const std::optional<IntAt> y = YearNumber(SkipSpaces(text_, year_word));
    if (!y) return std::nullopt;
    return Make(w, y->end, day, month ? std::optional<double>(month) : std::nullopt,
                IsoDate(y->value, month, day));
  }

  std::optional<Number> NumericDate(std::size_t w, int day, std::size_t p) const {
    const std::optional<IntAt> m = Month(p);
    if (!m || m->end >= text_.size() || text_[m->end] != '/') return std::nullopt;
    const std::optional<IntAt> y = YearNumber(m->end + 1);
    if (!y) return std::nullopt;
    return Make(w, y->end, day, m->value, IsoDate(y->value, m->value, day));
  }

  // "tháng 12/2020", "tháng 5 năm 2019", "tháng 1 - 6 năm 2025".
  std::optional<Number> MonthOfYear(std::size_t w, std::size_t p) const {
    const std::optional<IntAt> m = Month(SkipSpaces(text_, p));
    if (!m) return std::nullopt;
    p = m->end;
    std::optional<IntAt> last;
    const std::size_t dash = SkipSpaces(text_, p);
    if (dash < text_.size() && text_[dash] == '-') {
      last = Month(SkipSpaces(text_, dash + 1));
      if (!last || last->value <= m->value) return std::nullopt;
      p = last->end;
    }
    const std::size_t year_at = YearJoint(p);
    if (year_at == 0) return std::nullopt;
    const std::optional<IntAt> y = YearNumber(year_at);
    if (!y) return std::nullopt;
    std::string iso = IsoDate(y->value, m->value);
    if (last) iso += "/" + IsoDate(y->value, last->value);
    return Make(w, y->end, 0, m->value, std::move(iso));
  }

  // "Quý II/2025", "quý 3 năm 2024".
  std::optional<Number> Quarter(std::size_t w, std::size_t p) const {
    p = SkipSpaces(text_, p);
    int q = 0;
    for (const auto& [roman, value] : {std::pair{"iv", 4}, std::pair{"iii", 3}, std::pair{"ii", 2},
                                       std::pair{"i", 1}}) {
      if (std::size_t end = MatchWord(text_, p, roman, false)) {
        q = value;
        p = end;
        break;
      }
    }
    if (q == 0) {
      const std::optional<IntAt> n = Int(p, 1, 1);
      if (!n || n->value < 1 || n->value > 4) return std::nullopt;
      q = n->value;
      p = n->end;
    }
    const std::size_t year_at = YearJoint(p);
    if (year_at == 0) return std::nullopt;
    const std::optional<IntAt> y = YearNumber(year_at);
    if (!y) return std::nullopt;
    return Make(w, y->end, 0, std::nullopt,
                IsoDate(y->value, 3 * q - 2) + "/" + IsoDate(y->value, 3 * q));
  }

  // "6 tháng đầu năm 2025" -> 2025-01/2025-06; "6 tháng cuối năm" -> 07/12.
  std::optional<Number> MonthsOfYear(std::size_t w) const {
    if (w > 0 && IsWordChar(DecodeBefore(text_, w).cp)) return std::nullopt;
    const std::optional<IntAt> n = Month(w);
    if (!n) return std::nullopt;
    std::size_t p = MatchWord(text_, SkipSpaces(text_, n->end), "tháng", true);
    if (p == 0) return std::nullopt;
    p = SkipSpaces(text_, p);
    bool first = true;
    if (std::size_t end = MatchWord(text_, p, "đầu", true)) {
      p = end;
    } else if (std::size_t end2 = MatchWord(text_, p, "cuối", true)) {
      p = end2;
      first = false;
    } else {
      return std::nullopt;
    }
    p = MatchWord(text_, SkipSpaces(text_, p), "năm", true);
    if (p == 0) return std::nullopt;
    const std::optional<IntAt> y = YearNumber(SkipSpaces(text_, p));
    if (!y) return std::nullopt;
    const int from = first ? 1 : 13 - n->value;
    const int to = first ? n->value : 12;
    return Make(w, y->end, 0, std::nullopt, IsoDate(y->value, from) + "/" + IsoDate(y->value, to));
  }

  // "năm 2024" (a range "năm 2021-2025" is left to the digit scanner).
  std::optional<Number> Year(std::size_t w, std::size_t p) const {
    const std::optional<IntAt> y = YearNumber(SkipSpaces(text_, p));
    if (!y || y->value < 1900 || y->value > 2100) return std::nullopt;
    const std::size_t dash = SkipSpaces(text_, y->end);
    if (dash + 1 < text_.size() && text_[dash] == '-' &&
        IsAsciiDigit(text_[SkipSpaces(text_, dash + 1)])) {
      return std::nullopt;
    }
    return Make(w, y->end, 0, std::nullopt, IsoDate(y->value));
  }

  std::string_view text_;
};

// A word starts at `pos`, and not as the digits after a numeral's separator:
// in "112,6 tháng đầu năm" the "6" belongs to 112,6, and a date read from it
// would overlap the number the digit scanner reads.
bool StartsWord(std::string_view text, std::size_t pos) {
  if (!IsWordChar(DecodeAt(text, pos).cp)) return false;
  if (pos == 0) return true;
  if (IsWordChar(DecodeBefore(text, pos).cp)) return false;
  // "112,6 tháng …", "6/5 tháng đầu năm": digits after a numeral's
  // separator (decimal, grouping, ratio or day/month) belong to that numeral.
  const bool separator = text[pos - 1] == ',' || text[pos - 1] == '.' || text[pos - 1] == '/';
  return !(separator && pos >= 2 && IsAsciiDigit(text[pos - 2]) && IsAsciiDigit(text[pos]));
}

}  // namespace

std::string IsoDate(int year, int month, int day) {
  char buf[16];
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

std::vector<Number> FindWordDates(std::string_view text) {
  std::vector<Number> out;
  const DateReader reader(text);
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (StartsWord(text, pos)) {
      if (std::optional<Number> n = reader.ReadAt(pos)) {
        pos = n->end;
        out.push_back(std::move(*n));
        continue;
      }
    }
    pos += DecodeAt(text, pos).size;
  }
  return out;
}

}  // namespace baocao::normalize::internal
