#include "extractors/rules_schema.h"

#include <re2/re2.h>

#include <cstdlib>

#include "extractors/record_schema.h"

namespace baocao {
namespace {

using K = GroupKind;

// The closed list of a record field of the contract (status, topic, ...).
std::vector<std::string> CodesOf(std::string_view field) {
  for (const RecordField& f : RecordFields()) {
    if (f.name == field) return {f.codes.begin(), f.codes.end()};
  }
  return {};
}

std::vector<RuleIdSpec> Ids(const std::vector<std::string>& ids, bool required = false) {
  std::vector<RuleIdSpec> out;
  for (const std::string& id : ids) out.push_back(RuleIdSpec{id, required, {}});
  return out;
}

SectionSpec Closed(std::string name, std::string what, std::vector<RuleIdSpec> ids) {
  return SectionSpec{std::move(name), std::move(what), false, std::move(ids), {}};
}

SectionSpec Open(std::string name, std::string what) {
  return SectionSpec{std::move(name), std::move(what), true, {}, {}};
}

// The document kinds of the contract (records.md, `doc_type`).
const std::vector<std::string> kDocTypes = {"bao_cao", "ke_hoach", "to_trinh", "quyet_dinh", "cong_van", "other"};

std::vector<SectionSpec>* BuildSections() {
  const std::vector<std::string> status = CodesOf("status");
  const std::vector<std::string> organizer = CodesOf("organizer");
  const std::vector<std::string> topic = CodesOf("topic");
  auto* s = new std::vector<SectionSpec>;
  // --- baocao.rules: document metadata
  s->push_back(Closed("doc_type", "the document-type line; the id is the doc_type code", Ids(kDocTypes)));
  s->push_back(Closed("ref_kind", "the kind code inside a reference (157/BC-UBND); the id is the doc_type code",
                      Ids(kDocTypes)));
  s->push_back(Closed("meta", "lines of the document's header",
                      {{"ref", true, {K::kText}},
                       {"ref_bare", false, {K::kText}},
                       {"ref_code", false, {K::kRefNumber, K::kRefCode}},
                       {"ref_blank", false, {K::kRefCode}},
                       {"issued", true, {K::kNumber, K::kNumber, K::kYear}},
                       {"subject_line", true, {}},
                       {"title_stop", true, {}},
                       {"motto", true, {}},
                       {"motto_end", false, {}},
                       {"address_to", true, {}}}));
  s->push_back(Closed("place", "administrative units; group 1 is the name",
                      {{"commune", true, {K::kName}},
                       {"district", true, {K::kName}},
                       {"province", true, {K::kName}},
                       {"province_dept", false, {K::kName}}}));
  s->push_back(Closed("place_unit", "the unit word of a [place] match, lowercase with diacritics",
                      Ids({"commune", "district", "province", "province_dept"})));
  s->push_back(Closed("place_syllable", "syllables place names use, read for OCR's acute/hook confusion",
                      Ids({"attested"})));
  s->push_back(Open("issuer", "issuing bodies; the id is their abbreviation"));
  // --- context
  s->push_back(Closed("doc_type_status", "the status a doc_type code gives its figures", Ids(status)));
  s->push_back(Closed("status", "the status of a heading's figures", Ids(status)));
  SectionSpec period{"period", "the period of a heading; ids other than these capture a year", true,
                     {{"half_year", false, {K::kYear}},
                      {"quarter", false, {K::kQuarter, K::kYear}},
                      {"quarter_range", false, {K::kQuarter, K::kQuarter, K::kYear}},
                      {"date_range", false, {K::kNumber, K::kNumber, K::kYear}},
                      {"month_range", false, {K::kNumber, K::kNumber, K::kYear}},
                      {"month", false, {K::kNumber, K::kYear}},
                      {"month_only", false, {K::kNumber}},
                      {"half_year_only", false, {}},
                      {"quarter_only", false, {K::kQuarter}},
                      {"range", false, {K::kYear, K::kYear}},
                      {"range_to_now", false, {K::kYear}},
                      {"first_half_to", false, {K::kYear}},
                      {"same_period_in", false, {K::kYear}},
                      {"same_period_before", false, {}},
                      {"this_year", false, {}},
                      {"year_before", false, {}},
                      {"year_after", false, {}},
                      {"year", false, {K::kYear}}},
                     {K::kYear}};
  s->push_back(std::move(period));
  s->push_back(Closed("organizer", "who ran an activity, from a cue in words", Ids(organizer)));
  // --- budget
  s->push_back(Closed("budget", "the source of money a clause or row names", Ids(CodesOf("category"))));
  s->push_back(Open("budget_parts", "words after a total amount that open the list of its parts"));
  s->push_back(Closed("budget_source_after", "words after an amount that bring in the source naming it",
                      Ids({"cue"})));
  s->push_back(Open("budget_outflow", "thu–chi lines that spend or are left (category other, no part of a sum)"));
  s->push_back(Closed("activity_cost", "an amount that is an activity's cost, not a budget line",
                      Ids({"cue", "this", "named"}, true)));
  // --- prose figures
  s->push_back(Closed("measure", "unit nouns after a number and what they count",
                      Ids({"women", "female", "classes", "participants"})));
  s->push_back(Closed("per_unit", "an amount per person, class or session: a rate", Ids({"before", "after", "per_year"})));
  s->push_back(Open("not_count", "text before a number that makes it no count"));
  s->push_back(Open("count_before", "exceptions to [not_count]"));
  s->push_back(Closed("plan_figure", "a plan figure inside a statement of results", Ids({"year", "target"})));
  s->push_back(Closed("statement_status", "the status a statement's own words give it", Ids(status)));
  s->push_back(Open("activity_verb", "a verb that makes a topicless statement the total"));
  s->push_back(Closed("total_phrase", "words after a total's count that name no activity", Ids({"words", "unit"}, true)));
  s->push_back(Open("open_period", "a span of years the statement does not print"));
  s->push_back(Closed("participation", "words that make a count of people alone an activity",
                      Ids({"after", "before", "need"})));
  s->push_back(Open("partner_subject", "a partner organisation as the subject that runs the activity"));
  s->push_back(Open("subject_lead", "words before a unit named as a statement's subject that are no part of it"));
  s->push_back(Open("subject_tail", "words after a unit named as a statement's subject, before its count, that are no part of it"));
  s->push_back(Open("centre_subject", "the statement's subject is the centre itself, named by a bare word"));
  s->push_back(Open("female_all", "all participants are women"));
  s->push_back(Open("approx", "words before a number that make it approximate"));
  s->push_back(Closed("breakdown", "a clause that breaks down the figures before it", {RuleIdSpec{"in_which", true, {}}, RuleIdSpec{"list_follows", false, {}}, RuleIdSpec{"sum_of_all", false, {}}, RuleIdSpec{"list_lead", false, {}}}));
  s->push_back(Open("total_label", "a label that names the total over all topics"));
  s->push_back(Open("not_activity", "words that make a statement's people no learners"));
  s->push_back(Open("phrase_end", "words that end the activity phrase of a running sentence"));
  s->push_back(Open("phrase_lead", "words at the start of an activity phrase that are no part of its name"));
  s->push_back(Closed("measure_label", "a label that names what the bare number after it counts",
                      Ids({"classes", "participants"})));
  s->push_back(Open("female_before", "a women cue right before a number"));
  // --- other figures
  s->push_back(Open("figure_unit", "nouns a countable figure may count; the id is its unit"));
  s->push_back(Open("figure_name_stop", "words that end a figure's noun phrase"));
  s->push_back(Open("figure_skip_before", "words after which a number is no count"));
  // --- columns.rules
  s->push_back(Closed("column", "what a table column holds, from its header words",
                      Ids({"number", "measure_unit", "female", "classes", "participants", "source", "cost",
                           "audience", "location", "partner", "note", "time", "unit", "name"})));
  // --- tables.rules
  s->push_back(Closed("header_status", "the status of a header cell or section row", Ids(status)));
  s->push_back(Closed("header_organizer", "who ran what a header cell or section row counts", Ids(organizer)));
  std::vector<std::string> organizer_cell = {"none"};
  organizer_cell.insert(organizer_cell.end(), organizer.begin(), organizer.end());
  s->push_back(Closed("organizer_cell", "what a note or partner cell says about who ran a row", Ids(organizer_cell)));
  s->push_back(Open("ratio_column", "a column of ratios or differences"));
  s->push_back(Closed("table_total", "rows and header cells that total the others", Ids({"grand", "part"})));
  SectionSpec row_unit{"row_unit", "the unit a roll-up row is about; group 1 is the name", true, {}, {K::kName}};
  s->push_back(std::move(row_unit));
  s->push_back(Open("row_period", "a row label that is only a period"));
  s->push_back(Closed("count_unit", "a caption naming the unit of counts (DVT: lop); the id is the measure",
                      Ids({"classes", "participants", "female"})));
  s->push_back(Closed("money_unit", "the unit of a table's or column's amounts",
                      Ids({"billion", "million", "thousand", "dong"})));
  s->push_back(Closed("money_part", "the part of an income-expense table a row belongs to",
                      Ids({"none", "balance", "income", "expense"})));
  s->push_back(Open("row_breakdown", "a row that breaks down the row above it"));
  // --- topics.rules
  s->push_back(Closed("topic_code", "a topic code in parentheses after an activity name", Ids(topic)));
  s->push_back(Open("topic_ignore", "phrases with topic words that name no topic"));
  s->push_back(Closed("topic", "words of an activity's name; the id is the topic code", Ids(topic)));
  return s;
}

// Texts a group of each kind must be able to take (one of them), and texts
// it must not take.
struct KindSamples {
  std::vector<std::string> takes;
  std::vector<std::string> refuses;
};

KindSamples SamplesOf(GroupKind kind) {
  switch (kind) {
    case K::kNumber: return {{"4", "12"}, {"nay", "2025"}};
    case K::kYear: return {{"2025"}, {"nay", "25"}};
    case K::kQuarter: return {{"ii", "2"}, {"nay"}};
    case K::kName: return {{"tan hoa", "tân hòa"}, {}};
    case K::kText: return {{"12/bc-ubnd"}, {}};
    case K::kRefNumber: return {{"157", "12"}, {"bc-ubnd"}};
    case K::kRefCode: return {{"bc-ubnd"}, {"157"}};
  }
  return {};
}

std::string Quoted(const std::string& s) { return "`" + s + "`"; }

std::string JoinIds(const std::vector<RuleIdSpec>& ids) {
  std::string out;
  for (const RuleIdSpec& i : ids) out += (out.empty() ? "" : ", ") + i.id;
  return out;
}

std::string GroupsPhrase(const std::vector<GroupKind>& groups) {
  std::string out;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    out += (i == 0 ? "" : ", ") + std::to_string(i + 1) + " = " + GroupKindName(groups[i]);
  }
  return out;
}

}  // namespace

