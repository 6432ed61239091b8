// Figures in running text: the results (or the plan) as a list of topic
// statements in the genre's forms, with who ran them, hedges and the traps
// of numbers that are not counts; and the plan for the next period.
#include "tests/genre/genre_internal.h"

namespace baocao::genre {
namespace {

// `classes`, or the next count no record of the same status and topic
// already holds: a statement restating a table row's count is folded into
// that row, so a figure drawn equal to one by chance would vanish.
std::int64_t Unrestated(const Ctx& c, const std::string& status, const std::string& topic, std::int64_t classes) {
  for (bool again = true; again;) {
    again = false;
    for (const ExpectedRecord& r : c.report->records) {
      if (r.topic == topic && r.status == status && r.classes == classes) {
        ++classes;
        again = true;
      }
    }
  }
  return classes;
}

struct Statement {
  TopicPhrase phrase;
  std::int64_t classes = 0, participants = 0;
  std::optional<std::int64_t> female;
  std::optional<std::string> organizer;
  std::string hedge;  // "gần " before the participants, or ""
  int month = 0;      // "Tháng 3: …" (form period_colon), else 0
};

// "(nữ 318)", ", trong đó nữ 318 người", "(318 nữ)".
std::string FemalePart(Ctx& c, const std::optional<std::int64_t>& f) {
  if (!f) return "";
  std::string form = c.Chosen("prose.female");
  if (form == "paren") return " (nữ " + c.Count(*f) + ")";
  if (form == "trong_do") return ", trong đó nữ " + c.Count(*f) + " người";
  // A breakdown of the people: the women, then another group of them.
  if (form == "people_breakdown")
    return ", trong đó có " + c.Count(*f) + " nữ và " + c.Count(std::max<std::int64_t>(1, *f / 3)) +
           " người dân tộc thiểu số";
  return " (" + c.Count(*f) + " nữ)";
}

std::string PeopleWord(Ctx& c) {
  return c.rng.Pick(std::vector<std::string>{"lượt người", "người", "học viên", "lượt người"});
}

// Vietnamese list letters skip f: a b c d đ e g h i k.
std::string Letter(int i) {
  static const char* l[] = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"};
  return std::string(l[i % 10]) + ")";
}

std::string StatementText(Ctx& c, const Statement& s, const std::string& form, int index, bool plan);

// Who ran it, said after the month's label: "- Tháng 3: Trung tâm trực
// tiếp tổ chức …".
std::string MonthStatementText(Ctx& c, const Statement& s, const std::string& form, int index, bool plan) {
  Statement unlabelled = s;
  unlabelled.month = 0;
  std::string text = StatementText(c, unlabelled, form, index, plan);
  return "- Tháng " + std::to_string(s.month) + ": " + text.substr(2);
}

std::string StatementText(Ctx& c, const Statement& s, const std::string& form, int index, bool plan) {
  if (s.month > 0 && s.organizer) return MonthStatementText(c, s, form, index, plan);
  std::string cls = c.Count(s.classes);
  std::string ppl = s.hedge + c.Count(s.participants);
  std::string fem = FemalePart(c, s.female);
  if (s.organizer == "center")
    return "- " + c.CentreWord() + " trực tiếp tổ chức " + cls + " " + s.phrase.phrase + " cho " + ppl +
           " lượt người tham gia" + fem + ".";
  if (s.organizer == "partner")
    return "- " + c.rng.Pick(PartnerUnits()) + " phối hợp với " + c.CentreWord() + " mở " + cls + " " +
           s.phrase.phrase + " cho " + ppl + " lượt người" + fem + ".";
  std::string unit = c.rng.Pick(std::vector<std::string>{"lớp", "lớp", "buổi", "chuyên đề"});
  if (form == "slash") return "+ " + s.phrase.label + ": " + cls + " " + unit + "/" + ppl + " " + PeopleWord(c) + fem + ".";
  // "Mở 02 lớp/85 lượt người về …": the activity named after the pair.
  if (form == "slash_after")
    return "- " + std::string(plan ? "Mở " : "Đã mở ") + cls + " " + unit + "/" + ppl + " " + PeopleWord(c) + " về " +
           s.phrase.label + fem + ".";
  if (form == "letters")
    return Letter(index) + " " + s.phrase.label + ": " + (plan ? "mở " : "đã mở ") + cls + " " + unit + " với " + ppl +
           " " + PeopleWord(c) + " tham gia" + fem + ".";
  // A label of period words only, the activity named after the count.
  if (form == "period_colon")
    return "- Tháng " + std::to_string(s.month) + ": tổ chức " + cls + " " + s.phrase.phrase + " với " + ppl + " " +
           PeopleWord(c) + fem + ".";
  // A label of status words only, the activity named after its colon.
  if (form == "status_colon")
    return "- Kết quả: " + s.phrase.label + " " + cls + " " + unit + ", " + ppl + " " + PeopleWord(c) + fem + ".";
  // People counted first: "Có 95 lượt người tham gia 3 lớp …", or the
  // classes in parentheses after the activity.
  if (form == "people_first") {
    std::string lead = c.rng.Pick(std::vector<std::string>{"Có", "Thu hút", "Tổ chức cho"});
    if (c.rng.Percent(50))
      return "- " + lead + " " + ppl + " lượt người tham gia " + cls + " " + s.phrase.phrase + fem + ".";
    return "- " + lead + " " + ppl + " lượt người tham gia các lớp " + s.phrase.label + " (" + cls + " lớp)" + fem + ".";
  }
  // Each number after a label that names what it counts, no unit noun.
  if (form == "measure_labels") {
    const std::string colon = c.rng.Percent(50) ? ":" : "";
    return "- " + s.phrase.label + ": số lớp" + colon + " " + cls + ", số " +
           c.rng.Pick(std::vector<std::string>{"người tham gia", "lượt người tham gia", "học viên"}) + colon + " " +
           ppl + fem + ".";
  }
  // The people in parentheses after the classes: "Đã mở 2 lớp tin học (40
  // học viên, nữ 22)".
  if (form == "people_paren") {
    std::string inside = ppl + " " + PeopleWord(c);
    if (s.female) inside += ", nữ " + c.Count(*s.female);
    return "- " + std::string(plan ? "Mở " : "Đã mở ") + cls + " " + s.phrase.phrase + " (" + inside + ").";
  }
  // The people in a sentence of their own after the classes.
  if (form == "people_next")
    return "- Đã mở " + cls + " " + s.phrase.phrase + ". Có " + ppl + " " + PeopleWord(c) + " tham gia" + fem + ".";
  if (form == "sentence") {
    std::string lead = plan ? c.rng.Pick(std::vector<std::string>{"Mở", "Tổ chức"})
                            : c.rng.Pick(std::vector<std::string>{"Đã mở", "Tổ chức được", "Mở được"});
    return "- " + lead + " " + cls + " " + s.phrase.phrase + " với " + ppl + " lượt người tham gia" + fem + ".";
  }
  return "- " + s.phrase.label + ": " + cls + " " + unit + ", " + ppl + " " + PeopleWord(c) + fem + ".";
}

// Rounds a figure as people do before a hedge ("gần 2.500").
std::int64_t Round(std::int64_t v) {
  std::int64_t step = v >= 1000 ? 100 : 10;
  return (v + step / 2) / step * step;
}

}  // namespace

void WriteResultsProse(Ctx& c) {
  bool plan = c.status == "plan";
  bool report_kind = !plan;
  std::string form = c.Chosen("table.family") == "none"
                         ? c.Pick("prose.results", plan ? std::vector<std::string>{"dash_colon", "sentence", "slash", "slash_after", "letters", "period_colon", "people_paren"}
                                                     : std::vector<std::string>{"dash_colon", "sentence", "slash", "slash_after",
                                                                                "letters", "people_first", "status_colon", "people_next",
                                                                                "measure_labels", "people_paren"})
                         : "none";
  if (form != "none") {
    int n = static_cast<int>(c.rng.Between(3, 7));
    std::vector<std::string> topics = AllTopics();
    c.rng.Shuffle(&topics);
    std::vector<Statement> list;
    std::string org = c.Pick("prose.organizer");
    bool female = c.Pick("prose.female", plan ? std::vector<std::string>{"none"} : std::vector<std::string>{}) != "none";
    int org_at = c.rng.Below(n);
    // Each statement its own month of the plan's year.
    std::vector<int> months = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    c.rng.Shuffle(&months);
    for (int i = 0; i < n; ++i) {
      Statement s;
      if (form == "period_colon") s.month = months[static_cast<std::size_t>(i)];
      s.phrase = c.rng.Pick(PhrasesOf(topics[static_cast<std::size_t>(i)], c.wording));
      s.classes = c.rng.Between(1, 9);
      s.participants = s.classes * c.rng.Between(25, 95);
      if (female && c.rng.Percent(60)) s.female = s.participants * c.rng.Between(30, 70) / 100;
      if (i == org_at && org != "none") s.organizer = org == "center_subject" ? "center" : "partner";
      list.push_back(s);
    }
    std::int64_t tc = 0, tp = 0, tf = 0;
    bool all_female = true;
    for (const Statement& s : list) {
      tc += s.classes;
      tp += s.participants;
      if (s.female) tf += *s.female;
      else all_female = false;
    }
    // The total statement before the list (hedged, or stated wrong on
    // purpose); without one, the hedge goes to one statement of the list.
    // Months have no total over the year's statements here.
    const std::string total_form =
        form == "period_colon" ? c.Pick("prose.total", {"none"}) : c.Pick("prose.total");
    bool with_total = total_form != "none";
    // "… đã tổ chức được 31 lớp, cụ thể:": the total states its classes only.
    bool classes_only = total_form == "classes_only";
    std::string hedge = c.Pick("prose.hedge");
    std::string hedge_word = hedge == "gan" ? "gần " : hedge == "hon" ? "hơn " : hedge == "tren" ? "trên " : hedge == "khoang" ? "khoảng " : "";
    int hedged_at = with_total || hedge_word.empty() ? -1 : c.rng.Below(n);
    if (hedged_at >= 0) {
      Statement& h = list[static_cast<std::size_t>(hedged_at)];
      h.participants = Round(h.participants);
      h.female.reset();
      h.hedge = hedge_word;
    }
    if (with_total) {
      std::string sum = hedge == "none" ? c.Pick("checks.sum") : "holds";
      std::int64_t stated_p = tp, stated_c = tc;
      if (sum == "wrong") {
        // With classes alone nothing says the list is complete: only parts
        // that add up to more than the total prove it wrong.
        if (classes_only) stated_c -= c.rng.Between(1, std::max<std::int64_t>(1, std::min<std::int64_t>(3, tc - 1)));
        else stated_p += c.rng.Between(1, 9) * 10;
        c.report->checks.push_back("sum-mismatch");
      }
      if (!hedge_word.empty()) stated_p = Round(tp);
      bool say_female = all_female && hedge_word.empty() && !plan;
      std::string lead = plan ? "Năm " + std::to_string(c.year) + ", " + c.CentreWord() + " phấn đấu mở " + c.Count(tc) +
                                    " lớp, thu hút " + hedge_word + c.Count(stated_p) + " lượt người tham gia"
                              : (c.half_year ? "Trong 6 tháng đầu năm, " : "Trong năm " + std::to_string(c.year) + ", ") +
                                    c.CentreWord() + " đã tổ chức được " + c.Count(tc) + " lớp, thu hút " + hedge_word +
                                    c.Count(stated_p) + " lượt người tham gia" + (say_female ? FemalePart(c, tf) : "");
      if (classes_only) {
        lead = (plan ? "Năm " + std::to_string(c.year) + ", " + c.CentreWord() + " phấn đấu mở "
                     : (c.half_year ? "Trong 6 tháng đầu năm, " : "Trong năm " + std::to_string(c.year) + ", ") +
                           c.CentreWord() + " đã tổ chức được ") +
               c.Count(stated_c) + " lớp";
        c.Text(lead + c.rng.Pick(std::vector<std::string>{", cụ thể:", ", gồm:", ", cụ thể như sau:"}));
      } else {
        c.Text(lead + ", cụ thể như sau:");
      }
      ExpectedRecord& total = c.Activity(c.status, c.period, "tong", "Tổng số lớp, lượt người");
      total.classes = stated_c;
      if (!classes_only) total.participants = stated_p;
      if (say_female && !classes_only) total.female = tf;
      total.organizer_any = true;
      total.approx = !hedge_word.empty() && !classes_only;
    } else {
      c.Text(plan ? "Các lớp học, chuyên đề dự kiến mở trong năm:" : "Kết quả cụ thể như sau:");
    }
    // The statements on lines of their own, or run together in one
    // paragraph, a semicolon between them ("Tin học: 2 lớp, …; pháp luật:
    // 1 lớp, …").
    const bool joined =
        c.Pick("prose.joined", form == "dash_colon" || form == "slash" ? std::vector<std::string>{}
                                                                       : std::vector<std::string>{"lines"}) ==
        "semicolons";
    std::string run;
    for (int i = 0; i < n; ++i) {
      const Statement& s = list[static_cast<std::size_t>(i)];
      std::string text = StatementText(c, s, form, i, plan);
      if (joined) {
        std::string body = text.substr(2);  // without its "- " or "+ "
        if (!body.empty() && body.back() == '.') body.pop_back();
        run += (run.empty() ? "" : "; ") + body;
        if (i + 1 == n) c.Text(run + ".");
      } else {
        c.Text(text);
      }
      ExpectedRecord& r = c.Activity(c.status, s.month > 0 ? MonthPeriod(c.year, s.month) : c.period, s.phrase.topic,
                                     s.phrase.label);
      r.classes = s.classes;
      r.participants = s.participants;
      r.female = s.female;
      r.organizer = s.organizer;
      r.approx = !s.hedge.empty();
    }
  }

  // A roll-up in prose, the measure said once: "Số chuyên đề … đã mở ở các
  // xã: xã Tân An 3 lớp, Phú Mỹ 6, Hòa Bình 4."
  std::vector<std::string> list_forms = {"none"};
  if (c.rollup && report_kind) {
    list_forms.push_back("by_unit");
    list_forms.push_back("by_subject");
    list_forms.push_back("subject_terse");
    list_forms.push_back("ranked");
    list_forms.push_back("after_total");
  }
  const std::string unit_list = c.Pick("prose.unit_list", list_forms);
  if (unit_list == "by_subject" || unit_list == "subject_terse") {
    // Each commune's centre the subject of its own statement: "TTHTCĐ xã
    // Tân An tổ chức được 45 lớp với 2.300 lượt người; …". Terse: the verb
    // in the first clause only, the others the commune and its counts,
    // after a comma or a semicolon ("Riêng xã Tân An tổ chức 45 lớp …, xã
    // Phú Mỹ 38 lớp …").
    const bool terse = unit_list == "subject_terse";
    const std::string separator = terse && c.rng.Percent(50) ? ", " : "; ";
    std::vector<std::string> names = CommuneNames();
    c.rng.Shuffle(&names);
    std::string text;
    int n = static_cast<int>(c.rng.Between(2, 4));
    for (int i = 0; i < n; ++i) {
      // Above the roll-up table's counts, as below.
      std::int64_t classes = c.rng.Between(61, 99), people = classes * c.rng.Between(40, 70);
      const std::string& name = names[static_cast<std::size_t>(i)];
      const std::string subject = terse ? (i == 0 ? std::string(c.rng.Percent(50) ? "Riêng xã " : "Xã ") : "xã ") + name
                                        : c.CentreWord() + " xã " + name;
      const std::string verb = terse ? (i == 0 ? " tổ chức " : " ") : (i == 0 ? " tổ chức được " : " tổ chức ");
      text += (i == 0 ? "" : separator) + subject + verb + c.Count(classes) + " lớp với " + c.Count(people) +
              " lượt người";
      ExpectedRecord& r = c.Activity(c.status, c.period, "tong", c.CentreWord() + " xã " + name);
      r.commune = name;
      r.classes = classes;
      r.participants = people;
      r.organizer_any = true;
    }
    c.Text(text + ".");
  }
  if (unit_list == "ranked") {
    // Communes ranked by their counts, the ranking words between a unit and
    // its count or before the unit: "Xã Tân An dẫn đầu với 95 lớp, 5.100
    // lượt người, tiếp theo là xã Phú Mỹ với 80 lớp, …; thấp nhất là xã Hòa
    // Bình với 62 lớp, …".
    std::vector<std::string> names = CommuneNames();
    c.rng.Shuffle(&names);
    const int n = static_cast<int>(c.rng.Between(2, 3));
    std::int64_t classes = c.rng.Between(85, 99);
    std::string text;
    for (int i = 0; i < n; ++i) {
      const std::string& name = names[static_cast<std::size_t>(i)];
      const bool last = i + 1 == n;
      std::string clause;
      if (i == 0) {
        clause = c.rng.Pick(std::vector<std::string>{"Xã " + name + " dẫn đầu với ", "Xã " + name + " tổ chức nhiều nhất với ",
                                                     "Xã " + name + " đứng đầu với "});
      } else if (!last) {
        clause = ", tiếp theo là xã " + name + " với ";
      } else {
        clause = c.rng.Pick(std::vector<std::string>{"; thấp nhất là xã " + name + " với ", ", ít nhất là xã " + name + " với ",
                                                     "; xã " + name + " thấp nhất với "});
      }
      const std::int64_t people = classes * c.rng.Between(40, 70);
      const bool with_people = c.rng.Percent(60);
      text += clause + c.Count(classes) + " lớp" + (with_people ? ", " + c.Count(people) + " lượt người" : "");
      ExpectedRecord& r = c.Activity(c.status, c.period, "tong", "xã " + name);
      r.commune = name;
      r.classes = classes;
      if (with_people) r.participants = people;
      r.organizer_any = true;
      classes -= c.rng.Between(6, 12);
    }
    c.Text(text + ".");
  }
  if (unit_list == "after_total") {
    // The total of all units stated first, then the units after "trong
    // đó:" (a year before, so no table's row states the same figures).
    TopicPhrase p = c.rng.Pick(PhrasesOf(c.rng.Pick(AllTopics()), c.wording));
    std::vector<std::string> names = CommuneNames();
    c.rng.Shuffle(&names);
    const std::string prev = std::to_string(c.year - 1);
    const std::int64_t total = c.rng.Between(150, 300), people = total * c.rng.Between(40, 70);
    std::string items;
    const int n = static_cast<int>(c.rng.Between(2, 4));
    for (int i = 0; i < n; ++i) {
      const std::int64_t classes = c.rng.Between(20, 45);
      const std::string& name = names[static_cast<std::size_t>(i)];
      items += (i == 0 ? "" : ", ") + std::string("xã ") + name + " " + c.Count(classes) + " lớp";
      ExpectedRecord& r = c.Activity("actual", prev, p.topic, name);
      r.commune = name;
      r.classes = classes;
    }
    c.Text("Năm " + prev + ", các TTHTCĐ đã mở " + c.Count(total) + " " + p.phrase + ", thu hút " + c.Count(people) +
           " lượt người; trong đó: " + items + ".");
    ExpectedRecord& r = c.Activity("actual", prev, p.topic, p.label);
    r.classes = total;
    r.participants = people;
    r.organizer_any = true;
  }
  if (unit_list == "by_unit") {
    std::vector<std::string> topics = AllTopics();
    TopicPhrase p = c.rng.Pick(PhrasesOf(c.rng.Pick(topics), c.wording));
    std::vector<std::string> names = CommuneNames();
    c.rng.Shuffle(&names);
    std::string text = "Số " + p.phrase + " đã mở ở các xã: ";
    int n = static_cast<int>(c.rng.Between(3, 5));
    // Or each count in parentheses after its name: "Tân An (45 lớp), …".
    const bool parenthesised = c.rng.Percent(35);
    // … with the people too: "Tân An (45 lớp, 2.100 lượt người)".
    const bool with_people = parenthesised && c.rng.Percent(50);
    for (int i = 0; i < n; ++i) {
      // Above the roll-up table's counts: the same commune, topic and count
      // there would be one figure stated twice, which the pipeline merges.
      std::int64_t classes = c.rng.Between(31, 59);
      const std::string& name = names[static_cast<std::size_t>(i)];
      std::optional<std::int64_t> people;
      if (with_people) people = classes * c.rng.Between(30, 60);
      if (parenthesised) {
        text += (i == 0 ? "" : ", ") + name + " (" + c.Count(classes) + " lớp" +
                (people ? ", " + c.Count(*people) + " lượt người" : std::string()) + ")";
      } else {
        text += (i == 0 ? "xã " + name + " " + c.Count(classes) + " lớp"
                        : (i + 1 == n ? " và " : ", ") + name + " " + c.Count(classes));
      }
      ExpectedRecord& r = c.Activity(c.status, c.period, p.topic, name);
      r.commune = name;
      r.classes = classes;
      r.participants = people;
    }
    c.Text(text + ".");
  }

  // A number that is not a count of this period's activities.
  std::vector<std::string> traps = {"none", "percent", "difference", "ratio_plan", "context_counts"};
  traps.push_back(report_kind ? "target" : "results_in_plan");
  if (report_kind) {
    traps.push_back("period_in_sentence");
    traps.push_back("years_comma");
    traps.push_back("school_years");
    traps.push_back("per_unit");
    traps.push_back("relative_year");
    traps.push_back("population_share");
  }
  std::string trap = c.Pick("prose.trap", traps);
  std::string y = std::to_string(c.year);
  if (trap == "percent") {
    c.Text("Tỷ lệ nữ tham gia các lớp học chiếm " + std::to_string(c.rng.Between(45, 68)) + "% tổng số lượt người.");
  } else if (trap == "difference") {
    long long more_classes = c.rng.Between(2, 6);
    long long more_people = c.rng.Between(40, 300);
    c.Text("So với năm " + std::to_string(c.year - 1) + ", số lớp tăng " + std::to_string(more_classes) +
           " lớp, số lượt người tham gia tăng " + std::to_string(more_people) + " lượt.");
  } else if (trap == "ratio_plan") {
    c.Text("Số lớp đã mở đạt " + std::to_string(c.rng.Between(92, 118)) + "% kế hoạch năm.");
  } else if (trap == "context_counts") {
    long long hamlets = c.rng.Between(8, 19);
    long long households = c.rng.Between(1200, 3900);
    long long people = c.rng.Between(4500, 15000);
    long long speakers = c.rng.Between(5, 15);
    std::string where = c.rollup ? (c.issuer == "so" ? "Toàn tỉnh" : "Toàn huyện")
                                 : Upper(c.unit_word.substr(0, 1)) + c.unit_word.substr(1);
    c.Text(where + " có " + std::to_string(hamlets) + " thôn, " + c.Count(households) + " hộ với " + c.Count(people) +
           " nhân khẩu; " + c.CentreWord() + " có 01 giám đốc, 02 phó giám đốc và " + std::to_string(speakers) +
           " báo cáo viên.");
  } else if (trap == "target") {
    std::int64_t cls = c.rng.Between(12, 40), ppl = cls * c.rng.Between(50, 90);
    c.Text("Chỉ tiêu giao năm " + y + ": mở " + c.Count(cls) + " lớp với " + c.Count(ppl) + " lượt người tham gia.");
    ExpectedRecord& r = c.Activity("plan", y, "tong", "Chỉ tiêu giao năm " + y);
    r.classes = cls;
    r.participants = ppl;
    r.organizer_any = true;
  } else if (trap == "period_in_sentence") {
    std::int64_t cls = c.rng.Between(30, 90), ppl = cls * c.rng.Between(50, 90);
    std::string from = std::to_string(c.year - 3), to = std::to_string(c.year - 1);
    // Or up to now: the report's year ends the interval.
    const bool to_now = c.rng.Percent(40);
    if (to_now) to = std::to_string(c.year);
    c.Text((to_now ? "Từ năm " + from + " đến nay, " : "Trong 3 năm qua (" + from + "-" + to + "), ") +
           c.CentreWord() + " đã mở " + c.Count(cls) + " lớp với " + c.Count(ppl) + " lượt người tham gia.");
    ExpectedRecord& r = c.Activity("actual", from + "/" + to, "tong", "Trong 3 năm qua");
    r.classes = cls;
    r.participants = ppl;
    r.organizer_any = true;
  } else if (trap == "school_years") {
    // Result and plan side by side for two school years, the plan's cue
    // after its period ("năm học 2024-2025 kế hoạch mở …") or before it.
    const int first = c.year - 1;
    const bool cue_first = c.rng.Percent(50);
    std::string text;
    if (c.rng.Percent(40)) {
      // Learners only, the plan's topic left unsaid after the semicolon:
      // "huy động 45 học viên ra lớp xóa mù chữ; năm học … kế hoạch huy
      // động 50 học viên".
      for (int k = 0; k < 2; ++k) {
        std::int64_t ppl = c.rng.Between(20, 60);
        const std::string years = std::to_string(first + k) + "-" + std::to_string(first + k + 1);
        if (k == 0) {
          text = "Năm học " + years + ", huy động " + c.Count(ppl) + " học viên ra lớp xóa mù chữ; ";
        } else {
          text += (cue_first ? "kế hoạch năm học " + years : "năm học " + years + " kế hoạch") + " huy động " +
                  c.Count(ppl) + " học viên.";
        }
        c.Activity(k == 0 ? "actual" : "plan", std::to_string(first + k) + "/" + std::to_string(first + k + 1),
                   "xoa_mu_chu", "Năm học " + years)
            .participants = ppl;
      }
      c.Text(text);
      return;
    }
    for (int k = 0; k < 2; ++k) {
      std::int64_t cls = c.rng.Between(3, 12), ppl = cls * c.rng.Between(20, 40);
      const std::string years = std::to_string(first + k) + "-" + std::to_string(first + k + 1);
      if (k == 0) {
        text = "Năm học " + years + " mở được " + c.Count(cls) + " lớp với " + c.Count(ppl) + " học viên; ";
      } else {
        text += cue_first ? "kế hoạch năm học " + years + " mở " : "năm học " + years + " kế hoạch mở ";
        text += c.Count(cls) + " lớp với " + c.Count(ppl) + " học viên.";
      }
      ExpectedRecord& r = c.Activity(k == 0 ? "actual" : "plan",
                                     std::to_string(first + k) + "/" + std::to_string(first + k + 1), "tong",
                                     "Năm học " + years);
      r.classes = cls;
      r.participants = ppl;
      r.organizer_any = true;
    }
    c.Text(text);
  } else if (trap == "per_unit") {
    // People per class beside the count of classes: a rate, no total.
    TopicPhrase p = c.rng.Pick(PhrasesOf("ngoai_ngu_tin_hoc", "keyword"));
    std::int64_t cls = Unrestated(c, c.status, p.topic, c.rng.Between(2, 5));
    c.Text("Tổ chức " + c.Count(cls) + " " + p.phrase + " cho cán bộ, công chức, mỗi lớp " +
           std::to_string(c.rng.Between(20, 35)) + " học viên.");
    c.Activity(c.status, c.period, p.topic, p.label).classes = cls;
  } else if (trap == "years_comma") {
    // Two earlier years side by side, a comma between their clauses.
    std::string text;
    for (int back : {3, 2}) {
      std::int64_t cls = c.rng.Between(8, 30), ppl = cls * c.rng.Between(50, 90);
      std::string year = std::to_string(c.year - back);
      text += (text.empty() ? "Năm " : ", năm ") + year + " mở " + c.Count(cls) + " lớp với " + c.Count(ppl) +
              " lượt người";
      ExpectedRecord& r = c.Activity("actual", year, "tong", "Năm " + year);
      r.classes = cls;
      r.participants = ppl;
      r.organizer_any = true;
    }
    c.Text(text + ".");
  } else if (trap == "relative_year") {
    // A period said relative to the report's: the same months a year
    // earlier, or the year before; a comparison's year after the figures
    // is not the statement's.
    std::int64_t cls = c.rng.Between(8, 30), ppl = cls * c.rng.Between(50, 90);
    const std::string prev = std::to_string(c.year - 1);
    std::string period = prev;
    if (c.rng.Percent(50)) {
      period = c.period;
      for (std::size_t at = 0; (at = period.find(y, at)) != std::string::npos; at += prev.size()) {
        period.replace(at, y.size(), prev);
      }
      c.Text("Cùng kỳ năm trước, " + c.CentreWord() + " tổ chức được " + c.Count(cls) + " lớp với " +
             c.Count(ppl) + " lượt người.");
    } else {
      c.Text("Năm trước, " + c.CentreWord() + " mở " + c.Count(cls) + " lớp với " + c.Count(ppl) +
             " lượt người, năm nay tăng thêm " + std::to_string(c.rng.Between(2, 5)) + " lớp.");
    }
    ExpectedRecord& r = c.Activity("actual", period, "tong", "Năm trước");
    r.classes = cls;
    r.participants = ppl;
    r.organizer_any = true;
  } else if (trap == "population_share") {
    // A share of the population after the figures: its words ("dân số")
    // name no topic of the learning counted.
    std::int64_t ppl = c.rng.Between(800, 2400);
    const std::string prev = std::to_string(c.year - 1);
    c.Text("Năm " + prev + ", có " + c.Count(ppl) + " lượt người tham gia học tập tại " + c.CentreWord() +
           ", chiếm " + std::to_string(c.rng.Between(8, 30)) + "," + std::to_string(c.rng.Between(1, 9)) +
           "% dân số.");
    ExpectedRecord& r = c.Activity("actual", prev, "tong", "Năm " + prev);
    r.participants = ppl;
    r.organizer_any = true;
  } else if (trap == "results_in_plan") {
    std::int64_t cls = c.rng.Between(8, 30), ppl = cls * c.rng.Between(50, 90), fem = ppl * c.rng.Between(40, 60) / 100;
    std::string prev = std::to_string(c.year - 1);
    c.Text("Năm " + prev + ", " + c.CentreWord() + " tổ chức được " + c.Count(cls) + " lớp với " + c.Count(ppl) +
           " lượt người tham gia (nữ " + c.Count(fem) + ").");
    ExpectedRecord& r = c.Activity("actual", prev, "tong", "Kết quả năm " + prev);
    r.classes = cls;
    r.participants = ppl;
    r.female = fem;
    r.organizer_any = true;
  }
}

void WriteOtherWork(Ctx& c) {
  if (c.status == "plan") return;
  const std::string form = c.Pick("prose.other");
  if (form == "none") return;
  c.Heading("PHONG TRÀO VÀ SỰ KIỆN");
  TopicPhrase p = c.rng.Pick(PhrasesOf(c.rng.Pick(std::vector<std::string>{"phap_luat", "suc_khoe", "kinh_te",
                                                                          "moi_truong", "van_hoa_xa_hoi"}),
                                       c.wording));
  std::int64_t cls = c.rng.Between(2, 8), ppl = cls * c.rng.Between(30, 80);
  std::string label = LowerFirst(p.label);
  std::string period = c.period, status = "actual";
  std::optional<std::string> organizer;
  bool classes = true, women = false;
  if (form == "participants_only") {
    // People who took part, no classes counted.
    classes = false;
    c.Text(c.rng.Percent(50) ? "Có " + c.Count(ppl) + " lượt người tham gia " + p.phrase + "."
                             : "Tổ chức các hoạt động " + label + ", thu hút " + c.Count(ppl) + " lượt người tham gia.");
  } else if (form == "women_people") {
    // People who are all women: they are the participants.
    women = true;
    c.Text("Tổ chức " + c.Count(cls) + " " + p.phrase + " cho " + c.Count(ppl) + " chị em phụ nữ.");
  } else if (form == "partner_subject") {
    // A partner organisation runs it, no "phối hợp" said.
    organizer = "partner";
    c.Text(c.rng.Pick(PartnerUnits()) + " tổ chức " + c.Count(cls) + " " + p.phrase + " cho " + c.Count(ppl) +
           " hội viên.");
  } else if (form == "months_listed") {
    // Months or quarters listed: the interval from the first to the last.
    if (!c.half_year && c.rng.Percent(50)) {
      const int q = static_cast<int>(c.rng.Between(1, 3));
      c.Text("Trong quý " + Roman(q) + " và quý " + Roman(q + 1) + ", tổ chức " + c.Count(cls) + " " + p.phrase +
             " cho " + c.Count(ppl) + " lượt người.");
      period = MonthPeriod(c.year, 3 * q - 2) + "/" + MonthPeriod(c.year, 3 * q + 3);
    } else {
      const int first = c.half_year ? static_cast<int>(c.rng.Between(1, 4)) : static_cast<int>(c.rng.Between(1, 10));
      const bool three = c.rng.Percent(50);
      const int last = first + (three ? 2 : 1);
      c.Text(three ? "Trong các tháng " + std::to_string(first) + ", " + std::to_string(first + 1) + ", " +
                         std::to_string(last) + ", tổ chức " + c.Count(cls) + " " + p.phrase + " cho " +
                         c.Count(ppl) + " lượt người."
                   : "Trong tháng " + std::to_string(first) + " và tháng " + std::to_string(last) + ", tổ chức " +
                         c.Count(cls) + " " + p.phrase + " cho " + c.Count(ppl) + " lượt người.");
      period = MonthPeriod(c.year, first) + "/" + MonthPeriod(c.year, last);
    }
  } else if (form == "uncounted_class") {
    // One class named with no count, its learners brought in by "với" or
    // "cho"; a school grade ("lớp 3", "từ lớp 1 đến lớp 3") is no count.
    classes = false;
    const std::string place = "thôn " + c.rng.Pick(std::vector<std::string>{"Nà Pồng", "Khe Mạ", "Bản Vược", "Đồng Mỏ"});
    const std::int64_t learners = c.rng.Between(12, 35), women_of = c.rng.Between(4, learners);
    ExpectedRecord* one = nullptr;
    switch (c.rng.Between(0, 2)) {
      case 0:
        c.Text("Duy trì lớp " + std::to_string(c.rng.Between(1, 3)) + " xóa mù chữ tại " + place + " với " +
               c.Count(learners) + " học viên, trong đó nữ " + c.Count(women_of) + " học viên.");
        one = &c.Activity(status, period, "xoa_mu_chu", "Xóa mù chữ");
        one->female = women_of;
        break;
      case 1:
        c.Text("Tổ chức dạy học từ lớp 1 đến lớp 3 cho " + c.Count(learners) + " học viên xóa mù chữ tại " + place + ".");
        one = &c.Activity(status, period, "xoa_mu_chu", "Xóa mù chữ");
        break;
      default:
        c.Text("Mở " + p.phrase + " tại " + place + " với " + c.Count(learners) + " học viên.");
        one = &c.Activity(status, period, p.topic, p.label);
        break;
    }
    one->participants = learners;
    return;
  } else if (form == "plan_label" || form == "plan_label_bare") {
    // A label that says its status, over the section's; with no verb, its
    // cue right before the count ("Kế hoạch năm 2025: 10 lớp …"), which
    // is still one statement, not a target beside a result.
    status = "plan";
    period = std::to_string(c.year + 1);
    c.Text("Kế hoạch năm " + period + ": " + (form == "plan_label" ? "mở " : "") + c.Count(cls) + " " + p.phrase +
           " với " + c.Count(ppl) + " lượt người tham gia.");
  }
  if (form == "paren_topics" || form == "trong_do_topics" || form == "colon_topics" || form == "gom_count_first" ||
      form == "gom_paren" || form == "paren_list" || form == "trong_do_people_after") {
    // A total with its parts by topic: in parentheses ("Kinh tế: 5 lớp"),
    // or the topic before its count after "trong đó" or a colon ("tin học
    // 4 lớp").
    std::vector<std::string> topics = {"phap_luat", "suc_khoe", "kinh_te", "moi_truong", "ngoai_ngu_tin_hoc"};
    c.rng.Shuffle(&topics);
    std::string inside;
    std::int64_t total = 0;
    for (int i = 0; i < 3; ++i) {
      std::vector<TopicPhrase> plain;
      for (const TopicPhrase& t : PhrasesOf(topics[static_cast<std::size_t>(i)], "keyword")) {
        if (t.label.find_first_of(",()") == std::string::npos && t.label.find(" và ") == std::string::npos) {
          plain.push_back(t);
        }
      }
      if (plain.empty()) continue;
      TopicPhrase t = c.rng.Pick(plain);
      std::int64_t k = Unrestated(c, status, t.topic, c.rng.Between(1, 9));
      const bool count_after = form == "gom_paren" || form == "paren_list";  // "tin học (4 lớp)"
      inside += (inside.empty() ? "" : ", ") +
                (form == "gom_count_first" ? c.Count(k) + " lớp " + LowerFirst(t.label)
                 : count_after             ? LowerFirst(t.label) + " (" + c.Count(k) + " lớp)"
                                           : t.label + (form == "paren_topics" ? ": " : " ") + c.Count(k) + " lớp");
      total += k;
      c.Activity(status, period, t.topic, t.label).classes = k;
    }
    if (form == "paren_topics") {
      c.Text("Tổ chức " + c.Count(total) + " lớp chuyên đề (" + inside + ") với " + c.Count(ppl) + " lượt người.");
    } else if (form == "trong_do_people_after") {
      // The people of all said after the breakdown of the classes.
      c.Text("Tổ chức " + c.Count(total) + " lớp chuyên đề, trong đó " + inside + ", với tổng số " + c.Count(ppl) +
             " lượt người tham gia.");
    } else if (form == "trong_do_topics") {
      c.Text("Tổ chức " + c.Count(total) + " lớp chuyên đề với " + c.Count(ppl) + " lượt người, trong đó " + inside +
             ".");
    } else if (form == "gom_count_first") {
      c.Text("Tổ chức " + c.Count(total) + " lớp chuyên đề với " + c.Count(ppl) + " lượt người, gồm: " + inside + ".");
    } else if (form == "gom_paren") {
      c.Text("Tổ chức " + c.Count(total) + " lớp chuyên đề với " + c.Count(ppl) + " lượt người, gồm " + inside +
             " và một số nội dung khác.");
    } else if (form == "paren_list") {
      // No total: the topics with their counts in parentheses, the rest
      // uncounted.
      c.Text(c.rng.Pick(std::vector<std::string>{"Các chuyên đề tập trung vào ", "Nội dung học tập chủ yếu là ",
                                                 "Các lớp học gồm "}) +
             inside + " và các nội dung khác.");
      return;
    } else {
      c.Text("Tổ chức " + c.Count(total) + " lớp chuyên đề với " + c.Count(ppl) + " lượt người: " + inside + ".");
    }
    ExpectedRecord& all = c.Activity(status, period, "tong", "Tổ chức");
    all.classes = total;
    all.participants = ppl;
    all.organizer_any = true;
    return;
  }
  ExpectedRecord& r = c.Activity(status, period, p.topic, p.label);
  if (classes) r.classes = cls;
  r.participants = ppl;
  if (women) r.female = ppl;
  r.organizer = organizer;
}

void WriteDemand(Ctx& c) {
  if (c.kind != "ke_hoach" || c.Pick("prose.demand") != "survey") return;
  std::string y = std::to_string(c.year);
  c.Heading("NHU CẦU HỌC TẬP CỦA NGƯỜI DÂN NĂM " + y);
  std::vector<std::string> topics = {"phap_luat", "kinh_te", "suc_khoe", "moi_truong", "van_hoa_xa_hoi"};
  c.rng.Shuffle(&topics);
  int n = static_cast<int>(c.rng.Between(3, 5));
  if (c.Pick("prose.demand_form") == "one_sentence") {
    // People in need by topic in one sentence, the topic after the count.
    std::string text = "Kết quả khảo sát có ";
    for (int i = 0; i < n; ++i) {
      TopicPhrase p = c.rng.Pick(PhrasesOf(topics[static_cast<std::size_t>(i)], "keyword"));
      std::int64_t ppl = c.rng.Between(60, 400);
      text += (i == 0 ? "" : ", ") + c.Count(ppl) + " người có nhu cầu học " + LowerFirst(p.label);
      c.Activity("demand", y, p.topic, p.label).participants = ppl;
    }
    c.Text(text + ".");
    return;
  }
  c.Text("Qua khảo sát nhu cầu học tập của người dân trên địa bàn, kết quả như sau:");
  for (int i = 0; i < n; ++i) {
    TopicPhrase p = c.rng.Pick(PhrasesOf(topics[static_cast<std::size_t>(i)], "keyword"));
    std::int64_t cls = c.rng.Between(2, 7);
    std::int64_t ppl = cls * c.rng.Between(60, 110);
    c.Text("- " + p.label + ": " + c.Count(cls) + " chuyên đề với " + c.Count(ppl) + " lượt người có nhu cầu.");
    ExpectedRecord& r = c.Activity("demand", y, p.topic, p.label);
    r.classes = cls;
    r.participants = ppl;
  }
}

void WriteOutlook(Ctx& c) {
  if (c.status == "plan" || c.Pick("prose.outlook") != "plan_next") return;
  std::string next_words = c.half_year ? "6 tháng cuối năm " + std::to_string(c.year) : "năm " + std::to_string(c.year + 1);
  std::string next = c.half_year ? MonthPeriod(c.year, 7) + "/" + MonthPeriod(c.year, 12) : std::to_string(c.year + 1);
  c.Heading("PHƯƠNG HƯỚNG, NHIỆM VỤ " + Upper(next_words));
  std::int64_t cls = c.rng.Between(10, 40), ppl = cls * c.rng.Between(50, 90);
  c.Text("Phấn đấu " + next_words + " mở " + c.Count(cls) + " lớp, thu hút " + c.Count(ppl) + " lượt người tham gia.");
  ExpectedRecord& r = c.Activity("plan", next, "tong", "Phương hướng " + next_words);
  r.classes = cls;
  r.participants = ppl;
  r.organizer_any = true;
  c.Text("Tiếp tục nâng cao chất lượng hoạt động, đa dạng hóa các hình thức học tập phù hợp với nhu cầu của "
         "người dân.");
}

}  // namespace baocao::genre
