// Keeps a paragraph's printed lines (Paragraph::lines) pointing at their own
// bytes while normalize/ rewrites the paragraph: through legacy decoding,
// which changes `orig`, and into the canonical `text`, which provenance
// snippets quote. The line ranges are what lets a record's highlight cover
// the lines of its sentence (pipeline/source_region.h).
//
//   std::string before = p.orig;
//   p.orig = <decoded span by span>;
//   MoveLinesThroughDecoding(before, p.orig, spans, &p.lines);
//   p.text = CanonicalText(p.orig, options);
//   PlaceLinesInText(&p, options);
//
// A line that cannot be placed gets an empty range (begin == end); callers
// then fall back to the paragraph. Neither function changes a paragraph's
// text: records stay exactly what they were.
//
// Thread safety: pure functions of their arguments.
#ifndef BAOCAO_NORMALIZE_PARAGRAPH_LINES_H_
#define BAOCAO_NORMALIZE_PARAGRAPH_LINES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "normalize/legacy.h"
#include "normalize/text.h"

namespace baocao::normalize {

// Bytes [begin, end) of an orig, decoded with `encoding` (kNone: kept).
struct EncodedSpan {
  std::size_t begin = 0, end = 0;
  LegacyEncoding encoding = LegacyEncoding::kNone;
};

// `before` was decoded into `after` span by span (`spans` cover `before` in
// order, as runs do). Moves each line's orig range onto `after` by decoding
// the pieces between line edges apart. Legacy codes are one character each
// (VNI's base letter and mark never straddle a line edge, which is a word
// edge), so the pieces add up to `after`; when they do not, every range is
// emptied rather than guessed.
void MoveLinesThroughDecoding(std::string_view before, std::string_view after, const std::vector<EncodedSpan>& spans,
                              std::vector<ParagraphLine>* lines);

// Sets each line's text range in p->text (= CanonicalText(p->orig, options))
// from its orig range: the line's own canonical text where it lies next in
// the paragraph's (the usual case), else the canonical length of the orig
// before and through the line (a rewrite that looked across the line edge).
// Ranges never overlap and keep reading order.
void PlaceLinesInText(Paragraph* p, const TextOptions& options);

}  // namespace baocao::normalize

#endif  // BAOCAO_NORMALIZE_PARAGRAPH_LINES_H_