const char* GroupKindName(GroupKind kind) {
  switch (kind) {
    case K::kNumber: return "digits (a day or month)";
    case K::kYear: return "a four-digit year";
    case K::kQuarter: return "a quarter (i-iv or 1-4)";
    case K::kName: return "a name in words";
    case K::kText: return "the text read";
    case K::kRefNumber: return "a reference's number (157)";
    case K::kRefCode: return "a reference's code (bc-ubnd)";
  }
  return "";
}

const RuleIdSpec* SectionSpec::Find(std::string_view id) const {
  for (const RuleIdSpec& i : ids) {
    if (i.id == id) return &i;
  }
  return nullptr;
}

const std::vector<SectionSpec>& SectionSpecs() {
  static const std::vector<SectionSpec>* sections = BuildSections();
  return *sections;
}

const SectionSpec* FindSectionSpec(std::string_view name) {
  for (const SectionSpec& s : SectionSpecs()) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

const std::vector<SettingSpec>& SettingSpecs() {
  static const auto* settings = new std::vector<SettingSpec>{
      {"ocr_low_confidence", "OCR word confidence (0-100) under which a figure is flagged ocr-low-confidence", 0,
       100},
  };
  return *settings;
}

const SettingSpec* FindSettingSpec(std::string_view key) {
  for (const SettingSpec& s : SettingSpecs()) {
    if (s.key == key) return &s;
  }
  return nullptr;
}

std::vector<std::string> CaptureGroupTexts(std::string_view p) {
  struct Open {
    std::size_t begin;  // first byte of the group's body
    int group;          // its number, or -1 when it does not capture
  };
  std::vector<std::string> groups;
  std::vector<Open> open;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    if (c == '\\') {
      if (i + 1 < p.size() && p[i + 1] == 'Q') {  // \Q...\E is literal
        const std::size_t e = p.find("\\E", i + 2);
        if (e == std::string_view::npos) return groups;
        i = e + 1;
      } else {
        ++i;
      }
    } else if (c == '[') {  // a class: its brackets and parentheses are literal
      std::size_t j = i + 1;
      if (j < p.size() && p[j] == '^') ++j;
      if (j < p.size() && p[j] == ']') ++j;
      for (; j < p.size() && p[j] != ']'; ++j) {
        if (p[j] == '\\') {
          ++j;
        } else if (p[j] == '[' && j + 1 < p.size() && p[j + 1] == ':') {
          const std::size_t e = p.find(":]", j + 2);
          if (e == std::string_view::npos) return {};
          j = e + 1;
        }
      }
      if (j >= p.size()) return {};
      i = j;
    } else if (c == '(') {
      bool capturing = i + 1 >= p.size() || p[i + 1] != '?';
      std::size_t body = i + 1;
      if (!capturing && (p.substr(i + 1, 3) == "?P<" || p.substr(i + 1, 2) == "?<")) {
        capturing = true;
        body = p.find('>', i);
        if (body == std::string_view::npos) return {};
        ++body;
      }
      int number = -1;
      if (capturing) {
        number = static_cast<int>(groups.size());
        groups.emplace_back();
      }
      open.push_back(Open{body, number});
    } else if (c == ')') {
      if (open.empty()) return {};
      if (open.back().group >= 0) {
        groups[static_cast<std::size_t>(open.back().group)] =
            std::string(p.substr(open.back().begin, i - open.back().begin));
      }
      open.pop_back();
    }
  }
  if (!open.empty()) return {};
  return groups;
}

