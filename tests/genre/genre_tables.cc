// The main activity table, in one of the genre's families (see Axes():
// table.family), with its header variants, totals row and blanks; and the
// annex of scores whose meaning no rule knows.
#include <algorithm>
#include <map>

#include "tests/genre/genre_internal.h"
#include "tests/genre/table_grid.h"

namespace baocao::genre {
namespace {

struct Values {
  std::optional<std::int64_t> classes, participants, female, cost;
};

// The measure columns of one group, in the table.columns variant's words and order.
struct Measures {
  bool female = true;
  bool cost = false;
  std::vector<std::string> order;  // "classes", "participants", "female", "cost"
  std::map<std::string, std::string> word;
  bool split_people = false;       // "Số lượt người" over "Tổng số | Nữ"
};

Measures ChooseMeasures(Ctx& c, bool female, bool cost) {
  Measures m;
  m.female = female;
  m.cost = cost;
  std::string columns = c.Chosen("table.columns");
  m.order = {"classes", "participants"};
  if (female) m.order.push_back("female");
  if (cost) m.order.push_back("cost");
  m.word = {{"classes", "Số lớp"}, {"participants", "Số lượt người"}, {"female", "Nữ"}, {"cost", "Kinh phí"}};
  if (columns == "synonyms") {
    m.word["classes"] = c.rng.Pick(std::vector<std::string>{"Số buổi", "Số chuyên đề", "Số lớp (chuyên đề)", "Lớp"});
    m.word["participants"] = c.rng.Pick(std::vector<std::string>{"Số học viên", "Lượt người", "Số người tham gia"});
    m.word["female"] = c.rng.Pick(std::vector<std::string>{"Trong đó nữ", "Số nữ"});
    m.word["cost"] = c.rng.Pick(std::vector<std::string>{"Thành tiền", "Kinh phí dự kiến"});
  }
  if (columns == "reordered") {
    c.rng.Shuffle(&m.order);
    if (m.order[0] == "female") std::swap(m.order[0], m.order[1]);  // "Nữ" never stands first alone
  }
  return m;
}

// Random figures of one activity row.
Values RowValues(Ctx& c, bool female, bool cost, int scale_min) {
  Values v;
  v.classes = c.rng.Between(1, 9);
  v.participants = *v.classes * c.rng.Between(22, 95);
  if (female) v.female = *v.participants * c.rng.Between(30, 70) / 100;
  if (cost) v.cost = c.rng.Between(2, 60) * scale_min;
  return v;
}

// The table being built, with the expected records of its rows.
struct Builder {
  Ctx& c;
  Grid grid;
  std::vector<std::string> lead;                    // header words of the lead columns (TT, name, …)
  std::vector<std::string> group_path;              // a header level above all groups (depth3), or empty
  std::string blank;                                // table.blank
  std::string scale = "dong";
  std::int64_t scale_min = 100000;
  // table.nesting=measure_outer: "Số lớp" over "KH | TH", not "Kế hoạch"
  // over "Số lớp | Số người".
  bool measure_outer = false;

  explicit Builder(Ctx& ctx) : c(ctx) {}

