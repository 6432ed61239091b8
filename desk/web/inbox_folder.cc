#include "desk/web/inbox_folder.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "batch/inbox.h"
#include "util/files.h"

namespace baocao::web {
namespace {

namespace fs = std::filesystem;

std::string IsoTime(const fs::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return "";
  std::tm tm{};
  gmtime_r(&st.st_mtime, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string FirstLine(const fs::path& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

bool PlainName(const std::string& name) {
  return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos &&
         name.find('\0') == std::string::npos;
}

// "a.docx" taken -> "a (2).docx", as util/files.h names moved files.
fs::path UniqueIn(const fs::path& dir, const std::string& name) {
  fs::path candidate = dir / name;
  std::error_code ec;
  if (!fs::exists(candidate, ec)) return candidate;
  fs::path p(name);
  std::string stem = p.stem().string(), ext = p.extension().string();
  for (int i = 2;; ++i) {
    candidate = dir / (stem + " (" + std::to_string(i) + ")" + ext);
    if (!fs::exists(candidate, ec)) return candidate;
  }
}

// Drops a trailing partial UTF-8 sequence after a cut.
void TrimToUtf8(std::string* s) {
  std::size_t i = s->size();
  int back = 0;
  while (i > 0 && back < 4 && (static_cast<unsigned char>((*s)[i - 1]) & 0xC0) == 0x80) {
    --i;
    ++back;
  }
  if (i == 0) return;
  unsigned char lead = static_cast<unsigned char>((*s)[i - 1]);
  int need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
  if (need != back) s->resize(lead >= 0xC0 ? i - 1 : i + back);
}

}  // namespace

Result<InboxListing> ListInbox(const std::string& inbox) {
  std::error_code ec;
  if (!fs::is_directory(inbox, ec)) return Status::NotFound("no inbox folder at " + inbox);
  InboxListing out;
  for (const fs::directory_entry& e : fs::directory_iterator(inbox, ec)) {
    std::string name = e.path().filename().string();
    if (!e.is_regular_file(ec) || e.is_symlink(ec) || IsIgnoredName(name)) continue;
    out.waiting.push_back({name, static_cast<std::uint64_t>(e.file_size(ec)), IsoTime(e.path()), ""});
  }
  std::sort(out.waiting.begin(), out.waiting.end(),
            [](const InboxFile& a, const InboxFile& b) { return a.name < b.name; });
  fs::path quarantine = fs::path(inbox) / "quarantine";
  if (fs::is_directory(quarantine, ec)) {
    for (const fs::directory_entry& e : fs::directory_iterator(quarantine, ec)) {
      std::string name = e.path().filename().string();
      if (!e.is_regular_file(ec) || name.ends_with(".reason.txt") || name[0] == '.') continue;
      InboxFile f{name, static_cast<std::uint64_t>(e.file_size(ec)), IsoTime(e.path()),
                  FirstLine(quarantine / (name + ".reason.txt"))};
      out.quarantined.push_back(f);
    }
  }
  std::sort(out.quarantined.begin(), out.quarantined.end(), [](const InboxFile& a, const InboxFile& b) {
    return a.modified != b.modified ? a.modified > b.modified : a.name < b.name;
  });
  return out;
}

std::string SafeFileName(const std::string& raw) {
  std::string name = raw;
  std::size_t cut = name.find_last_of("/\\");
  if (cut != std::string::npos) name = name.substr(cut + 1);
  std::string clean;
  for (unsigned char c : name) {
    bool bad = c < 0x20 || c == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == ':' || c == '|' ||
               c == '?' || c == '*' || c == '`' || c == '$';
    clean += bad ? '_' : static_cast<char>(c);
  }
  // Leading dots, spaces and '~' would hide the file from the inbox pass.
  std::size_t start = clean.find_first_not_of(". ~");
  clean = start == std::string::npos ? "" : clean.substr(start);
  while (!clean.empty() && (clean.back() == ' ' || clean.back() == '.')) clean.pop_back();
  if (!clean.empty() && IsIgnoredName(clean)) clean += "_";  // "x.part", "x.tmp": the pass would never read it
  constexpr std::size_t kMax = 150;
  if (clean.size() > kMax) {
    std::string ext = fs::path(clean).extension().string();
    if (ext.size() > 12) ext.clear();
    std::string stem = clean.substr(0, kMax - ext.size());
    TrimToUtf8(&stem);
    clean = stem + ext;
  }
  if (clean.empty() || clean.front() == '.') clean = "upload" + clean;
  return clean;
}

Result<std::string> SaveUpload(const std::string& inbox, const std::string& raw_name, const std::string& content) {
  if (content.empty()) return Status::InvalidInput("the file is empty");
  std::error_code ec;
  if (!fs::is_directory(inbox, ec)) return Status::NotFound("no inbox folder at " + inbox);
  // Hidden while it is written: the inbox pass ignores dot files.
  std::string tmp = (fs::path(inbox) / (".upload-" + std::to_string(::getpid()) + "-XXXXXX")).string();
  int fd = ::mkstemp(tmp.data());
  if (fd < 0) return Status::IoError("cannot write into the inbox " + inbox);
  ::fchmod(fd, 0644);
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n <= 0) {
      ::close(fd);
      fs::remove(tmp, ec);
      return Status::IoError("cannot write into the inbox " + inbox + " (disk full?)");
    }
    done += static_cast<std::size_t>(n);
  }
  bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!synced) {
    fs::remove(tmp, ec);
    return Status::IoError("cannot write into the inbox " + inbox);
  }
  fs::path target = UniqueIn(inbox, SafeFileName(raw_name));
  // link() fails when the name was taken meanwhile, where rename() would replace it.
  while (::link(tmp.c_str(), target.c_str()) != 0) {
    if (errno != EEXIST) {
      fs::remove(tmp, ec);
      return Status::IoError("cannot write into the inbox " + inbox);
    }
    target = UniqueIn(inbox, target.filename().string());
  }
  fs::remove(tmp, ec);
  SyncDirectory(inbox);
  return target.filename().string();
}

Result<std::string> RetryQuarantined(const std::string& inbox, const std::string& name) {
  if (!PlainName(name) || name.ends_with(".reason.txt")) {
    return Status::InvalidInput("not a quarantined file's name: " + name);
  }
  fs::path quarantine = fs::path(inbox) / "quarantine";
  fs::path file = quarantine / name;
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) return Status::NotFound("no quarantined file named " + name);
  fs::path target = UniqueIn(inbox, name);
  while (::link(file.c_str(), target.c_str()) != 0) {
    if (errno != EEXIST) return Status::IoError("cannot move " + name + " back into the inbox");
    target = UniqueIn(inbox, target.filename().string());
  }
  SyncDirectory(inbox);
  fs::remove(file, ec);
  fs::path reason = quarantine / (name + ".reason.txt");
  if (fs::exists(reason, ec)) {
    fs::path retried = quarantine / "retried";
    fs::create_directories(retried, ec);
    MoveIntoDirectory(reason.string(), retried.string());
  }
  SyncDirectory(quarantine.string());
  return target.filename().string();
}

}  // namespace baocao::web
