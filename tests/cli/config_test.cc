// Settings: defaults < config file < command line; `baocao config --show`;
// the run account (summary, --json, log file, exit codes).
#include "cli/config.h"

#include <gtest/gtest.h>

#include "batch/progress.h"
#include "tests/batch/inbox_fixtures.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;

TEST(ConfigTest, UnitsOfTimeAndSize) {
  EXPECT_EQ(ParseSeconds("90").value(), 90);
  EXPECT_EQ(ParseSeconds("90s").value(), 90);
  EXPECT_EQ(ParseSeconds("2m").value(), 120);
  EXPECT_EQ(ParseSeconds("0.5").value(), 0.5);
  EXPECT_FALSE(ParseSeconds("soon").ok());
  EXPECT_FALSE(ParseSeconds("-3").ok());
  EXPECT_EQ(ParseBytes("1G").value(), 1ull << 30);
  EXPECT_EQ(ParseBytes("512M").value(), 512ull << 20);
  EXPECT_EQ(ParseBytes("512 MiB").value(), 512ull << 20);
  EXPECT_EQ(ParseBytes("4096").value(), 4096u);
  EXPECT_FALSE(ParseBytes("lots").ok());
  EXPECT_FALSE(ParseBytes("3X").ok());
}

TEST(ConfigTest, FileValuesRelativePathsAndErrorsWithTheirLine) {
  testing::TempDir dir;
  testing::WriteFile(dir.Path("baocao.conf"),
                     "# nightly settings\n"
                     "inbox = inbox\n"
                     "database = /srv/baocao/baocao.db   # absolute stays\n"
                     "jobs = 3\n"
                     "time_limit = 2m\n"
                     "memory_limit = 512M\n"
                     "settle = 10s\n"
                     "log_file = none\n");
  Settings s;
  ASSERT_TRUE(LoadConfigFile(dir.Path("baocao.conf"), &s).ok());
  EXPECT_EQ(s.inbox, dir.Path("inbox")) << "relative to the config file's folder";
  EXPECT_EQ(s.database, "/srv/baocao/baocao.db");
  EXPECT_EQ(s.jobs, 3);
  EXPECT_EQ(s.time_limit, 120);
  EXPECT_EQ(s.memory_limit, 512ull << 20);
  EXPECT_EQ(s.settle, 10);
  EXPECT_EQ(LogFilePath(s), "");

  testing::WriteFile(dir.Path("bad.conf"), "inbox = x\n\njobz = 2\n");
  Status bad = LoadConfigFile(dir.Path("bad.conf"), &s);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.reason().find("bad.conf:3: unknown setting 'jobz'"), std::string::npos) << bad.reason();
  testing::WriteFile(dir.Path("bad2.conf"), "memory_limit = plenty\n");
  EXPECT_NE(LoadConfigFile(dir.Path("bad2.conf"), &s).reason().find("bad2.conf:1: not a size"), std::string::npos);
  EXPECT_EQ(LoadConfigFile(dir.Path("missing.conf"), &s).code(), Status::Code::kNotFound);
}

TEST(ConfigTest, TheCommandLineOverridesTheFileAndConfigShowPrintsTheResult) {
  testing::TempDir dir;
  testing::WriteFile(dir.Path("baocao.conf"), "inbox = /srv/inbox\njobs = 3\ntime_limit = 60\n");
  std::string out;
  ASSERT_EQ(testing::Run(testing::Baocao() + " config --show --config '" + dir.Path("baocao.conf") +
                             "' --jobs 1 --memory-limit 2G",
                         &out),
            0);
  EXPECT_NE(out.find("inbox = /srv/inbox\n"), std::string::npos) << out;
  EXPECT_NE(out.find("jobs = 1\n"), std::string::npos) << "the command line wins: " << out;
  EXPECT_NE(out.find("time_limit = 60s\n"), std::string::npos) << out;
  EXPECT_NE(out.find("memory_limit = 2G\n"), std::string::npos) << out;
  EXPECT_NE(out.find(dir.Path("baocao.conf")), std::string::npos) << "says where settings came from";
  // The environment names the file when --config does not.
  ASSERT_EQ(testing::Run("BAOCAO_CONFIG='" + dir.Path("baocao.conf") + "' " + testing::Baocao() + " config", &out), 0);
  EXPECT_NE(out.find("jobs = 3\n"), std::string::npos) << out;
  // A wrong value is a wrong command line.
  EXPECT_EQ(testing::Run(testing::Baocao() + " config --jobs many 2>/dev/null"), 2);
}

