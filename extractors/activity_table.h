// Activity and budget tables, read through their TableLayout: columns found
// by header meaning in any order; multi-row and merged headers; a row of
// column numbers skipped; a totals row as topic `tong`; blank cells unknown
// (null); roll-up tables with one row per commune (the record's `commune`);
// measure groups under a topic header; a "Thời gian" column giving each
// row's period; a table continued on the next page without its header read
// with the layout of the table before it.
#ifndef BAOCAO_EXTRACTORS_ACTIVITY_TABLE_H_
#define BAOCAO_EXTRACTORS_ACTIVITY_TABLE_H_

#include <optional>
#include <string>
#include <vector>

#include "document/document.h"
#include "extractors/context.h"
#include "extractors/record.h"
#include "extractors/rules.h"
#include "extractors/table_layout.h"

namespace baocao {

struct TableSite {
  const Table* table = nullptr;
  int block = 0;                  // top-level body block index (provenance)
  std::optional<int> page;
  Context context;                // status and period in force
  std::string caption;            // canonical text of the paragraph above, may be empty
  // The layout of the activity table right before this one, for a table
  // that continues it on the next page without repeating the header.
  const TableLayout* previous = nullptr;
};

// Appends one activity record per data row (per topic group) when
// `site.table` is an activity table and returns the layout it used;
// returns nullopt, appending nothing, otherwise.
std::optional<TableLayout> ExtractActivityTable(const TableSite& site, const RuleSet& rules,
                                                std::vector<Record>* records);

// Appends one budget record per row of a budget table (a source or content
// column and an amount column, no classes or participants). Returns false,
// appending nothing, when the table is not one.
bool ExtractBudgetTable(const TableSite& site, const RuleSet& rules, std::vector<Record>* records);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_ACTIVITY_TABLE_H_
