#include "extractors/prose_units.h"

#include <cctype>
#include <optional>

#include "extractors/classify.h"
#include "extractors/context.h"
#include "extractors/dimensions.h"
#include "extractors/folded.h"
#include "extractors/metadata.h"
#include "extractors/prose_figures.h"
#include "extractors/prose_text.h"
#include "normalize/numbers.h"

namespace baocao {
namespace {

struct UnitItem {
  std::string name;
  std::optional<Topic> topic;  // an item named by its topic ("Tin học 3 lớp")
  std::int64_t value = 0;
  std::string measure;  // "classes" or "participants"
  // The people after the classes ("Hòa Bình (32 lớp, 1.520 lượt người)").
  std::optional<std::int64_t> people;
};

// The items after the colon, cut at commas, semicolons and " và ".
std::vector<std::string> Items(const std::string& list) {
  std::vector<std::string> out;
  std::string current;
  int depth = 0;  // a comma inside parentheses parts no items
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i] == '(') ++depth;
    if (list[i] == ')' && depth > 0) --depth;
    if ((list[i] == ',' || list[i] == ';') && depth == 0) {
      out.push_back(current);
      current.clear();
    } else if (list.compare(i, 5, " v\xC3\xA0 ") == 0) {  // " và "
      out.push_back(current);
      current.clear();
      i += 4;
    } else {
      current += list[i];
    }
  }
  out.push_back(current);
  return out;
}

// The items of a list that state something: a last item with no count is
// a rest not stated ("… và một số nội dung khác").
std::vector<std::string> StatedItems(const std::string& list) {
  std::vector<std::string> items = Items(TrimPunct(list, " ."));
  if (items.size() > 2 && items.back().find_first_of("0123456789") == std::string::npos) items.pop_back();
  return items;
}

// "Tân An (45 lớp)" -> "Tân An 45 lớp": the count in parentheses after
// the name.
// The parenthesis is matched, not the last "(": "(07 (bảy) lớp)".
std::string WithoutCountParenthesis(std::string item) {
  std::size_t open = std::string::npos;
  for (std::size_t i = item.size(), depth = 0; i-- > 0;) {
    if (item[i] == ')') ++depth;
    if (item[i] == '(' && depth > 0 && --depth == 0) {
      open = i;
      break;
    }
  }
  if (item.empty() || item.back() != ')' || open == std::string::npos || open + 1 >= item.size() ||
      !StartsWithNumber(item.substr(open + 1, item.size() - open - 2))) {
    return item;
  }
  // "bảy (07)": the digits of a count spelled before them, no parenthesis
  // of their own.
  for (const normalize::Number& n : ProseNumbers(item)) {
    if (n.begin < open && open < n.end) return item;
  }
  item.pop_back();
  item[open] = ' ';
  return item;
}

// "xã Tân An 3 lớp" -> {Tân An, 3, classes}; "Phú Mỹ 6" -> {Phú Mỹ, 6, ""}.
std::optional<UnitItem> ReadItem(const RuleSet& rules, const std::string& item) {
  FoldedText t(TrimPunct(WithoutCountParenthesis(TrimPunct(item, " .")), " ."));
  std::vector<normalize::Number> numbers = ProseNumbers(t.canon);
  // "Hòa Bình (32 lớp, 1.520 lượt người)": the classes, then their people.
  std::optional<std::int64_t> people;
  if (numbers.size() == 2 && numbers[1].kind == normalize::NumberKind::kCount &&
      MeasureAfter(rules, t, numbers[0]) == std::optional<std::string>("classes") &&
      MeasureAfter(rules, t, numbers[1]) == std::optional<std::string>("participants") &&
      TrimPunct(t.folded.substr(t.FoldedOffset(numbers[1].end)), " ").find_first_of(",;:(") == std::string::npos) {
    people = static_cast<std::int64_t>(numbers[1].value);
    t = FoldedText(TrimPunct(t.canon.substr(0, numbers[1].begin), " ,"));
    numbers.pop_back();
  }
  if (numbers.size() != 1 || numbers[0].kind != normalize::NumberKind::kCount) return std::nullopt;
  const normalize::Number& n = numbers[0];
  std::string before = TrimPunct(t.canon.substr(0, n.begin), " ");
  UnitItem u;
  std::optional<std::string> name = UnitOfLabel(rules, before);
  if (!name) u.topic = LeadingTopicIn(rules, FoldedText(before));
  // A bare name: every word of it capitalised ("Phú Mỹ"), nothing else.
  if (!name && !u.topic && NameOnly(before) == before) name = before;
  if (u.topic) name = before;
  if (!name || name->empty()) return std::nullopt;
  u.name = *name;
  u.value = static_cast<std::int64_t>(n.value);
  std::optional<std::string> measure = MeasureAfter(rules, t, n);
  if (measure && *measure != "classes" && *measure != "participants") return std::nullopt;
  // Nothing but the measure after the number.
  std::string after = TrimPunct(t.folded.substr(t.FoldedOffset(n.end)), " ");
  if (!measure && !after.empty()) return std::nullopt;
  u.measure = measure.value_or("");
  u.people = people;
  return u;
}

