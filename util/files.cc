#include "util/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace baocao {
namespace {

std::string Errno(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + std::strerror(errno);
}

bool SameFile(const std::string& a, const std::string& b) {
  struct stat sa {};
  struct stat sb {};
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

}  // namespace

Status SyncDirectory(const std::string& dir) {
  int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(Errno("cannot open directory", dir));
  int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0 && errno != EINVAL) return Status::IoError(Errno("cannot sync directory", dir));
  return Status::Ok();
}

Status RemoveName(const std::string& path) {
  if (::unlink(path.c_str()) != 0 && errno != ENOENT) return Status::IoError(Errno("cannot remove", path));
  return Status::Ok();
}

Result<std::string> ReadFileBytes(const std::string& path, std::uint64_t max_bytes) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(Errno("cannot open", path));
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    return Status::IoError(Errno("cannot stat", path));
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return Status::InvalidInput("not a regular file: " + path);
  }
  auto size = static_cast<std::uint64_t>(st.st_size);
  if (size > max_bytes) {
    ::close(fd);
    return Status::Hostile("file too large: " + std::to_string(size >> 20) + " MiB, over the limit of " +
                           std::to_string(max_bytes >> 20) + " MiB");
  }
  std::string bytes(size, '\0');
  std::size_t done = 0;
  while (done < size) {
    ssize_t n = ::read(fd, bytes.data() + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // the file shrank while we read it: keep what we have
    done += static_cast<std::size_t>(n);
  }
  ::close(fd);
  bytes.resize(done);
  return bytes;
}

Status WriteFileAtomic(const std::string& path, const std::string& bytes) {
  std::string tmp = path + ".tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IoError(Errno("cannot create", tmp));
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      Status s = Status::IoError(Errno("cannot write", tmp));
      ::close(fd);
      ::unlink(tmp.c_str());
      return s;
    }
    done += static_cast<std::size_t>(n);
  }
  ::fsync(fd);
  ::close(fd);
  if (::rename(tmp.c_str(), path.c_str()) != 0) return Status::IoError(Errno("cannot rename", tmp));
  SyncDirectory(std::filesystem::path(path).parent_path().string());
  return Status::Ok();
}

Result<std::string> LinkIntoDirectory(const std::string& path, const std::string& dir, bool sync,
                                      bool* renamed) {
  if (renamed != nullptr) *renamed = false;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IoError("cannot create directory " + dir + ": " + ec.message());
  std::filesystem::path src(path);
  std::string stem = src.stem().string();
  std::string ext = src.extension().string();
  for (int n = 1; n < 100000; ++n) {
    std::string name = n == 1 ? src.filename().string()
                              : stem + " (" + std::to_string(n) + ")" + ext;
    std::filesystem::path dst = std::filesystem::path(dir) / name;
    // link() fails if the target exists, so two runs can never overwrite
    // each other's files.
    if (::link(path.c_str(), dst.c_str()) == 0) {
      if (sync) {
        if (Status s = SyncDirectory(dir); !s.ok()) return s;
      }
      return dst.string();
    }
    if (errno == EEXIST) {
      // Our own earlier, interrupted move of this very file: finish it.
      if (SameFile(path, dst.string())) return dst.string();
      continue;
    }
    // Hard links unsupported (some shared folders): fall back to a rename
    // guarded by an existence check.
    if (errno == EPERM || errno == EXDEV || errno == ENOTSUP) {
      if (std::filesystem::exists(dst)) continue;
      if (::rename(path.c_str(), dst.c_str()) != 0) return Status::IoError(Errno("cannot move", path));
      if (renamed != nullptr) *renamed = true;
      if (sync) {
        if (Status s = SyncDirectory(dir); !s.ok()) return s;
      }
      return dst.string();
    }
    return Status::IoError(Errno("cannot move", path));
  }
  return Status::IoError("cannot find a free name for " + path + " in " + dir);
}

Result<std::string> MoveIntoDirectory(const std::string& path, const std::string& dir) {
  bool renamed = false;
  // The link is made durable before the original name goes: a power cut in
  // between leaves the file under both names, never under none.
  Result<std::string> linked = LinkIntoDirectory(path, dir, /*sync=*/true, &renamed);
  if (!linked.ok() || renamed) return linked;
  if (Status s = RemoveName(path); !s.ok()) return s;
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (Status s = SyncDirectory(parent.string()); !s.ok()) return s;
  return linked;
}

}  // namespace baocao
