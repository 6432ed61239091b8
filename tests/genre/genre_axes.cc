// The grammar's axes and variants, how a variant is chosen (seeded, honouring
// constraints), and the report's own small helpers.
#include <nlohmann/json.hpp>

#include "tests/genre/genre_internal.h"

namespace baocao::genre {

const std::vector<AxisInfo>& Axes() {
  static const std::vector<AxisInfo> axes = {
      {"doc.kind", "the kind of document (type line, or none for a công văn)",
       {"bao_cao", "ke_hoach", "cong_van", "to_trinh", "quyet_dinh", "thong_bao"}},
      {"doc.era", "before the 2025 reform (districts) or after (commune under its province)", {"pre2025", "post2025"}},
      {"doc.scope", "a commune's own report, or an office compiling its communes (roll-up)", {"commune", "rollup"}},
      {"doc.period", "the period of the document's own figures", {"year", "half_year"}},
      {"names.place", "the commune's name", {"plain", "final_a_grave"}},
      {"header.layout", "the two-column header block", {"table", "tabbed", "spaced"}},
      {"header.issuer", "who issues a commune's report", {"ubnd", "tthtcd"}},
      {"header.bodies", "the left column's two lines stacked, or run together on one line", {"stacked", "one_line"}},
      {"header.ref", "the number after 'Số:'", {"number", "blank", "dotted"}},
      {"header.colon", "'Số:' with its colon, or 'Số 12/BC-…' without (untyped, or lost by OCR)", {"colon", "none"}},
      {"header.date", "the date of issue", {"words", "slashes", "blank_day", "dotted_day"}},
      {"header.stamp", "an incoming-mail stamp with its own number", {"none", "incoming", "so_den"}},
      {"header.cited", "a cited document ('Thực hiện Công văn số …') before the body", {"none", "cited"}},
      {"header.province", "whether the province is named", {"absent", "named"}},
      {"table.family", "the main table's dimensions",
       {"topic_rows", "rollup", "plan_actual", "period_groups", "month_rows", "sections", "thoi_gian",
        "organizer_groups", "none"}},
      {"rollup.rows", "how a roll-up names its rows", {"plain", "unit", "centre", "wards"}},
      {"table.indicators", "an indicator table: measures as rows, Kế hoạch | Thực hiện as columns",
       {"none", "plan_actual", "topic_sections", "topic_counts"}},
      {"table.header", "header rows (merged cells above the measures)", {"depth1", "depth2", "depth3"}},
      {"table.nesting", "plan and result columns: the status over the measures, or each measure over 'KH | TH'",
       {"group_outer", "measure_outer"}},
      {"table.rules", "the borders the main table draws: all, only the rules across (no vertical rule), only the inner ones (no outer box), or none",
       {"grid", "across", "inner", "none"}},
      {"table.valign", "where a cell's text sits: centred, or at its top (Word's default)", {"center", "top"}},
      {"table.stacked", "two items stacked line by line in one row of a topic table (each line a record)",
       {"no", "yes"}},
      {"table.colnum", "a row of column numbers under the header (A | B | 1 | 2 …)", {"no", "yes"}},
      {"table.columns", "column words and order", {"standard", "synonyms", "reordered"}},
      {"table.total", "the totals row", {"bottom", "top", "none"}},
      {"table.total_word", "the totals row's word", {"tong_cong", "cong", "tong", "tong_so"}},
      {"table.blank", "cells for none: all filled, '-' or empty", {"filled", "dash", "empty"}},
      {"topic.wording", "how activities are named", {"keyword", "activity", "code"}},
      {"numbers.grouping", "thousands in counts", {"dot", "none", "space", "nbsp", "thin", "comma_en"}},
      {"numbers.small", "small counts", {"plain", "leading_zero", "spelled_echo", "spelled_lead"}},
      {"checks.sum", "a stated total that does not add up (sum-mismatch expected)", {"holds", "wrong"}},
      {"budget.form", "where the money is", {"prose", "sources_table", "thu_chi", "none"}},
      {"budget.state_words", "the state's money in prose: by its source, or by the committee that gives it",
       {"source", "committee"}},
      {"budget.spent", "in prose results: what was spent and what is left, in one line", {"none", "chi_ton"}},
      {"money.style", "money in prose",
       {"dots_dong", "dots_d", "spaced", "trieu", "trieu_dot", "nghin", "ty"}},
      {"budget.total_words", "the prose total named 'Tổng kinh phí', or of no source and broken down after it ('Kinh phí hoạt động …: X.' then 'Trong đó:', or its parts in parentheses)",
       {"tong", "unnamed_then_trong_do", "paren_parts"}},
      {"budget.balance", "the thu–chi balance", {"positive", "minus", "parens"}},
      {"budget.label_line", "a money line's label alone on its line, the amount on the next", {"same", "own_line"}},
      {"budget.words", "the total restated in words ('Bằng chữ: …'), not a second record", {"none", "in_words"}},
      {"budget.rate", "a rate beside the money lines ('200.000 đồng/buổi'), not a budget line", {"none", "per_session", "per_learner_after", "per_learner_before"}},
      {"money.scale", "the unit of a money table (ĐVT caption)", {"dong", "nghin", "trieu"}},
      {"prose.results", "results as running text", {"none", "dash_colon", "sentence", "slash", "slash_after", "letters", "people_first", "status_colon", "period_colon", "people_next", "measure_labels", "people_paren"}},
      {"prose.total", "a total statement before the list of topics", {"none", "before_list", "classes_only"}},
      {"prose.female", "women among the participants", {"none", "paren", "trong_do", "count_first", "people_breakdown"}},
      {"prose.joined", "statements of results on lines of their own, or run together with semicolons",
       {"lines", "semicolons"}},
      {"prose.organizer", "who ran an activity, said in the sentence", {"none", "center_subject", "partner_subject"}},
      {"prose.hedge", "a hedged figure (approx)", {"none", "gan", "hon", "tren", "khoang"}},
      {"prose.unit_list", "a roll-up in prose, the measure said once ('xã Tân An 3 lớp, Phú Mỹ 6')", {"none", "by_unit", "by_subject", "subject_terse", "ranked", "after_total"}},
      {"prose.trap", "a number that is not what it seems",
       {"none", "percent", "difference", "ratio_plan", "target", "period_in_sentence", "results_in_plan",
        "context_counts", "years_comma", "school_years", "per_unit", "relative_year", "population_share"}},
      {"prose.other", "a campaign or event in one sentence: people only, women as the people, a partner as subject, a plan label, parts by topic in parentheses, after 'trong đó' or a colon, each topic's count in parentheses after it, under a total ('…, gồm tin học (4 lớp), …') or with none, one class kept with its learners and no count ('Duy trì lớp 3 xóa mù chữ … với 18 học viên': a grade, not a count)",
       {"none", "participants_only", "women_people", "partner_subject", "plan_label", "paren_topics",
        "trong_do_topics", "colon_topics", "gom_count_first", "plan_label_bare", "uncounted_class", "gom_paren", "paren_list", "months_listed", "trong_do_people_after"}},
      {"prose.demand", "a survey of learning needs in a plan (status demand)", {"none", "survey"}},
      {"prose.demand_form", "the survey as lines by topic, or people in need by topic in one sentence",
       {"lines", "one_sentence"}},
      {"prose.outlook", "the plan for the next period", {"none", "plan_next"}},
      {"text.tone", "tone-mark placement of oa/oe/uy", {"new", "old"}},
      {"text.abbrev", "abbreviations with or without diacritics", {"full", "plain"}},
      {"annex.scores", "an annex table of scores with decimal commas (unknown meaning: figures)",
       {"none", "present"}},
  };
  return axes;
}

std::string Ctx::Pick(const std::string& axis, const std::vector<std::string>& allowed) {
  const AxisInfo* info = nullptr;
  for (const AxisInfo& a : Axes())
    if (a.name == axis) info = &a;
  std::vector<std::string> options = allowed.empty() && info != nullptr ? info->variants : allowed;
  std::string chosen;
  auto forced = constraints.forced.find(axis);
  if (forced != constraints.forced.end()) {
    for (const std::string& o : options)
      if (o == forced->second) chosen = o;
  }
  if (chosen.empty()) {
    std::vector<std::string> open;
    for (const std::string& o : options)
      if (constraints.excluded.count(axis + "=" + o) == 0) open.push_back(o);
    // Draw even when the choice is forced out, so one seed keeps its other draws.
    int draw = rng.Below(static_cast<int>(open.empty() ? options.size() : open.size()));
    chosen = open.empty() ? options.front() : open[static_cast<std::size_t>(draw)];
  } else {
    rng.Next();
  }
  report->axes.emplace_back(axis, chosen);
  return chosen;
}

std::string Ctx::Chosen(const std::string& axis) const {
  for (const auto& [a, v] : report->axes)
    if (a == axis) return v;
  return "";
}

bool Report::Has(const std::string& axis_variant) const {
  for (const auto& [a, v] : axes)
    if (a + "=" + v == axis_variant) return true;
  return false;
}

std::string Report::AxesText() const {
  std::string out;
  for (const auto& [a, v] : axes) out += (out.empty() ? "" : " ") + a + "=" + v;
  return out;
}

std::string Roman(int n) {
  static const char* r[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  return n >= 0 && n <= 10 ? r[n] : std::to_string(n);
}

std::string QuarterPeriod(int year, int q) {
  return MonthPeriod(year, 3 * q - 2) + "/" + MonthPeriod(year, 3 * q);
}

std::string MonthPeriod(int year, int m) {
  return std::to_string(year) + "-" + (m < 10 ? "0" : "") + std::to_string(m);
}

void Ctx::Heading(const std::string& text) {
  ++section;
  ParaStyle s;
  s.bold = true;
  s.first_line = 567;
  body.Para(Roman(section) + ". " + text, s);
}

void Ctx::SubHeading(const std::string& text) {
  ParaStyle s;
  s.bold = true;
  s.first_line = 567;
  body.Para(text, s);
}

void Ctx::Text(const std::string& text) {
  ParaStyle s;
  s.first_line = 567;
  body.Para(text, s);
}

std::string Ctx::CentreWord() const { return Chosen("text.abbrev") == "plain" ? "TTHTCD" : "Trung tâm"; }

ExpectedRecord& Ctx::Activity(const std::string& st, const std::string& per, const std::string& topic,
                              const std::string& label) {
  ExpectedRecord r;
  r.type = "activity";
  r.status = st;
  r.period = per;
  r.topic = topic;
  r.label = label;
  report->records.push_back(std::move(r));
  return report->records.back();
}

ExpectedRecord& Ctx::Budget(const std::string& st, const std::string& per, std::vector<std::string> categories,
                            const std::string& label, std::int64_t amount) {
  ExpectedRecord r;
  r.type = "budget";
  r.status = st;
  r.period = per;
  r.categories = std::move(categories);
  r.label = label;
  r.amount_vnd = amount;
  report->records.push_back(std::move(r));
  return report->records.back();
}

std::vector<std::string> ParseKnownGaps(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    start = end == std::string::npos ? text.size() : end + 1;
    std::size_t b = line.find_first_not_of(" \t");
    if (b == std::string::npos || line[b] == '#') continue;
    std::size_t e = line.find_first_of(" \t#", b);
    std::string entry = line.substr(b, e == std::string::npos ? std::string::npos : e - b);
    if (entry.find('=') != std::string::npos) out.push_back(entry);
  }
  return out;
}

std::string ExpectedJsonl(const Report& report) {
  using nlohmann::ordered_json;
  auto opt = [](const auto& v) -> ordered_json { return v ? ordered_json(*v) : ordered_json(nullptr); };
  std::string out;
  ordered_json d;
  d["type"] = "document";
  d["seed"] = report.seed;
  d["axes"] = report.AxesText();
  d["doc_type"] = report.document.doc_type;
  d["ref"] = opt(report.document.ref);
  d["issued"] = opt(report.document.issued);
  d["commune"] = opt(report.document.commune);
  d["district"] = opt(report.document.district);
  d["province"] = opt(report.document.province);
  out += d.dump() + "\n";
  for (const ExpectedRecord& r : report.records) {
    ordered_json j;
    j["type"] = r.type;
    j["status"] = opt(r.status);
    j["period"] = opt(r.period);
    if (r.type == "activity") {
      j["topic"] = opt(r.topic);
      j["label"] = r.label;
      j["organizer"] = r.organizer_any ? ordered_json("(any)") : opt(r.organizer);
      j["classes"] = opt(r.classes);
      j["participants"] = opt(r.participants);
      j["female"] = opt(r.female);
      j["cost_vnd"] = opt(r.cost_vnd);
      j["commune"] = opt(r.commune);
      j["approx"] = r.approx;
    } else {
      j["category"] = r.categories;
      j["label"] = r.label;
      j["amount_vnd"] = opt(r.amount_vnd);
    }
    out += j.dump() + "\n";
  }
  for (const ExpectedFigure& f : report.figures) {
    ordered_json j;
    j["type"] = "figure";
    j["name"] = f.name;
    j["value"] = f.value;
    out += j.dump() + "\n";
  }
  for (const std::string& rule : report.checks) {
    ordered_json j;
    j["type"] = "check";
    j["rule"] = rule;
    out += j.dump() + "\n";
  }
  return out;
}

}  // namespace baocao::genre
