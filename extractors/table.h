// Tables into records. A table is read as dimensions (table_header.h for its
// columns, table_rows.h for its rows); every number then sits at a row and a
// column whose words say what it counts and for whom. A record is one row
// and one group of columns that share every dimension but the measure:
//
//   - an activity (classes, participants, women, cost) when the columns
//     count activities: topic rows, communes as rows with topics as column
//     groups, plan and actual side by side, quarters or months as columns, a
//     Thời gian column, a partner column, sections with subtotals;
//   - a budget line (amount) when the columns hold only money and the rows
//     name sources and expenses: thu–chi tables with section totals above
//     their parts and a balance;
//   - a `figure` for every other number: the cells of a table whose meaning
//     the rules do not know, ratio columns, columns of unknown measures,
//     named "row label — header — sub-header" with their decimals.
//
// A blank cell is unknown (null); a cell whose number is not sure stays null
// and its text is noted for a `number-unsure` check, never read as a
// fragment or a 0. Money cells are multiplied by the unit stated for them
// ("ĐVT: triệu đồng" above the table, "(nghìn đồng)" in the header).
#ifndef BAOCAO_EXTRACTORS_TABLE_H_
#define BAOCAO_EXTRACTORS_TABLE_H_

#include <optional>
#include <string>
#include <vector>

#include "document/document.h"
#include "extractors/context.h"
#include "extractors/record.h"
#include "extractors/rules.h"
#include "extractors/table_header.h"

namespace baocao {

struct TableSite {
  const Table* table = nullptr;
  int block = 0;                      // top-level body block index (provenance)
  std::optional<int> page;
  Context context;                    // status and period in force
  std::vector<std::string> captions;  // the paragraphs right above it, nearest last
  // The header of the table right before this one, for a table that
  // continues it on the next page without repeating the header.
  const TableHeader* previous = nullptr;
};

// Appends the table's activity and budget records to `records` and its
// other numbers to `figures`. Returns the header that gave activity or
// budget records (so a continuation can use it), else nullopt.
std::optional<TableHeader> ExtractTable(const TableSite& site, const RuleSet& rules, std::vector<Record>* records,
                                        std::vector<Record>* figures);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_TABLE_H_