// Found by fuzz/config_fuzzer.cc: a time limit of 10^21 hours was accepted,
// and the worker turns it into an rlimit and a clock deadline it cannot
// hold (undefined conversions). The limits end at a week, the settle time
// at a day, both as the config and as a flag.
TEST(ConfigTest, TimesPastWhatTheClocksHoldAreRefused) {
  testing::TempDir dir;
  GlobalOptions global;
  SettingsFlags flags;
  flags.config = dir.Path("baocao.conf");
  testing::WriteFile(flags.config, "time_limit = 999999999999999999999h\n");
  Result<Settings> s = ResolveSettings(flags, global);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().reason().find("at most a week"), std::string::npos) << s.status().reason();
  testing::WriteFile(flags.config, "time_limit = 168h\nsettle = 24h\n");
  ASSERT_TRUE(ResolveSettings(flags, global).ok()) << "the bounds themselves are allowed";
  flags.settle = "1441m";
  EXPECT_FALSE(ResolveSettings(flags, global).ok());
}

TEST(RunAccountTest, SummaryJsonLogFileAndExitCodes) {
  testing::TempDir dir;
  fs::create_directories(dir.Path("inbox"));
  testing::WriteFile(dir.Path("inbox/yen-lac.txt"), testing::TextReport("Yên Lạc", "4/BC-TTHTCĐ", 2024, 5, 230));
  testing::WriteFile(dir.Path("inbox/rong.docx"), "");
  testing::WriteFile(dir.Path("baocao.conf"), "inbox = inbox\ndatabase = b.db\nsettle = 0\njobs = 1\n");
  std::string json;
  EXPECT_EQ(testing::Run(testing::Baocao() + " ingest --json --config '" + dir.Path("baocao.conf") + "' 2>/dev/null",
                         &json),
            3)
      << "3: some files quarantined";
  EXPECT_NE(json.find("\"status\":\"quarantined\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"loaded\":1"), std::string::npos) << json;
  EXPECT_NE(json.find("\"quarantine_reasons\":{\"empty file (0 bytes)\":1}"), std::string::npos) << json;
  std::string log = testing::ReadText(dir.Path("baocao.log"));
  EXPECT_NE(log.find("Z loaded     yen-lac.txt"), std::string::npos) << log;
  EXPECT_NE(log.find("Z quarantined rong.docx: empty file (0 bytes)"), std::string::npos) << log;

  std::string text;
  EXPECT_EQ(testing::Run(testing::Baocao() + " ingest --config '" + dir.Path("baocao.conf") + "' 2>/dev/null", &text),
            0)
      << "0: an empty inbox went well";
  EXPECT_NE(text.find("run 2 ok"), std::string::npos) << text;
  // 1: the run itself failed (the database cannot be opened).
  fs::create_directories(dir.Path("a-folder.db"));
  EXPECT_EQ(testing::Run(testing::Baocao() + " ingest --config '" + dir.Path("baocao.conf") + "' --db '" +
                         dir.Path("a-folder.db") + "' >/dev/null 2>&1"),
            1);
}

TEST(RunAccountTest, ABarOnATerminalPlainLinesOtherwise) {
  testing::TempDir dir;
  fs::create_directories(dir.Path("inbox"));
  testing::WriteFile(dir.Path("inbox/yen-lac.txt"), testing::TextReport("Yên Lạc", "4/BC-TTHTCĐ", 2024, 5, 230));
  std::string cmd = testing::Baocao() + " ingest --settle 0 --inbox '" + dir.Path("inbox") + "' --db '" +
                    dir.Path("b.db") + "' --log-file none >/dev/null 2>'" + dir.Path("err") + "'";
  // stderr is a file here: "auto" prints timestamped lines.
  ASSERT_EQ(testing::Run(cmd), 0);
  std::string lines = testing::ReadText(dir.Path("err"));
  EXPECT_NE(lines.find("Z loaded     yen-lac.txt"), std::string::npos) << lines;
  EXPECT_EQ(lines.find("\r"), std::string::npos) << lines;
  // What a terminal gets: the bar redrawn in place with count, rate and ETA.
  testing::WriteFile(dir.Path("inbox/tan-hoa.txt"), testing::TextReport("Tân Hòa", "8/BC-TTHTCĐ", 2024, 3, 150));
  ASSERT_EQ(testing::Run(cmd + " --progress bar"), 0);
  std::string bar = testing::ReadText(dir.Path("err"));
  EXPECT_NE(bar.find("\r\033[K[########################] 1/1 files"), std::string::npos) << bar;
  EXPECT_NE(bar.find("files/s  ETA 0:00"), std::string::npos) << bar;
  EXPECT_FALSE(fs::exists(dir.Path("baocao.log"))) << "--log-file none";
}

TEST(ProgressTest, BarCountsRateAndTimeLeft) {
  EXPECT_EQ(ProgressLine(0, 10, 0, 10), "[..........]  0/10 files");
  EXPECT_EQ(ProgressLine(5, 10, 2.0, 10), "[#####.....]  5/10 files  2.5 files/s  ETA 0:02");
  EXPECT_EQ(ProgressLine(10, 10, 4.0, 10), "[##########] 10/10 files  2.5 files/s  ETA 0:00");
  EXPECT_EQ(FormatDuration(4000), "1:06:40");
}

}  // namespace
}  // namespace baocao