  std::string Cell(const Values& v, const std::string& measure, bool may_blank, bool* blanked) {
    std::optional<std::int64_t> x = measure == "classes" ? v.classes
                                    : measure == "participants" ? v.participants
                                    : measure == "female" ? v.female : v.cost;
    if (!x) return blank == "dash" ? "-" : "";
    if (may_blank && blank != "filled" && measure == "female" && c.rng.Percent(20)) {
      *blanked = true;
      return blank == "dash" ? "-" : "";
    }
    if (measure == "cost") return InScale(*x, scale);
    return c.Count(*x);
  }
};

// The (group, measure) pairs of the value columns, left to right.
std::vector<std::pair<std::size_t, std::string>> ValueColumns(const Builder& b, std::size_t groups, const Measures& m) {
  std::vector<std::pair<std::size_t, std::string>> out;
  if (b.measure_outer) {
    for (const std::string& measure : m.order) {
      for (std::size_t g = 0; g < groups; ++g) out.emplace_back(g, measure);
    }
  } else {
    for (std::size_t g = 0; g < groups; ++g) {
      for (const std::string& measure : m.order) out.emplace_back(g, measure);
    }
  }
  return out;
}

void AddColumns(Builder& b, const std::vector<std::string>& group_words, const Measures& m) {
  for (const auto& [gi, measure] : ValueColumns(b, group_words.size(), m)) {
    const std::string& g = group_words[gi];
    std::vector<std::string> path = b.group_path;
    if (!g.empty() && !b.measure_outer) path.push_back(g);
    std::string w = m.word.at(measure);
    if (measure == "cost") w += " (" + ScaleWords(b.scale) + ")";
    if (m.split_people && (measure == "participants" || measure == "female")) {
      path.push_back(m.word.at("participants") + " tham gia");
      w = measure == "participants" ? "Tổng số" : "Nữ";
    }
    path.push_back(w);
    if (!g.empty() && b.measure_outer) path.push_back(g);
    b.grid.paths.push_back(path);
    b.grid.widths.push_back(g.empty() ? 1300 : 1100);
  }
}

// Records of one row: one per group, the measures filled from the cells.
struct RowGroup {
  std::string status, period, topic, label;
  std::optional<std::string> organizer, commune;
  Values v;
};

void Expect(Ctx& c, const RowGroup& g) {
  ExpectedRecord& r = c.Activity(g.status, g.period, g.topic, g.label);
  r.organizer = g.organizer;
  r.commune = g.commune;
  r.classes = g.v.classes;
  r.participants = g.v.participants;
  r.female = g.v.female;
  r.cost_vnd = g.v.cost;
}

Values Sum(const std::vector<Values>& parts) {
  Values s;
  for (const Values& v : parts) {
    auto add = [](std::optional<std::int64_t>& into, const std::optional<std::int64_t>& x) {
      if (x) into = into.value_or(0) + *x;
    };
    add(s.classes, v.classes);
    add(s.participants, v.participants);
    add(s.female, v.female);
    add(s.cost, v.cost);
  }
  return s;
}

std::string TotalWord(Ctx& c) {
  std::string w = c.Pick("table.total_word");
  if (w == "cong") return "Cộng";
  if (w == "tong") return "Tổng";
  if (w == "tong_so") return "Tổng số";
  return "Tổng cộng";
}

}  // namespace

// Every family as: row labels × column groups, each cell group one record.
void WriteMainTable(Ctx& c) {
  std::string family = c.Chosen("table.family");
  if (family.empty() || family == "none") return;
  Builder b(c);
  std::string header = c.Pick("table.header", family == "topic_rows" || family == "month_rows" ||
                                                      family == "thoi_gian" || family == "sections"
                                                  ? std::vector<std::string>{}
                                                  : std::vector<std::string>{"depth2", "depth3"});
  c.Pick("table.columns");
  b.blank = c.Pick("table.blank");
  bool plan = c.status == "plan";
  bool cost = plan && (family == "topic_rows" || family == "thoi_gian");
  if (cost) {
    b.scale = c.Pick("money.scale");
    b.scale_min = b.scale == "trieu" ? 100000 : 50000;
  }
  bool female = family != "rollup" && family != "plan_actual" && family != "period_groups" &&
                family != "organizer_groups" && !plan;
  Measures m = ChooseMeasures(c, female, cost);
  if (header == "depth2" && female && (family == "topic_rows" || family == "month_rows" || family == "thoi_gian" ||
                                       family == "sections")) {
    m.split_people = std::find(m.order.begin(), m.order.end(), "female") ==
                     std::find(m.order.begin(), m.order.end(), "participants") + 1;
  }
  std::string status_words = plan ? "Kế hoạch " + c.period_words : "Kết quả thực hiện " + c.period_words;
  if (header == "depth3") b.group_path = {status_words};

  // Lead columns. The name column's header may read as a measure ("Lớp
  // học"): its words say it names the rows.
  std::string name_word = family == "rollup" ? c.rng.Pick(std::vector<std::string>{"Đơn vị", "Tên xã", "Xã, thị trấn", "TTHTCĐ"})
                          : family == "month_rows" ? "Tháng"
                                                   : c.rng.Pick(std::vector<std::string>{"Nội dung", "Tên hoạt động", "Chuyên đề, lớp học", "Lớp học", "Các lớp học"});
  b.grid.paths.push_back({c.rng.Percent(50) ? "TT" : "STT"});
  b.grid.widths.push_back(600);
  b.grid.paths.push_back({name_word});
  b.grid.widths.push_back(family == "rollup" || family == "month_rows" ? 1800 : 3000);
  bool time_col = family == "thoi_gian";
  if (time_col) {
    b.grid.paths.push_back({"Thời gian"});
    b.grid.widths.push_back(1300);
  }

  // Column groups and row dimensions.
  std::vector<std::string> groups = {""};
  std::vector<std::string> group_status, group_period;
  std::vector<std::optional<std::string>> group_org;
  std::vector<std::string> group_topic;  // rollup: the topic of each group
  std::string wording = c.wording;
  if (family == "rollup") {
    std::vector<std::string> topics = {"phap_luat", "kinh_te", "van_hoa_xa_hoi", "suc_khoe", "moi_truong", "ky_nang_song"};
    c.rng.Shuffle(&topics);
    topics.resize(static_cast<std::size_t>(c.rng.Between(3, 5)));
    groups.clear();
    for (const std::string& t : topics) {
      TopicPhrase p = c.rng.Pick(PhrasesOf(t, "keyword"));
      groups.push_back(p.label);
      group_topic.push_back(t);
    }
  } else if (family == "plan_actual") {
    b.measure_outer = c.Pick("table.nesting") == "measure_outer";
    groups = {c.rng.Pick(std::vector<std::string>{"Kế hoạch", "Chỉ tiêu", "KH"}),
              c.rng.Pick(std::vector<std::string>{"Thực hiện", "Kết quả", "TH"})};
    group_status = {"plan", "actual"};
  } else if (family == "period_groups") {
    groups.clear();
    if (c.half_year) {
      groups = {"Quý I", "Quý II"};
      group_period = {QuarterPeriod(c.year, 1), QuarterPeriod(c.year, 2)};
    } else if (c.rng.Percent(50)) {
      groups = {"Quý I", "Quý II", "Quý III", "Quý IV"};
      for (int q = 1; q <= 4; ++q) group_period.push_back(QuarterPeriod(c.year, q));
    } else {
      groups = {"6 tháng đầu năm", "6 tháng cuối năm"};
      group_period = {MonthPeriod(c.year, 1) + "/" + MonthPeriod(c.year, 6),
                      MonthPeriod(c.year, 7) + "/" + MonthPeriod(c.year, 12)};
    }
  } else if (family == "organizer_groups") {
    groups = {c.rng.Pick(std::vector<std::string>{"Trung tâm tự tổ chức", "TTHTCĐ tổ chức"}),
              c.rng.Pick(std::vector<std::string>{"Phối hợp tổ chức", "Trung tâm phối hợp"})};
    group_org = {"center", "partner"};
  }
  AddColumns(b, groups, m);
  // Ratio columns after plan and result (always when the status is on top;
  // under each measure's "KH | TH" a table may have none).
  const bool ratio_cols = family == "plan_actual" && (!b.measure_outer || c.rng.Percent(50));
  if (ratio_cols) {
    std::string ratio = c.rng.Pick(std::vector<std::string>{"Tỷ lệ (%)", "So sánh TH/KH (%)"});
    for (const char* measure : {"classes", "participants"}) {
      std::vector<std::string> path = b.group_path;
      path.push_back(ratio);
      path.push_back(m.word.at(measure));
      b.grid.paths.push_back(path);
      b.grid.widths.push_back(1000);
    }
  }
  bool note_col = family == "thoi_gian";
  // Or the unit in charge, the centre among others ("Đơn vị chủ trì":
  // "TTHTCĐ" | "Trạm Y tế xã").
  const bool in_charge = note_col && c.rng.Percent(30);
  std::string note_word = in_charge ? "Đơn vị chủ trì" : plan ? "Đơn vị phối hợp" : "Ghi chú";
  if (note_col) {
    b.grid.paths.push_back({note_word});
    b.grid.widths.push_back(1800);
  }
  std::size_t leaves = b.grid.paths.size();
  int total_width = 0;
  for (int w : b.grid.widths) total_width += w;
  // Tables span the text width; many columns take a smaller font.
  for (int& w : b.grid.widths) w = w * 9600 / total_width;
  if (leaves > 7) b.grid.size = leaves > 10 ? 20 : 22;

  // Rows.
  struct Row {
    std::string label;
    std::string topic;
    std::optional<std::string> commune, organizer;
    std::string period;
    std::string time_text, note_text;
    bool section = false;
    std::vector<Values> values;  // per group
    std::vector<bool> female_blank;
  };
  std::vector<Row> rows;
  auto values_for_groups = [&](Row& r) {
    for (std::size_t g = 0; g < groups.size(); ++g) {
      Values v = RowValues(c, m.female, m.cost, b.scale_min);
      if (family == "plan_actual" && g == 1) {
        Values p = r.values[0];
        v.classes = std::max<std::int64_t>(1, *p.classes + c.rng.Between(-1, 2));
        v.participants = *p.participants + c.rng.Between(-20, 60);
      }
      r.values.push_back(v);
    }
  };
  std::vector<std::string> topics = AllTopics();
  c.rng.Shuffle(&topics);
  if (family == "rollup") {
    std::vector<std::string> names = CommuneNames();
    c.rng.Shuffle(&names);
    int n = static_cast<int>(c.rng.Between(4, 9));
    std::string style = c.Pick("rollup.rows");
    for (int i = 0; i < n; ++i) {
      if (names[static_cast<std::size_t>(i)] == c.commune) continue;
      Row r;
      r.commune = names[static_cast<std::size_t>(i)];
      r.label = style == "plain" ? *r.commune : style == "unit" ? "Xã " + *r.commune : "TTHTCĐ xã " + *r.commune;
      if (style == "wards") {
        // A town's wards and townships, some named by number ("Phường 3").
        static const std::vector<std::string> units = {"Phường", "Thị trấn", "Xã"};
        std::string unit = units[static_cast<std::size_t>(i) % units.size()];
        if (unit == "Phường" && c.rng.Percent(40)) r.commune = "Phường " + std::to_string(i + 1);
        r.label = r.commune->starts_with("Phường ") ? *r.commune : unit + " " + *r.commune;
      }
      values_for_groups(r);
      rows.push_back(r);
    }
  } else if (family == "month_rows") {
    int first = 1, last = c.half_year ? 6 : 12;
    std::string style = c.rng.Pick(std::vector<std::string>{"plain", "two", "year"});
    for (int mo = first; mo <= last; ++mo) {
      if (!c.half_year && c.rng.Percent(25)) continue;  // months without activity are left out
      Row r;
      r.topic = "tong";
      r.period = MonthPeriod(c.year, mo);
      r.label = "Tháng " + (style == "two" && mo < 10 ? "0" + std::to_string(mo) : std::to_string(mo)) +
                (style == "year" ? "/" + std::to_string(c.year) : "");
      values_for_groups(r);
      rows.push_back(r);
    }
  } else if (family == "sections") {
    int n = static_cast<int>(c.rng.Between(2, 3));
    for (int s = 0; s < n; ++s) {
      const std::string& t = topics[static_cast<std::size_t>(s)];
      std::vector<TopicPhrase> children = PhrasesOf(t, "activity");
      Row head;
      head.section = true;
      head.topic = t;
      head.label = c.rng.Pick(PhrasesOf(t, "keyword")).label;
      rows.push_back(head);
      for (std::size_t k = 0; k < children.size() && k < 3; ++k) {
        Row r;
        r.topic = t;
        r.label = children[k].label;
        values_for_groups(r);
        rows.push_back(r);
      }
    }
  } else {
    int n = static_cast<int>(c.rng.Between(3, family == "thoi_gian" ? 8 : 7));
    for (int i = 0; i < n; ++i) {
      Row r;
      r.topic = topics[static_cast<std::size_t>(i % static_cast<int>(topics.size()))];
      r.label = c.rng.Pick(PhrasesOf(r.topic, wording)).label;
      if (family == "thoi_gian") {
        int span = c.half_year ? 6 : 12;
        int mo = static_cast<int>(c.rng.Between(1, span - 1));
        std::string y = std::to_string(c.year);
        int kind = c.rng.Below(5);
        if (kind == 0) {
          r.time_text = "Tháng " + std::to_string(mo);
          r.period = MonthPeriod(c.year, mo);
        } else if (kind == 1) {
          r.time_text = "Tháng " + std::to_string(mo) + "/" + y;
          r.period = MonthPeriod(c.year, mo);
        } else if (kind == 2) {
          r.time_text = "Tháng " + std::to_string(mo) + " - " + std::to_string(mo + 1) + "/" + y;
          r.period = MonthPeriod(c.year, mo) + "/" + MonthPeriod(c.year, mo + 1);
        } else if (kind == 4) {
          // Dates: "Từ 12/3 đến 20/4/2025", "05/6 - 09/6/2025".
          const int d1 = static_cast<int>(c.rng.Between(1, 15)), d2 = static_cast<int>(c.rng.Between(16, 28));
          if (c.rng.Percent(50)) {
            r.time_text = "Từ " + std::to_string(d1) + "/" + std::to_string(mo) + " đến " + std::to_string(d2) + "/" +
                          std::to_string(mo + 1) + "/" + y;
            r.period = MonthPeriod(c.year, mo) + "/" + MonthPeriod(c.year, mo + 1);
          } else {
            auto two = [](int v) { return (v < 10 ? "0" : "") + std::to_string(v); };
            r.time_text = two(d1) + "/" + two(mo) + " - " + two(d2) + "/" + two(mo) + "/" + y;
            r.period = MonthPeriod(c.year, mo);
          }
        } else {
          int q = (mo - 1) / 3 + 1;
          r.time_text = "Quý " + Roman(q) + (c.rng.Percent(50) ? "/" + y : "");
          r.period = QuarterPeriod(c.year, q);
        }
        int org = c.rng.Below(3);
        std::string partner = c.rng.Pick(PartnerUnits());
        if (in_charge) {
          r.organizer = org == 0 ? "center" : "partner";
          r.note_text = org == 0 ? c.rng.Pick(std::vector<std::string>{"TTHTCĐ", "Trung tâm HTCĐ", "TTHTCĐ xã"}) : partner;
        } else if (org == 0) {
          r.organizer = "center";
          r.note_text = plan ? "Tự tổ chức" : "TTHTCĐ tự tổ chức";
        } else if (org == 1) {
          r.organizer = "partner";
          r.note_text = plan ? partner : "Phối hợp " + partner;
        } else if (!plan) {
          r.note_text = "";
        } else {
          r.organizer = "partner";
          r.note_text = partner;
        }
      }
      values_for_groups(r);
      rows.push_back(r);
    }
  }

  // Blanks: a few female cells of ordinary rows become "-" or empty (null).
  if (b.blank != "filled" && m.female) {
    for (Row& r : rows)
      if (!r.section && c.rng.Percent(25)) r.values[0].female.reset();
  }
  // Section rows state the sum of the rows beneath them.
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!rows[i].section) continue;
    std::vector<Values> parts;
    for (std::size_t k = i + 1; k < rows.size() && !rows[k].section; ++k) parts.push_back(rows[k].values[0]);
    rows[i].values = {Sum(parts)};
  }

  // Totals row.
  std::string total_pos = c.Pick("table.total");
  std::string total_label = total_pos == "none" ? "" : TotalWord(c);
  Row total;
  total.label = total_label;
  total.topic = "tong";
  for (std::size_t g = 0; g < groups.size(); ++g) {
    std::vector<Values> parts;
    for (const Row& r : rows)
      if (!r.section) parts.push_back(r.values[g]);
    total.values.push_back(Sum(parts));
  }
  std::string sum = total_pos == "none" ? "holds" : c.Pick("checks.sum");
  // A wrong total: one cell of the totals row (or of a section row) off by a few.
  std::size_t wrong_group = static_cast<std::size_t>(c.rng.Below(static_cast<int>(groups.size())));
  std::string wrong_measure = c.rng.Percent(50) ? "classes" : "participants";
  std::int64_t delta = c.rng.Between(1, 4);
  if (c.rng.Percent(50)) delta *= 10;
  if (sum == "wrong") {
    Values& w = total.values[wrong_group];
    if (wrong_measure == "classes") *w.classes += delta;
    else *w.participants += delta;
    c.report->checks.push_back("sum-mismatch");
  }
  c.table_total = total_pos != "none";

  // Cells.
  std::vector<GridRow> body_rows;
  auto cells_of = [&](const Row& r, bool is_total, int index) {
    GridRow gr;
    gr.bold = r.section || is_total;
    gr.cells.push_back(is_total ? "" : r.section ? Roman(index) : std::to_string(index));
    gr.cells.push_back(r.label);
    if (time_col) gr.cells.push_back(r.time_text);
    for (const auto& [g, measure] : ValueColumns(b, groups.size(), m)) {
      bool blanked = false;
      gr.cells.push_back(b.Cell(r.values[g], measure, false, &blanked));
    }
    if (ratio_cols) {
      const Values& p = r.values[0];
      const Values& a = r.values[1];
      gr.cells.push_back(DecimalComma(100.0 * static_cast<double>(*a.classes) / static_cast<double>(*p.classes), 1));
      gr.cells.push_back(
          DecimalComma(100.0 * static_cast<double>(*a.participants) / static_cast<double>(*p.participants), 1));
    }
    if (note_col) gr.cells.push_back(r.note_text);
    if (is_total && c.rng.Percent(50)) {
      gr.cells[0] = gr.cells[1];
      gr.label_span = 2;
    }
    return gr;
  };
  if (total_pos == "top") body_rows.push_back(cells_of(total, true, 0));
  int index = 0, section_index = 0;
  for (const Row& r : rows) {
    if (r.section) {
      index = 0;
      body_rows.push_back(cells_of(r, false, ++section_index));
    } else {
      body_rows.push_back(cells_of(r, false, ++index));
    }
  }
  if (total_pos == "bottom") body_rows.push_back(cells_of(total, true, 0));
  // Two items stacked in one row, line by line ("Chăn nuôi\nTrồng trọt |
  // 2\n3 | 60\n90"), the second's TT left out: each line is still its own
  // record. Only where every line of the pair has a figure in every cell.
  if (family == "topic_rows" && !time_col && !note_col) {
    std::vector<std::size_t> pairs;
    const std::size_t first_body = total_pos == "top" ? 1 : 0;
    for (std::size_t i = first_body; i + 1 < first_body + rows.size(); ++i) {
      bool filled = true;
      for (std::size_t k = 2; k < body_rows[i].cells.size(); ++k) {
        for (const GridRow* r : {&body_rows[i], &body_rows[i + 1]}) {
          const std::string& v = r->cells[k];
          filled = filled && !v.empty() && v != "-" && v.find('\n') == std::string::npos;
        }
      }
      if (filled && body_rows[i].cells[1].find('\n') == std::string::npos &&
          body_rows[i + 1].cells[1].find('\n') == std::string::npos) {
        pairs.push_back(i);
      }
    }
    if (!pairs.empty() && c.Pick("table.stacked") == "yes") {
      const std::size_t i = pairs[static_cast<std::size_t>(c.rng.Below(static_cast<int>(pairs.size())))];
      for (std::size_t k = 1; k < body_rows[i].cells.size(); ++k) {
        body_rows[i].cells[k] += "\n" + body_rows[i + 1].cells[k];
      }
      body_rows.erase(body_rows.begin() + static_cast<std::ptrdiff_t>(i + 1));
    }
  }
  b.grid.rows = body_rows;

  if (c.Pick("table.colnum") == "yes") {
    for (std::size_t k = 0; k < leaves; ++k)
      b.grid.numbers_row.push_back(k == 0 ? "A" : k == 1 ? "B" : std::to_string(k - 1));
  }

  // Expected records.
  auto expect_row = [&](const Row& r, bool is_total) {
    for (std::size_t g = 0; g < groups.size(); ++g) {
      RowGroup e;
      e.status = group_status.empty() ? c.status : group_status[g];
      e.period = !group_period.empty() ? group_period[g] : !r.period.empty() && !is_total ? r.period : c.period;
      e.topic = family == "rollup" ? group_topic[g] : is_total ? "tong" : r.topic;
      e.label = family == "rollup" ? groups[g] : r.label;
      e.organizer = !group_org.empty() ? group_org[g] : is_total ? std::nullopt : r.organizer;
      e.commune = is_total ? std::nullopt : r.commune;
      e.v = r.values[g];
      if (e.v.classes || e.v.participants || e.v.female || e.v.cost) Expect(c, e);
    }
  };
  for (const Row& r : rows) expect_row(r, false);
  if (total_pos != "none") expect_row(total, true);

  // Caption and table.
  if (cost && c.rng.Percent(50)) {
    ParaStyle s;
    s.align = Align::kRight;
    s.italic = true;
    c.body.Para("ĐVT: " + ScaleWords(b.scale), s);
  }
  TableSpec spec = ToTableSpec(b.grid);
  const std::string rules = c.Pick("table.rules");
  if (rules == "across") spec.rules = Rules::kAcross;
  if (rules == "inner") spec.rules = Rules::kInner;
  if (rules == "none") spec.rules = Rules::kNone;
  spec.top_aligned = c.Pick("table.valign") == "top";
  c.body.Table(spec);
}

