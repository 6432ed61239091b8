// Generated reports of the genre through the real pipeline (ProcessBytes:
// DOCX reader, normaliser, extractors, in process), compared exactly with the
// records a perfect extractor prints (compare.h).
//
// known_gaps.txt lists the families (axis=variant) the extractor does not
// handle yet. Reports are generated with those variants excluded and must come
// out exactly. Each listed gap is then forced, one at a time, into reports
// without the other gaps: at least one of them must still differ, or the gap
// is fixed and must leave the list (a strict expected failure per family).
//
// A failure prints the seed, the report's axes, the differences, and the
// command that writes the same report for a person to open.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include "pipeline/pipeline.h"
#include "extractors/rules.h"
#include "tests/genre/compare.h"
#include "tests/genre/genre.h"

namespace baocao::genre {
namespace {

constexpr int kExactReports = 240;  // reports without a listed gap
constexpr int kReportsPerGap = 6;   // reports that isolate each listed gap

std::vector<std::string> KnownGaps() {
  std::ifstream in(BAOCAO_GENRE_GAPS);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return ParseKnownGaps(text);
}

class GenreTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<RuleSet> r = RuleSet::LoadDirectory(BAOCAO_RULES);
    ASSERT_TRUE(r.ok()) << r.status().reason();
    rules_ = new RuleSet(std::move(r).value());
  }
  static void TearDownTestSuite() {
    delete rules_;
    rules_ = nullptr;
  }

  // The extractor's verdict on one report; `error` is set when the pipeline
  // could not read the file at all.
  static Comparison Run(const Report& report, std::string* error) {
    Result<Processed> p = ProcessBytes(report.docx, "genre-" + std::to_string(report.seed) + ".docx", *rules_);
    if (!p.ok()) {
      *error = p.status().reason();
      return {};
    }
    return Compare(report, p.value().extraction);
  }

  static std::string Explain(const Report& r, const Comparison& c, const std::string& how) {
    std::ostringstream out;
    out << "seed " << r.seed << ": " << r.AxesText() << "\n";
    int shown = 0;
    for (const std::string& line : c.lines) {
      if (++shown > 25) {
        out << "  … " << c.lines.size() - 25 << " more\n";
        break;
      }
      out << "  " << line << "\n";
    }
    out << "  write it: build/tests/genre/genre_tool --seed " << r.seed << how
        << " --out /tmp/g.docx --expected /tmp/g.expected.jsonl\n";
    return out.str();
  }

  static RuleSet* rules_;
};

RuleSet* GenreTest::rules_ = nullptr;

TEST_F(GenreTest, KnownGapsNameRealVariants) {
  std::set<std::string> real;
  for (const AxisInfo& a : Axes())
    for (const std::string& v : a.variants) real.insert(a.name + "=" + v);
  for (const std::string& g : KnownGaps()) EXPECT_TRUE(real.count(g) != 0) << "known_gaps.txt: no such variant: " << g;
}

TEST_F(GenreTest, GenerationIsDeterministic) {
  Report a = Generate(7), b = Generate(7);
  EXPECT_EQ(a.docx, b.docx);
  EXPECT_EQ(ExpectedJsonl(a), ExpectedJsonl(b));
  EXPECT_NE(Generate(8).docx, a.docx);
}

TEST_F(GenreTest, ReportsWithoutKnownGapsComeOutExactly) {
  std::vector<std::string> gaps = KnownGaps();
  Constraints constraints;
  constraints.excluded.insert(gaps.begin(), gaps.end());
  int checked = 0, skipped = 0, failed = 0;
  for (int seed = 1; seed <= kExactReports; ++seed) {
    Report r = Generate(static_cast<std::uint64_t>(seed), constraints);
    bool has_gap = false;
    for (const std::string& g : gaps) has_gap = has_gap || r.Has(g);
    if (has_gap) {  // the context left no other variant
      ++skipped;
      continue;
    }
    ++checked;
    std::string error;
    Comparison c = Run(r, &error);
    if (!error.empty()) {
      ADD_FAILURE() << "seed " << seed << ": not read: " << error;
      continue;
    }
    if (!c.exact && ++failed <= 12) ADD_FAILURE() << Explain(r, c, " --exclude-gaps tests/genre/known_gaps.txt");
  }
  std::printf("[ genre    ] %d reports compared exactly, %d skipped (a known gap was the only fit)\n", checked,
              skipped);
  EXPECT_EQ(failed, 0) << failed << " of " << checked << " reports without a known gap differ";
  EXPECT_GT(checked, kExactReports / 2) << "too few reports escape the known gaps (" << skipped << " skipped)";
}

TEST_F(GenreTest, EveryKnownGapStillFails) {
  std::vector<std::string> gaps = KnownGaps();
  for (const std::string& gap : gaps) {
    Constraints constraints;
    for (const std::string& g : gaps)
      if (g != gap) constraints.excluded.insert(g);
    std::size_t eq = gap.find('=');
    constraints.forced[gap.substr(0, eq)] = gap.substr(eq + 1);
    int isolated = 0, differ = 0;
    for (int seed = 1; isolated < kReportsPerGap && seed <= 60; ++seed) {
      Report r = Generate(static_cast<std::uint64_t>(seed), constraints);
      if (!r.Has(gap)) continue;
      bool other = false;
      for (const std::string& g : gaps) other = other || (g != gap && r.Has(g));
      if (other) continue;
      ++isolated;
      std::string error;
      Comparison c = Run(r, &error);
      if (!error.empty() || !c.exact) ++differ;
    }
    std::printf("[ genre    ] %-32s %d of %d reports that carry it alone differ\n", gap.c_str(), differ, isolated);
    EXPECT_GT(isolated, 0) << gap << ": no generated report carries this gap alone";
    EXPECT_GT(differ, 0) << gap << ": all " << isolated
                         << " reports that carry it now come out exactly: remove it from tests/genre/known_gaps.txt";
  }
}

}  // namespace
}  // namespace baocao::genre
