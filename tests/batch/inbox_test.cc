// The inbox: loads once, never deletes, quarantines bad files with a reason
// and goes on.
#include "batch/inbox.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <unistd.h>

#include "store/database.h"
#include "tests/support/test_support.h"

namespace baocao {
namespace {

using testing::fs::path;
namespace fs = std::filesystem;

void CopySamplesInto(const std::string& dir, const std::string& suffix = "") {
  for (const path& p : testing::SampleFiles()) {
    fs::copy_file(p, fs::path(dir) / (p.stem().string() + suffix + ".docx"));
  }
}

std::size_t CountFiles(const std::string& dir, const std::string& ext) {
  std::size_t n = 0;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ext) ++n;
  }
  return n;
}

struct Inbox {
  testing::TempDir dir;
  std::string inbox = dir.Path("inbox");
  std::unique_ptr<Database> db;
  Inbox() {
    fs::create_directories(inbox);
    db = std::move(Database::Open(dir.Path("baocao.db")).value());
  }
  IngestSummary Ingest() {
    IngestOptions options;
    options.inbox = inbox;
    options.read.settle_seconds = 0;  // the files were just copied
    Result<IngestSummary> s = IngestInbox(options, testing::Rules(), db.get());
    EXPECT_TRUE(s.ok()) << s.status().reason();
    return s.ok() ? s.value() : IngestSummary{};
  }
};

TEST(InboxTest, SamplesLoadOnceEvenWhenSubmittedAgainUnderOtherNames) {
  Inbox box;
  CopySamplesInto(box.inbox);
  std::size_t samples = testing::SampleFiles().size();
  IngestSummary first = box.Ingest();
  EXPECT_EQ(static_cast<std::size_t>(first.counts.loaded), samples);
  EXPECT_EQ(first.counts.quarantined, 0);
  EXPECT_GT(first.counts.records, 0);
  EXPECT_EQ(CountFiles(box.inbox, ".docx"), 0u) << "loaded files leave the inbox";
  EXPECT_EQ(CountFiles(box.inbox + "/archive", ".docx"), samples);

  // The clerk copies the same reports again, renamed.
  CopySamplesInto(box.inbox, " (ban sao)");
  IngestSummary second = box.Ingest();
  EXPECT_EQ(second.counts.loaded, 0);
  EXPECT_EQ(static_cast<std::size_t>(second.counts.duplicates), samples);
  EXPECT_EQ(CountFiles(box.inbox + "/archive", ".docx"), 2 * samples) << "nothing is deleted";

  Result<std::vector<Extraction>> stored = box.db->LoadExtractions();
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored.value().size(), samples);
  Result<std::vector<RunInfo>> runs = box.db->Runs();
  ASSERT_TRUE(runs.ok());
  ASSERT_EQ(runs.value().size(), 2u);
  EXPECT_EQ(runs.value()[0].counts.loaded, static_cast<int>(samples));
  EXPECT_FALSE(runs.value()[0].rules_version.empty());
}

TEST(InboxTest, HostileFilesAreQuarantinedWithReasonsWhileGoodFilesLoad) {
  Inbox box;
  CopySamplesInto(box.inbox);
  struct Case {
    const char* file;
    const char* reason_word;
  } cases[] = {
      {"zip-bomb.docx", "zip bomb"},  {"xxe.docx", "DTD"},           {"truncated.docx", "truncated"},
      {"empty.docx", "empty"},        {"not-a-report.docx", "image"}, {"deep-nesting.docx", "nested"},
  };
  for (const Case& c : cases) {
    fs::copy_file(fs::path(BAOCAO_TEST_DATA) / "hostile" / c.file, fs::path(box.inbox) / c.file);
  }
  IngestSummary s = box.Ingest();
  EXPECT_EQ(static_cast<std::size_t>(s.counts.loaded), testing::SampleFiles().size());
  EXPECT_EQ(s.counts.quarantined, static_cast<int>(std::size(cases)));
  for (const Case& c : cases) {
    std::string q = box.inbox + "/quarantine/" + c.file;
    EXPECT_TRUE(fs::exists(q)) << c.file << " kept in quarantine";
    std::string reason = testing::ReadText(q + ".reason.txt");
    EXPECT_NE(reason.find(c.reason_word), std::string::npos) << c.file << ": " << reason;
    EXPECT_EQ(std::count(reason.begin(), reason.end(), '\n'), 1) << "one line: " << reason;
  }
  EXPECT_EQ(CountFiles(box.inbox, ".docx"), 0u);
}

TEST(InboxTest, TemporaryAndHiddenFilesAreLeftAlone) {
  Inbox box;
  for (const char* name : {"~$bao-cao.docx", ".hidden.docx", "dang-tai.docx.part", "x.crdownload"}) {
    std::ofstream(fs::path(box.inbox) / name) << "partial";
  }
  IngestSummary s = box.Ingest();
  EXPECT_EQ(s.counts.loaded + s.counts.quarantined + s.counts.duplicates, 0);
  EXPECT_TRUE(fs::exists(fs::path(box.inbox) / "~$bao-cao.docx"));
  EXPECT_TRUE(fs::exists(fs::path(box.inbox) / "dang-tai.docx.part"));
}

TEST(InboxTest, ASecondRunWhileTheFirstHoldsTheLockIsRefused) {
  Inbox box;
  int fd = ::open((box.inbox + "/.baocao.lock").c_str(), O_RDWR | O_CREAT, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);
  IngestOptions options;
  options.inbox = box.inbox;
  options.read.settle_seconds = 0;
  Result<IngestSummary> s = IngestInbox(options, testing::Rules(), box.db.get());
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kBusy);
  ::close(fd);
}

TEST(InboxTest, CommittedButNotMovedIsArchivedAsDuplicateNextRun) {
  // Simulates a run killed after the commit and before the move: the file
  // is still in the inbox although its records are stored.
  Inbox box;
  CopySamplesInto(box.inbox);
  box.Ingest();
  path first = testing::SampleFiles()[0];
  fs::copy_file(fs::path(box.inbox) / "archive" / first.filename(), fs::path(box.inbox) / first.filename());
  IngestSummary s = box.Ingest();
  EXPECT_EQ(s.counts.loaded, 0);
  EXPECT_EQ(s.counts.duplicates, 1);
  EXPECT_EQ(box.db->LoadExtractions().value().size(), testing::SampleFiles().size());
}

TEST(InboxTest, IgnoredNames) {
  EXPECT_TRUE(IsIgnoredName("~$x.docx"));
  EXPECT_TRUE(IsIgnoredName(".x.docx"));
  EXPECT_TRUE(IsIgnoredName("x.docx.part"));
  EXPECT_TRUE(IsIgnoredName("x.crdownload"));
  EXPECT_FALSE(IsIgnoredName("bao-cao-2024.docx"));
}

}  // namespace
}  // namespace baocao
