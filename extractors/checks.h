// Arithmetic checks over a document's records. A check never changes a
// figure: it is a `check` record for the analyst that names the numbers and
// the records involved.
#ifndef BAOCAO_EXTRACTORS_CHECKS_H_
#define BAOCAO_EXTRACTORS_CHECKS_H_

#include <vector>

#include "extractors/record.h"

namespace baocao {

// Appends check records for `records` (which it reads; refs are ordinals
// into it): female-exceeds-total, sum-mismatch of a table's totals row
// against its rows, and a prose total against its centre/partner parts.
void AddChecks(std::vector<Record>* records);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_CHECKS_H_
