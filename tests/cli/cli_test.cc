// The baocao command as a user runs it: output and exit codes.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>

#include "tests/support/test_support.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;

std::string Bin() { return std::string("'") + BAOCAO_BINARY + "' --rules '" + BAOCAO_RULES + "'"; }

TEST(CliTest, HelpOnEveryCommand) {
  for (const char* cmd : {"", " extract", " ingest", " export", " dump"}) {
    std::string out;
    EXPECT_EQ(testing::Run(Bin() + cmd + " --help", &out), 0) << cmd;
    EXPECT_NE(out.find("Usage"), std::string::npos) << cmd << out;
  }
}

TEST(CliTest, BadCommandLineExitsTwo) {
  EXPECT_EQ(testing::Run(Bin() + " extract --format xml x.docx 2>/dev/null"), 2);
  EXPECT_EQ(testing::Run(Bin() + " frobnicate 2>/dev/null"), 2);
}

// A file name holding a newline and an ESC is printed escaped on the
// one line of its reason: it cannot forge a line or drive the terminal.
TEST(CliTest, ExtractEscapesControlCharactersInFileNames) {
  testing::TempDir dir;
  const std::string name = dir.Path("hong\nbaocao: ok\x1b[2J.docx");
  std::ofstream(name, std::ios::binary) << "";
  std::string err;
  // printf in the shell makes the name's \n and ESC from their escapes.
  EXPECT_EQ(testing::Run(Bin() + " extract \"$(printf '" + dir.Path() + "/hong\\nbaocao: ok\\033[2J.docx')\" 2>&1 >/dev/null",
                         &err),
            3);
  EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << err;
  EXPECT_EQ(err.find('\x1b'), std::string::npos) << err;
  EXPECT_EQ(err.rfind("hong\\nbaocao: ok\\x1b[2J.docx: ", 0), 0u) << err;
}

TEST(CliTest, ExtractPrintsDocumentThenRecords) {
  fs::path sample = testing::SampleFiles().at(0);
  std::string out;
  ASSERT_EQ(testing::Run(Bin() + " extract '" + sample.string() + "'", &out), 0);
  std::vector<std::string> lines = testing::Lines(out);
  ASSERT_GT(lines.size(), 1u);
  EXPECT_EQ(lines[0].rfind("{\"type\":\"document\",\"schema\":1,", 0), 0u) << lines[0];
  std::string table;
  ASSERT_EQ(testing::Run(Bin() + " extract --format table '" + sample.string() + "'", &table), 0);
  EXPECT_NE(table.find("activity"), std::string::npos);
}

TEST(CliTest, UnreadableFileExitsThreeAndOthersStillPrint) {
  testing::TempDir dir;
  std::ofstream(dir.Path("empty.docx")).close();
  fs::path sample = testing::SampleFiles().at(0);
  std::string out;
  int code = testing::Run(Bin() + " extract '" + dir.Path("empty.docx") + "' '" + sample.string() + "' 2>/dev/null", &out);
  EXPECT_EQ(code, 3);
  EXPECT_NE(out.find(sample.filename().string()), std::string::npos);
}


// Files read on several threads print exactly what one thread prints, in the
// order given, bad files included (DOCX and text PDFs: no OCR, fast).
TEST(CliTest, ExtractOutputDoesNotDependOnJobs) {
  testing::TempDir dir;
  std::ofstream(dir.Path("empty.docx")).close();
  std::string files = " '" + dir.Path("empty.docx") + "'";
  for (const fs::path& docx : testing::SampleFiles()) {
    files += " '" + docx.string() + "'";
    fs::path pdf = docx;
    pdf.replace_extension(".pdf");
    if (fs::exists(pdf)) files += " '" + pdf.string() + "'";
  }
  std::string one, many;
  EXPECT_EQ(testing::Run(Bin() + " extract --jobs 1" + files + " 2>/dev/null", &one), 3);
  EXPECT_EQ(testing::Run(Bin() + " extract --jobs 3" + files + " 2>/dev/null", &many), 3);
  EXPECT_GT(testing::Lines(one).size(), 100u);
  EXPECT_EQ(many, one);
}
TEST(CliTest, IngestThenExportGivesTheExtractOutput) {
  testing::TempDir dir;
  fs::create_directories(dir.Path("inbox"));
  std::string expected;
  for (const fs::path& p : testing::SampleFiles()) {
    fs::copy_file(p, fs::path(dir.Path("inbox")) / p.filename());
    std::string one;
    ASSERT_EQ(testing::Run(Bin() + " extract '" + p.string() + "'", &one), 0);
    expected += one;
  }
  std::string summary;
  ASSERT_EQ(testing::Run("cd '" + dir.Path() + "' && " + Bin() + " ingest --settle 0 --inbox inbox", &summary), 0);
  EXPECT_NE(summary.find("loaded"), std::string::npos) << summary;
  EXPECT_TRUE(fs::exists(dir.Path("baocao.db"))) << "default database in the working directory";
  std::string exported;
  // The samples hold the same report in two encodings, which load as two
  // versions of it: all versions together are what extract printed.
  ASSERT_EQ(testing::Run(Bin() + " export --all-versions --db '" + dir.Path("baocao.db") + "'", &exported), 0);
  EXPECT_EQ(exported, expected) << "export prints what extract printed";
  std::string csv;
  ASSERT_EQ(testing::Run(Bin() + " export --format csv --db '" + dir.Path("baocao.db") + "'", &csv), 0);
  EXPECT_GT(testing::Lines(csv).size(), 10u);
}