void WriteScoreAnnex(Ctx& c) {
  if (c.Pick("annex.scores") != "present") return;
  ParaStyle s;
  s.align = Align::kCenter;
  s.bold = true;
  c.body.Para("Biểu số 02", s);
  c.body.Para("KẾT QUẢ TỰ ĐÁNH GIÁ CHỈ SỐ HOẠT ĐỘNG CÁC THÔN NĂM " + std::to_string(c.year), s);
  Grid g;
  std::string group = "Điểm đánh giá";
  std::vector<std::string> subs = {"Tự chấm", "Thẩm định"};
  g.paths = {{"TT"}, {"Thôn, tổ dân phố"}, {group, subs[0]}, {group, subs[1]}, {"Xếp loại"}};
  g.widths = {600, 2800, 1500, 1500, 1500};
  static const std::vector<std::string> hamlets = {"Thôn Bản Chang", "Thôn Nà Mò", "Thôn Đồng Xe", "Tổ dân phố 3",
                                                   "Thôn Khuổi Lừa", "Thôn Pác Bó", "Thôn Lũng Vài"};
  int n = static_cast<int>(c.rng.Between(3, 6));
  for (int i = 0; i < n; ++i) {
    const std::string& name = hamlets[static_cast<std::size_t>(i)];
    GridRow r;
    r.cells = {std::to_string(i + 1), name};
    for (const std::string& sub : subs) {
      double v = static_cast<double>(c.rng.Between(600, 990)) / 100.0;
      r.cells.push_back(DecimalComma(v, 2));
      c.report->figures.push_back({name + " — " + group + " — " + sub, v});
    }
    r.cells.push_back(c.rng.Pick(std::vector<std::string>{"Tốt", "Khá", "Đạt"}));
    g.rows.push_back(r);
  }
  c.report->figure_keys = {"diem danh gia"};
  c.body.Table(ToTableSpec(g));
}

}  // namespace baocao::genre
