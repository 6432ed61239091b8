// No loss, ever: a run killed with SIGKILL at any point (before a commit,
// after a commit and before the move, in the middle of a move, around a
// quarantine) and then resumed leaves exactly what an uninterrupted run
// leaves: the same records, versions, quarantine rows and files, nothing
// lost, nothing twice. The kills come from the test hook BAOCAO_TEST_KILL_AT
// (tests/batch/env_test_hooks.cc) in baocao_hooked, the real command line
// with the test hooks; build/baocao itself has none and ignores them.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "tests/batch/inbox_fixtures.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;

constexpr const char* kHooks = "BAOCAO_TEST_HOOKS=1";
// What the shell reports for a command killed by SIGKILL (128 + 9).
constexpr int kKilled = 137;

// baocao_hooked with the source tree's rules; `env` goes before it.
std::string Hooked(const std::string& env) {
  return env + " '" + BAOCAO_HOOKED_BINARY + "' --rules '" + BAOCAO_RULES + "'";
}

// Runs `ingest` over the batch in `dir`; returns the exit code. --wait: a
// child forked just before its parent was killed may not have run yet, and
// holds its inherited copy of the lock descriptor until it runs and closes
// it (or dies of PR_SET_PDEATHSIG) a moment later.
int Ingest(const testing::TempDir& dir, const std::string& env, int jobs = 2) {
  return testing::Run(Hooked(std::string(kHooks) + " " + env) + " ingest --wait --settle 0 --progress none --jobs " +
                      std::to_string(jobs) + " --inbox '" + dir.Path("inbox") + "' --db '" + dir.Path("b.db") +
                      "' >/dev/null 2>&1");
}

testing::Outcome OutcomeIn(const testing::TempDir& dir) {
  std::unique_ptr<Database> db = std::move(Database::Open(dir.Path("b.db")).value());
  return testing::OutcomeOf(dir.Path("inbox"), db.get());
}

const testing::Outcome& Uninterrupted() {
  static const testing::Outcome* reference = [] {
    testing::TempDir dir;
    testing::MakeBatch(dir.Path("inbox"));
    EXPECT_EQ(Ingest(dir, ""), 3) << "the crashing child is quarantined";
    return new testing::Outcome(OutcomeIn(dir));
  }();
  return *reference;
}

TEST(InboxResumeTest, TheReferenceRunLoadsTheBatch) {
  const testing::Outcome& ref = Uninterrupted();
  EXPECT_TRUE(ref.inbox.empty());
  EXPECT_EQ(ref.quarantine.size(), 2u) << ref;
  EXPECT_EQ(ref.versions.size(), 8u) << ref;  // 6 samples, a report and its correction
  EXPECT_EQ(ref.archive.size(), 9u) << ref;   // ... and the duplicate
  EXPECT_EQ(ref.quarantined.size(), 4u) << ref;  // two files, two reasons
}

class KillAt : public ::testing::TestWithParam<const char*> {};

TEST_P(KillAt, ResumingGivesExactlyTheUninterruptedResult) {
  testing::TempDir dir;
  testing::MakeBatch(dir.Path("inbox"));
  std::string point = GetParam();
  EXPECT_EQ(Ingest(dir, "BAOCAO_TEST_KILL_AT=" + point), kKilled) << "killed at " << point;
  int resumed = Ingest(dir, "");
  EXPECT_TRUE(resumed == 0 || resumed == 3) << resumed;
  EXPECT_EQ(OutcomeIn(dir), Uninterrupted()) << "killed at " << point << "\nresumed:\n"
                                             << OutcomeIn(dir) << "uninterrupted:\n"
                                             << Uninterrupted();
}

INSTANTIATE_TEST_SUITE_P(Points, KillAt,
                         ::testing::Values("before-commit:1", "before-commit:3", "after-commit:1",
                                           "after-commit:4", "after-commit:8", "mid-move:1", "mid-move:5",
                                           "before-quarantine:1", "after-quarantine:1", "after-quarantine:2",
                                           "before-reason:1", "before-reason:2"),
                         [](const ::testing::TestParamInfo<const char*>& param) {
                           std::string name = param.param;
                           for (char& c : name) {
                             if (c == '-' || c == ':') c = '_';
                           }
                           return name;
                         });

TEST(InboxResumeTest, KilledTwiceInARowStillConverges) {
  testing::TempDir dir;
  testing::MakeBatch(dir.Path("inbox"));
  EXPECT_EQ(Ingest(dir, "BAOCAO_TEST_KILL_AT=after-commit:2"), kKilled);
  EXPECT_EQ(Ingest(dir, "BAOCAO_TEST_KILL_AT=mid-move:2"), kKilled);
  Ingest(dir, "");
  EXPECT_EQ(OutcomeIn(dir), Uninterrupted()) << OutcomeIn(dir);
}

