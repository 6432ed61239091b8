// Vietnamese numbers, amounts and percentages as printed in reports.
//
//   ParseCount("1.612")                 -> 1612      ("." groups thousands)
//   ParseCount("04")                    -> 4
//   ParseCount("")  / ParseCount("-")   -> nullopt   (unknown is not 0)
//   ParseMoneyVnd("30.800.000đ")        -> 30800000
//   ParseMoneyVnd("653.056.000 đồng")   -> 653056000
//   ParseMoneyVnd("6,8 triệu đồng")     -> 6800000
//   ParsePercent("120,1%")              -> 120.1
//   ParseDecimal("4.239,89")            -> 4239.89
//
// FindNumbers() scans canonical text and returns every number with its span
// and kind, so extractors never parse digits themselves.
//
// Thread safety: all functions are pure.
#ifndef BAOCAO_NORMALIZE_NUMBERS_H_
#define BAOCAO_NORMALIZE_NUMBERS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::normalize {

// A whole cell or field holding one integer count: digits with optional "."
// or space thousand groups, leading zeros, optional surrounding spaces and a
// trailing unit word is NOT allowed here (use FindNumbers for prose).
// Returns nullopt for blank, "-", "x", "…" and anything that is not a count.
std::optional<std::int64_t> ParseCount(std::string_view canonical);

// A decimal with Vietnamese separators: "4.239,89" -> 4239.89, "120,1" ->
// 120.1, "1.612" -> 1612. An English "1,234.5" is accepted only when both
// separators appear in that order.
std::optional<double> ParseDecimal(std::string_view canonical);

// A money amount in đồng. Accepts a number followed by an optional scale
// ("nghìn", "ngàn", "triệu", "tr", "tỷ") and/or a currency ("đồng", "đ", "₫",
// "VNĐ", "vnđ", "VND"), and combined scales ("2 tỷ 500 triệu",
// "116 triệu 586 ngàn đồng"). `scale` multiplies a bare number (a table whose
// caption says "ĐVT: triệu đồng" passes 1000000). Rounds to whole đồng.
std::optional<std::int64_t> ParseMoneyVnd(std::string_view canonical,
                                          std::int64_t scale = 1);

// "120,1%", "10,12 %", "57,1" -> the percentage value.
std::optional<double> ParsePercent(std::string_view canonical);

enum class NumberKind {
  kCount,    // a plain number: "24", "1.612"
  kDecimal,  // a number with a decimal part: "6,8"
  kMoney,    // an amount of đồng
  kPercent,  // "120,1%"
  kRatio,    // "16/19", "21.641/19.455"
  kDate,     // "18/12/2020", "2/9" (day/month)
  kRange,    // "2015-2019", "2021 - 2030"
  kArea,     // "4.239,89 ha"
};

const char* NumberKindName(NumberKind kind);  // "count", "money", ...

struct Number {
  // Byte span in the scanned text, [begin, end). It covers the number and
  // what its value depends on: "%", scale and currency words ("6,8 triệu
  // đồng"), both sides of a ratio, range or date. A plain unit word
  // ("24 lớp", "4.239,89 ha") is reported in `unit`, outside the span.
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;        // the span's text
  double value = 0;        // the number (money: đồng; ratio: numerator;
                           // range: start; date: day, 0 for "12/2020")
  std::optional<double> of;  // ratio denominator; range end; date: month
  NumberKind kind = NumberKind::kCount;
  std::string unit;        // unit word as printed right after: "lớp", "đồng", "%", "ha", "lượt người"; may be empty
  bool repaired = false;   // digits were repaired from OCR look-alikes (not yet done: always false)
};

// Every number in `canonical`, left to right, spans not overlapping.
// Skipped, never returned: document references ("157/BC-UBND",
// "96/2008/TT-BTC", every part), digits glued to letters ("14h30", "QH14",
// "COVID-19"), outline and phone numbers ("1.2.", "0280.3855.123").
// Space-grouped thousands ("1 612") are read only by the field parsers; in
// prose they are two numbers.
std::vector<Number> FindNumbers(std::string_view canonical);

}  // namespace baocao::normalize

#endif  // BAOCAO_NORMALIZE_NUMBERS_H_
