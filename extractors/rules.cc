#include "extractors/rules.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace baocao {
namespace {

std::string Trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return "";
  std::size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

}  // namespace

Result<RuleSet> RuleSet::LoadDirectory(const std::string& dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".rules") files.push_back(entry.path());
  }
  if (ec) return Status::NotFound("rules directory " + dir + ": " + ec.message());
  if (files.empty()) return Status::NotFound("no *.rules files in " + dir);
  std::sort(files.begin(), files.end());
  RuleSet set;
  for (const auto& path : files) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    Status s = set.AddText(text.str(), path.filename().string());
    if (!s.ok()) return s;
  }
  if (set.version_.empty()) return Status::InvalidInput("rules in " + dir + " declare no version");
  return set;
}

Result<RuleSet> RuleSet::LoadText(const std::string& text, const std::string& origin) {
  RuleSet set;
  Status s = set.AddText(text, origin);
  if (!s.ok()) return s;
  if (set.version_.empty()) return Status::InvalidInput(origin + " declares no version");
  return set;
}

Status RuleSet::AddText(const std::string& text, const std::string& origin) {
  std::istringstream lines(text);
  std::string line;
  std::string section;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    std::string where = origin + ":" + std::to_string(number);
    std::string t = Trim(line);
    if (t.empty() || t[0] == '#') continue;
    if (t.front() == '[') {
      if (t.back() != ']') return Status::InvalidInput(where + ": unclosed section header");
      section = Trim(std::string_view(t).substr(1, t.size() - 2));
      continue;
    }
    std::size_t eq = t.find('=');
    if (eq == std::string::npos) return Status::InvalidInput(where + ": expected `id = pattern`");
    std::string id = Trim(std::string_view(t).substr(0, eq));
    std::string pattern = Trim(std::string_view(t).substr(eq + 1));
    if (section.empty()) {
      if (id != "version") return Status::InvalidInput(where + ": `" + id + "` outside a section");
      if (!version_.empty()) return Status::InvalidInput(where + ": a second version line");
      version_ = pattern;
      continue;
    }
    if (section == "settings") {
      if (settings_.count(id)) return Status::InvalidInput(where + ": duplicate setting " + id);
      settings_[id] = pattern;
      continue;
    }
    if (Find(section, id) != nullptr) {
      return Status::InvalidInput(where + ": duplicate rule " + section + "." + id);
    }
    RE2::Options options;
    options.set_log_errors(false);
    auto re = std::make_shared<const RE2>(pattern, options);
    if (!re->ok()) {
      return Status::InvalidInput(where + ": rule " + section + "." + id + ": " + re->error() +
                                  " at `" + re->error_arg() + "`");
    }
    sections_[section].push_back(Rule{section, id, pattern, where, std::move(re)});
  }
  return Status::Ok();
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
