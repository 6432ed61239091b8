// Compares what the extractor printed for a generated report with what a
// perfect extractor prints (genre::Report), two ways:
//
// - exactly, record by record: every expected activity/budget record must
//   match one printed record on every key (type, status, period, topic,
//   organizer, commune, measures, approx; budget category and amount) and
//   nothing else may be printed; metadata (doc_type, ref, issued, commune,
//   district, province) must be equal (an expected null means printed null);
//   the error/warning checks must be the expected ones; the figures of the
//   unknown-meaning table must be the expected ones. `lines` says what differs.
// - per figure, as ../shared/tools/score.py counts (a null expected key
//   accepts any printed value), for precision/recall/F1 in the benchmark.
//
// Thread safety: pure functions.
#ifndef BAOCAO_TESTS_GENRE_COMPARE_H_
#define BAOCAO_TESTS_GENRE_COMPARE_H_

#include <string>
#include <vector>

#include "extractors/record.h"
#include "tests/genre/genre.h"

namespace baocao::genre {

struct Counts {
  int expected = 0;
  int printed = 0;
  int matched = 0;
  void Add(const Counts& o) {
    expected += o.expected;
    printed += o.printed;
    matched += o.matched;
  }
};

struct Comparison {
  bool exact = true;
  std::vector<std::string> lines;  // what differs, one finding a line
  Counts figures;                  // activity measures and budget amounts, per figure
  Counts table_figures;            // figures of the unknown-meaning table
  int meta_ok = 0, meta_total = 0;
  int checks_expected = 0, checks_found = 0, false_alarms = 0;  // false: sum-mismatch not expected
};

Comparison Compare(const Report& expected, const Extraction& printed);

// The record as one line, for difference reports.
std::string Describe(const ExpectedRecord& r);

}  // namespace baocao::genre

#endif  // BAOCAO_TESTS_GENRE_COMPARE_H_
