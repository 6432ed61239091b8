#include "ingest/pdf/text_check.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "ingest/layout/lines.h"

namespace baocao {

TextLayerVerdict JudgeTextLayer(const std::vector<PageWord>& words) {
  std::size_t chars = 0, bad = 0, single_letter_words = 0;
  for (const PageWord& w : words) {
    std::size_t word_letters = 0, word_chars = 0;
    const std::string& s = w.text;
    for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
      UChar32 c = 0;
      U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
      ++word_chars;
      // Replacement, private use, C0 and C1 controls: codes without meaning.
      if (c < 0x20 || c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000 || (c >= 0x7F && c < 0xA0)) {
        ++bad;
      } else if (u_isalpha(c)) {
        ++word_letters;
      }
    }
    chars += word_chars;
    if (word_chars == 1 && word_letters == 1) ++single_letter_words;
  }
  TextLayerVerdict v;
  if (chars < 4) {
    v.kind = TextLayer::kNone;
  } else if (bad * 50 > chars) {  // over 2%
    v.kind = TextLayer::kGarbage;
    v.why = "private-use or control characters (a font without a ToUnicode map)";
  } else if (words.size() >= 20 && single_letter_words * 100 > words.size() * 45) {
    // Vietnamese has few one-letter words ("ở", "à"): a few percent.
    v.kind = TextLayer::kGarbage;
    v.why = "letters spaced out one by one";
  }
  return v;
}

bool MayHoldTable(const std::vector<PageWord>& words) {
  int columned = 0;
  for (const TextLine& line : GroupLines(words)) {
    const std::size_t parts = SplitAtGaps(line, 1.0).size();
    // A header row of four columns or more is enough: the rest of a table
    // carried over from the page before may hold few rows, their long
    // names wrapped onto lines of their own.
    if (parts >= 4) return true;
    if (parts >= 3 && ++columned >= 2) return true;
  }
  return false;
}

}  // namespace baocao
