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
//   ParseNumberWords("Ba mươi triệu tám trăm nghìn đồng") -> 30800000
//   ParsePeriod("Quý II/2025")          -> "2025-04/2025-06"
//
// FindNumbers() scans canonical text and returns every number with its span
// and kind, so extractors never parse digits themselves; NumberOptions adds
// word-led dates, amounts in words and OCR digit repair.
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
// or space thousand groups ("1.612", "1 612", also with non-breaking or thin
// spaces once canonical), English thousands ("1,250": a count has no
// fraction), leading zeros, optional surrounding spaces. A trailing unit
// word is NOT allowed here (use FindNumbers for prose). Returns nullopt for
// blank, "-", "x", "…" and anything that is not a count ("6,8").
std::optional<std::int64_t> ParseCount(std::string_view canonical);

// A decimal with Vietnamese separators: "4.239,89" -> 4239.89, "120,1" ->
// 120.1, "8,75" -> 8.75, "1.612" -> 1612. An English "1,234.5" or
// "1,250,000" is accepted when its separators leave no doubt. "1,250" alone
// is a decimal comma or English thousands: nullopt (UnsureReason says so).
std::optional<double> ParseDecimal(std::string_view canonical);

// A money amount in đồng. Accepts a number followed by an optional scale
// ("nghìn", "ngàn", "triệu", "tr", "tỷ") and/or a currency ("đồng", "đ", "₫",
// "VNĐ", "vnđ", "VND"), and combined scales ("2 tỷ 500 triệu",
// "116 triệu 586 ngàn đồng", "165 ngàn 240"), a '.' decimal point before a
// scale ("3.5 triệu"), and a negative amount ("-1.200.000", "âm 1.200.000
// đồng", a balance in parentheses "(1.200.000)"). `scale` multiplies a bare
// number (a table whose caption says "ĐVT: triệu đồng" passes 1000000).
// Rounds to whole đồng. nullopt when the value is not sure: "1,250" under a
// scale above 1, "2,5" in đồng, "1 tỷ 2" (see UnsureReason).
std::optional<std::int64_t> ParseMoneyVnd(std::string_view canonical,
                                          std::int64_t scale = 1);

// Why a field holding one number has no sure value, quoting it ("\"1,250\":
// a decimal comma or English thousands"), for the info check an extractor
// raises when a parser above returned nullopt; empty when the field is no
// number at all or reads as one. Never a guess: the check names the text.
std::string UnsureReason(std::string_view canonical);

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
  // A number whose value is not sure: "1,250" with nothing that says
  // whether ',' is a decimal comma or English thousands, "1 tỷ 2" (spoken
  // shorthand). `value` is 0 and must not be used; `note` says why, for the
  // info check an extractor raises instead of guessing.
  kAmbiguous,
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
  bool repaired = false;   // digits were read through OCR look-alikes ("1O5" -> 105); see NumberOptions
  // Dates and ranges of years as ISO 8601, as precise as printed:
  // "2019-05-29", "2021-01" (blank day), "2020-12" ("tháng 12/2020"),
  // "2025-04/2025-06" ("Quý II/2025"), "2025-01/2025-06" ("6 tháng đầu năm
  // 2025"), "2024" ("năm 2024"), "2015/2019" ("2015-2019"). Empty when the
  // year is not printed ("2/9") and for every other kind.
  std::string iso;
  bool in_words = false;   // read from words: "Bằng chữ: Ba mươi triệu đồng"
  std::string note;        // kAmbiguous: why the value is not sure, quoting the text
};

// What FindNumbers reads beyond digits. Every option is off by default, so
// an extractor asks for what it can use.
struct NumberOptions {
  // Dates and periods led by words, as one kDate span each: "ngày 29 tháng 5
  // năm 2019", "ngày     tháng 01 năm 2021" (blank day), "tháng 12/2020",
  // "tháng 5 năm 2019", "Quý II/2025", "quý 3 năm 2024", "6 tháng đầu năm
  // 2025", "6 tháng cuối năm 2024", "năm 2024", "năm học 2024-2025".
  // Without it, "tháng 12/2020" is the date "12/2020" and "năm 2024" a count.
  bool dates = false;
  // Amounts in words after "Bằng chữ:" ("Ba mươi triệu tám trăm nghìn
  // đồng"), as kMoney with in_words, so a check can compare them with the
  // digits printed before.
  bool words = false;
  // OCR text: inside a digit run, O/o -> 0, l/I/| -> 1, S -> 5, B -> 8
  // ("2O2O" -> 2020, "1.2S0" -> 1250), never in words ("Số", "BC"). The
  // Number says `repaired`; its text is the span as printed.
  bool ocr_repair = false;
  // Counts written in words right before a counted noun ("ba lớp", "mười
  // hai buổi"), as kCount with in_words. A lone "năm" is left alone: it is
  // far more often "year" than "five".
  bool count_words = false;
};

// Every number in `canonical`, left to right, spans not overlapping.
// Skipped, never returned: document references ("157/BC-UBND",
// "96/2008/TT-BTC", every part), digits glued to letters ("14h30", "QH14",
// "COVID-19"), outline and phone numbers ("1.2.", "0280.3855.123").
// Space-grouped thousands are one number ("1 250 lượt người", "18 500 000
// đồng"), except after a word that makes the first a day, month, grade or
// reference ("tháng 12 250 người"). "1,250" is English thousands before a
// counted noun or a currency, a decimal comma before a scale ("1,250 tỷ"),
// else kAmbiguous. "12,3 triệu lượt người" is a count, "3.5 triệu" money;
// "-1.200.000đ" and "âm 1.200.000 đồng" are negative money. A number
// spelled out again in parentheses right after it ("02 (hai) lớp",
// "30.000.000 đồng (Ba mươi triệu đồng)") spans its echo too.
std::vector<Number> FindNumbers(std::string_view canonical, const NumberOptions& options = {});

// A whole number written in Vietnamese words: "ba mươi triệu tám trăm nghìn"
// -> 30800000, "một trăm linh năm" -> 105, "hai mươi mốt" -> 21, "mười lăm"
// -> 15, "hai tỷ năm trăm triệu" -> 2500000000. Case-insensitive; an
// optional trailing "đồng" and "chẵn" are allowed. nullopt for anything else
// (a word that is no numeral, a scale out of order, an empty text).
std::optional<std::int64_t> ParseNumberWords(std::string_view canonical);

// A period as ISO 8601 from a whole field: "Quý II/2025" -> "2025-04/2025-06",
// "6 tháng đầu năm 2025" -> "2025-01/2025-06", "tháng 3/2024" -> "2024-03",
// "năm 2024" -> "2024", "2021-2030" -> "2021/2030", "29/5/2019" ->
// "2019-05-29". nullopt when the field is not exactly one period.
std::optional<std::string> ParsePeriod(std::string_view canonical);

}  // namespace baocao::normalize

#endif  // BAOCAO_NORMALIZE_NUMBERS_H_
