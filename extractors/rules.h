// Extraction rules as data. Analysts tune the patterns in rules/*.rules; no
// pattern lives in C++. A rules file looks like
//
//   # comment
//   version = 2026.11.1          (in one file of the directory only)
//
//   [budget]
//   state      = ngan sach nha nuoc|kinh phi (duoc )?cap
//   socialized = xa hoi hoa
//
// The [settings] section holds plain values (thresholds), not patterns.
// Other sections hold ordered rules `id = pattern`; order matters (first match
// wins where a section classifies). Patterns are RE2 syntax and match the
// FOLDED text (normalize::FoldKey: lowercase, no diacritics, đ -> d), so
// "Kinh phí xã hội hóa" and "KINH PHI XA HOI HOA" are matched by one rule.
// Capturing groups map back to the canonical text by code point.
//
//   Result<RuleSet> rules = RuleSet::LoadDirectory("rules");
//   if (!rules.ok()) die(rules.status().reason());   // every problem, "FILE:LINE: reason"
//   const Rule* r = rules->FirstMatch("budget", folded);
//
// Every section, rule id, capture group and setting is checked at load
// against extractors/rules_schema.h: an unknown section or id, a pattern
// RE2 refuses, groups that do not fit what the code reads, a duplicate, a
// bad setting each make the load fail, listing all of them. The rule
// language is described for analysts in docs/rules.md.
//
// Thread safety: a loaded RuleSet is immutable and may be shared by threads.
#ifndef BAOCAO_EXTRACTORS_RULES_H_
#define BAOCAO_EXTRACTORS_RULES_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace re2 {
class RE2;
}

namespace baocao {

struct Rule {
  std::string section;
  std::string id;        // unique within its section
  std::string pattern;
  std::string origin;    // "file.rules:12", for error messages
  std::shared_ptr<const re2::RE2> re;

  // "section.id", the id records carry as provenance.
  std::string FullId() const { return section + "." + id; }
};

// How strictly a load checks the rules. kSyntax only refuses what cannot be
// loaded at all (a line that is no rule, a pattern RE2 refuses, a duplicate,
// a missing version): for tests of rule fragments, and for the fuzzer, which
// drives extraction with rules the schema would refuse.
enum class RulesCheck { kSchema, kSyntax };

// Byte spans [begin, end) of a match and of its capture groups (Match).
using Groups = std::vector<std::pair<std::size_t, std::size_t>>;

class RuleSet {
 public:
  // Loads every *.rules file of `dir` in name order, checked against the
  // schema. On failure the status lists every problem, one "FILE:LINE:
  // reason" line each (FILE is dir/name.rules); `findings`, when given,
  // receives the same lines.
  static Result<RuleSet> LoadDirectory(const std::string& dir, std::vector<std::string>* findings = nullptr);
  // Loads rules from text (tests). `origin` names the text in errors.
  static Result<RuleSet> LoadText(const std::string& text, const std::string& origin = "rules",
                                  RulesCheck check = RulesCheck::kSchema);

  const std::string& version() const { return version_; }
  // How many pattern rules (settings not counted) and files were loaded.
  std::size_t rule_count() const;
  std::size_t file_count() const { return files_; }

  // The rules of a section in file order (empty if there is no such section).
  const std::vector<Rule>& Section(std::string_view section) const;
  // The rule `section.id`, or nullptr.
  const Rule* Find(std::string_view section, std::string_view id) const;

  // A value of the [settings] section (not a pattern: never compiled), or
  // `fallback` when absent or not a number.
  double Setting(std::string_view id, double fallback) const;

  // First rule of `section` whose pattern matches somewhere in `folded`.
  const Rule* FirstMatch(std::string_view section, std::string_view folded) const;

  // Byte spans [begin, end) of the whole match and of each capture group of
  // the first match of `rule` in `folded`; false when it does not match.
  // An unmatched optional group has begin == end == npos.
  static bool Match(const Rule& rule, std::string_view folded, Groups* groups);

  // Group `i` of a Match() result: its span, or {npos, npos} when the group
  // took no part in the match or the rule has no such group (an analyst's
  // pattern may have fewer groups than the code reads: never index past
  // them).
  static std::pair<std::size_t, std::size_t> Group(const Groups& groups, std::size_t i);

  // Group `i` of a Match() result read as a whole number of 1 to 4 digits
  // (a day, month, quarter or year); nullopt when the group is absent, empty
  // or holds anything else. A pattern may capture what it likes: the text
  // is checked, never handed to std::stoi.
  static std::optional<int> GroupNumber(std::string_view folded,
                                        const std::vector<std::pair<std::size_t, std::size_t>>& groups,
                                        std::size_t i);

 private:
  struct Loading {
    RulesCheck check;
    std::vector<std::string> findings;            // "FILE:LINE: reason"
    std::map<std::string, std::string> headers;   // section -> where it is first declared
    std::string version_at;
  };
  void AddText(const std::string& text, const std::string& origin, Loading* loading);
  // The findings about the whole set: version, missing sections and ids.
  void Finish(const std::string& origin, Loading* loading) const;
  static Status Failure(const std::string& what, const std::vector<std::string>& findings);

  std::string version_;
  std::size_t files_ = 0;
  std::map<std::string, std::vector<Rule>, std::less<>> sections_;
  std::map<std::string, std::string, std::less<>> settings_;
};

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_RULES_H_
