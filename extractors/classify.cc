#include "extractors/classify.h"

#include <re2/re2.h>

namespace baocao {
namespace {

// The text inside the last "( … )" of `folded`, if the label ends with one.
std::optional<std::string> TrailingParenthesis(const std::string& folded) {
  std::string t = TrimPunct(folded, " .;:,");
  if (t.empty() || t.back() != ')') return std::nullopt;
  std::size_t open = t.rfind('(');
  if (open == std::string::npos) return std::nullopt;
  return TrimPunct(t.substr(open + 1, t.size() - open - 2), " ");
}

// `folded` with every [topic_ignore] phrase blanked (same length, so
// offsets still hold).
std::string WithoutIgnored(const RuleSet& rules, std::string folded) {
  std::vector<std::pair<std::size_t, std::size_t>> g;
  for (const Rule& r : rules.Section("topic_ignore")) {
    std::size_t from = 0;
    while (from < folded.size() && RuleSet::Match(r, std::string_view(folded).substr(from), &g)) {
      if (g[0].second == g[0].first) break;  // an empty match blanks nothing
      for (std::size_t i = from + g[0].first; i < from + g[0].second; ++i) folded[i] = ' ';
      from += g[0].second;
    }
  }
  return folded;
}

}  // namespace

std::optional<Topic> TopicOf(const RuleSet& rules, const FoldedText& label) {
  if (auto code = TrailingParenthesis(label.folded)) {
    if (const Rule* r = rules.FirstMatch("topic_code", *code)) {
      // Only a whole-code match counts: the rules are anchored.
      return Topic{r->id, r->FullId()};
    }
  }
  return LeadingTopicIn(rules, label);
}

std::optional<Topic> LeadingTopicIn(const RuleSet& rules, const FoldedText& phrase) {
  const std::string folded = WithoutIgnored(rules, phrase.folded);
  std::vector<std::pair<std::size_t, std::size_t>> g;
  // The earliest match wins; at the same start the longer one, which is the
  // more specific name ("phòng chống dịch bệnh cho gia súc" is husbandry,
  // not health); then the earlier rule.
  const Rule* best = nullptr;
  std::size_t best_at = std::string::npos;
  std::size_t best_length = 0;
  for (const Rule& r : rules.Section("topic")) {
    if (!RuleSet::Match(r, folded, &g)) continue;
    const std::size_t length = g[0].second - g[0].first;
    if (g[0].first < best_at || (g[0].first == best_at && length > best_length)) {
      best = &r;
      best_at = g[0].first;
      best_length = length;
    }
  }
  if (best == nullptr) return std::nullopt;
  return Topic{best->id, best->FullId()};
}

std::optional<std::string> OrganizerOf(const RuleSet& rules, const FoldedText& text) {
  if (const Rule* r = rules.FirstMatch("organizer", text.folded)) return r->id;
  return std::nullopt;
}

std::string WithoutTrailingCopula(const std::string& label) {
  FoldedText folded(label);
  const std::string& f = folded.folded;
  for (std::string_view copula : {" la", " dat", " gom", " duoc", " co", " voi", " cho"}) {
    if (f.size() > copula.size() && f.ends_with(copula)) {
      return CleanLabel(folded.CanonSpan(0, f.size() - copula.size()));
    }
  }
  return label;
}

std::string CleanLabel(const std::string& canonical) {
  std::string s = canonical;
  // Leading list markers, possibly stacked ("- + Kinh tế").
  for (;;) {
    std::string t = TrimPunct(s, " ");
    if (t.size() >= 2 && (t[0] == '-' || t[0] == '+' || t[0] == '*') && t[1] == ' ') {
      s = t.substr(2);
      continue;
    }
    if (t.size() >= 3 && t[1] == ')' && t[2] == ' ' && t[0] >= 'a' && t[0] <= 'z') {
      s = t.substr(3);
      continue;
    }
    s = t;
    break;
  }
  s = TrimPunct(s, " .;:,");
  // A trailing topic code in parentheses: "(KT)", "(VH-XH)". Short, capitals.
  if (!s.empty() && s.back() == ')') {
    std::size_t open = s.rfind('(');
    if (open != std::string::npos && s.size() - open <= 10) {
      std::string code = s.substr(open + 1, s.size() - open - 2);
      bool is_code = !code.empty();
      for (char ch : code) {
        if (!((ch >= 'A' && ch <= 'Z') || ch == '-' || ch == ' ')) is_code = false;
      }
      if (is_code) s = TrimPunct(s.substr(0, open), " .;:,");
    }
  }
  return s;
}

}  // namespace baocao
