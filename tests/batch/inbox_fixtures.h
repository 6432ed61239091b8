// Helpers shared by the inbox tests: reports we write as plain UTF-8 text
// (the converter reads text, so tests need no DOCX writer), inboxes in temp
// folders, and the binary run with the test-only hooks.
#ifndef BAOCAO_TESTS_BATCH_INBOX_FIXTURES_H_
#define BAOCAO_TESTS_BATCH_INBOX_FIXTURES_H_

#include <sys/stat.h>
#include <sys/time.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "desk/export.h"
#include "batch/inbox.h"
#include "store/database.h"
#include "tests/support/test_support.h"

namespace baocao::testing {

// A short yearly report of a commune's learning centre, in the genre.
inline std::string TextReport(const std::string& commune, const std::string& ref, int year, int classes,
                              int participants, int day = 15) {
  return "UBND XÃ " + commune + "\nTRUNG TÂM HỌC TẬP CỘNG ĐỒNG\nSố: " + ref + "\n" + commune + ", ngày " +
         std::to_string(day) + " tháng 12 năm " + std::to_string(year) +
         "\nBÁO CÁO\nKết quả hoạt động Trung tâm học tập cộng đồng năm " + std::to_string(year) + "\nNăm " +
         std::to_string(year) + ", Trung tâm đã tổ chức " + std::to_string(classes) +
         " lớp chuyên đề giáo dục pháp luật với " + std::to_string(participants) +
         " lượt người tham gia.\nTổ chức 2 lớp tập huấn kỹ thuật chăn nuôi với 75 lượt người tham gia.\n";
}

inline void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// Sets the file's mtime `seconds` into the past, as if written long ago.
inline void Age(const std::string& path, int seconds = 3600) {
  struct timeval times[2];
  ::gettimeofday(&times[0], nullptr);
  times[0].tv_sec -= seconds;
  times[1] = times[0];
  ::utimes(path.c_str(), times);
}

// File names in `dir` (not recursive), sorted; empty when it is missing.
inline std::vector<std::string> ListDir(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file()) out.push_back(e.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Inbox files only: the lock and our other dot files left out.
inline std::vector<std::string> InboxFiles(const std::string& inbox) {
  std::vector<std::string> out;
  for (const std::string& name : ListDir(inbox)) {
    if (name[0] != '.') out.push_back(name);
  }
  return out;
}

// The committed DOCX samples, copied into `dir` (with a suffix in the name).
inline void CopySamples(const std::string& dir, const std::string& suffix = "") {
  for (const fs::path& p : SampleFiles()) {
    fs::copy_file(p, fs::path(dir) / (p.stem().string() + suffix + ".docx"));
  }
}

// The binary with the source tree's rules; `env` goes before it.
inline std::string Baocao(const std::string& env = "") {
  return env + (env.empty() ? "" : " ") + "'" + BAOCAO_BINARY + "' --rules '" + BAOCAO_RULES + "'";
}

// Everything stored (all versions), as `export --all-versions` prints it.
inline std::string ExportAll(Database* db) {
  std::ostringstream out;
  EXPECT_TRUE(ExportJsonl(db, out, Versions::kAll).ok());
  return out.str();
}

// "file: reason" per quarantine row, sorted.
inline std::vector<std::string> QuarantineRows(Database* db) {
  std::vector<std::string> rows;
  Result<std::vector<Database::QuarantineEntry>> entries = db->Quarantined();
  EXPECT_TRUE(entries.ok());
  if (!entries.ok()) return rows;
  for (const auto& e : entries.value()) rows.push_back(e.file + ": " + e.reason);
  std::sort(rows.begin(), rows.end());
  return rows;
}

// A batch with a bit of everything, the same every time: six samples, a
// report and its corrected version (same issuer, type, period and
// reference), the same bytes again under another name, an empty file, and a
// child that segfaults (BAOCAO_TEST_HOOKS=1 must be set for it to crash).
inline void MakeBatch(const std::string& inbox) {
  fs::create_directories(inbox);
  std::vector<fs::path> samples = SampleFiles();
  for (std::size_t i = 0; i < 6 && i < samples.size(); ++i) fs::copy_file(samples[i], fs::path(inbox) / samples[i].filename());
  fs::copy_file(samples[0], fs::path(inbox) / ("zz-ban-sao-" + samples[0].filename().string()));
  WriteFile(inbox + "/hoa-binh-2024.txt", TextReport("Hòa Bình", "12/BC-TTHTCĐ", 2024, 6, 320, 15));
  WriteFile(inbox + "/hoa-binh-2024-sua.txt", TextReport("Hòa Bình", "12/BC-TTHTCĐ", 2024, 7, 345, 20));
  WriteFile(inbox + "/empty.docx", "");
  WriteFile(inbox + "/k-crash.docx", "BAOCAO-TEST-CHILD:segfault");
}

// What a batch left behind: everything a run is judged by.
struct Outcome {
  std::string records;                  // export, all versions
  std::vector<std::string> versions;    // "file vN current|superseded"
  std::vector<std::string> quarantine;  // rows of the quarantine table
  std::vector<std::string> archive;     // archive/ listing
  std::vector<std::string> quarantined; // quarantine/ listing (reason files included)
  std::vector<std::string> inbox;       // what is left in the inbox
  bool operator==(const Outcome&) const = default;
};

inline Outcome OutcomeOf(const std::string& inbox, Database* db) {
  Outcome o;
  o.records = ExportAll(db);
  Result<std::vector<DocumentVersion>> versions = db->DocumentVersions();
  EXPECT_TRUE(versions.ok());
  if (versions.ok()) {
    for (const DocumentVersion& v : versions.value()) {
      o.versions.push_back(v.file + " v" + std::to_string(v.version) + (v.superseded_by ? " superseded" : " current"));
    }
  }
  o.quarantine = QuarantineRows(db);
  o.archive = ListDir(inbox + "/archive");
  o.quarantined = ListDir(inbox + "/quarantine");
  o.inbox = InboxFiles(inbox);
  return o;
}

inline std::ostream& operator<<(std::ostream& out, const Outcome& o) {
  out << "versions:";
  for (const auto& v : o.versions) out << " [" << v << "]";
  out << "\nquarantine:";
  for (const auto& v : o.quarantine) out << " [" << v << "]";
  out << "\narchive:";
  for (const auto& v : o.archive) out << " [" << v << "]";
  out << "\nquarantine/:";
  for (const auto& v : o.quarantined) out << " [" << v << "]";
  out << "\ninbox:";
  for (const auto& v : o.inbox) out << " [" << v << "]";
  return out << "\nrecords: " << o.records.size() << " bytes\n";
}

}  // namespace baocao::testing

#endif  // BAOCAO_TESTS_BATCH_INBOX_FIXTURES_H_
