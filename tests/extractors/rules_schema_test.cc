// The rules are checked at load against extractors/rules_schema.h: every
// refusal names FILE:LINE and its reason, all problems are listed at once,
// and the project's own rules load clean.
#include "extractors/rules_schema.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "extractors/rules.h"
#include "tests/support/temp_dir.h"

namespace baocao {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A copy of the project's rules in a temporary directory, to edit.
class RulesCopy {
 public:
  RulesCopy() {
    for (const auto& e : fs::directory_iterator(BAOCAO_RULES)) {
      if (e.path().extension() == ".rules") files_[e.path().filename().string()] = Slurp(e.path());
    }
  }
  // Replaces the first `from` in `file` (which must hold it) by `to`.
  void Edit(const std::string& file, const std::string& from, const std::string& to) {
    std::string& text = files_.at(file);
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
  }
  // The 1-based line of `needle` in `file` after the edits.
  int LineOf(const std::string& file, const std::string& needle) const {
    const std::string& text = files_.at(file);
    const std::size_t at = text.find(needle);
    return at == std::string::npos ? -1 : 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
  }
  std::string Where(const std::string& file, const std::string& needle) const {
    return dir_.Path(file) + ":" + std::to_string(LineOf(file, needle)) + ": ";
  }
  // Writes the files and loads them; the findings of a refused load.
  std::vector<std::string> Load(Result<RuleSet>* out = nullptr) {
    for (const auto& [name, text] : files_) std::ofstream(dir_.Path(name)) << text;
    std::vector<std::string> findings;
    Result<RuleSet> r = RuleSet::LoadDirectory(dir_.Path(), &findings);
    EXPECT_EQ(r.ok(), findings.empty());
    if (!r.ok()) {
      // The status says the same, one problem a line.
      for (const std::string& f : findings) EXPECT_NE(r.status().reason().find("\n" + f), std::string::npos) << f;
    }
    if (out != nullptr) *out = std::move(r);
    return findings;
  }

 private:
  testing::TempDir dir_;
  std::map<std::string, std::string> files_;
};

// Exactly one finding, which starts with `where` and holds `words`.
void ExpectOnly(const std::vector<std::string>& findings, const std::string& where, const std::string& words) {
  ASSERT_EQ(findings.size(), 1u) << ::testing::PrintToString(findings);
  EXPECT_EQ(findings[0].rfind(where, 0), 0u) << findings[0] << "\nwanted at " << where;
  EXPECT_NE(findings[0].find(words), std::string::npos) << findings[0];
}

TEST(RulesSchemaTest, ProjectRulesLoadClean) {
  RulesCopy rules;
  Result<RuleSet> r = Status::Ok();
  EXPECT_TRUE(rules.Load(&r).empty());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().file_count(), 4u);
  EXPECT_GT(r.value().rule_count(), 100u);
}

TEST(RulesSchemaTest, EverySchemaSectionIsInTheProjectRules) {
  Result<RuleSet> r = RuleSet::LoadDirectory(BAOCAO_RULES);
  ASSERT_TRUE(r.ok()) << r.status().reason();
  for (const SectionSpec& s : SectionSpecs()) {
    EXPECT_FALSE(r.value().Section(s.name).empty()) << s.name << ": a section the code reads has no rules";
    for (const RuleIdSpec& id : s.ids) {
      if (id.required) {
        EXPECT_NE(r.value().Find(s.name, id.id), nullptr) << s.name << "." << id.id;
      }
    }
  }
}

// A misspelt section used to switch its feature off without a word.
TEST(RulesSchemaTest, MisspeltSectionIsRefusedAndTheRealOneMissed) {
  RulesCopy rules;
  rules.Edit("topics.rules", "\n[topic]\n", "\n[topics]\n");
  std::vector<std::string> findings = rules.Load();
  ASSERT_EQ(findings.size(), 2u) << ::testing::PrintToString(findings);
  EXPECT_EQ(findings[0].rfind(rules.Where("topics.rules", "[topics]"), 0), 0u) << findings[0];
  EXPECT_NE(findings[0].find("unknown section [topics] (did you mean [topic]?)"), std::string::npos) << findings[0];
  EXPECT_NE(findings[1].find("no section [topic]"), std::string::npos) << findings[1];
}

TEST(RulesSchemaTest, UnknownIdOfAClosedSectionIsRefused) {
  RulesCopy rules;
  rules.Edit("baocao.rules", "\nstate      = ngan sach", "\nstat       = ngan sach");
  ExpectOnly(rules.Load(), rules.Where("baocao.rules", "stat       = ngan sach"),
             "unknown rule id `stat` in [budget]; it takes state, socialized, learner, total, other");
}

TEST(RulesSchemaTest, OpenSectionsTakeTheAnalystsIds) {
  RulesCopy rules;
  rules.Edit("baocao.rules", "[approx]\n", "[approx]\nabout = \\bchung\\s*$\n");
  EXPECT_TRUE(rules.Load().empty());
}

