#include "extractors/figures.h"

#include <sstream>

#include "extractors/folded.h"
#include "normalize/text.h"
#include "normalize/numbers.h"

namespace baocao {
namespace {

// The noun phrase a figure counts: its unit and up to `max_words` words
// after it, stopping at punctuation, another number, or a linking word the
// rules list ([figure_name_stop]: "với", "và", "có", …).
std::string NounPhrase(const RuleSet& rules, const std::string& canon, std::size_t from, int max_words) {
  std::string rest = canon.substr(std::min(from, canon.size()));
  std::size_t stop = rest.find_first_of(",;:.()!?\"");
  if (stop != std::string::npos) rest = rest.substr(0, stop);
  std::istringstream words(rest);
  std::string word, out;
  for (int n = 0; n < max_words && words >> word; ++n) {
    if (isdigit(static_cast<unsigned char>(word[0]))) break;
    if (n > 0 && rules.FirstMatch("figure_name_stop", normalize::FoldKey(word)) != nullptr) break;
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

const char* RuleFor(normalize::NumberKind kind) {
  switch (kind) {
    case normalize::NumberKind::kRatio: return "figure.ratio";
    case normalize::NumberKind::kPercent: return "figure.percent";
    case normalize::NumberKind::kArea: return "figure.area";
    default: return "figure.count";
  }
}

}  // namespace

void ExtractFigures(const ParagraphSite& site, const RuleSet& rules, std::vector<Record>* records) {
  FoldedText text(site.paragraph->text);
  for (const normalize::Number& n : normalize::FindNumbers(text.canon)) {
    using normalize::NumberKind;
    if (n.kind != NumberKind::kCount && n.kind != NumberKind::kRatio && n.kind != NumberKind::kPercent &&
        n.kind != NumberKind::kArea && n.kind != NumberKind::kDecimal) {
      continue;
    }
    std::string preceding = text.folded.substr(0, text.FoldedOffset(n.begin));
    if (rules.FirstMatch("figure_skip_before", preceding) != nullptr) continue;
    std::size_t after = text.FoldedOffset(n.end);
    std::string rest = TrimPunct(text.folded.substr(std::min(after, text.folded.size())), " ");
    std::string unit;
    std::string name;
    if (n.kind == NumberKind::kPercent) {
      unit = "%";
      name = NounPhrase(rules, text.canon, n.end, 6);
    } else {
      std::vector<std::pair<std::size_t, std::size_t>> g;
      const Rule* matched = nullptr;
      for (const Rule& r : rules.Section("figure_unit")) {
        if (RuleSet::Match(r, rest, &g)) {
          matched = &r;
          break;
        }
      }
      if (matched == nullptr) continue;
      // Map the unit's span in `rest` back to the canonical text.
      std::size_t lead = text.folded.substr(after).find_first_not_of(' ');
      std::size_t unit_begin = after + (lead == std::string::npos ? 0 : lead) + g[0].first;
      std::size_t unit_end = after + (lead == std::string::npos ? 0 : lead) + g[0].second;
      unit = text.CanonSpan(unit_begin, unit_end);
      name = NounPhrase(rules, text.canon, text.CanonOffset(unit_begin), 6);
    }
    if (name.empty()) continue;
    Record r;
    r.type = RecordType::kFigure;
    r.label = name;
    r.value = n.value;
    r.unit = unit;
    if (n.kind == NumberKind::kRatio) r.of = n.of;
    r.period = site.context.period;
    r.approx = rules.FirstMatch("approx", preceding) != nullptr;
    r.source.page = site.page;
    r.source.block = site.block;
    r.source.text = text.canon;
    r.rule = RuleFor(n.kind);
    r.notes.confidence = site.confidence;
    records->push_back(std::move(r));
  }
}

}  // namespace baocao
