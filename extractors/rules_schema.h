// The schema of the rule language: every section of rules/*.rules the code
// reads, the rule ids each section allows or requires, the capture groups a
// rule of each id must have and what they hold, and the [settings] keys with
// their value ranges. Declared once here; RuleSet::LoadDirectory checks every
// rules file against it, so a misspelt section, a rule that lost its group
// or a setting out of range stops the run at load ("FILE:LINE: reason")
// instead of silently switching a feature off. docs/rules.md describes the
// same sections for analysts; `baocao rules check` prints the findings.
//
//   const SectionSpec* s = FindSectionSpec("period");
//   const RuleIdSpec* id = s->Find("month");      // groups {kDigits, kYear}
//
// To make the code read a new section or rule id: add it here (and to
// docs/rules.md), then read it with RuleSet::Find / FirstMatch / Section.
#ifndef BAOCAO_EXTRACTORS_RULES_SCHEMA_H_
#define BAOCAO_EXTRACTORS_RULES_SCHEMA_H_

#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace baocao {

// What a capture group must hold for the code that reads it.
enum class GroupKind {
  kNumber,   // a day or month: 1 or 2 digits
  kYear,     // four digits
  kQuarter,  // i, ii, iii, iv or 1-4
  kName,     // the name of a place or unit, in words
  kText,     // any text (a reference number)
  kRefNumber,  // the number of a reference, before its slash: 157, 12a
  kRefCode,    // the code of a reference, after its slash: bc-ubnd
};

// What a kind is called in messages and docs ("digits (a day or month)").
const char* GroupKindName(GroupKind kind);

struct RuleIdSpec {
  std::string id;
  bool required = false;          // the code reads it by name: it must be there
  // The capture groups the code reads, in order: a rule must have exactly
  // these. Empty: the code reads none, the rule may capture what it likes.
  std::vector<GroupKind> groups;
};

struct SectionSpec {
  std::string name;
  std::string what;              // one line: what the section is for
  bool open = false;             // any id (the analyst names them), else only `ids`
  std::vector<RuleIdSpec> ids;   // allowed ids (closed) or ids with a meaning (open)
  // Open sections: the groups every id not in `ids` must capture (empty:
  // the code reads none).
  std::vector<GroupKind> other_groups;

  const RuleIdSpec* Find(std::string_view id) const;
};

struct SettingSpec {
  std::string key;
  std::string what;
  double min = 0;
  double max = 0;
};

// Every section, in the order docs/rules.md presents them. [settings] is
// not among them: it holds values, see SettingSpecs().
const std::vector<SectionSpec>& SectionSpecs();
const SectionSpec* FindSectionSpec(std::string_view name);
const std::vector<SettingSpec>& SettingSpecs();
const SettingSpec* FindSettingSpec(std::string_view key);

// The problems of one rule against its section's spec (its id, its capture
// groups and what they can take); empty when it fits. `re` compiled.
std::vector<std::string> CheckRuleAgainstSchema(const SectionSpec& section, const std::string& id,
                                                const std::string& pattern, const re2::RE2& re);

// The problem of a [settings] value, or empty.
std::string CheckSettingAgainstSchema(const std::string& key, const std::string& value);

// The text of each capture group of `pattern`, in order ("(\d{1,2})?" gives
// "\d{1,2}"); used to check what a group can take. Empty when the pattern
// cannot be split (the caller then skips that check).
std::vector<std::string> CaptureGroupTexts(std::string_view pattern);

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_RULES_SCHEMA_H_