TEST(RulesSchemaTest, PatternThatDoesNotCompileGivesRe2sReason) {
  RulesCopy rules;
  rules.Edit("tables.rules", "part  = ^(?:t[ôốồổỗộ]ng|tong|c[ộốồổỗ]ng)\\s", "part  = ^(?:t[ôốồổỗộ]ng|tong|c[ộốồổỗ]ng\\s");
  ExpectOnly(rules.Load(), rules.Where("tables.rules", "part  = "), "rule table_total.part: missing )");
}

TEST(RulesSchemaTest, GroupCountThatDoesNotFitItsUseIsRefused) {
  RulesCopy rules;
  rules.Edit("baocao.rules", "commune    = \\b(?:xa|phuong|thi tran)\\s+([a-z0-9][^,;:.()\\n]*)",
             "commune    = \\b(?:xa|phuong|thi tran)\\s+[a-z0-9][^,;:.()\\n]*");
  ExpectOnly(rules.Load(), rules.Where("baocao.rules", "commune    = "),
             "rule place.commune needs 1 capture group (1 = a name in words) but has 0");
}

TEST(RulesSchemaTest, AnExtraGroupShiftsTheOthersAndIsRefused) {
  RulesCopy rules;
  rules.Edit("baocao.rules", "month      = \\bthang\\s*(\\d{1,2})\\s*(?:nam\\s*|/\\s*)",
             "month      = \\b(thang)\\s*(\\d{1,2})\\s*(?:nam\\s*|/\\s*)");
  ExpectOnly(rules.Load(), rules.Where("baocao.rules", "month      = "),
             "rule period.month needs 2 capture groups (1 = digits (a day or month), 2 = a four-digit year) but has 3");
}

TEST(RulesSchemaTest, GroupThatTakesWordsWhereTheCodeReadsDigitsIsRefused) {
  RulesCopy rules;
  rules.Edit("baocao.rules", "half_year  = 6 thang (?:dau|cuoi) nam\\s*((?:19|20)\\d\\d)",
             "half_year  = 6 thang (?:dau|cuoi) nam\\s*(\\w*)");
  ExpectOnly(rules.Load(), rules.Where("baocao.rules", "half_year  = "),
             "rule period.half_year: group 1 must capture a four-digit year, but `\\w*` also takes `nay`");
}

TEST(RulesSchemaTest, OtherPeriodIdsMustCaptureAYear) {
  RulesCopy rules;
  rules.Edit("baocao.rules", "\nyear       = ", "\nschool_year = \\bnam hoc\\s*((?:19|20)\\d\\d)\nyear       = ");
  EXPECT_TRUE(rules.Load().empty());
  rules.Edit("baocao.rules", "school_year = \\bnam hoc\\s*((?:19|20)\\d\\d)", "school_year = \\bnam hoc\\b");
  ExpectOnly(rules.Load(), rules.Where("baocao.rules", "school_year"), "needs 1 capture group (1 = a four-digit year)");
}

TEST(RulesSchemaTest, DuplicateIdNamesBothLines) {
  RulesCopy rules;
  rules.Edit("topics.rules", "moi_truong        = moi truong", "moi_truong        = tai nguyen\nmoi_truong        = moi truong");
  std::string first = rules.Where("topics.rules", "moi_truong        = tai nguyen");
  first.resize(first.size() - 2);  // "DIR/topics.rules:N"
  ExpectOnly(rules.Load(), rules.Where("topics.rules", "moi_truong        = moi truong"),
             "duplicate rule topic.moi_truong (the first is at " + first + ")");
}

TEST(RulesSchemaTest, BadSettingsAreRefused) {
  RulesCopy rules;
  rules.Edit("baocao.rules", "ocr_low_confidence = 75", "ocr_low_confidence = 75%");
  ExpectOnly(rules.Load(), rules.Where("baocao.rules", "ocr_low_confidence"),
             "setting ocr_low_confidence = `75%` is not a number");
  rules.Edit("baocao.rules", "ocr_low_confidence = 75%", "ocr_low_confidence = 750");
  ExpectOnly(rules.Load(), rules.Where("baocao.rules", "ocr_low_confidence"), "is outside 0-100");
  rules.Edit("baocao.rules", "ocr_low_confidence = 750", "ocr_low_confidnce = 75");
  ExpectOnly(rules.Load(), rules.Where("baocao.rules", "ocr_low_confidnce"),
             "unknown setting `ocr_low_confidnce`; [settings] takes ocr_low_confidence");
}

TEST(RulesSchemaTest, RequiredRuleMissingIsNamedAtItsSection) {
  RulesCopy rules;
  rules.Edit("baocao.rules", "\nmotto      = ", "\n# motto      = ");
  ExpectOnly(rules.Load(), rules.Where("baocao.rules", "[meta]"), "[meta] has no rule `motto`, which the code reads");
}

