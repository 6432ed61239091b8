#include "pipeline/eval.h"

#include <gtest/gtest.h>

#include "tests/support/test_support.h"

namespace baocao {
namespace {

Record Activity(const char* topic, std::optional<std::int64_t> classes, std::optional<std::int64_t> people) {
  Record r;
  r.type = RecordType::kActivity;
  r.status = "actual";
  r.period = "2024";
  r.topic = topic;
  r.classes = classes;
  r.participants = people;
  return r;
}

TEST(EvalTest, ScoresFigureByFigureWithKeyFields) {
  std::vector<Record> expected = {Activity("phap_luat", 4, 1612), Activity("suc_khoe", 3, 905)};
  std::vector<Record> extracted = {Activity("phap_luat", 4, 1612), Activity("suc_khoe", 3, 950),
                                   Activity("kinh_te", 2, std::nullopt)};
  EvalReport report;
  ScoreDocument("x.docx", expected, extracted, &report);
  const Score& s = report.by_type["activity"];
  EXPECT_EQ(s.expected, 4);
  EXPECT_EQ(s.extracted, 5);
  EXPECT_EQ(s.matched, 3) << "905 was read as 950; kinh_te classes is extra";
  EXPECT_DOUBLE_EQ(s.Precision(), 3.0 / 5);
  EXPECT_DOUBLE_EQ(s.Recall(), 3.0 / 4);
  EXPECT_EQ(report.notes.size(), 3u);
}

TEST(EvalTest, WrongKeyFieldIsAMissAndAnExtra) {
  Record plan = Activity("phap_luat", 4, std::nullopt);
  plan.status = "plan";
  EvalReport report;
  ScoreDocument("x.docx", {Activity("phap_luat", 4, std::nullopt)}, {plan}, &report);
  EXPECT_EQ(report.by_type["activity"].matched, 0);
}

TEST(EvalTest, ChecksMatchByRuleAndRefsAndFalseSumMismatchIsCounted) {
  Record want;
  want.type = RecordType::kCheck;
  want.rule = "female-exceeds-total";
  want.severity = "error";
  want.refs = {0};
  Record sum = want;
  sum.rule = "sum-mismatch";
  sum.refs = {1, 0};
  EvalReport report;
  ScoreDocument("x.docx", {want}, {want, sum}, &report);
  EXPECT_EQ(report.checks.expected, 1);
  EXPECT_EQ(report.checks.extracted, 2);
  EXPECT_EQ(report.checks.matched, 1);
  EXPECT_EQ(report.false_sum_mismatch, 1);
}

TEST(EvalTest, DocxSamplesScorePerfectly) {
  // The DOCX samples and their expected files (the PDF and scan twins have
  // tests of their own).
  testing::TempDir dir;
  for (const auto& p : testing::SampleFiles()) {
    std::filesystem::copy_file(p, dir.Path(p.filename().string()));
    std::filesystem::path expected = p;
    expected.replace_extension(".expected.jsonl");
    std::filesystem::copy_file(expected, dir.Path(expected.filename().string()));
  }
  Result<EvalReport> report = EvaluateDirectory(dir.Path(), testing::Rules());
  ASSERT_TRUE(report.ok()) << report.status().reason();
  EXPECT_GE(report.value().documents, 6);
  for (const auto& [type, s] : report.value().by_type) {
    EXPECT_DOUBLE_EQ(s.F1(), 1.0) << type << "\n" << FormatEvalReport(report.value(), true);
  }
  EXPECT_EQ(report.value().false_sum_mismatch, 0);
}

}  // namespace
}  // namespace baocao
