#include "ingest/ocr/cell_edges.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <vector>

#include "ingest/layout/image_pix.h"

namespace baocao {

int QuietEdge(Pix* bin, int x0, int x1, int y, int reach) {
  const int height = static_cast<int>(pixGetHeight(bin));
  const int from = std::max(0, y - reach), to = std::min(height - 1, y + reach);
  if (bin == nullptr || x1 <= x0 || y < from || y > to || to <= from) return y;
  std::vector<int> ink;
  for (int row = from; row <= to; ++row) {
    l_int32 count = 0;
    BoxPtr line(boxCreate(x0, row, x1 - x0, 1));
    if (!line || pixCountPixelsInRect(bin, line.get(), &count, nullptr) != 0) return y;
    ink.push_back(count);
  }
  // A speck or two is still a blank row. An edge on a blank row stays: it
  // cuts no letter, and a band nearer the cell's middle may part the lines
  // of one cell.
  constexpr int kBlankInk = 2;
  if (ink[static_cast<std::size_t>(y - from)] <= kBlankInk) return y;
  int best = y, best_distance = reach + 1;
  for (int i = 0; i < static_cast<int>(ink.size());) {
    if (ink[static_cast<std::size_t>(i)] > kBlankInk) {
      ++i;
      continue;
    }
    int j = i;
    while (j + 1 < static_cast<int>(ink.size()) && ink[static_cast<std::size_t>(j + 1)] <= kBlankInk) ++j;
    const int a = from + i, b = from + j;
    const int distance = y < a ? a - y : y > b ? y - b : 0;
    if (distance < best_distance) {
      best_distance = distance;
      best = (a + b) / 2;
    }
    i = j + 1;
  }
  return best;
}

}  // namespace baocao
