// The rows of a table read as dimensions. Every body row gets its label (the
// name, unit or source cell, else its first words), its place in the
// table's outline and, from its own cells and the section rows above it,
// dimensions (dimensions.h): the commune of a roll-up row ("Xã Yên Thịnh"),
// the period of a "Tháng 3" row or a Thời gian cell, the topic of its words,
// the organizer of its note or partner cell, the part of a thu–chi table.
//
// The outline comes from the markers in the TT column or in front of the
// label: "A, B" over "I, II" over "1, 2" over "1.1" over "a, b" over "-, +".
// A row with a higher marker, or a row of words only, opens a section; the
// rows below it with lower markers are its parts until the next row of its
// level. So a section total stated above its parts ("A | TỔNG THU | …" over
// "1 | Ngân sách nhà nước | …") and topic rows under section rows are read
// alike. "Tổng cộng" rows total the top level, wherever they stand;
// "Trong đó" rows break the row above down without being parts of any sum.
//
// Thread safety: pure functions of their arguments.
#ifndef BAOCAO_EXTRACTORS_TABLE_ROWS_H_
#define BAOCAO_EXTRACTORS_TABLE_ROWS_H_

#include <optional>
#include <string>
#include <vector>

#include "document/document.h"
#include "extractors/dimensions.h"
#include "extractors/rules.h"
#include "extractors/table_header.h"

namespace baocao {

struct RowMeaning {
  int row = 0;                  // table grid row
  std::string label;            // the row's own label, as printed (canonical, cleaned)
  std::string marker;           // "A", "II", "3", "1.2", "b", "-"; empty when none
  bool has_values = false;      // some data column holds a number
  TotalKind total = TotalKind::kNone;
  bool breakdown = false;       // "Trong đó …": a partial breakdown of the row above
  bool unit_row = false;        // the label names a commune or centre
  bool period_row = false;      // the label is a period ("Tháng 3")
  int parent = -1;              // index (into the rows vector) of the section above, -1 at top level
  Dims own;                     // from the row's own cells
  Dims dims;                    // own, then the sections' above it
  std::optional<std::string> audience, location;
};

// Reads the body rows of `table` (from header.data_begin; column-number rows
// and empty rows left out). `year` completes periods printed without one.
std::vector<RowMeaning> ReadTableRows(const Table& table, const TableHeader& header, const RuleSet& rules,
                                      const std::optional<std::string>& year);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_TABLE_ROWS_H_
