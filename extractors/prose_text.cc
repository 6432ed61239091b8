// How running text divides into the pieces prose extraction reads. See
// prose_text.h.
#include "extractors/prose_text.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "extractors/classify.h"
#include "extractors/dimensions.h"
#include "extractors/prose_figures.h"
#include "normalize/numbers.h"
#include "normalize/text.h"

namespace baocao {
namespace {

// The words after the count ending at `number_end` name a topic.
bool NamesTopic(const RuleSet& rules, const FoldedText& text, std::size_t number_end) {
  return LeadingTopicIn(rules, FoldedText(PhraseAfter(rules, text, number_end))).has_value();
}

// Words between a comma and a count that open a clause of their own: its
// period ("năm 2023 mở"), or a unit as its subject ("xã Vĩnh Hòa 28 lớp",
// "thấp nhất là xã Bình Minh với 12 lớp").
// A verb alone does not ("Trung tâm mở 8 lớp, phối hợp mở 4 lớp" may state
// the centre's total and a part of it).
bool StartsClause(const RuleSet& rules, const FoldedText& words) {
  return rules.FirstMatch("period", words.folded) != nullptr ||
         UnitOfLabel(rules, SubjectOnly(rules, TrimPunct(words.canon, " "))).has_value();
}

// The words after the count ending at `number_end`, up to a comma, name
// something ("tuyên truyền"), not nothing ("32 lớp, 40 buổi").
bool NamesActivity(const RuleSet& rules, const FoldedText& text, std::size_t number_end) {
  const std::string phrase = PhraseAfter(rules, text, number_end);
  const std::string first = TrimPunct(phrase.substr(0, phrase.find(',')), " ,;");
  return std::any_of(first.begin(), first.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// A sentence that counts no classes, only people, one count per topic named
// in its own clause, before the count or after it: "lớp tin học có 35 học
// viên, lớp tiếng Anh có 28 học viên"; "150 người có nhu cầu học tin học, 80
// người có nhu cầu học nghề may". Cut at the comma or semicolon before each
// such clause; at a semicolon alone when a clause names no topic.
std::vector<std::size_t> PeopleClauseCuts(const RuleSet& rules, const FoldedText& text, const std::vector<int>& depth) {
  const std::string& t = text.canon;
  std::vector<std::pair<std::size_t, std::size_t>> counts;  // canonical spans of the people counts
  for (const normalize::Number& n : ProseNumbers(t)) {
    if (MeasureAfter(rules, text, n) == std::optional<std::string>("participants") && depth[n.begin] == 0) {
      counts.emplace_back(n.begin, n.end);
    }
  }
  // Each clause from the delimiter before its count to the delimiter before
  // the next count: a topic's own name may hold a comma ("văn hóa, xã hội").
  std::vector<std::size_t> starts = {0};
  // A semicolon between two counts ends a statement whatever the clauses
  // name: "năm học 2023-2024 huy động 45 học viên ra lớp …; năm học
  // 2024-2025 kế hoạch huy động 50 học viên" (its topic left unsaid).
  std::vector<std::size_t> semicolons;
  bool all_cut = true;
  for (std::size_t k = 1; k < counts.size(); ++k) {
    std::size_t cut = std::string::npos;
    for (std::size_t i = counts[k].first; i-- > counts[k - 1].second;) {
      if ((t[i] == ',' || t[i] == ';') && depth[i] == 0) {
        if (cut == std::string::npos) cut = i + 1;
        if (t[i] == ';') {
          semicolons.push_back(i + 1);
          break;
        }
      }
    }
    if (cut == std::string::npos) all_cut = false;
    starts.push_back(cut);
  }
  if (!all_cut) return semicolons;
  for (std::size_t k = 0; k < counts.size(); ++k) {
    const std::size_t end = k + 1 < starts.size() ? starts[k + 1] - 1 : t.size();
    if (!LeadingTopicIn(rules, FoldedText(t.substr(starts[k], end - starts[k])))) return semicolons;
  }
  return std::vector<std::size_t>(starts.begin() + 1, starts.end());
}

}  // namespace

// The lead without the words around its subject ([subject_lead] before it,
// [subject_tail] after it): "Riêng xã Đoàn Kết mở" -> "xã Đoàn Kết mở",
// "Thấp nhất là xã Bình Minh với" -> "xã Bình Minh".
std::string SubjectOnly(const RuleSet& rules, const std::string& lead) {
  std::string out = lead;
  Groups g;
  for (const Rule& r : rules.Section("subject_lead")) {
    FoldedText f(out);
    if (RuleSet::Match(r, f.folded, &g) && g[0].first == 0) {
      out = f.canon.substr(f.CanonOffset(g[0].second));
      break;
    }
  }
  for (const Rule& r : rules.Section("subject_tail")) {
    FoldedText f(out);
    if (RuleSet::Match(r, f.folded, &g) && g[0].first > 0) {
      out = f.canon.substr(0, f.CanonOffset(g[0].first));
      break;
    }
  }
  return out;
}

// Parenthesis depth before each byte, so no sentence or statement is cut
// inside "( … )".
std::vector<int> Depths(const std::string& t) {
  std::vector<int> depth(t.size() + 1, 0);
  int d = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    depth[i] = d;
    if (t[i] == '(') ++d;
    if (t[i] == ')' && d > 0) --d;
  }
  depth[t.size()] = d;
  return depth;
}

// Sentences end at '.' followed by a space (thousands dots have none).
std::vector<std::string> Sentences(const std::string& t) {
  std::vector<std::string> out;
  const std::vector<int> depth = Depths(t);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= t.size(); ++i) {
    if (i == t.size() || (t[i] == '.' && i + 1 < t.size() && t[i + 1] == ' ' && depth[i] == 0)) {
      std::string s = TrimPunct(t.substr(start, i - start), " ");
      if (!s.empty()) out.push_back(s);
      start = i + 1;
    }
  }
  return out;
}

// Splits a sentence into statements at the ';', "và" or comma between two counts
// of classes: "6 lớp văn hóa với 402 lượt người, trong đó nữ 236 người và 4
// lớp văn nghệ với 230 lượt người"; "năm học 2022-2023 mở 20 lớp …; năm học
// 2023-2024 dự kiến mở 24 lớp". A breakdown ("trong đó có 8 lớp pháp luật và
// 12 lớp kinh tế") is one statement with its parts.
std::vector<std::string> Statements(const RuleSet& rules, const std::string& sentence) {
  FoldedText text(sentence);
  const std::vector<int> depth = Depths(text.canon);
  const Rule* in_which = rules.Find("breakdown", "in_which");
  std::vector<std::size_t> cuts;
  std::size_t previous_end = std::string::npos;  // end of the last classes figure
  bool breakdown = false;  // counts of classes that break a total down ("trong đó có 8 lớp …")
  Groups g;
  for (const normalize::Number& n : ProseNumbers(text.canon)) {
    if (MeasureAfter(rules, text, n) != std::optional<std::string>("classes") || depth[n.begin] > 0) continue;
    if (previous_end == std::string::npos) {
      // "Duy trì 5 câu lạc bộ với 210 thành viên; tổ chức 8 buổi …": a
      // semicolon after figures of something else ends their statement.
      std::size_t semicolon = std::string::npos;
      for (std::size_t i = n.begin; i-- > 0;) {
        if (text.canon[i] == ';' && depth[i] == 0) {
          semicolon = i;
          break;
        }
      }
      if (semicolon != std::string::npos &&
          text.canon.find_first_of("0123456789") < semicolon) {
        cuts.push_back(semicolon + 1);
      }
    }
    if (previous_end != std::string::npos) {
      std::string between = text.canon.substr(previous_end, n.begin - previous_end);
      FoldedText folded_between(between);
      std::size_t cut = std::string::npos;
      bool semicolon = false;
      for (std::size_t i = 0; i < between.size(); ++i) {
        if (depth[previous_end + i] > 0) continue;
        if (between[i] == ';') {
          cut = previous_end + i + 1;
          semicolon = true;
        }
      }
      if (cut == std::string::npos) {
        std::size_t va = folded_between.folded.rfind(" va ");
        if (va != std::string::npos) cut = previous_end + folded_between.CanonOffset(va + 1);
      }
      std::size_t comma = std::string::npos;  // the last top-level comma between the two
      for (std::size_t i = between.size(); i-- > 0;) {
        if (between[i] == ',' && depth[previous_end + i] == 0) {
          comma = i;
          break;
        }
      }
      // "8 lớp xóa mù chữ với 176 học viên, 5 lớp giáo dục sau biết chữ với
      // 102 học viên": a comma between two counts that each name their own
      // activity ("32 lớp, 40 buổi" names none).
      // So does a comma between a count that names its own activity in
      // words no topic rule knows and one that names a topic: "45 buổi
      // tuyên truyền, 12 lớp chuyển giao KHKT".
      if (cut == std::string::npos && comma != std::string::npos && NamesTopic(rules, text, n.end) &&
          (NamesTopic(rules, text, previous_end) || NamesActivity(rules, text, previous_end))) {
        cut = previous_end + comma + 1;
      }
      // "Năm 2022 mở 10 lớp, năm 2023 mở 12 lớp": a comma before a clause
      // of its own, which names its period.
      if (cut == std::string::npos && comma != std::string::npos &&
          StartsClause(rules, FoldedText(between.substr(comma + 1)))) {
        cut = previous_end + comma + 1;
      }
      // "…, trong đó có 8 lớp": a breakdown opens when this count follows
      // "trong đó" with no other figure between; "…, trong đó nữ 236 người
      // và 4 lớp" opens none.
      // So does a colon: "Năm 2022 mở 15 lớp: tin học 5 lớp, ngoại ngữ 3 lớp".
      std::size_t colon = std::string::npos;
      for (std::size_t i = 0; i < between.size(); ++i) {
        if (between[i] == ':' && depth[previous_end + i] == 0) colon = i;
      }
      if (in_which != nullptr && RuleSet::Match(*in_which, folded_between.folded, &g) &&
          folded_between.folded.find_first_of("0123456789", g[0].second) == std::string::npos) {
        breakdown = true;
      } else if (colon != std::string::npos && !semicolon &&
                 between.find_first_of("0123456789", colon) == std::string::npos) {
        // ("Lớp tin học: 2 lớp; lớp pháp luật: 1 lớp": after a semicolon a
        // colon ends the next statement's label.)
        breakdown = true;
      } else if (cut != std::string::npos && (semicolon || !breakdown)) {
        cuts.push_back(cut);
        breakdown = false;
      }
    }
    previous_end = n.end;
  }
  if (previous_end == std::string::npos) cuts = PeopleClauseCuts(rules, text, depth);
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t cut : cuts) {
    out.push_back(TrimPunct(text.canon.substr(start, cut - start), " ,;"));
    start = cut;
  }
  out.push_back(TrimPunct(text.canon.substr(start), " ,;"));
  return out;
}