std::vector<std::string> CheckRuleAgainstSchema(const SectionSpec& section, const std::string& id,
                                                const std::string& pattern, const re2::RE2& re) {
  std::vector<std::string> problems;
  const std::string full = section.name + "." + id;
  const RuleIdSpec* spec = section.Find(id);
  if (spec == nullptr && !section.open) {
    problems.push_back("unknown rule id `" + id + "` in [" + section.name + "]; it takes " + JoinIds(section.ids));
    return problems;
  }
  const std::vector<GroupKind>& wanted = spec != nullptr ? spec->groups : section.other_groups;
  if (wanted.empty()) return problems;  // the code reads no group: the rule may capture what it likes
  const int has = re.NumberOfCapturingGroups();
  if (has != static_cast<int>(wanted.size())) {
    const std::string need = std::to_string(wanted.size()) + " capture group" +
                             (wanted.size() == 1 ? "" : "s") + " (" + GroupsPhrase(wanted) + ")";
    problems.push_back("rule " + full + " needs " + need + " but has " + std::to_string(has) +
                       "; write (?:...) for a group that only groups");
    return problems;
  }
  const std::vector<std::string> texts = CaptureGroupTexts(pattern);
  if (texts.size() != wanted.size()) return problems;  // could not split: RE2's count stands
  for (std::size_t g = 0; g < wanted.size(); ++g) {
    RE2::Options options;
    options.set_log_errors(false);
    RE2 group_re("(?:" + texts[g] + ")", options);
    if (!group_re.ok()) continue;
    const KindSamples samples = SamplesOf(wanted[g]);
    bool takes = false;
    for (const std::string& t : samples.takes) takes = takes || RE2::FullMatch(t, group_re);
    const std::string where = "rule " + full + ": group " + std::to_string(g + 1) + " must capture " +
                              GroupKindName(wanted[g]) + ", but " + Quoted(texts[g]);
    if (!takes) {
      problems.push_back(where + " does not take " + Quoted(samples.takes.front()));
      continue;
    }
    for (const std::string& t : samples.refuses) {
      if (RE2::FullMatch(t, group_re)) {
        problems.push_back(where + " also takes " + Quoted(t));
        break;
      }
    }
  }
  return problems;
}

std::string CheckSettingAgainstSchema(const std::string& key, const std::string& value) {
  const SettingSpec* spec = FindSettingSpec(key);
  if (spec == nullptr) {
    std::string known;
    for (const SettingSpec& s : SettingSpecs()) known += (known.empty() ? "" : ", ") + s.key;
    return "unknown setting `" + key + "`; [settings] takes " + known;
  }
  char* end = nullptr;
  const double v = std::strtod(value.c_str(), &end);
  if (value.empty() || end == value.c_str() || *end != '\0') {
    return "setting " + key + " = `" + value + "` is not a number";
  }
  if (v < spec->min || v > spec->max) {
    return "setting " + key + " = " + value + " is outside " + std::to_string(static_cast<int>(spec->min)) + "-" +
           std::to_string(static_cast<int>(spec->max));
  }
  return "";
}

}  // namespace baocao
