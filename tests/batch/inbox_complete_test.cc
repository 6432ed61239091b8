// Complete files only: a file open for writing, or still being modified, is
// left in the inbox and read once it is complete; temporary names are never
// touched.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "desk/export.h"
#include "tests/batch/inbox_fixtures.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;

// Whether this file system tells us about writers through read leases
// (tmpfs and ext4 do; some network and overlay file systems do not).
bool LeasesWork(const std::string& dir) {
  std::string path = dir + "/.lease-probe";
  int w = ::open(path.c_str(), O_WRONLY | O_CREAT, 0644);
  int r = ::open(path.c_str(), O_RDONLY);
  bool works = ::fcntl(r, F_SETLEASE, F_RDLCK) != 0 && errno == EAGAIN;
  ::close(r);
  ::close(w);
  ::unlink(path.c_str());
  return works;
}

struct Box {
  testing::TempDir dir;
  std::string inbox = dir.Path("inbox");
  std::unique_ptr<Database> db;
  Box() {
    fs::create_directories(inbox);
    db = std::move(Database::Open(dir.Path("b.db")).value());
  }
  IngestSummary Ingest(double settle) {
    IngestOptions options;
    options.inbox = inbox;
    options.read.settle_seconds = settle;
    Result<IngestSummary> s = IngestInbox(options, testing::Rules(), db.get());
    EXPECT_TRUE(s.ok()) << s.status().reason();
    return s.ok() ? s.value() : IngestSummary{};
  }
};

TEST(InboxCompleteTest, AFileOpenForWritingIsNotReadUntilItIsClosed) {
  Box box;
  if (!LeasesWork(box.inbox)) GTEST_SKIP() << "no read leases on this file system; the settle time covers it";
  std::string report = testing::TextReport("Yên Lạc", "4/BC-TTHTCĐ", 2024, 5, 230);
  std::string path = box.inbox + "/yen-lac.txt";
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::write(fd, report.data(), report.size() / 2), static_cast<ssize_t>(report.size() / 2));
  testing::Age(path);  // even an old mtime does not make an open file complete

  IngestSummary first = box.Ingest(/*settle=*/0);
  EXPECT_EQ(first.counts.waiting, 1);
  EXPECT_EQ(first.counts.loaded + first.counts.quarantined, 0);
  EXPECT_TRUE(fs::exists(path)) << "left in the inbox";
  EXPECT_TRUE(box.db->LoadExtractions().value().empty()) << "never half-read";

  std::string rest = report.substr(report.size() / 2);
  ASSERT_EQ(::write(fd, rest.data(), rest.size()), static_cast<ssize_t>(rest.size()));
  ::close(fd);
  IngestSummary second = box.Ingest(0);
  EXPECT_EQ(second.counts.loaded, 1);
  ASSERT_EQ(box.db->LoadExtractions().value().size(), 1u);
  EXPECT_EQ(box.db->LoadExtractions().value()[0].records[0].participants, 230) << "the whole file was read";
}

