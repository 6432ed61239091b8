// `baocao rollup` output for people (an aligned table) and for spreadsheets
// (CSV). The XLSX form is desk/xlsx_export.h WriteRollupXlsx.
//
// CSV (RFC 4180, UTF-8, CRLF): commune, district, province, reported
// (yes / no / total), source (report / table / empty), documents, then
// TOPIC_classes, TOPIC_participants, TOPIC_female for each topic with data,
// total_classes, total_participants, total_female, budget_CATEGORY for each
// category with data, corrected, review. Rows: the communes that reported,
// those that have not (figures empty), then the totals row. Unknown is an
// empty field, never 0.
#ifndef BAOCAO_DESK_ROLLUP_FORMAT_H_
#define BAOCAO_DESK_ROLLUP_FORMAT_H_

#include <ostream>

#include "desk/rollup.h"

namespace baocao {

void WriteRollupTable(std::ostream& out, const Rollup& rollup);
void WriteRollupCsv(std::ostream& out, const Rollup& rollup);

}  // namespace baocao

#endif  // BAOCAO_DESK_ROLLUP_FORMAT_H_