// --jobs 2 stores exactly what --jobs 1 stores, in the same order.
TEST(InboxJobsTest, TwoJobsGiveTheSameOutputAsOne) {
  testing::TempDir one;
  testing::TempDir two;
  testing::MakeBatch(one.Path("inbox"));
  testing::MakeBatch(two.Path("inbox"));
  EXPECT_EQ(Ingest(one, "", 1), 3);
  EXPECT_EQ(Ingest(two, "", 2), 3);
  EXPECT_EQ(OutcomeIn(one), OutcomeIn(two)) << OutcomeIn(one) << OutcomeIn(two);
  EXPECT_EQ(OutcomeIn(two), Uninterrupted());
}

// Two runs started together over one inbox: the lock lets one in; with
// --wait the other runs after it and finds nothing left. No file is ever
// processed by both.
TEST(InboxConcurrencyTest, TwoRunsNeverBothProcessAFile) {
  for (const char* wait : {"", " --wait"}) {
    testing::TempDir dir;
    testing::MakeBatch(dir.Path("inbox"));
    std::string one = Hooked(kHooks) + " ingest --settle 0 --progress none" + wait + " --inbox '" +
                      dir.Path("inbox") + "' --db '" + dir.Path("b.db") + "' >/dev/null 2>&1";
    testing::WriteFile(dir.Path("both.sh"), "(" + one + "; echo $? > '" + dir.Path("a.rc") + "') &\n(" + one +
                                                "; echo $? > '" + dir.Path("b.rc") + "') &\nwait\n");
    ASSERT_EQ(testing::Run("bash '" + dir.Path("both.sh") + "'"), 0);
    std::string a = testing::ReadText(dir.Path("a.rc"));
    std::string b = testing::ReadText(dir.Path("b.rc"));
    std::unique_ptr<Database> db = std::move(Database::Open(dir.Path("b.db")).value());
    Result<std::vector<RunInfo>> runs = db->Runs();
    ASSERT_TRUE(runs.ok());
    int loaded = 0;
    int quarantined = 0;
    for (const RunInfo& r : runs.value()) {
      loaded += r.counts.loaded;
      quarantined += r.counts.quarantined;
    }
    EXPECT_EQ(loaded, 8) << "each document loaded by exactly one run" << wait;
    EXPECT_EQ(quarantined, 2) << wait;
    if (std::string(wait).empty()) {
      // Either the second found the lock taken (4) or started after the
      // first had finished (then it had nothing to do).
      EXPECT_TRUE(a == "4\n" || b == "4\n" || runs.value().size() == 2u) << a << b;
    } else {
      EXPECT_EQ(runs.value().size(), 2u);
      EXPECT_NE(a, "4\n");
      EXPECT_NE(b, "4\n");
    }
    EXPECT_EQ(testing::OutcomeOf(dir.Path("inbox"), db.get()), Uninterrupted());
  }
}

// The production binary has no test hooks: with both variables set, the
// run is not killed, and the "BAOCAO-TEST-CHILD:segfault" file is just a
// text with no figures, loaded like any other. Nor does the binary hold the
// hooks' variable names or file prefix at all.
TEST(InboxTestHooksTest, TheProductionBinaryIgnoresTheTestVariables) {
  testing::TempDir dir;
  testing::MakeBatch(dir.Path("inbox"));
  int rc = testing::Run(testing::Baocao(std::string(kHooks) + " BAOCAO_TEST_KILL_AT=before-commit:1") +
                        " ingest --settle 0 --progress none --jobs 2 --inbox '" + dir.Path("inbox") + "' --db '" +
                        dir.Path("b.db") + "' >/dev/null 2>&1");
  EXPECT_EQ(rc, 3) << "not killed; the empty file is quarantined";
  std::vector<std::string> archive = testing::ListDir(dir.Path("inbox") + "/archive");
  EXPECT_NE(std::find(archive.begin(), archive.end(), "k-crash.docx"), archive.end()) << "loaded, not crashed";
  EXPECT_TRUE(testing::ListDir(dir.Path("inbox") + "/quarantine") ==
              std::vector<std::string>({"empty.docx", "empty.docx.reason.txt"}));

  std::ifstream in(BAOCAO_BINARY, std::ios::binary);
  std::string binary((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_GT(binary.size(), 1000000u);
  for (const char* hook : {"BAOCAO_TEST_KILL_AT", "BAOCAO_TEST_HOOKS", "BAOCAO-TEST-CHILD"}) {
    EXPECT_EQ(binary.find(hook), std::string::npos) << hook << " is in the production binary";
  }
}

}  // namespace
}  // namespace baocao