TEST(RulesSchemaTest, EveryProblemIsListedNotJustTheFirst) {
  RulesCopy rules;
  rules.Edit("baocao.rules", "[approx]", "[aprox]");
  rules.Edit("columns.rules", "note         = ghi chu", "note         = ghi (chu");
  rules.Edit("tables.rules", "grand = ", "grand = x\ngrand = ");
  rules.Edit("baocao.rules", "version = ", "# version = ");
  std::vector<std::string> findings = rules.Load();
  std::string all;
  for (const std::string& f : findings) all += f + "\n";
  EXPECT_EQ(findings.size(), 5u) << all;
  for (const char* words : {"unknown section [aprox] (did you mean [approx]?)", "rule column.note: missing )",
                            "duplicate rule table_total.grand", "no `version = ...` line", "no section [approx]"}) {
    EXPECT_NE(all.find(words), std::string::npos) << words << "\n" << all;
  }
}

TEST(RulesSchemaTest, LineSyntaxProblems) {
  Result<RuleSet> r = RuleSet::LoadText("version = 1\n[meta\nref ~ x\n[settings]\nBad-Id = 1\n", "t.rules",
                                        RulesCheck::kSchema);
  ASSERT_FALSE(r.ok());
  const std::string& why = r.status().reason();
  EXPECT_NE(why.find("\nt.rules:2: unclosed section header `[meta`"), std::string::npos) << why;
  EXPECT_NE(why.find("\nt.rules:3: expected `id = pattern`, got `ref ~ x`"), std::string::npos) << why;
  EXPECT_NE(why.find("\nt.rules:5: id `Bad-Id` is not lowercase letters, digits and _"), std::string::npos) << why;
}

TEST(RulesSchemaTest, CaptureGroupTextsSplitsThePattern) {
  EXPECT_EQ(CaptureGroupTexts("a(\\d{1,2})?b(?:x|(y))"), (std::vector<std::string>{"\\d{1,2}", "y"}));
  EXPECT_EQ(CaptureGroupTexts("[(]\\((z)[^)]"), (std::vector<std::string>{"z"}));
  EXPECT_EQ(CaptureGroupTexts("(?P<day>\\d+)[[:alpha:]]"), (std::vector<std::string>{"\\d+"}));
  EXPECT_EQ(CaptureGroupTexts("(a(b)c)"), (std::vector<std::string>{"a(b)c", "b"}));
}

TEST(RulesSchemaTest, GroupKindsTakeWhatTheCodeReads) {
  const SectionSpec* meta = FindSectionSpec("meta");
  ASSERT_NE(meta, nullptr);
  RE2 good("ngay\\s*(\\d{1,2})?\\s*thang\\s*(\\d{1,2})?\\s*nam\\s*((?:19|20)\\d\\d)");
  EXPECT_TRUE(CheckRuleAgainstSchema(*meta, "issued", good.pattern(), good).empty());
  RE2 words("ngay\\s*(\\w*)\\s*thang\\s*(\\d{1,2})\\s*nam\\s*(\\d{4})");
  std::vector<std::string> p = CheckRuleAgainstSchema(*meta, "issued", words.pattern(), words);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].find("group 1 must capture digits (a day or month)"), std::string::npos) << p[0];
}

// docs/rules.md describes every section, and each of its examples is a rule
// the schema takes.
TEST(RulesSchemaTest, TheRuleLanguageDocumentAgreesWithTheSchema) {
  const std::string doc = Slurp(fs::path(BAOCAO_RULES) / ".." / "docs" / "rules.md");
  ASSERT_FALSE(doc.empty());
  for (const SectionSpec& s : SectionSpecs()) {
    const bool described = doc.find("**[" + s.name + "]**") != std::string::npos ||
                           doc.find("| [" + s.name + "] |") != std::string::npos;
    EXPECT_TRUE(described) << s.name << " is not described";
  }
  std::istringstream lines(doc);
  std::string line, section;
  bool in_code = false;
  int examples = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("```", 0) == 0) {
      in_code = !in_code;
      section.clear();
      continue;
    }
    if (!in_code) continue;
    if (line.size() > 2 && line.front() == '[' && line.back() == ']') {
      section = line.substr(1, line.size() - 2);
      continue;
    }
    const std::size_t eq = line.find(" = ");
    const SectionSpec* spec = FindSectionSpec(section);
    if (eq == std::string::npos || spec == nullptr) continue;
    std::string id = line.substr(0, eq);
    id.erase(id.find_last_not_of(' ') + 1);
    const std::string pattern = line.substr(eq + 3);
    RE2 re(pattern);
    ASSERT_TRUE(re.ok()) << line;
    EXPECT_EQ(CheckRuleAgainstSchema(*spec, id, pattern, re), std::vector<std::string>{}) << line;
    ++examples;
  }
  EXPECT_GE(examples, static_cast<int>(SectionSpecs().size()));
}

}  // namespace
}  // namespace baocao
