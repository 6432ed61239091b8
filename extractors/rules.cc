#include "extractors/rules.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extractors/rules_schema.h"

namespace baocao {
namespace {

std::string Trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return "";
  std::size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

bool IsId(const std::string& id) {
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return !id.empty();
}

// " (did you mean [topic]?)" when a known section is one or two edits away.
std::string NearestSectionHint(const std::string& name) {
  auto distance = [](const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
      std::size_t diagonal = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= b.size(); ++j) {
        const std::size_t above = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
        diagonal = above;
      }
    }
    return row[b.size()];
  };
  std::string best;
  std::size_t best_distance = 3;
  for (const SectionSpec& s : SectionSpecs()) {
    const std::size_t d = distance(name, s.name);
    if (d < best_distance) {
      best_distance = d;
      best = s.name;
    }
  }
  if (distance(name, "settings") < best_distance) best = "settings";
  return best.empty() ? "; see docs/rules.md for the sections" : " (did you mean [" + best + "]?)";
}

}  // namespace

Result<RuleSet> RuleSet::LoadDirectory(const std::string& dir, std::vector<std::string>* findings) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".rules") files.push_back(entry.path());
  }
  if (ec) return Status::NotFound("rules directory " + dir + ": " + ec.message());
  if (files.empty()) return Status::NotFound("no *.rules files in " + dir);
  std::sort(files.begin(), files.end());
  RuleSet set;
  Loading loading{RulesCheck::kSchema, {}, {}, {}};
  for (const auto& path : files) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) loading.findings.push_back(path.string() + ": cannot be read");
    set.AddText(text.str(), path.string(), &loading);
  }
  set.Finish(dir, &loading);
  if (findings != nullptr) *findings = loading.findings;
  if (!loading.findings.empty()) return Failure("the rules in " + dir, loading.findings);
  return set;
}

Result<RuleSet> RuleSet::LoadText(const std::string& text, const std::string& origin, RulesCheck check) {
  RuleSet set;
  Loading loading{check, {}, {}, {}};
  set.AddText(text, origin, &loading);
  set.Finish(origin, &loading);
  if (!loading.findings.empty()) return Failure(origin, loading.findings);
  return set;
}

Status RuleSet::Failure(const std::string& what, const std::vector<std::string>& findings) {
  std::string reason = what + " do not load (" + std::to_string(findings.size()) +
                       (findings.size() == 1 ? " problem):" : " problems):");
  for (const std::string& f : findings) reason += "\n" + f;
  return Status::InvalidInput(reason);
}

std::size_t RuleSet::rule_count() const {
  std::size_t n = 0;
  for (const auto& [name, rules] : sections_) n += rules.size();
  return n;
}

void RuleSet::AddText(const std::string& text, const std::string& origin, Loading* loading) {
  const bool schema = loading->check == RulesCheck::kSchema;
  std::vector<std::string>& findings = loading->findings;
  ++files_;
  std::istringstream lines(text);
  std::string line;
  std::string section;
  const SectionSpec* spec = nullptr;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    const std::string where = origin + ":" + std::to_string(number);
    auto problem = [&](const std::string& reason) { findings.push_back(where + ": " + reason); };
    std::string t = Trim(line);
    if (t.empty() || t[0] == '#') continue;
    if (t.front() == '[') {
      if (t.back() != ']') {
        problem("unclosed section header `" + t + "`");
        section = "";
        spec = nullptr;
        continue;
      }
      section = Trim(std::string_view(t).substr(1, t.size() - 2));
      spec = FindSectionSpec(section);
      if (section.empty()) {
        problem("a section header without a name");
      } else if (schema && section != "settings" && spec == nullptr) {
        problem("unknown section [" + section + "]" + NearestSectionHint(section));
      }
      loading->headers.emplace(section, where);
      sections_[section];  // declared, even if it stays empty
      continue;
    }
    std::size_t eq = t.find('=');
    if (eq == std::string::npos) {
      problem("expected `id = pattern`, got `" + t + "`");
      continue;
    }
    std::string id = Trim(std::string_view(t).substr(0, eq));
    std::string pattern = Trim(std::string_view(t).substr(eq + 1));
    if (section.empty()) {
      if (id != "version") {
        problem("`" + id + "` outside a section (only `version = ...` may stand there)");
      } else if (!version_.empty() || !loading->version_at.empty()) {
        problem("a second version line (the first is at " + loading->version_at + ")");
      } else if (pattern.empty()) {
        problem("an empty version");
      } else {
        version_ = pattern;
        loading->version_at = where;
      }
      continue;
    }
    if (id.empty()) {
      problem("a rule without an id");
      continue;
    }
    if (schema && !IsId(id)) problem("id `" + id + "` is not lowercase letters, digits and _");
    if (section == "settings") {
      if (settings_.count(id)) {
        problem("duplicate setting " + id);
        continue;
      }
      if (schema) {
        if (std::string bad = CheckSettingAgainstSchema(id, pattern); !bad.empty()) problem(bad);
      }
      settings_[id] = pattern;
      continue;
    }
    if (const Rule* first = Find(section, id); first != nullptr) {
      problem("duplicate rule " + section + "." + id + " (the first is at " + first->origin + ")");
      continue;
    }
    if (schema && pattern.empty()) {
      problem("rule " + section + "." + id + " has an empty pattern (it would match every text)");
      continue;
    }
    RE2::Options options;
    options.set_log_errors(false);
    auto re = std::make_shared<const RE2>(pattern, options);
    if (!re->ok()) {
      problem("rule " + section + "." + id + ": " + re->error());  // RE2 quotes the bad part
      continue;
    }
    if (schema && spec != nullptr) {
      for (const std::string& bad : CheckRuleAgainstSchema(*spec, id, pattern, *re)) problem(bad);
    }
    sections_[section].push_back(Rule{section, id, pattern, where, std::move(re)});
  }
}

