#include "ingest/office/convert.h"

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string_view>
#include <thread>
#include <vector>

#include "util/sha256.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;

// Removes the sandbox directory whatever happens.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "baocao-office.XXXXXX").string();
    if (mkdtemp(tmpl.data()) != nullptr) path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

bool Executable(const fs::path& p) { return access(p.c_str(), X_OK) == 0 && !fs::is_directory(p); }

// Runs argv with HOME=`home`, output discarded, in its own process group;
// kills the group after `timeout_seconds`. Returns the exit code, -1 on a
// failure to start, -2 on timeout.
int RunSandboxed(const std::vector<std::string>& argv, const std::string& home, int timeout_seconds) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  // The environment is built before fork: the child only calls functions
  // safe after fork in a threaded process.
  std::vector<std::string> env_strings = {"HOME=" + home};
  for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
    if (std::string_view(*e).substr(0, 5) != "HOME=") env_strings.emplace_back(*e);
  }
  std::vector<char*> env;
  for (std::string& e : env_strings) env.push_back(e.data());
  env.push_back(nullptr);
  const pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    setpgid(0, 0);
    const int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
      dup2(null, 0), dup2(null, 1), dup2(null, 2);
    }
    if (chdir(home.c_str()) != 0) _exit(126);
    execve(args[0], args.data(), env.data());
    _exit(127);
  }
  setpgid(pid, pid);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  for (;;) {
    int status = 0;
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) {
      kill(-pid, SIGKILL);  // helpers LibreOffice left behind
      return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    if (done < 0) return -1;
    if (std::chrono::steady_clock::now() > deadline) {
      kill(-pid, SIGKILL);
      waitpid(pid, &status, 0);
      return -2;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

}  // namespace

std::string FindLibreOffice(const OfficeOptions& options) {
  if (!options.soffice.empty()) return Executable(options.soffice) ? options.soffice : "";
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path != nullptr ? path : "/usr/local/bin:/usr/bin:/bin");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    for (const char* name : {"soffice", "libreoffice"}) {
      const fs::path candidate = fs::path(dir.empty() ? "." : dir) / name;
      if (Executable(candidate)) return candidate.string();
    }
  }
  return "";
}

namespace {

// Writes `bytes` to `path`; false on failure.
bool WriteFile(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

// The whole file, or nullopt.
std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// soffice converting `inputs` (paths in dir) to DOCX in dir, sandboxed.
int RunConversion(const std::string& soffice, const TempDir& dir, const std::vector<std::string>& inputs,
                  int timeout_seconds) {
  std::vector<std::string> argv = {soffice, "-env:UserInstallation=file://" + dir.path() + "/profile", "--headless",
                                   "--norestore", "--nolockcheck", "--convert-to", "docx", "--outdir", dir.path()};
  argv.insert(argv.end(), inputs.begin(), inputs.end());
  return RunSandboxed(argv, dir.path(), timeout_seconds);
}

}  // namespace

Result<std::string> ConvertToDocx(std::string_view bytes, const std::string& extension,
                                  const OfficeOptions& options) {
  if (options.prepared) {
    auto it = options.prepared->find(Sha256Hex(bytes));
    if (it != options.prepared->end()) return it->second;
  }
  const std::string soffice = FindLibreOffice(options);
  const std::string what = (extension == "doc" ? "legacy ." : ".") + extension;
  if (soffice.empty()) {
    return Status::Unsupported(what +
                               ": LibreOffice is not installed (install libreoffice-writer-nogui to read it), "
                               "or save it as .docx and resubmit");
  }
  TempDir dir;
  if (dir.path().empty()) return Status::IoError("cannot create a temporary directory for LibreOffice");
  const std::string input = dir.path() + "/report." + extension;
  if (!WriteFile(input, bytes)) return Status::IoError("cannot write a temporary file for LibreOffice");
  const int code = RunConversion(soffice, dir, {input}, options.timeout_seconds);
  if (code == -2) {
    return Status::InvalidInput(what + ": LibreOffice did not finish within " +
                                std::to_string(options.timeout_seconds) + " s");
  }
  std::optional<std::string> docx = ReadFile(dir.path() + "/report.docx");
  if (code != 0 || !docx) {
    return Status::InvalidInput(what + ": LibreOffice could not convert it (damaged file?)");
  }
  return std::move(*docx);
}

std::shared_ptr<const PreparedDocx> ConvertManyToDocx(const std::vector<OfficeFile>& files,
                                                      const OfficeOptions& options) {
  auto out = std::make_shared<PreparedDocx>();
  const std::string soffice = FindLibreOffice(options);
  if (files.empty() || soffice.empty()) return out;
  TempDir dir;
  if (dir.path().empty()) return out;
  std::vector<std::string> inputs, hashes;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string hash = Sha256Hex(files[i].bytes);
    if (out->count(hash) != 0 || std::find(hashes.begin(), hashes.end(), hash) != hashes.end()) continue;
    const std::string input = dir.path() + "/f" + std::to_string(i) + "." + files[i].extension;
    if (!WriteFile(input, files[i].bytes)) continue;
    inputs.push_back(input);
    hashes.push_back(hash);
  }
  RunConversion(soffice, dir, inputs, options.timeout_seconds + 10 * static_cast<int>(inputs.size()));
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const fs::path docx = fs::path(inputs[i]).replace_extension(".docx");
    if (std::optional<std::string> bytes = ReadFile(docx.string()); bytes && !bytes->empty()) {
      (*out)[hashes[i]] = std::move(*bytes);
    }
  }
  return out;
}

}  // namespace baocao