// The items read, when every one is a unit or every one a topic with one
// count, at least two, the first with its measure; else nothing.
std::optional<std::vector<UnitItem>> ReadItems(const RuleSet& rules, const std::vector<std::string>& items) {
  std::vector<UnitItem> units;
  for (const std::string& item : items) {
    std::optional<UnitItem> u = ReadItem(rules, item);
    if (!u) return std::nullopt;
    if (u->measure.empty()) {
      if (units.empty()) return std::nullopt;  // the first item says what is counted
      u->measure = units.back().measure;
    }
    units.push_back(*u);
  }
  if (units.size() < 2) return std::nullopt;
  // All units, or all topics: "xã Tân An 3 lớp, Tin học 2 lớp" is neither.
  for (const UnitItem& u : units) {
    if (u.topic.has_value() != units[0].topic.has_value()) return std::nullopt;
  }
  return units;
}

// The same for the stated items of `list` (StatedItems).
std::optional<std::vector<UnitItem>> ReadList(const RuleSet& rules, const std::string& list) {
  return ReadItems(rules, StatedItems(list));
}

void SetMeasure(const UnitItem& u, Record* r) {
  if (u.measure == "classes") r->classes = u.value;
  else r->participants = u.value;
  if (u.people) r->participants = u.people;
}

}  // namespace

bool IsTopicList(const RuleSet& rules, const std::string& list) {
  std::optional<std::vector<UnitItem>> items = ReadList(rules, list);
  if (items && (*items)[0].topic) return true;
  // Count first: "5 lớp tin học, 6 lớp tiếng Anh, 4 lớp kỹ năng sống".
  std::vector<std::string> parts = Items(list);
  if (parts.size() < 2) return false;
  for (const std::string& part : parts) {
    FoldedText item(TrimPunct(part, " ."));
    if (!StartsWithNumber(item.canon)) return false;
    StatementFigures f = ReadFigures(rules, item);
    if (!f.classes || !f.classes_first || !LeadingTopicIn(rules, FoldedText(PhraseAfter(rules, item, f.first_end)))) {
      return false;
    }
  }
  return true;
}

bool ExtractTopicParts(const RuleSet& rules, const std::string& list, const Record& total,
                       std::vector<Record>* records) {
  std::optional<std::vector<UnitItem>> items = ReadList(rules, list);
  if (!items || !(*items)[0].topic) return false;
  for (const UnitItem& u : *items) {
    // A part of the total's own topic ("10 lớp ngoại ngữ, tin học (tin
    // học 4 lớp, tiếng Anh 6 lớp)") says nothing the total does not. Nor
    // do parts of a total that names its topic: they are kinds of it ("5
    // lớp dạy nghề (may công nghiệp 2 lớp, sửa chữa máy nông nghiệp 3
    // lớp)" is vocational training, whatever the trade's words suggest).
    if (u.topic->code == total.topic || (total.topic && *total.topic != "tong")) continue;
    Record r = WithoutFigures(total);
    r.topic = u.topic->code;
    r.label = total.label + " — " + CleanLabel(u.name);
    SetMeasure(u, &r);
    r.rule = "prose.activity_part";
    records->push_back(std::move(r));
  }
  return true;
}

