#include "util/stable_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <mutex>

namespace baocao {
namespace {

FileIdentity FromStat(const struct stat& st) {
  FileIdentity id;
  id.device = st.st_dev;
  id.inode = st.st_ino;
  id.size = static_cast<std::int64_t>(st.st_size);
  id.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  return id;
}

std::string Errno(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + std::strerror(errno);
}

// Closes the descriptor on every path.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// True when some process has the file open for writing. Unknown (lease not
// supported, or not our file) counts as "no": the settle time then decides.
bool OpenForWriting(int fd) {
  static std::once_flag ignore_sigio;
  std::call_once(ignore_sigio, [] { ::signal(SIGIO, SIG_IGN); });
  if (::fcntl(fd, F_SETLEASE, F_RDLCK) == 0) {
    ::fcntl(fd, F_SETLEASE, F_UNLCK);
    return false;
  }
  return errno == EAGAIN;
}

double SecondsSince(std::int64_t mtime_ns) {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  auto now_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
  return static_cast<double>(now_ns - mtime_ns) / 1e9;
}

}  // namespace

const char* ReadinessName(Readiness r) {
  switch (r) {
    case Readiness::kReady: return "ready";
    case Readiness::kOpenForWriting: return "open for writing";
    case Readiness::kRecentlyModified: return "recently modified";
    case Readiness::kChangedWhileReading: return "changed while reading";
  }
  return "unknown";
}

Result<FileIdentity> IdentityOf(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return Status::IoError(Errno("cannot stat", path));
  return FromStat(st);
}

Status ReadCompleteFile(const std::string& path, const ReadOptions& options, ReadyFile* out) {
  out->bytes.clear();
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
  if (fd.get() < 0) return Status::IoError(Errno("cannot open", path));
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) return Status::IoError(Errno("cannot stat", path));
  if (!S_ISREG(st.st_mode)) return Status::InvalidInput("not a regular file: " + path);
  out->identity = FromStat(st);
  if (OpenForWriting(fd.get())) {
    out->readiness = Readiness::kOpenForWriting;
    return Status::Ok();
  }
  if (options.settle_seconds > 0 && SecondsSince(out->identity.mtime_ns) < options.settle_seconds) {
    out->readiness = Readiness::kRecentlyModified;
    return Status::Ok();
  }
  auto size = static_cast<std::uint64_t>(st.st_size);
  if (size > options.max_bytes) {
    return Status::Hostile("file too large: " + std::to_string(size >> 20) + " MiB, over the limit of " +
                           std::to_string(options.max_bytes >> 20) + " MiB");
  }
  out->bytes.resize(size);
  std::size_t done = 0;
  while (done < size) {
    ssize_t n = ::read(fd.get(), out->bytes.data() + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::IoError(Errno("cannot read", path));
    if (n == 0) break;
    done += static_cast<std::size_t>(n);
  }
  struct stat after {};
  if (::fstat(fd.get(), &after) != 0) return Status::IoError(Errno("cannot stat", path));
  if (done != size || !(FromStat(after) == out->identity)) {
    out->bytes.clear();
    out->readiness = Readiness::kChangedWhileReading;
    return Status::Ok();
  }
  out->readiness = Readiness::kReady;
  return Status::Ok();
}

}  // namespace baocao
