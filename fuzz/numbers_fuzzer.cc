// Numbers as printed (normalize/numbers.h): FindNumbers over canonical text
// with its options from hash bits, and every field parser (counts,
// decimals, money with a scale, percentages, numbers in words). Checks the
// promises extractors rely on: spans in bounds, left to right, never
// overlapping, each Number's text the span it names; values finite.
#include <cmath>
#include <string>

#include "fuzz/fuzz_support.h"
#include "fuzz/fuzz_target.h"
#include "normalize/numbers.h"
#include "normalize/text.h"

namespace {

namespace normalize = baocao::normalize;

int FuzzNumbers(const std::uint8_t* data, std::size_t size) {
  if (size > 2048) return -1;
  const std::uint32_t hash = baocao::fuzz::Hash(data, size);
  const std::string canonical = normalize::CanonicalText(baocao::fuzz::AsText(data, size));

  normalize::NumberOptions options;
  options.dates = (hash & 1) != 0;
  options.words = (hash & 2) != 0;
  options.ocr_repair = (hash & 4) != 0;
  std::size_t last_end = 0;
  for (const normalize::Number& n : normalize::FindNumbers(canonical, options)) {
    FUZZ_CHECK(n.begin < n.end && n.end <= canonical.size());
    FUZZ_CHECK(n.begin >= last_end);
    FUZZ_CHECK(n.text == canonical.substr(n.begin, n.end - n.begin));
    FUZZ_CHECK(std::isfinite(n.value));
    FUZZ_CHECK(!n.of || std::isfinite(*n.of));
    FUZZ_CHECK(normalize::NumberKindName(n.kind) != nullptr);
    last_end = n.end;
  }

  // The field parsers see the whole text as one cell.
  normalize::ParseCount(canonical);
  if (auto d = normalize::ParseDecimal(canonical)) FUZZ_CHECK(std::isfinite(*d));
  if (auto p = normalize::ParsePercent(canonical)) FUZZ_CHECK(std::isfinite(*p));
  static constexpr std::int64_t kScales[] = {1, 1000, 1000000, 1000000000};
  normalize::ParseMoneyVnd(canonical, kScales[(hash >> 3) & 3]);
  normalize::ParseNumberWords(canonical);
  return 0;
}

}  // namespace

BAOCAO_FUZZ_TARGET(numbers, FuzzNumbers)