void ExtractParenthesisedParts(const RuleSet& rules, const std::string& statement, const Record& total,
                               std::vector<Record>* records) {
  int depth = 0;
  std::size_t open = 0;
  for (std::size_t i = 0; i < statement.size(); ++i) {
    if (statement[i] == '(' && depth++ == 0) open = i + 1;
    if (statement[i] != ')' || depth == 0 || --depth > 0) continue;
    ExtractTopicParts(rules, statement.substr(open, i - open), total, records);
  }
}

bool ExtractParenthesisedTopics(const RuleSet& rules, const std::string& statement, const Record& keys,
                                std::vector<Record>* records) {
  std::vector<std::string> items = StatedItems(statement);
  // The first item from the words that lead into the list on ("Năm 2023
  // các chuyên đề gồm pháp luật (20 lớp)" -> "pháp luật (20 lớp)"): after
  // the last such word that leaves a topic with its count ("có" folds as
  // "cơ" of "tin học cơ bản" does).
  if (const Rule* lead = rules.Find("breakdown", "list_lead"); lead != nullptr && !items.empty()) {
    FoldedText first(items[0]);
    std::vector<std::size_t> ends;
    Groups g;
    for (std::size_t from = 0; from < first.folded.size() &&
                               RuleSet::Match(*lead, std::string_view(first.folded).substr(from), &g) && g[0].second > 0;) {
      from += g[0].second;
      ends.push_back(from);
    }
    for (auto end = ends.rbegin(); end != ends.rend(); ++end) {
      const std::string rest = first.canon.substr(first.CanonOffset(*end));
      std::optional<UnitItem> u = ReadItem(rules, TrimPunct(rest, " "));
      if (u && u->topic) {
        items[0] = rest;
        break;
      }
    }
  }
  for (const std::string& item : items) {
    const std::string trimmed = TrimPunct(item, " ");
    if (trimmed.empty() || trimmed.back() != ')' || WithoutCountParenthesis(trimmed) == trimmed) return false;
  }
  std::optional<std::vector<UnitItem>> topics = ReadItems(rules, items);
  if (!topics || !(*topics)[0].topic) return false;
  for (const UnitItem& u : *topics) {
    Record r = WithoutFigures(keys);
    r.topic = u.topic->code;
    r.label = CleanLabel(u.name);
    SetMeasure(u, &r);
    r.rule = "prose.activity";
    records->push_back(std::move(r));
  }
  return true;
}

bool ExtractUnitList(const ParagraphSite& site, const RuleSet& rules, const std::string& sentence,
                     std::vector<Record>* records) {
  std::size_t colon = sentence.rfind(':');
  if (colon == std::string::npos || colon == 0) return false;
  std::optional<std::vector<UnitItem>> list = ReadList(rules, sentence.substr(colon + 1));
  if (!list) return false;
  const std::vector<UnitItem>& units = *list;
  const bool by_topic = units[0].topic.has_value();
  std::string lead = CleanLabel(sentence.substr(0, colon));
  // "Năm 2023 mở 20 lớp: tin học 5 lớp, …": the parts of a statement's
  // count, read with it.
  if (by_topic && ReadFigures(rules, FoldedText(lead)).any()) return false;
  // The lead's own words say the list's status and period ("Kế hoạch năm
  // 2025: …", "Năm 2023, các xã đã mở: …").
  const FoldedText folded_lead(lead);
  Context said = ContextOf(rules, folded_lead, site.context.period);
  const Rule* status = rules.FirstMatch("statement_status", folded_lead.folded);
  std::optional<Topic> topic = LeadingTopicIn(rules, FoldedText(lead));
  for (const UnitItem& u : units) {
    Record r;
    r.type = RecordType::kActivity;
    r.status = status ? std::optional<std::string>(status->id) : said.status ? said.status : site.context.status;
    r.period = said.period ? said.period : site.context.period;
    if (by_topic) {
      r.topic = u.topic->code;
      r.label = u.name;
    } else {
      r.topic = topic ? topic->code : "tong";
      r.commune = u.name;
      r.label = lead + " — " + u.name;
    }
    SetMeasure(u, &r);
    r.source.page = site.page;
    r.source.block = site.block;
    r.source.text = sentence;
    r.notes.confidence = site.confidence;
    r.rule = "prose.unit_list";
    records->push_back(std::move(r));
  }
  return true;
}

}  // namespace baocao
