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

// fsync a directory so a rename inside it survives a power cut.
void SyncDirectory(const std::string& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

}  // namespace

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

Result<std::string> MoveIntoDirectory(const std::string& path, const std::string& dir) {
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
    // each other's files; then the source name is removed.
    if (::link(path.c_str(), dst.c_str()) == 0) {
      if (::unlink(path.c_str()) != 0) return Status::IoError(Errno("cannot remove", path));
      SyncDirectory(dir);
      SyncDirectory(src.parent_path().empty() ? "." : src.parent_path().string());
      return dst.string();
    }
    if (errno != EEXIST) {
      // Hard links unsupported (some shared folders): fall back to a rename
      // guarded by an existence check.
      if (errno == EPERM || errno == EXDEV || errno == ENOTSUP) {
        if (std::filesystem::exists(dst)) continue;
        if (::rename(path.c_str(), dst.c_str()) != 0) return Status::IoError(Errno("cannot move", path));
        SyncDirectory(dir);
        return dst.string();
      }
      return Status::IoError(Errno("cannot move", path));
    }
  }
  return Status::IoError("cannot find a free name for " + path + " in " + dir);
}

}  // namespace baocao
