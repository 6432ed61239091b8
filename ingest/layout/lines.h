// Words -> lines -> paragraphs, from geometry alone. Shared by text PDFs and
// OCR, and by every region of a page: the body, one side of a two-column
// header, one table cell.
//
//   std::vector<TextLine> lines = GroupLines(words);
//   TextRegion region = RegionOf(lines);           // or a cell's inner box
//   std::vector<Block> paragraphs = ParagraphBlocks(lines, region, page);
//
// A line break is a wrap (same paragraph) when the next line's first word
// would not have fitted on the line before; otherwise, or on a list marker,
// a larger line pitch, a change of size or boldness, or a first-line indent,
// a new paragraph starts. That is how a reader of the printed page decides,
// and it needs no knowledge of the producer.
#ifndef BAOCAO_INGEST_LAYOUT_LINES_H_
#define BAOCAO_INGEST_LAYOUT_LINES_H_

#include <optional>
#include <string>
#include <vector>

#include "document/document.h"
#include "ingest/layout/page.h"

namespace baocao {

struct TextLine {
  std::vector<PageWord> words;  // left to right
  BoundingBox box;              // union of the word boxes
  double size = 0;              // largest word size
};

// The horizontal extent text may fill in a region (its margins).
struct TextRegion {
  double left = 0;
  double right = 0;
  double width() const { return right - left; }
};

// Groups words into lines, top to bottom, words left to right. Words share a
// line when their vertical extents overlap by half the smaller height and
// they do not overlap horizontally.
std::vector<TextLine> GroupLines(std::vector<PageWord> words);

// Splits a line where the gap between two words is wider than `gap_em` times
// the line's size (tab stops, the two columns of a header).
std::vector<TextLine> SplitAtGaps(const TextLine& line, double gap_em);

// The text of a line: words joined by one space, or none where the words
// touch (a font change inside a word).
std::string LineText(const TextLine& line);

// The extent of `lines`: leftmost start to rightmost end.
TextRegion RegionOf(const std::vector<TextLine>& lines);

// Paragraph blocks of `lines` (top to bottom) in `region`: orig, runs (one
// per font change), box, the printed lines (Paragraph::lines: each line's
// box and bytes), confidence (mean OCR word confidence) and page set; index
// 0-based in order. Boxes are in the frame of `lines`.
std::vector<Block> ParagraphBlocks(const std::vector<TextLine>& lines, const TextRegion& region,
                                   std::optional<int> page);

// Lines from a line box union; also used for recomputing after edits.
BoundingBox UnionBox(const BoundingBox& a, const BoundingBox& b);

}  // namespace baocao

#endif  // BAOCAO_INGEST_LAYOUT_LINES_H_
