// Dates and periods (normalize/numbers.h): FindNumbers with word-led dates
// on, and ParsePeriod on the whole text. Every ISO value it gives must be
// ISO 8601 as the header says: YYYY, YYYY-MM or YYYY-MM-DD with a real
// month and day, or two of them joined by '/' (a period or a range).
#include <string>

#include "fuzz/fuzz_support.h"
#include "fuzz/fuzz_target.h"
#include "normalize/numbers.h"
#include "normalize/text.h"

namespace {

namespace normalize = baocao::normalize;

bool Digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int Value(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// YYYY, YYYY-MM, YYYY-MM-DD.
bool IsoDate(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!Digits(s.substr(0, 4))) return false;
  if (s.size() >= 7) {
    if (s[4] != '-' || !Digits(s.substr(5, 2))) return false;
    const int month = Value(s.substr(5, 2));
    if (month < 1 || month > 12) return false;
  }
  if (s.size() == 10) {
    if (s[7] != '-' || !Digits(s.substr(8, 2))) return false;
    const int day = Value(s.substr(8, 2));
    if (day < 1 || day > 31) return false;
  }
  return true;
}

bool IsoDateOrPeriod(std::string_view s) {
  const std::size_t slash = s.find('/');
  if (slash == std::string_view::npos) return IsoDate(s);
  return IsoDate(s.substr(0, slash)) && IsoDate(s.substr(slash + 1));
}

int FuzzDates(const std::uint8_t* data, std::size_t size) {
  if (size > 1024) return -1;
  const std::string canonical = normalize::CanonicalText(baocao::fuzz::AsText(data, size));
  normalize::NumberOptions options;
  options.dates = true;
  for (const normalize::Number& n : normalize::FindNumbers(canonical, options)) {
    FUZZ_CHECK(n.begin < n.end && n.end <= canonical.size());
    if (!n.iso.empty()) FUZZ_CHECK(IsoDateOrPeriod(n.iso));
  }
  if (std::optional<std::string> period = normalize::ParsePeriod(canonical)) {
    FUZZ_CHECK(IsoDateOrPeriod(*period));
  }
  return 0;
}

}  // namespace

BAOCAO_FUZZ_TARGET(dates, FuzzDates)
