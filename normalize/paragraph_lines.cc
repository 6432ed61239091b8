#include "normalize/paragraph_lines.h"

#include <algorithm>
#include <string>

namespace baocao::normalize {
namespace {

bool InRange(const ParagraphLine& line, std::size_t size) {
  return line.orig_begin <= line.orig_end && line.orig_end <= size;
}

void Unplace(ParagraphLine* line) {
  line->orig_begin = line->orig_end = 0;
  line->text_begin = line->text_end = 0;
}

}  // namespace

void MoveLinesThroughDecoding(std::string_view before, std::string_view after, const std::vector<EncodedSpan>& spans,
                              std::vector<ParagraphLine>* lines) {
  if (lines->empty()) return;
  // Every edge a piece may not cross: the lines' and the spans'.
  std::vector<std::size_t> cuts = {0, before.size()};
  for (const ParagraphLine& line : *lines) {
    if (InRange(line, before.size())) cuts.insert(cuts.end(), {line.orig_begin, line.orig_end});
  }
  for (const EncodedSpan& s : spans) {
    if (s.begin <= s.end && s.end <= before.size()) cuts.insert(cuts.end(), {s.begin, s.end});
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  std::string rebuilt;
  std::vector<std::size_t> moved(cuts.size());  // moved[i]: where cuts[i] lands in `rebuilt`
  std::size_t span = 0;
  for (std::size_t i = 0; i < cuts.size(); ++i) {
    moved[i] = rebuilt.size();
    if (i + 1 == cuts.size()) break;
    const std::size_t at = cuts[i];
    while (span < spans.size() && spans[span].end <= at) ++span;
    const LegacyEncoding e =
        span < spans.size() && spans[span].begin <= at ? spans[span].encoding : LegacyEncoding::kNone;
    rebuilt += DecodeLegacy(before.substr(at, cuts[i + 1] - at), e);
  }
  const bool adds_up = rebuilt == after;
  auto moved_to = [&](std::size_t offset) {
    return moved[static_cast<std::size_t>(std::lower_bound(cuts.begin(), cuts.end(), offset) - cuts.begin())];
  };
  for (ParagraphLine& line : *lines) {
    if (!adds_up || !InRange(line, before.size())) {
      Unplace(&line);
      continue;
    }
    line.orig_begin = moved_to(line.orig_begin);
    line.orig_end = moved_to(line.orig_end);
  }
}

void PlaceLinesInText(Paragraph* p, const TextOptions& options) {
  const std::string& text = p->text;
  // The first byte of the next line's text at or after `at`: past the space
  // (or kept break) that joined it to the line before.
  auto next_start = [&text](std::size_t at) {
    at = std::min(at, text.size());
    return at < text.size() && (text[at] == ' ' || text[at] == '\n') ? at + 1 : at;
  };
  std::size_t cursor = 0;
  for (ParagraphLine& line : p->lines) {
    const std::string_view orig = OrigOfLine(*p, line);
    const std::string own = orig.empty() ? std::string() : CanonicalText(orig, options);
    if (own.empty()) {  // unplaced, or nothing but white space
      line.text_begin = line.text_end = cursor;
      continue;
    }
    std::size_t begin = next_start(cursor);
    std::size_t end = begin + own.size();
    if (text.compare(begin, own.size(), own) != 0) {
      // Canonicalisation looked across the line's edges (a join, a repair):
      // measure the canonical text before the line and through it instead.
      begin = next_start(std::max(cursor, CanonicalText(std::string_view(p->orig).substr(0, line.orig_begin), options).size()));
      end = std::clamp(CanonicalText(std::string_view(p->orig).substr(0, line.orig_end), options).size(), begin,
                       text.size());
    }
    line.text_begin = begin;
    line.text_end = end;
    cursor = end;
  }
}

}  // namespace baocao::normalize
