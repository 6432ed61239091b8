// Re-extraction from the stored normalised documents: the same rules give
// exactly the same records; changed rules change exactly what they touch.
#include "desk/export.h"
#include "batch/reextract.h"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "pipeline/pipeline.h"
#include "store/database.h"
#include "tests/support/test_support.h"
#include "util/files.h"

namespace baocao {
namespace {

std::string Export(Database* db) {
  std::ostringstream out;
  EXPECT_TRUE(ExportJsonl(db, out).ok());
  return out.str();
}

std::unique_ptr<Database> LoadSamples(const testing::TempDir& dir, const RuleSet& rules = testing::Rules()) {
  std::unique_ptr<Database> db = std::move(Database::Open(dir.Path("b.db")).value());
  std::int64_t run = db->BeginRun(rules.version()).value();
  for (const auto& p : testing::SampleFiles()) {
    Result<Processed> processed =
        ProcessBytes(ReadFileBytes(p.string()).value(), p.filename().string(), rules);
    EXPECT_TRUE(processed.ok());
    EXPECT_TRUE(db->AddDocument(run, processed.value().extraction, processed.value().document_json).ok());
  }
  EXPECT_TRUE(db->FinishRun(run, {}).ok());
  return db;
}

TEST(ReextractTest, SameRulesReproduceTheRecordsExactly) {
  testing::TempDir dir;
  std::unique_ptr<Database> db = LoadSamples(dir);
  std::string before = Export(db.get());
  Result<ReextractSummary> s = ReextractAll(db.get(), testing::Rules(), /*current_only=*/true);
  ASSERT_TRUE(s.ok()) << s.status().reason();
  // Legacy-encoding twins of a sample are later versions of the same report,
  // so only current versions count.
  EXPECT_GE(s.value().documents, 15);
  EXPECT_EQ(s.value().changed, 0);
  EXPECT_TRUE(s.value().failed.empty());
  EXPECT_EQ(Export(db.get()), before);
}

TEST(ReextractTest, ChangedRulesChangeOnlyWhatTheyTouch) {
  testing::TempDir dir;
  std::unique_ptr<Database> db = LoadSamples(dir);
  std::string before = Export(db.get());
  // A copy of the rules where "văn nghệ, thể thao" is no longer a topic.
  testing::TempDir rules_dir;
  for (const auto& e : std::filesystem::directory_iterator(BAOCAO_RULES)) {
    std::string text = testing::ReadText(e.path().string());
    std::size_t at = text.find("van_nghe_the_thao = ");
    if (at != std::string::npos) {
      std::size_t end = text.find('\n', at);
      text.replace(at, end - at, "van_nghe_the_thao = \\bzzz_never\\b");
    }
    text = std::regex_replace(text, std::regex("version = [^\\n]*"), "version = test-changed");
    ASSERT_TRUE(WriteFileAtomic(rules_dir.Path(e.path().filename().string()), text).ok());
  }
  Result<RuleSet> changed = RuleSet::LoadDirectory(rules_dir.Path());
  ASSERT_TRUE(changed.ok()) << changed.status().reason();
  Result<ReextractSummary> s = ReextractAll(db.get(), changed.value(), true);
  ASSERT_TRUE(s.ok());
  EXPECT_GT(s.value().changed, 0);
  std::string after = Export(db.get());
  EXPECT_NE(after, before);
  EXPECT_EQ(after.find("van_nghe_the_thao"), std::string::npos);
  EXPECT_NE(after.find("topic-unknown"), std::string::npos) << "the lost topic becomes an info check, not a guess";
  // Back to the project rules: the original records return.
  ASSERT_TRUE(ReextractAll(db.get(), testing::Rules(), true).ok());
  EXPECT_EQ(Export(db.get()), before);
}

// A database loaded with older rules (here: rules that know no unit of a
// roll-up row, as before tables were read as dimensions) is brought to the
// current rules by `reextract`: its records become exactly those a fresh
// load with the current rules stores.
TEST(ReextractTest, ADatabaseLoadedWithOlderRulesGetsTheNewRecords) {
  testing::TempDir rules_dir;
  for (const auto& e : std::filesystem::directory_iterator(BAOCAO_RULES)) {
    std::string text = testing::ReadText(e.path().string());
    text = std::regex_replace(text, std::regex("\\n(unit|centre)\\s*= [^\\n]*"), "\n$1 = \\bzzz_never\\b");
    text = std::regex_replace(text, std::regex("version = [^\\n]*"), "version = test-older");
    ASSERT_TRUE(WriteFileAtomic(rules_dir.Path(e.path().filename().string()), text).ok());
  }
  Result<RuleSet> older = RuleSet::LoadDirectory(rules_dir.Path());
  ASSERT_TRUE(older.ok()) << older.status().reason();
  testing::TempDir old_dir, fresh_dir;
  std::unique_ptr<Database> db = LoadSamples(old_dir, older.value());
  std::string fresh = Export(LoadSamples(fresh_dir).get());
  ASSERT_NE(Export(db.get()), fresh) << "the older rules must read some table differently";
  Result<ReextractSummary> s = ReextractAll(db.get(), testing::Rules(), /*current_only=*/true);
  ASSERT_TRUE(s.ok()) << s.status().reason();
  EXPECT_GT(s.value().changed, 0);
  EXPECT_EQ(Export(db.get()), fresh);
}

}  // namespace
}  // namespace baocao
