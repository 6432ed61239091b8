// Rows whose cells stack several items line by line, one number per line
// beside one label per line:
//
//   3 | Chăn nuôi      | 2  | 60
//     | Trồng trọt     | 3  | 90
//
// printed in ONE grid row (the cells hold "Chăn nuôi\nTrồng trọt", "2\n3",
// "60\n90"). Read as they are, each cell holds several numbers and the row
// says nothing sure; split into one row per line, each line is a row of its
// own. A row is split only when the label and every cell with numbers on
// more than one line have the same number of lines and no cell of the row
// spans rows; single-line cells (the TT number) stay on the first line.
//
// Thread safety: pure.
#ifndef BAOCAO_EXTRACTORS_TABLE_LINES_H_
#define BAOCAO_EXTRACTORS_TABLE_LINES_H_

#include <vector>

#include "document/document.h"

namespace baocao {

struct LineSplitTable {
  Table table;              // the table with line-aligned rows split
  std::vector<int> origin;  // per row of `table`: its row in the original
  bool split = false;       // some row was split
};

LineSplitTable SplitLineAlignedRows(const Table& table);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_TABLE_LINES_H_
