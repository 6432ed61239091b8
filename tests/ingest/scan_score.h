// How well a scan was read, against the DOCX it was printed from: the
// degradation sweep's measures (bench/scan_sweep.cc) and the scan tests'.
//
//   TableRecall t = CompareTables(docx_doc, scan_doc);   // cells found
//   FigureScore f = CompareFigures(docx_records, scan_records);
//
// A DOCX cell is found when the scan has a table cell at the same row,
// column and spans whose letters and digits (case and spacing aside) are
// within a fifth of an edit of the DOCX's. Each DOCX table (ruled, two rows
// or more) is paired with the scan table that finds most of its cells. A
// figure is a measure of an activity or budget record (classes,
// participants, female, cost_vnd, amount_vnd) with its value, status and
// period; the scan's figures are matched one for one.
#ifndef BAOCAO_TESTS_INGEST_SCAN_SCORE_H_
#define BAOCAO_TESTS_INGEST_SCAN_SCORE_H_

#include <string>
#include <vector>

#include "document/document.h"
#include "extractors/record.h"

namespace baocao::testing {

struct TableRecall {
  int cells = 0;  // cells of the DOCX's tables
  int found = 0;  // of those, found in the scan's
  double recall() const { return cells > 0 ? static_cast<double>(found) / cells : 1.0; }
};

TableRecall CompareTables(const Document& docx, const Document& scan);

struct FigureScore {
  int want = 0, got = 0, matched = 0;
  double precision() const { return got > 0 ? static_cast<double>(matched) / got : 1.0; }
  double recall() const { return want > 0 ? static_cast<double>(matched) / want : 1.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

FigureScore CompareFigures(const std::vector<Record>& docx, const std::vector<Record>& scan);

// The letters and digits of `text`, lower case: what a cell comparison sees.
std::string Fold(const std::string& text);

}  // namespace baocao::testing

#endif  // BAOCAO_TESTS_INGEST_SCAN_SCORE_H_
