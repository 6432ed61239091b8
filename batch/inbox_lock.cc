#include "batch/inbox_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <string>

namespace baocao {

InboxLock::~InboxLock() {
  if (fd_ >= 0) ::close(fd_);
}

Status InboxLock::Acquire(const std::string& inbox, bool wait) {
  std::string path = inbox + "/.baocao.lock";
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IoError("cannot open lock file " + path);
  while (::flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0) {
    if (errno == EINTR && wait) continue;
    std::string holder(32, '\0');
    ssize_t n = ::pread(fd, holder.data(), holder.size(), 0);
    holder.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    while (!holder.empty() && (holder.back() == '\n' || holder.back() == '\0')) holder.pop_back();
    ::close(fd);
    return Status::Busy("another baocao run" + (holder.empty() ? std::string() : " (pid " + holder + ")") +
                        " is processing this inbox (lock " + path + "); try again later or use --wait");
  }
  std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd, 0) == 0) {
    ssize_t ignored = ::pwrite(fd, pid.data(), pid.size(), 0);
    (void)ignored;
  }
  fd_ = fd;
  return Status::Ok();
}

}  // namespace baocao
