// Excel workbooks (libxlsxwriter) for the analyst and the province.
//
//   ExportXlsx(db, "baocao.xlsx");            // `baocao export --format xlsx`
//   WriteRollupXlsx(rollup, "rollup-2024.xlsx");
//
// ExportXlsx writes one sheet per record type (activities, budgets, figures,
// checks, in that order) plus documents, corrections (of records) and
// document_corrections (of a report's metadata, desk/document_corrections.h),
// each correction with its state, history included: the current version of
// each report, the analyst's corrections applied and rejected records left
// out (the v_records view), with a `corrected` and a `review` column. Every sheet has
// its header row frozen; counts, amounts and values are numeric cells,
// unknown values empty cells (never 0).
//
// Thread safety: uses the Database's connection (one thread).
#ifndef BAOCAO_DESK_XLSX_EXPORT_H_
#define BAOCAO_DESK_XLSX_EXPORT_H_

#include <string>

#include "store/database.h"
#include "desk/rollup.h"
#include "util/status.h"

namespace baocao {

// IoError when the file cannot be written; on failure the file may be
// missing or incomplete.
Status ExportXlsx(Database* db, const std::string& path);

// The roll-up as one sheet: a two-row header (topic over classes /
// participants / women; budget by source), one row per commune, the
// communes that have not reported (empty figures, "chưa báo cáo"), then the
// totals row.
Status WriteRollupXlsx(const Rollup& rollup, const std::string& path);

}  // namespace baocao

#endif  // BAOCAO_DESK_XLSX_EXPORT_H_
