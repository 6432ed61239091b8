// The header region as lines, each with its column: the government header
// (issuing body left, national motto and date right) however it arrived — a
// borderless table, lines aligned with tabs or spaces, or rows OCR or a PDF
// ran together — cut back into the lines a reader sees. The metadata reader
// (extractors/metadata.h) reads its fields from these lines.
//
//   std::vector<HeaderLine> lines = HeaderLines(rules, doc, /*end=*/8);
//   for (const HeaderLine& l : lines) if (l.column == 0 && !IsMotto(rules, l.text)) ...
//
// Thread safety: pure functions.
#ifndef BAOCAO_EXTRACTORS_HEADER_LINES_H_
#define BAOCAO_EXTRACTORS_HEADER_LINES_H_

#include <vector>

#include "document/document.h"
#include "extractors/folded.h"
#include "extractors/rules.h"

namespace baocao {

// One line of the header region with where it sits.
struct HeaderLine {
  FoldedText text;
  int block = 0;
  int column = 0;  // 0 = left (issuer side), 1 = right (motto side)
};

// The lines of body blocks [0, end): paragraphs split at their tabs (or
// column-wide runs of spaces), table cells column by column; then the
// motto, a run-in number line, a wrapped body's first word and a garbled
// "Số:" before a code each put on the line they belong to.
std::vector<HeaderLine> HeaderLines(const RuleSet& rules, const Document& doc, int end);

// A line of the national motto ([meta] motto): never the issuer.
bool IsMotto(const RuleSet& rules, const FoldedText& t);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_HEADER_LINES_H_
