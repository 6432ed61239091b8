// Internal readers FindNumbers() runs when NumberOptions asks for them:
// word-led dates and periods (find_dates.cc), amounts in words
// (number_words.cc) and OCR digit repair (ocr_repair.cc). Not part of the
// public API of baocao_normalize; other stages use numbers.h.
//
// Thread safety: all functions are pure.
#ifndef BAOCAO_NORMALIZE_NUMBER_READERS_H_
#define BAOCAO_NORMALIZE_NUMBER_READERS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/numbers.h"

namespace baocao::normalize::internal {

// "2019-05-29", "2019-05", "2019": ISO 8601 as precise as the parts given
// (month and day 0 = not given).
std::string IsoDate(int year, int month = 0, int day = 0);

// Every word-led date or period of NumberOptions::dates in `text`, as kDate
// Numbers with `iso` set, left to right, not overlapping.
std::vector<Number> FindWordDates(std::string_view text);

// Every amount in words after a "Bằng chữ" cue, as kMoney with in_words.
std::vector<Number> FindMoneyWords(std::string_view text);

// Every count in words right before a counted noun ("ba lớp"), as kCount
// with in_words and its unit (NumberOptions::count_words).
std::vector<Number> FindCountWords(std::string_view text);

// The number-word grammar behind ParseNumberWords(): reads number words
// from text[pos] and returns the value and the byte just past the last word
// read (trailing "đồng", "chẵn" not included); nullopt if no numeral starts
// there or the words do not form one number.
struct WordsNumber {
  long long value = 0;
  std::size_t end = 0;
};
std::optional<WordsNumber> ReadNumberWords(std::string_view text, std::size_t pos);

// OCR look-alikes inside digit runs replaced by the digits they stand for.
// Every replacement is one ASCII byte for another, so offsets into `text`
// stay valid; `repaired[i]` says byte i was replaced.
struct OcrRepair {
  std::string text;
  std::vector<bool> repaired;
  bool any = false;
};
OcrRepair RepairOcrDigits(std::string_view text);

}  // namespace baocao::normalize::internal

#endif  // BAOCAO_NORMALIZE_NUMBER_READERS_H_
