// `baocao watch`: files dropped into the inbox are loaded as they arrive
// and only once complete; while it runs, `ingest` finds the inbox locked
// (exit 4); SIGTERM stops it cleanly. Runs the real binary.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "tests/batch/inbox_fixtures.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;

// Waits (up to 60 s, for a loaded CI machine) until `done` holds.
template <typename Condition>
bool Eventually(Condition done) {
  for (int i = 0; i < 600; ++i) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

class Watcher {
 public:
  explicit Watcher(const testing::TempDir& dir) {
    pid_ = ::fork();
    if (pid_ == 0) {
      std::string out = dir.Path("watch.jsonl");
      std::string err = dir.Path("watch.err");
      std::freopen(out.c_str(), "w", stdout);
      std::freopen(err.c_str(), "w", stderr);
      ::execl(BAOCAO_BINARY, BAOCAO_BINARY, "--rules", BAOCAO_RULES, "watch", "--json", "--settle", "5",
              "--inbox", dir.Path("inbox").c_str(), "--db", dir.Path("b.db").c_str(), nullptr);
      ::_exit(127);
    }
  }
  // SIGTERM, then the exit code (-1 if it did not exit normally).
  int Stop() {
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  ~Watcher() {
    if (pid_ > 0) Stop();
  }

 private:
  pid_t pid_ = -1;
};

int StoredDocuments(const testing::TempDir& dir) {
  Result<std::unique_ptr<Database>> db = Database::Open(dir.Path("b.db"));
  if (!db.ok()) return -1;
  Result<std::vector<Extraction>> all = db.value()->LoadExtractions();
  return all.ok() ? static_cast<int>(all.value().size()) : -1;
}

TEST(InboxWatchTest, LoadsFilesAsTheyArriveAndOnlyOnceComplete) {
  testing::TempDir dir;
  fs::create_directories(dir.Path("inbox"));
  Watcher watcher(dir);
  ASSERT_TRUE(Eventually([&] { return fs::exists(dir.Path("inbox/.baocao.lock")) && StoredDocuments(dir) == 0; }));

  // A copy made the careful way: a temporary name, then a rename.
  fs::copy_file(testing::SampleFiles()[0], dir.Path("inbox/.dang-chep.docx"));
  fs::rename(dir.Path("inbox/.dang-chep.docx"), dir.Path("inbox/bao-cao-1.docx"));
  EXPECT_TRUE(Eventually([&] { return fs::exists(dir.Path("inbox/archive/bao-cao-1.docx")); }));
  EXPECT_EQ(StoredDocuments(dir), 1);

  // A copy written in place, slowly: half now, the rest a second later (open
  // for writing meanwhile, and younger than the 5 s settle time, with 3.8 s
  // to spare for a loaded machine).
  std::string report = testing::TextReport("Yên Lạc", "4/BC-TTHTCĐ", 2024, 5, 230);
  {
    std::ofstream slow(dir.Path("inbox/yen-lac.txt"), std::ios::binary);
    slow << report.substr(0, report.size() / 2) << std::flush;
    std::this_thread::sleep_for(std::chrono::milliseconds(1200));
    EXPECT_TRUE(fs::exists(dir.Path("inbox/yen-lac.txt"))) << "not taken while being written";
    EXPECT_EQ(StoredDocuments(dir), 1);
    slow << report.substr(report.size() / 2);
  }
  EXPECT_TRUE(Eventually([&] { return fs::exists(dir.Path("inbox/archive/yen-lac.txt")); }));
  ASSERT_EQ(StoredDocuments(dir), 2);
  Result<std::unique_ptr<Database>> db = Database::Open(dir.Path("b.db"));
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(db.value()->LoadExtractions().value()[1].records[0].participants, 230) << "read whole";

  // One run at a time: a cron ingest meanwhile exits with 4 at once.
  EXPECT_EQ(testing::Run(testing::Baocao() + " ingest --settle 0 --inbox '" + dir.Path("inbox") + "' --db '" +
                         dir.Path("b.db") + "' >/dev/null 2>&1"),
            4);

  EXPECT_EQ(watcher.Stop(), 0);
  std::vector<std::string> summaries = testing::Lines(testing::ReadText(dir.Path("watch.jsonl")));
  ASSERT_GE(summaries.size(), 2u) << "a JSON summary per batch";
  EXPECT_NE(summaries[0].find("\"loaded\":1"), std::string::npos) << summaries[0];
  EXPECT_NE(testing::ReadText(dir.Path("baocao.log")).find("watch stopped"), std::string::npos);
}

}  // namespace
}  // namespace baocao
