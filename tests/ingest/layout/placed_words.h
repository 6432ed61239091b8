// Words placed by hand for the layout tests: each 6 units per byte of text
// plus a space of 3, size 10 (em), height 12.
#ifndef BAOCAO_TESTS_INGEST_LAYOUT_PLACED_WORDS_H_
#define BAOCAO_TESTS_INGEST_LAYOUT_PLACED_WORDS_H_

#include <string>
#include <vector>

#include "ingest/layout/page.h"

namespace baocao::testing {

// The words of `text` on one line starting at (x, y).
inline std::vector<PageWord> LineOf(const std::string& text, double x, double y, bool bold = false) {
  std::vector<PageWord> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    PageWord w;
    w.text = text.substr(start, end - start);
    const double width = 6.0 * static_cast<double>(w.text.size());
    w.box = {x, y, x + width, y + 12};
    w.size = 10;
    w.bold = bold;
    out.push_back(w);
    x += width + 3;
    start = end + 1;
  }
  return out;
}

}  // namespace baocao::testing

#endif  // BAOCAO_TESTS_INGEST_LAYOUT_PLACED_WORDS_H_
