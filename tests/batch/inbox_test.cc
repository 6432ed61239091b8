// The inbox: loads once, never deletes, quarantines bad files with a reason
// and goes on.
#include "batch/inbox.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <unistd.h>

#include <fstream>

#include "batch/run_log.h"
#include "batch/run_log_summary.h"
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

// A report read only in part is loaded, and says so: on its log line, in
// the run summary and with the stored document. A file name with a newline
// cannot forge a second log line.
TEST(InboxTest, PartialReadsAreLoadedWithTheirWarningsSaid) {
  Inbox box;
  // Plain text that is not UTF-8 (a legacy 8-bit file): read, with a warning.
  const std::string legacy = "UBND XA TAN AN\nBAO CAO\nNam 2024, Trung t\xe2m to chuc 3 lop.\n";
  std::ofstream(box.inbox + "/bao cao\nloaded ok.txt", std::ios::binary) << legacy;
  RunLog log;
  RunLogOptions log_options;
  log_options.mode = "none";
  log_options.file = box.dir.Path("run.log");
  ASSERT_TRUE(log.Open(log_options).ok());
  IngestOptions options;
  options.inbox = box.inbox;
  options.read.settle_seconds = 0;
  options.log = &log;
  Result<IngestSummary> s = IngestInbox(options, testing::Rules(), box.db.get());
  ASSERT_TRUE(s.ok()) << s.status().reason();
  EXPECT_EQ(s.value().counts.loaded, 1);
  EXPECT_EQ(s.value().loaded_with_warnings, 1);
  EXPECT_NE(RunSummaryText(s.value(), "x.db").find("warnings     1"), std::string::npos);
  EXPECT_NE(RunSummaryJson(s.value(), "x.db").find("\"loaded_with_warnings\":1"), std::string::npos);

  const std::string text = testing::ReadText(box.dir.Path("run.log"));
  std::size_t at = text.find("bao cao\\nloaded ok.txt: 1 warning: plain text not in UTF-8");
  EXPECT_NE(at, std::string::npos) << text;
  for (std::size_t pos = 0, end; (end = text.find('\n', pos)) != std::string::npos; pos = end + 1) {
    EXPECT_EQ(text.compare(pos, 2, "20"), 0) << "every line starts with its time stamp: " << text.substr(pos, end - pos);
  }

  Result<std::vector<Extraction>> stored = box.db->LoadExtractions();
  ASSERT_TRUE(stored.ok());
  ASSERT_EQ(stored.value().size(), 1u);
  ASSERT_EQ(stored.value()[0].document.warnings.size(), 1u);
  EXPECT_NE(stored.value()[0].document.warnings[0].find("not in UTF-8"), std::string::npos);
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
