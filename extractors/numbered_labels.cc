#include "extractors/numbered_labels.h"

#include <map>
#include <optional>

namespace baocao {
namespace {

// A label cut where its numeral is: "Quý II/2025 (dự kiến)" ->
// words {"Quý"} before, numeral "II", rest "/2025 (dự kiến)".
struct NumberedLabel {
  std::string prefix;  // the words before the numeral, as printed
  std::string numeral; // as printed: "II", "H", "03"
  std::string rest;    // everything after the numeral, as printed
  bool roman = false;  // the numeral is (or looks like) a Roman one
  int value = 0;       // its value when printed cleanly; 0 when not
};

bool IsAsciiLetter(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }
bool IsDigit(char ch) { return ch >= '0' && ch <= '9'; }

std::optional<NumberedLabel> Cut(const std::string& label) {
  std::size_t start = 0;
  bool has_prefix = false;
  while (start < label.size()) {
    while (start < label.size() && label[start] == ' ') ++start;
    std::size_t end = label.find(' ', start);
    if (end == std::string::npos) end = label.size();
    std::size_t core = start;
    while (core < end && label[core] != '/' && label[core] != '.' && label[core] != ':' && label[core] != ',') ++core;
    const std::string word = label.substr(start, core - start);
    bool digits = !word.empty() && word.size() <= 2;
    for (char ch : word) digits = digits && IsDigit(ch);
    const std::string roman = RomanLookAlike(word);
    if (has_prefix && (digits || !roman.empty())) {
      NumberedLabel n;
      n.prefix = label.substr(0, start);
      n.numeral = word;
      n.rest = label.substr(core);
      n.roman = !digits;
      bool clean = true;
      for (char ch : word) clean = clean && (ch == 'I' || ch == 'V' || ch == 'X');
      n.value = digits ? std::stoi(word) : clean ? RomanValue(word) : 0;
      return n;
    }
    // The words before the numeral are words: letters, no figures.
    bool letters = false;
    for (char ch : word) {
      if (IsDigit(ch)) return std::nullopt;
      letters = letters || IsAsciiLetter(ch) || static_cast<unsigned char>(ch) >= 0x80;
    }
    if (!letters) return std::nullopt;
    has_prefix = true;
    start = end;
  }
  return std::nullopt;
}

}  // namespace

int RomanValue(const std::string& s) {
  int total = 0, prev = 0;
  for (auto it = s.rbegin(); it != s.rend(); ++it) {
    int v = *it == 'I' ? 1 : *it == 'V' ? 5 : *it == 'X' ? 10 : 0;
    if (v == 0) return 0;
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  return total;
}

std::string ToRoman(int n) {
  static const char* const tens[] = {"", "X", "XX", "XXX"};
  static const char* const ones[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
  return n <= 0 || n >= 40 ? "" : std::string(tens[n / 10]) + ones[n % 10];
}

std::string RomanLookAlike(const std::string& s) {
  std::string out;
  for (char ch : s) {
    if (ch == 'I' || ch == 'l' || ch == '1' || ch == '|' || ch == '!' || ch == 'i') out += 'I';
    else if (ch == 'H') out += "II";
    else if (ch == 'V' || ch == 'v') out += 'V';
    else if (ch == 'X' || ch == 'x') out += 'X';
    else return "";
  }
  return out;
}

void RepairNumberedLabels(std::vector<std::string>* labels) {
  // Groups: labels that share their words before the numeral, in order.
  std::map<std::string, std::vector<std::size_t>> groups;
  std::vector<std::optional<NumberedLabel>> cut(labels->size());
  for (std::size_t i = 0; i < labels->size(); ++i) {
    cut[i] = Cut((*labels)[i]);
    if (cut[i]) groups[cut[i]->prefix].push_back(i);
  }
  for (const auto& [prefix, members] : groups) {
    if (members.size() < 2) continue;
    // The first numeral the clean ones agree on: value - position, by vote.
    int romans = 0;
    for (std::size_t k : members) romans += cut[k]->roman;
    const bool roman = 2 * romans > static_cast<int>(members.size());
    std::map<int, int> votes;
    int clean = 0;
    for (std::size_t k = 0; k < members.size(); ++k) {
      const NumberedLabel& n = *cut[members[k]];
      if (n.value == 0 || n.roman != roman) continue;  // "11" among Roman numerals is no eleven
      ++clean;
      ++votes[n.value - static_cast<int>(k)];
    }
    int first = 0, best = 0;
    for (const auto& [start, count] : votes) {
      if (count > best) first = start, best = count;
    }
    // A count most clean numerals agree on can overrule a clean numeral
    // that repeats one; a count only every clean numeral agrees on ("Quý I
    // | Quý H": one) only gives numerals to prints that are none.
    const bool strong = best >= 2 && 2 * best > clean;
    if (!strong && (best == 0 || best != clean)) continue;
    std::vector<bool> used(64, false);
    for (std::size_t k = 0; k < members.size(); ++k) {
      NumberedLabel& n = *cut[members[k]];
      const int expected = first + static_cast<int>(k);
      if (expected <= 0 || expected >= 40) break;
      if (n.value == expected) {
        used[static_cast<std::size_t>(expected)] = true;
        continue;
      }
      // The print looks like the expected numeral ("H" or "11" for II), or
      // repeats one already used where the next label confirms the count.
      bool looks = roman && RomanLookAlike(n.numeral) == ToRoman(expected);
      bool repeated = n.roman == roman && n.value > 0 && n.value < 64 && used[static_cast<std::size_t>(n.value)];
      repeated = repeated && strong;
      if (repeated && k + 1 < members.size()) {
        repeated = cut[members[k + 1]]->value == expected + 1;
      }
      if (!looks && !repeated) {
        if (n.value > 0 && n.value < 64) used[static_cast<std::size_t>(n.value)] = true;
        continue;
      }
      n.numeral = roman ? ToRoman(expected) : (n.numeral.size() == 2 && expected < 10 ? "0" : "") +
                                                   std::to_string(expected);
      n.value = expected;
      used[static_cast<std::size_t>(expected)] = true;
      (*labels)[members[k]] = n.prefix + n.numeral + n.rest;
    }
  }
}

}  // namespace baocao
