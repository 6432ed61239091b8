#include "cli/desk_support.h"

#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace baocao {
namespace {

namespace fs = std::filesystem;

std::string TempPathBeside(const std::string& path) {
  return path + ".tmp-" + std::to_string(::getpid());
}

}  // namespace

Result<std::unique_ptr<Database>> OpenExistingDatabase(const std::string& path) {
  if (!fs::exists(path)) return Status::NotFound("no database at " + path);
  return Database::Open(path);
}

Status WriteFileAtomically(const std::string& path, const std::function<Status(const std::string& tmp)>& write) {
  std::string tmp = TempPathBeside(path);
  Status s = write(tmp);
  std::error_code ec;
  if (!s.ok()) {
    fs::remove(tmp, ec);
    return s;
  }
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return Status::IoError("cannot write " + path + ": " + ec.message());
  }
  return Status::Ok();
}

Status WriteBinaryToStdout(const std::function<Status(const std::string& tmp)>& write) {
  if (::isatty(STDOUT_FILENO) != 0) {
    return Status::InvalidInput("this format is binary: give --out FILE or redirect the output to a file");
  }
  std::string templ = (fs::temp_directory_path() / "baocao-out-XXXXXX").string();
  int fd = ::mkstemp(templ.data());
  if (fd < 0) return Status::IoError("cannot create a temporary file in " + fs::temp_directory_path().string());
  ::close(fd);
  Status s = write(templ);
  if (s.ok()) {
    std::ifstream in(templ, std::ios::binary);
    std::cout << in.rdbuf();
    std::cout.flush();
    if (!in || !std::cout) s = Status::IoError("cannot copy the output to stdout");
  }
  std::error_code ec;
  fs::remove(templ, ec);
  return s;
}

bool ColourStdout() {
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour != nullptr && *no_colour != '\0') return false;
  return ::isatty(STDOUT_FILENO) != 0;
}

std::string CurrentUser() {
  for (const char* name : {"BAOCAO_USER", "USER", "LOGNAME"}) {
    const char* v = std::getenv(name);
    if (v != nullptr && *v != '\0') return v;
  }
  return "analyst";
}

}  // namespace baocao
