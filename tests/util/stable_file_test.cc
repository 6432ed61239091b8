// Complete-file reads and the interruptible move of util/.
#include "util/stable_file.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/time.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "tests/support/temp_dir.h"
#include "util/files.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

void Write(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

void MakeOld(const std::string& path) {
  struct timeval times[2];
  ::gettimeofday(&times[0], nullptr);
  times[0].tv_sec -= 3600;
  times[1] = times[0];
  ::utimes(path.c_str(), times);
}

TEST(StableFileTest, AnOldClosedFileIsReadWhole) {
  TempDir dir;
  Write(dir.Path("a.docx"), "complete");
  MakeOld(dir.Path("a.docx"));
  ReadyFile f;
  ASSERT_TRUE(ReadCompleteFile(dir.Path("a.docx"), {}, &f).ok());
  EXPECT_EQ(f.readiness, Readiness::kReady);
  EXPECT_EQ(f.bytes, "complete");
  EXPECT_EQ(f.identity, IdentityOf(dir.Path("a.docx")).value());
}

TEST(StableFileTest, ARecentFileWaitsForTheSettleTime) {
  TempDir dir;
  Write(dir.Path("a.docx"), "just copied");
  ReadyFile f;
  ASSERT_TRUE(ReadCompleteFile(dir.Path("a.docx"), {.settle_seconds = 60}, &f).ok());
  EXPECT_EQ(f.readiness, Readiness::kRecentlyModified);
  EXPECT_TRUE(f.bytes.empty());
  ASSERT_TRUE(ReadCompleteFile(dir.Path("a.docx"), {.settle_seconds = 0}, &f).ok());
  EXPECT_EQ(f.readiness, Readiness::kReady);
}

TEST(StableFileTest, AFileOpenForWritingIsNotReady) {
  TempDir dir;
  int w = ::open(dir.Path("a.docx").c_str(), O_WRONLY | O_CREAT, 0644);
  ASSERT_GE(w, 0);
  ASSERT_EQ(::write(w, "half", 4), 4);
  MakeOld(dir.Path("a.docx"));
  ReadyFile f;
  ASSERT_TRUE(ReadCompleteFile(dir.Path("a.docx"), {.settle_seconds = 0}, &f).ok());
  int r = ::open(dir.Path("a.docx").c_str(), O_RDONLY);
  bool leases = ::fcntl(r, F_SETLEASE, F_RDLCK) != 0 && errno == EAGAIN;
  ::close(r);
  if (leases) {
    EXPECT_EQ(f.readiness, Readiness::kOpenForWriting);
  }
  ::close(w);
  ASSERT_TRUE(ReadCompleteFile(dir.Path("a.docx"), {.settle_seconds = 0}, &f).ok());
  EXPECT_EQ(f.readiness, Readiness::kReady);
  EXPECT_EQ(f.bytes, "half");
}

TEST(StableFileTest, TooLargeIsRefusedUnread) {
  TempDir dir;
  Write(dir.Path("big.docx"), std::string(4096, 'x'));
  ReadyFile f;
  Status s = ReadCompleteFile(dir.Path("big.docx"), {.settle_seconds = 0, .max_bytes = 1024}, &f);
  EXPECT_EQ(s.code(), Status::Code::kHostile);
  EXPECT_NE(s.reason().find("too large"), std::string::npos);
  EXPECT_EQ(ReadCompleteFile(dir.Path("missing.docx"), {}, &f).code(), Status::Code::kIoError);
}

TEST(LinkIntoDirectoryTest, AnInterruptedMoveIsFinishedWithoutASecondCopy) {
  TempDir dir;
  Write(dir.Path("bao cao.docx"), "one");
  Result<std::string> first = LinkIntoDirectory(dir.Path("bao cao.docx"), dir.Path("archive"));
  ASSERT_TRUE(first.ok());
  // Killed here: the file is under both names. Linking again finds its own link.
  Result<std::string> again = LinkIntoDirectory(dir.Path("bao cao.docx"), dir.Path("archive"));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value(), first.value());
  ASSERT_TRUE(RemoveName(dir.Path("bao cao.docx")).ok());
  EXPECT_TRUE(RemoveName(dir.Path("bao cao.docx")).ok()) << "already gone is fine";
  EXPECT_EQ(fs::directory_iterator(dir.Path("archive"))->path().filename(), "bao cao.docx");
  // Another file of the same name gets a new name, never the old one's.
  Write(dir.Path("bao cao.docx"), "two");
  Result<std::string> other = LinkIntoDirectory(dir.Path("bao cao.docx"), dir.Path("archive"));
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(fs::path(other.value()).filename(), "bao cao (2).docx");
}

}  // namespace
}  // namespace baocao
