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

}  // namespace

std::optional<Topic> TopicOf(const RuleSet& rules, const FoldedText& label) {
  if (auto code = TrailingParenthesis(label.folded)) {
    if (const Rule* r = rules.FirstMatch("topic_code", *code)) {
      // Only a whole-code match counts: the rules are anchored.
      return Topic{r->id, r->FullId()};
    }
  }
  if (const Rule* r = rules.FirstMatch("topic", label.folded)) return Topic{r->id, r->FullId()};
  return std::nullopt;
}

std::optional<std::string> OrganizerOf(const RuleSet& rules, const FoldedText& text) {
  if (const Rule* r = rules.FirstMatch("organizer", text.folded)) return r->id;
  return std::nullopt;
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
