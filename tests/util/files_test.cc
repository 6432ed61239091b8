#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "tests/support/temp_dir.h"
#include "util/files.h"
#include "util/sha256.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;

using testing::TempDir;

void Write(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

TEST(Sha256Test, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(FilesTest, ReadRefusesFilesOverTheLimit) {
  TempDir dir;
  Write(dir.Path("big.docx"), std::string(4096, 'x'));
  Result<std::string> r = ReadFileBytes(dir.Path("big.docx"), 1024);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().reason().find("too large"), std::string::npos);
  Result<std::string> ok = ReadFileBytes(dir.Path("big.docx"));
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok.value().size(), 4096u);
  EXPECT_FALSE(ReadFileBytes(dir.Path("missing.docx")).ok());
}

TEST(FilesTest, MoveKeepsNameAndNeverOverwrites) {
  TempDir dir;
  Write(dir.Path("bao cao.docx"), "first");
  Result<std::string> a = MoveIntoDirectory(dir.Path("bao cao.docx"), dir.Path("archive"));
  ASSERT_TRUE(a.ok()) << a.status().reason();
  EXPECT_EQ(fs::path(a.value()).filename(), "bao cao.docx");
  Write(dir.Path("bao cao.docx"), "second");
  Result<std::string> b = MoveIntoDirectory(dir.Path("bao cao.docx"), dir.Path("archive"));
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(fs::path(b.value()).filename(), "bao cao (2).docx");
  EXPECT_FALSE(fs::exists(dir.Path("bao cao.docx")));
  EXPECT_EQ(ReadFileBytes(a.value()).value(), "first");
  EXPECT_EQ(ReadFileBytes(b.value()).value(), "second");
}

TEST(FilesTest, AtomicWriteReplacesWhole) {
  TempDir dir;
  ASSERT_TRUE(WriteFileAtomic(dir.Path("r.txt"), "one\n").ok());
  ASSERT_TRUE(WriteFileAtomic(dir.Path("r.txt"), "two\n").ok());
  EXPECT_EQ(ReadFileBytes(dir.Path("r.txt")).value(), "two\n");
  EXPECT_FALSE(fs::exists(dir.Path("r.txt.tmp")));
}

}  // namespace
}  // namespace baocao
