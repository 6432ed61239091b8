// Arithmetic checks over a document's records. A check never changes a
// figure: it is a `check` record for the analyst that names the numbers and
// the records involved.
#ifndef BAOCAO_EXTRACTORS_CHECKS_H_
#define BAOCAO_EXTRACTORS_CHECKS_H_

#include <vector>

#include "extractors/record.h"

namespace baocao {

struct CheckOptions {
  // Figures read by OCR below this mean word confidence (0-100) are flagged
  // `ocr-low-confidence` (rules [settings] ocr_low_confidence).
  double ocr_low_confidence = 75;
};

// Appends check records for `records` (which it reads; refs are ordinals
// into it), in this order: female-exceeds-total; sum-mismatch or
// sum-incomplete (a table's section and totals rows against their parts, a
// prose total against its centre/partner parts, a section total against
// its topic statements, a total budget against its sources); percent-
// mismatch; words-digits-mismatch; duplicate-row; topic-unknown;
// number-unsure; ocr-low-confidence.
//
// A sum is a `sum-mismatch` (error) only when every part was read: a table's
// rows under a total are all its parts, and a part whose cell is blank or
// unsure makes it `sum-incomplete` (info) naming the part. Statements found
// in prose may not be all the parts: their sum is a mismatch only when it
// exceeds the total, else `sum-incomplete`. A total or part read by OCR
// below `ocr_low_confidence` is not read for sure either: `sum-incomplete`.
void AddChecks(std::vector<Record>* records, const CheckOptions& options = {});

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_CHECKS_H_
