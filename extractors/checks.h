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
// into it), in this order: female-exceeds-total; sum-mismatch (a table's
// totals row against its rows, a prose total against its centre/partner
// parts, a section total against its topic statements, a total budget
// against its sources); percent-mismatch; words-digits-mismatch;
// duplicate-row; topic-unknown; number-unsure;
// ocr-low-confidence.
void AddChecks(std::vector<Record>* records, const CheckOptions& options = {});

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_CHECKS_H_
