// The progress line of a run on a terminal: files done of total, rate and
// time left. Pure formatting, so it can be tested; RunLog draws it.
#ifndef BAOCAO_BATCH_PROGRESS_H_
#define BAOCAO_BATCH_PROGRESS_H_

#include <string>

namespace baocao {

// "[########............]  412/1000 files  23.5 files/s  ETA 0:25"
// The ETA is left out until a file is done; `width` is the bar's width in
// characters.
std::string ProgressLine(int done, int total, double elapsed_seconds, int width = 24);

// 75 -> "1:15", 4000 -> "1:06:40".
std::string FormatDuration(double seconds);

}  // namespace baocao

#endif  // BAOCAO_BATCH_PROGRESS_H_