TEST(InboxCompleteTest, AFileStillGrowingWaitsUntilItHasSettled) {
  Box box;
  std::string path = box.inbox + "/dang-chep.txt";
  std::string report = testing::TextReport("Tân Hòa", "8/BC-TTHTCĐ", 2024, 3, 150);
  std::atomic<bool> stop{false};
  std::atomic<bool> started{false};
  // A slow copy: a line every 100 ms, the file closed in between, until the
  // pass below is over. The settle time is 20 times the gap, so even a
  // loaded machine does not let the file look settled while it grows.
  std::thread writer([&] {
    for (int i = 0; !stop; ++i) {
      std::ofstream(path, std::ios::app) << (i == 0 ? report : "Ghi chú " + std::to_string(i) + ".\n");
      started = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  while (!started) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  IngestSummary during = box.Ingest(/*settle=*/2);
  stop = true;
  writer.join();
  EXPECT_EQ(during.counts.waiting, 1) << "modified within the last 2 s, looked at twice";
  EXPECT_EQ(during.counts.loaded, 0);
  // Freshly finished: the pass waits for it to settle, then loads it.
  IngestSummary after = box.Ingest(2);
  EXPECT_EQ(after.counts.loaded, 1);
  EXPECT_EQ(after.counts.waiting, 0);
  EXPECT_TRUE(testing::InboxFiles(box.inbox).empty());
}

TEST(InboxCompleteTest, TemporaryNamesAreNeverTouched) {
  Box box;
  for (const char* name : {"~$bao-cao.docx", ".bao-cao.docx.swp", "bao-cao.docx.part", "bao-cao.docx.crdownload",
                           "bao-cao.docx.tmp", "bao-cao.docx~"}) {
    testing::WriteFile(box.inbox + "/" + name, testing::TextReport("Yên Lạc", "4/BC", 2024, 5, 230));
    testing::Age(box.inbox + "/" + name);
  }
  fs::create_directories(box.inbox + "/thu-muc-con");
  testing::WriteFile(box.dir.Path("ngoai.txt"), testing::TextReport("Tân Hòa", "8/BC", 2024, 3, 150));
  fs::create_symlink(box.dir.Path("ngoai.txt"), box.inbox + "/lien-ket.txt");
  IngestSummary s = box.Ingest(0);
  EXPECT_EQ(s.counts.files, 0);
  EXPECT_EQ(testing::InboxFiles(box.inbox).size(), 6u);  // the dot file is not listed
  EXPECT_TRUE(fs::exists(box.inbox + "/.bao-cao.docx.swp"));
  EXPECT_TRUE(fs::is_symlink(box.inbox + "/lien-ket.txt")) << "symbolic links are left alone";
}

TEST(InboxCompleteTest, TheSameBytesUnderTwoNamesLoadOnce) {
  Box box;
  std::string report = testing::TextReport("Yên Lạc", "4/BC-TTHTCĐ", 2024, 5, 230);
  testing::WriteFile(box.inbox + "/bao-cao.txt", report);
  testing::WriteFile(box.inbox + "/bao-cao (1).txt", report);
  IngestSummary s = box.Ingest(0);
  EXPECT_EQ(s.counts.loaded, 1);
  EXPECT_EQ(s.counts.duplicates, 1);
  EXPECT_EQ(box.db->LoadExtractions().value().size(), 1u);
  EXPECT_EQ(box.db->LoadExtractions().value()[0].document.file, "bao-cao (1).txt") << "the first in name order";
  EXPECT_EQ(testing::ListDir(box.inbox + "/archive").size(), 2u) << "both kept";
}

TEST(InboxCompleteTest, ACorrectedVersionSupersedesInTheExport) {
  Box box;
  testing::WriteFile(box.inbox + "/yen-lac.txt", testing::TextReport("Yên Lạc", "4/BC-TTHTCĐ", 2024, 5, 230, 10));
  IngestSummary first = box.Ingest(0);
  EXPECT_EQ(first.counts.new_versions, 0);
  testing::WriteFile(box.inbox + "/yen-lac.txt", testing::TextReport("Yên Lạc", "4/BC-TTHTCĐ", 2024, 5, 260, 18));
  IngestSummary second = box.Ingest(0);
  EXPECT_EQ(second.counts.loaded, 1);
  EXPECT_EQ(second.counts.new_versions, 1);
  std::ostringstream current;
  ASSERT_TRUE(ExportJsonl(box.db.get(), current).ok());
  EXPECT_NE(current.str().find("\"participants\":260"), std::string::npos);
  EXPECT_EQ(current.str().find("\"participants\":230"), std::string::npos) << "the old version left the export";
  EXPECT_NE(testing::ExportAll(box.db.get()).find("\"participants\":230"), std::string::npos) << "and is kept";
  EXPECT_EQ(testing::ListDir(box.inbox + "/archive"),
            (std::vector<std::string>{"yen-lac (2).txt", "yen-lac.txt"}))
      << "the archive keeps both under unique names";
}

}  // namespace
}  // namespace baocao
