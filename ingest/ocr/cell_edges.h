// Where to cut a borderless table's cell out of a scan.
//
// A table printed without rules is found from the OCR'd words' alignment
// (ingest/layout/aligned_table.h); its row edges lie between word boxes.
// OCR boxes a word without the marks over its capitals ("Tổng" from the top
// of its T, the hook and circumflex of "ổ" left out) or with a mark of the
// next line taken in, so an edge between two rows can cut through letters,
// and a cell cut there reads "Tổng số" as "10ng S0". QuietEdge moves such
// an edge to blank pixel rows.
//
//   const int top = QuietEdge(bin, x0, x1, y_top, reach);
#ifndef BAOCAO_INGEST_OCR_CELL_EDGES_H_
#define BAOCAO_INGEST_OCR_CELL_EDGES_H_

struct Pix;

namespace baocao {

// The pixel row for a cell edge at row `y` of the binary image `bin`
// (1 = ink), looking at columns [x0, x1). An edge on a blank row stays (a
// band nearer the cell's middle may part the lines of one cell); an edge
// that cuts ink moves to the middle of the band of blank rows nearest it,
// within `reach` rows; with none in reach (dense text) it stays. A row
// with a speck or two of ink is blank.
int QuietEdge(Pix* bin, int x0, int x1, int y, int reach);

}  // namespace baocao

#endif  // BAOCAO_INGEST_OCR_CELL_EDGES_H_