TEST(CliTest, IngestWithQuarantineExitsThreeAndLockedInboxExitsFour) {
  testing::TempDir dir;
  fs::create_directories(dir.Path("inbox"));
  std::ofstream(dir.Path("inbox/empty.docx")).close();
  std::string db = " --db '" + dir.Path("b.db") + "'";
  EXPECT_EQ(testing::Run(Bin() + " ingest --settle 0 --inbox '" + dir.Path("inbox") + "'" + db + " >/dev/null"), 3);
  int fd = ::open(dir.Path("inbox/.baocao.lock").c_str(), O_RDWR | O_CREAT, 0644);
  ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);
  EXPECT_EQ(testing::Run(Bin() + " ingest --inbox '" + dir.Path("inbox") + "'" + db + " 2>/dev/null"), 4);
  ::close(fd);
}

// A copy of the project's rules with [approx] misspelt, and the line of it.
std::string MisspeltRules(const testing::TempDir& dir, int* line) {
  fs::create_directories(dir.Path("rules"));
  for (const auto& e : fs::directory_iterator(BAOCAO_RULES)) {
    std::string text = testing::ReadText(e.path().string());
    const std::size_t at = text.find("\n[approx]\n");
    if (at != std::string::npos) {
      text.replace(at, 10, "\n[aprox]\n");
      *line = 2 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
    }
    std::ofstream(dir.Path("rules/" + e.path().filename().string())) << text;
  }
  return dir.Path("rules");
}

TEST(CliTest, RulesCheckSaysOkWithTheCounts) {
  std::string out;
  ASSERT_EQ(testing::Run(Bin() + " rules check", &out), 0) << out;
  EXPECT_EQ(out.rfind("rules OK: ", 0), 0u) << out;
  EXPECT_NE(out.find(" rules in 4 files, version " + testing::Rules().version() + "\n"), std::string::npos) << out;
  std::string explicit_dir;
  ASSERT_EQ(testing::Run(std::string("'") + BAOCAO_BINARY + "' rules check '" + BAOCAO_RULES + "'", &explicit_dir), 0);
  EXPECT_EQ(explicit_dir, out);
}

// A misspelt section used to switch its feature off in silence.
TEST(CliTest, RulesCheckListsEveryProblemAndExitsOne) {
  testing::TempDir dir;
  int line = 0;
  const std::string rules = MisspeltRules(dir, &line);
  std::string out;
  EXPECT_EQ(testing::Run(Bin() + " rules check '" + rules + "'", &out), 1);
  EXPECT_NE(out.find(rules + "/baocao.rules:" + std::to_string(line) +
                     ": unknown section [aprox] (did you mean [approx]?)\n"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find(rules + ": no section [approx]"), std::string::npos) << out;
  EXPECT_NE(out.find("rules NOT OK: 2 problems in " + rules), std::string::npos) << out;
  EXPECT_EQ(testing::Run(Bin() + " rules check '" + dir.Path("nowhere") + "' 2>/dev/null"), 1);
}

// Every command that loads rules refuses bad ones before it touches a file.
TEST(CliTest, CommandsRefuseBadRulesBeforeTouchingAnyFile) {
  testing::TempDir dir;
  int line = 0;
  const std::string rules = MisspeltRules(dir, &line);
  const std::string bin = std::string("'") + BAOCAO_BINARY + "' --rules '" + rules + "'";
  const std::string where = rules + "/baocao.rules:" + std::to_string(line) + ": unknown section [aprox]";
  fs::create_directories(dir.Path("inbox"));
  fs::path sample = testing::SampleFiles().at(0);
  fs::copy_file(sample, fs::path(dir.Path("inbox")) / sample.filename());
  const std::string db = " --db '" + dir.Path("b.db") + "'";
  for (const std::string& command :
       {" extract '" + sample.string() + "'", " ingest --settle 0 --inbox '" + dir.Path("inbox") + "'" + db,
        std::string(" eval '") + dir.Path("inbox") + "'", " serve --listen 127.0.0.1:0" + db}) {
    std::string out;
    EXPECT_EQ(testing::Run("timeout 60 " + bin + command + " 2>&1", &out), 1) << command << "\n" << out;
    EXPECT_EQ(out.rfind("baocao: the rules in " + rules + " do not load (2 problems):\n" + where, 0), 0u)
        << command << "\n" << out;
  }
  EXPECT_FALSE(fs::exists(dir.Path("b.db"))) << "no database was created";
  EXPECT_TRUE(fs::exists(fs::path(dir.Path("inbox")) / sample.filename())) << "the inbox file was not moved";
}

}  // namespace
}  // namespace baocao
