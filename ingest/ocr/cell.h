// One table cell read by OCR on its own. Tesseract misreads a lone figure
// inside a page rectangle ("3" as "="), on noisy grey paper, or in small
// print ("511" as "Sll", "III" as "II"); read alone, the cell is:
//
//   thresholded halfway between its paper and its darkest ink, framed in a
//   white margin, read as a block;
//   read again with digits only when it looks like a figure ("S11" -> "511");
//   read again at 1.5x when any word is unsure, keeping the surer reading
//   (a figure still unsure: also read from the grey, the value most
//   readings agree on kept);
//   a lone glyph read as nothing or a symbol, read again framed closely;
//   words read once more from the grey cell at 2x, which keeps tone marks
//   that thresholding loses ("Thắng" as "Thăng").
//
//   std::vector<OcrWord> words = ReadCell(gray_cell, 300, engine);
//
// Word boxes are in the pixels of `gray_cell`. An empty result means no
// print (a blank cell: unknown, never 0).
//
// Thread safety: reentrant with one engine per thread.
#ifndef BAOCAO_INGEST_OCR_CELL_H_
#define BAOCAO_INGEST_OCR_CELL_H_

#include <string>
#include <vector>

#include "ingest/ocr/engine.h"

struct Pix;

namespace baocao {

// REQUIRES: `gray_cell` is 8 bpp, the cell's inside without its borders.
std::vector<OcrWord> ReadCell(Pix* gray_cell, double dpi, OcrEngine* engine);

// Whether OCR'd words look like a misread figure: digits with number
// punctuation and letters taken for digits ("S11", "1ọo"), or a short run of
// such letters alone ("Sll", "|").
bool LooksNumeric(const std::vector<OcrWord>& words);

}  // namespace baocao

#endif  // BAOCAO_INGEST_OCR_CELL_H_
