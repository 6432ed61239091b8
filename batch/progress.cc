#include "batch/progress.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace baocao {

std::string FormatDuration(double seconds) {
  auto s = static_cast<long>(std::lround(std::max(0.0, seconds)));
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

std::string ProgressLine(int done, int total, double elapsed_seconds, int width) {
  total = std::max(total, 0);
  done = std::clamp(done, 0, std::max(total, done));
  int filled = total > 0 ? static_cast<int>(static_cast<long long>(width) * done / total) : width;
  filled = std::clamp(filled, 0, width);
  std::string bar = "[" + std::string(static_cast<std::size_t>(filled), '#') +
                    std::string(static_cast<std::size_t>(width - filled), '.') + "]";
  std::string line = fmt::format("{} {:>{}}/{} files", bar, done, std::to_string(total).size(), total);
  if (done > 0 && elapsed_seconds > 0) {
    double rate = done / elapsed_seconds;
    line += fmt::format("  {:.1f} files/s  ETA {}", rate, FormatDuration((total - done) / rate));
  }
  return line;
}

}  // namespace baocao
