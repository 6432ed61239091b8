#include "extractors/header_reference.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>

#include "normalize/text.h"

namespace baocao {
namespace {

std::optional<std::string> MatchGroup(const RuleSet& rules, std::string_view section, std::string_view id,
                                      const FoldedText& t, int group = 1) {
  const Rule* r = rules.Find(section, id);
  Groups g;
  if (r == nullptr || !RuleSet::Match(*r, t.folded, &g)) return std::nullopt;
  auto gi = static_cast<std::size_t>(group);
  if (gi >= g.size() || g[gi].first == std::string::npos) return std::string();
  return t.CanonSpan(g[gi].first, g[gi].second);
}

// "Số:...... /BC-HKH" -> "/BC-HKH"; "157 / BC-UBND" -> "157/BC-UBND". The
// reference is one token, or tokens joined by a slash or a dash: what
// follows ("/CV-TTHTCĐ V/v báo cáo …", "Lạng Sơn, ngày …" run into the same
// line of a PDF) is not part of it.
std::string CleanRef(const std::string& raw) {
  std::string out;
  std::istringstream tokens(raw);
  std::string token;
  while (tokens >> token) {
    const bool joined = out.empty() || out.back() == '/' || out.back() == '-' || token[0] == '/' || token[0] == '-' ||
                        out.find('/') == std::string::npos;
    if (!joined) break;
    out += token;
  }
  // Placeholder dots or underscores before the slash are a blank number.
  std::size_t slash = out.find('/');
  if (slash != std::string::npos) {
    std::string number = out.substr(0, slash);
    std::string kept;
    for (std::size_t i = 0; i < number.size(); ++i) {
      unsigned char ch = static_cast<unsigned char>(number[i]);
      if (ch == '.' || ch == '_') continue;
      if (number.compare(i, 3, "\xE2\x80\xA6") == 0) {  // "…"
        i += 2;
        continue;
      }
      kept.push_back(number[i]);
    }
    // A number handwritten into the blank reads as scribbles: only digits
    // (and a letter suffix, "12a") are a number; anything else stays blank.
    bool number_ok = !kept.empty() && isdigit(static_cast<unsigned char>(kept[0]));
    for (std::size_t i = 0; number_ok && i < kept.size(); ++i) {
      unsigned char ch = static_cast<unsigned char>(kept[i]);
      number_ok = isdigit(ch) || (i + 1 == kept.size() && isalpha(ch));
    }
    out = (number_ok ? kept : "") + out.substr(slash);
  }
  while (!out.empty() && (out.back() == '.' || out.back() == ',' || out.back() == ';')) out.pop_back();
  return out;
}

// "59/QĐ-UBND", "/BC-UBND": a slash, then the code's letters.
bool IsReference(const std::string& ref) {
  const std::size_t slash = ref.find('/');
  return slash != std::string::npos && slash + 1 < ref.size() &&
         !std::isdigit(static_cast<unsigned char>(ref[slash + 1])) && ref[slash + 1] != '/';
}

std::string TwoDigits(const std::string& n) { return n.size() == 1 ? "0" + n : n; }

// A matched group as printed, its spaces dropped ("59 / QĐ-UBND" parts).
std::string SpanWithoutSpaces(const FoldedText& t, const std::pair<std::size_t, std::size_t>& group) {
  std::string s = t.CanonSpan(group.first, group.second);
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return s;
}

}  // namespace

bool HasReferenceCue(const RuleSet& rules, const FoldedText& t) {
  return MatchGroup(rules, "meta", "ref", t) || MatchGroup(rules, "meta", "ref_bare", t);
}

std::optional<std::string> ReadReference(const RuleSet& rules, const FoldedText& t) {
  auto ref = MatchGroup(rules, "meta", "ref", t);
  if (!ref) ref = MatchGroup(rules, "meta", "ref_bare", t);
  if (!ref) return std::nullopt;
  std::string clean = CleanRef(*ref);
  // A document's reference is "number/KIND-ISSUER"; an incoming-mail
  // stamp's "Số: 20418" is a registry number, and "/12/2023" a date read
  // after a code whose slash was lost.
  if (IsReference(clean)) return clean;
  return CodeReference(rules, FoldedText(*ref), /*at_end=*/false);
}

std::optional<std::string> CodeReference(const RuleSet& rules, const FoldedText& t, bool at_end, std::size_t* start) {
  const Rule* r = rules.Find("meta", "ref_code");
  Groups g;
  if (r == nullptr || !RuleSet::Match(*r, t.folded, &g) || g.size() < 3 || g[2].first == std::string::npos) {
    // A blank number's code, the issuer first ("SỐ, /PGDĐT-GDTX").
    const Rule* blank = rules.Find("meta", "ref_blank");
    if (blank == nullptr || !RuleSet::Match(*blank, t.folded, &g) || g.size() < 2 ||
        g[1].first == std::string::npos) {
      return std::nullopt;
    }
    if (start != nullptr) *start = g[0].first;
    return "/" + SpanWithoutSpaces(t, g[1]);
  }
  if (at_end && t.folded.find_first_not_of(" .;,", g[2].second) != std::string::npos) return std::nullopt;
  if (start != nullptr) *start = g[0].first;
  const std::string number = g[1].first == std::string::npos ? "" : SpanWithoutSpaces(t, g[1]);
  return number + "/" + SpanWithoutSpaces(t, g[2]);
}

std::optional<std::string> IssuedDate(const RuleSet& rules, const FoldedText& t) {
  const Rule* r = rules.Find("meta", "issued");
  Groups g;
  if (r == nullptr || !RuleSet::Match(*r, t.folded, &g)) return std::nullopt;
  // The date of issue follows the place ("Kim Sơn, ngày …", "Hôm nay, ngày
  // …"); a date after a cited number ("Công văn số 95/PGDĐT ngày 12/11/2023")
  // is that document's.
  std::string prefix = t.folded.substr(0, g[0].first);
  // "Số: 12/UBND-VX Tân Phú, ngày …": the document's own number, then its
  // place (a PDF's header line run together), is no cited document.
  // The reference is every token that holds a slash or is a blank number
  // ("Số:..... /SGDDT-GDTX Thái Nguyên, ngày …").
  if (prefix.rfind("so", 0) == 0) {
    std::size_t after = 2;
    for (std::size_t token = prefix.find_first_not_of(" :", after); token != std::string::npos;
         token = prefix.find_first_not_of(' ', after)) {
      const std::size_t end = std::min(prefix.find(' ', token), prefix.size());
      const std::string_view word(prefix.data() + token, end - token);
      const bool blank_or_number = word.find_first_not_of("0123456789.:_") == std::string_view::npos ||
                                   word.rfind("\xE2\x80\xA6", 0) == 0;  // "…"
      if (word.find('/') == std::string_view::npos && !blank_or_number) break;
      after = end;
    }
    if (after > 2 && prefix.find(',', after) != std::string::npos) prefix = prefix.substr(after);
  }
  if (prefix.find_first_of("0123456789/") != std::string::npos ||
      std::count(prefix.begin(), prefix.end(), ' ') > 6) {
    return std::nullopt;
  }
  const std::optional<int> day = RuleSet::GroupNumber(t.folded, g, 1);
  const std::optional<int> month = RuleSet::GroupNumber(t.folded, g, 2);
  const std::optional<int> year = RuleSet::GroupNumber(t.folded, g, 3);
  if (!year || *year < 1000) return std::nullopt;
  const std::string y = std::to_string(*year);
  if (!month || *month < 1 || *month > 12) return y;
  const std::string m = TwoDigits(std::to_string(*month));
  if (!day || *day < 1 || *day > 31) return y + "-" + m;
  return y + "-" + m + "-" + TwoDigits(std::to_string(*day));
}

}  // namespace baocao
