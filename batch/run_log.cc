#include "batch/run_log.h"

#include <unistd.h>

#include <ctime>
#include <filesystem>

#include "batch/progress.h"

namespace baocao {

std::string UtcTimestamp() {
  std::time_t now = std::time(nullptr);
  std::tm utc {};
  ::gmtime_r(&now, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buf;
}

RunLog::~RunLog() {
  ClearBar();
  if (file_ != nullptr) std::fclose(file_);
}

Status RunLog::Open(const RunLogOptions& options) {
  verbose_ = options.verbose;
  on_progress_ = options.on_progress;
  bool tty = ::isatty(STDERR_FILENO) == 1;
  bar_ = options.mode == "bar" || (options.mode == "auto" && tty);
  lines_ = options.mode == "lines" || (options.mode == "auto" && !tty);
  if (!options.file.empty()) {
    std::error_code ec;
    std::filesystem::path parent = std::filesystem::path(options.file).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    file_ = std::fopen(options.file.c_str(), "ae");
    if (file_ == nullptr) return Status::IoError("cannot open the log file " + options.file);
  }
  return Status::Ok();
}

void RunLog::Line(const std::string& text) { Write(text, /*important=*/true); }

void RunLog::BeginPass(int total) {
  total_ = total;
  done_ = 0;
  started_ = std::chrono::steady_clock::now();
  last_draw_ = {};
  DrawBar();
  if (on_progress_) on_progress_(0, total_, "begin", "");
}

void RunLog::File(const std::string& what, const std::string& name, const std::string& detail) {
  if (what != "waiting") ++done_;
  std::string text = what + std::string(what.size() < 11 ? 11 - what.size() : 1, ' ') + name;
  if (!detail.empty()) text += ": " + detail;
  Write(text, /*important=*/what == "quarantined" || what == "waiting");
  DrawBar();
  if (on_progress_) on_progress_(done_, total_, what, name);
}

void RunLog::EndPass() {
  if (bar_) {
    last_draw_ = {};
    DrawBar();
    if (bar_drawn_) std::fputc('\n', stderr);
    bar_drawn_ = false;
  }
}

namespace {

// One log line is one event: control characters in a file name or a reason
// (a newline would forge a second line) are written as visible escapes.
std::string OneLine(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      static const char kHex[] = "0123456789abcdef";
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace

void RunLog::Write(const std::string& raw, bool important) {
  const std::string text = OneLine(raw);
  std::string stamped = UtcTimestamp() + " " + text + "\n";
  if (file_ != nullptr) {
    std::fputs(stamped.c_str(), file_);
    std::fflush(file_);
  }
  if (lines_) {
    std::fputs(stamped.c_str(), stderr);
  } else if (bar_ && (important || verbose_)) {
    ClearBar();
    std::fputs(text.c_str(), stderr);
    std::fputc('\n', stderr);
    last_draw_ = {};  // put the bar back at once
  }
}

void RunLog::DrawBar() {
  if (!bar_ || total_ == 0) return;
  auto now = std::chrono::steady_clock::now();
  // A few redraws a second are enough, and keep a fast run from spending
  // its time on the terminal.
  if (done_ < total_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  double elapsed = std::chrono::duration<double>(now - started_).count();
  std::fprintf(stderr, "\r\033[K%s", ProgressLine(done_, total_, elapsed).c_str());
  std::fflush(stderr);
  bar_drawn_ = true;
}

void RunLog::ClearBar() {
  if (bar_drawn_) {
    std::fputs("\r\033[K", stderr);
    bar_drawn_ = false;
  }
}

}  // namespace baocao
