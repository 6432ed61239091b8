// Activity tables: columns found by the meaning of their header text (rules
// [column]), whatever their order; multi-row and merged headers; a row of
// column numbers under the header skipped; a totals row as topic `tong`;
// blank cells as unknown (null).
#ifndef BAOCAO_EXTRACTORS_ACTIVITY_TABLE_H_
#define BAOCAO_EXTRACTORS_ACTIVITY_TABLE_H_

#include <optional>
#include <string>
#include <vector>

#include "document/document.h"
#include "extractors/context.h"
#include "extractors/record.h"
#include "extractors/rules.h"

namespace baocao {

struct TableSite {
  const Table* table = nullptr;
  int block = 0;                  // top-level body block index (provenance)
  std::optional<int> page;
  Context context;                // status and period in force
  std::string caption;            // canonical text of the paragraph above, may be empty
};

// Appends one activity record per data row when `site.table` is an activity
// table, and returns true; returns false (appending nothing) otherwise.
bool ExtractActivityTable(const TableSite& site, const RuleSet& rules, std::vector<Record>* records);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_ACTIVITY_TABLE_H_
