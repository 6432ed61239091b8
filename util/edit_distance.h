// Levenshtein distance between two byte strings. Shared by the PDF table
// joiner (is this row the header read again?) and the twin tests (is this
// OCR'd label the expected one?). Bytes, not characters: both callers only
// compare how close two strings are.
#ifndef BAOCAO_UTIL_EDIT_DISTANCE_H_
#define BAOCAO_UTIL_EDIT_DISTANCE_H_

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace baocao {

// Insertions, deletions and substitutions turning `a` into `b`.
inline std::size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace baocao

#endif  // BAOCAO_UTIL_EDIT_DISTANCE_H_