void RuleSet::Finish(const std::string& origin, Loading* loading) const {
  if (version_.empty() && loading->version_at.empty()) {
    loading->findings.push_back(origin + ": no `version = ...` line (one file must declare the rules version)");
  }
  if (loading->check != RulesCheck::kSchema) return;
  for (const SectionSpec& spec : SectionSpecs()) {
    auto header = loading->headers.find(spec.name);
    if (header == loading->headers.end()) {
      loading->findings.push_back(origin + ": no section [" + spec.name + "] (" + spec.what +
                                  "); to switch it off, keep the header with no rules under it");
      continue;
    }
    for (const RuleIdSpec& id : spec.ids) {
      if (id.required && Find(spec.name, id.id) == nullptr) {
        loading->findings.push_back(header->second + ": [" + spec.name + "] has no rule `" + id.id +
                                    "`, which the code reads");
      }
    }
  }
}

const std::vector<Rule>& RuleSet::Section(std::string_view section) const {
  static const std::vector<Rule> kEmpty;
  auto it = sections_.find(section);
  return it == sections_.end() ? kEmpty : it->second;
}

const Rule* RuleSet::Find(std::string_view section, std::string_view id) const {
  for (const Rule& r : Section(section)) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

double RuleSet::Setting(std::string_view id, double fallback) const {
  auto it = settings_.find(id);
  if (it == settings_.end()) return fallback;
  char* end = nullptr;
  double v = std::strtod(it->second.c_str(), &end);
  return end != nullptr && *end == '\0' && end != it->second.c_str() ? v : fallback;
}

const Rule* RuleSet::FirstMatch(std::string_view section, std::string_view folded) const {
  for (const Rule& r : Section(section)) {
    if (RE2::PartialMatch(folded, *r.re)) return &r;
  }
  return nullptr;
}

bool RuleSet::Match(const Rule& rule, std::string_view folded,
                    std::vector<std::pair<std::size_t, std::size_t>>* groups) {
  int n = rule.re->NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(n));
  re2::StringPiece text(folded.data(), folded.size());
  if (!rule.re->Match(text, 0, text.size(), RE2::UNANCHORED, pieces.data(), n)) return false;
  if (groups != nullptr) {
    groups->clear();
    for (const re2::StringPiece& p : pieces) {
      if (p.data() == nullptr) {
        groups->emplace_back(std::string_view::npos, std::string_view::npos);
      } else {
        auto begin = static_cast<std::size_t>(p.data() - folded.data());
        groups->emplace_back(begin, begin + p.size());
      }
    }
  }
  return true;
}

std::pair<std::size_t, std::size_t> RuleSet::Group(
    const std::vector<std::pair<std::size_t, std::size_t>>& groups, std::size_t i) {
  if (i >= groups.size()) return {std::string_view::npos, std::string_view::npos};
  return groups[i];
}

std::optional<int> RuleSet::GroupNumber(std::string_view folded,
                                        const std::vector<std::pair<std::size_t, std::size_t>>& groups,
                                        std::size_t i) {
  const auto [begin, end] = Group(groups, i);
  if (begin == std::string_view::npos || end <= begin || end - begin > 4 || end > folded.size()) {
    return std::nullopt;
  }
  int value = 0;
  for (char c : folded.substr(begin, end - begin)) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace baocao