// The words after the first count's unit noun, up to a linking word or the
// next number: "Trung tâm đã tổ chức 9 lớp chuyên đề về giáo dục pháp luật
// với 640 lượt người" -> "chuyên đề về giáo dục pháp luật".
// "02 lớp/85 lượt người về …": a count paired with the next by a slash
// names its activity after the pair, so the phrase starts after the second.
std::string PhraseAfter(const RuleSet& rules, const FoldedText& text, std::size_t number_end) {
  const std::string& folded = text.folded;
  std::size_t unit_start = text.FoldedOffset(number_end);
  Groups g;
  std::size_t phrase_start = std::string::npos;
  for (int pair = 0; pair < 2; ++pair) {
    while (unit_start < folded.size() && folded[unit_start] == ' ') ++unit_start;
    const Rule* unit = nullptr;
    for (const Rule& r : rules.Section("measure")) {
      if (RuleSet::Match(r, std::string_view(folded).substr(unit_start), &g) && g[0].first == 0) {
        unit = &r;
        break;
      }
    }
    if (unit == nullptr) break;
    phrase_start = unit_start + g[0].second;
    std::size_t next = phrase_start;
    while (next < folded.size() && folded[next] == ' ') ++next;
    if (next >= folded.size() || folded[next] != '/') break;
    ++next;
    while (next < folded.size() && folded[next] == ' ') ++next;
    std::size_t digits = next;
    while (digits < folded.size() && (isdigit(static_cast<unsigned char>(folded[digits])) || folded[digits] == '.')) ++digits;
    if (digits == next) break;
    unit_start = digits;
  }
  if (phrase_start == std::string::npos) return "";
  // "3 lớp/năm về …": the year the count is of is no part of the phrase.
  if (const Rule* per_year = rules.Find("per_unit", "per_year")) {
    if (RuleSet::Match(*per_year, std::string_view(folded).substr(phrase_start), &g)) phrase_start += g[0].second;
  }
  std::string tail = text.folded.substr(phrase_start);
  std::size_t end = tail.size();
  for (const Rule& r : rules.Section("phrase_end")) {
    if (RuleSet::Match(r, tail, &g) && g[0].first < end) end = g[0].first;
  }
  int depth = 0;
  for (std::size_t i = 0; i < end; ++i) {
    if (tail[i] == '(') ++depth;
    if (tail[i] == ')' && depth > 0) --depth;
    if (isdigit(static_cast<unsigned char>(tail[i])) || (depth == 0 && (tail[i] == ';' || tail[i] == ':'))) {
      end = i;
      break;
    }
  }
  std::string phrase = CleanLabel(text.CanonSpan(phrase_start, phrase_start + end));
  // A parenthesis the phrase opens but does not close is cut off, from the
  // outermost one ("chuyên đề (Giáo dục pháp luật: bảy (" cut at a count's
  // digits inside it).
  std::vector<std::size_t> unclosed;
  for (std::size_t i = 0; i < phrase.size(); ++i) {
    if (phrase[i] == '(') unclosed.push_back(i);
    if (phrase[i] == ')' && !unclosed.empty()) unclosed.pop_back();
  }
  if (!unclosed.empty()) phrase = CleanLabel(phrase.substr(0, unclosed.front()));
  FoldedText folded_phrase(phrase);
  for (const Rule& r : rules.Section("phrase_lead")) {
    if (RuleSet::Match(r, folded_phrase.folded, &g) && g[0].first == 0 && g[0].second < folded_phrase.folded.size()) {
      return CleanLabel(folded_phrase.CanonSpan(g[0].second, folded_phrase.folded.size()));
    }
  }
  return phrase;
}

// The last ':' of `lead` outside parentheses: "Kỹ năng sống: phòng, chống
// đuối nước: 3 lớp" names "Kỹ năng sống: phòng, chống đuối nước".
std::size_t LabelColon(const std::string& lead) {
  const std::vector<int> depth = Depths(lead);
  for (std::size_t i = lead.size(); i-- > 0;) {
    if (lead[i] == ':' && depth[i] == 0) return i;
  }
  return std::string::npos;
}

// The words of a statement before its first figure, from the start of their
// clause: "Lớp … mở tại xóm Bản Chang; đến cuối năm có 38 học viên" leads
// with "đến cuối năm có".
std::string LeadOf(const std::string& head, std::size_t first) {
  const std::vector<int> depth = Depths(head);
  std::size_t start = 0;
  for (std::size_t i = 0; i < first && i < head.size(); ++i) {
    if (head[i] == ';' && depth[i] == 0) start = i + 1;
  }
  return TrimPunct(head.substr(start, first - start), " ");
}

// The words after a total's count name no activity: "lớp, buổi học tập",
// "chuyên đề các loại", "buổi còn lại" (its first comma-separated part, each
// word one of [total_phrase]).
bool GenericPhrase(const RuleSet& rules, const std::string& phrase) {
  const Rule* words = rules.Find("total_phrase", "words");
  std::string first = TrimPunct(phrase.substr(0, phrase.find(',')), " ,;");
  if (first.empty()) return true;
  return words != nullptr && RuleSet::Match(*words, FoldedText(first).folded, nullptr);
}

}  // namespace baocao
