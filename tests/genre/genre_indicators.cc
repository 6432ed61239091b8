// The indicator table: rows name the measures, columns the status
// ("Kế hoạch | Thực hiện | Tỷ lệ %"), with a ĐVT column; either one block of
// indicators for the whole report or one per topic under section rows. Or
// one column of results, each row a count naming its topic.
#include <cstdint>
#include <string>
#include <vector>

#include "tests/genre/genre_internal.h"
#include "tests/genre/table_grid.h"

namespace baocao::genre {

namespace {

struct Indicators {
  std::int64_t classes = 0, participants = 0, female = 0, cost_vnd = 0;
};

Indicators Draw(Ctx& c, bool with_cost) {
  Indicators v;
  v.classes = c.rng.Between(4, 30);
  v.participants = v.classes * c.rng.Between(25, 60);
  v.female = v.participants * c.rng.Between(35, 70) / 100;
  if (with_cost) v.cost_vnd = c.rng.Between(100, 900) * 100000;  // "38,5" triệu đồng
  return v;
}

std::string Million(std::int64_t vnd) {
  return vnd % 1000000 == 0 ? std::to_string(vnd / 1000000) : DecimalComma(static_cast<double>(vnd) / 1e6, 1);
}

}  // namespace

// One column of results ("Số lượng"), rows of counts each naming its topic:
// "Số lớp chuyên đề", "Số lượt người tham gia", then "Số lớp tin học", "Số
// học viên lớp tin học", "Số lớp xóa mù chữ" (a topic may count its classes
// alone).
void WriteTopicCountRows(Ctx& c) {
  const bool dvt = c.rng.Percent(60);
  c.SubHeading("Kết quả cụ thể");
  Grid g;
  g.paths = {{"TT"}, {"Nội dung"}};
  if (dvt) g.paths.push_back({"Đơn vị tính"});
  g.paths.push_back({c.rng.Pick(std::vector<std::string>{"Số lượng", "Kết quả", "Thực hiện"})});
  g.paths.push_back({"Ghi chú"});
  g.widths.assign(g.paths.size(), 1400);
  g.widths[1] = 3600;
  int k = 1;
  auto add = [&](const std::string& label, const std::string& unit, std::int64_t v) {
    GridRow r;
    r.cells = {std::to_string(k++), label};
    if (dvt) r.cells.push_back(unit);
    r.cells.push_back(c.Count(v));
    r.cells.push_back("");
    g.rows.push_back(r);
  };
  std::vector<std::string> topics = AllTopics();
  c.rng.Shuffle(&topics);
  const int n = static_cast<int>(c.rng.Between(2, 4));
  std::vector<GridRow> topic_rows;
  std::int64_t classes = 0, people = 0;
  struct Part {
    std::string topic, label;
    std::int64_t classes, people;  // people 0: not printed
  };
  std::vector<Part> parts;
  for (int i = 0; i < n; ++i) {
    const std::string& t = topics[static_cast<std::size_t>(i)];
    Part p{t, LowerFirst(c.rng.Pick(PhrasesOf(t, "keyword")).label), c.rng.Between(1, 9), 0};
    if (c.rng.Percent(65)) p.people = p.classes * c.rng.Between(20, 45);
    classes += p.classes;
    people += p.people;
    parts.push_back(p);
  }
  add(c.rng.Pick(std::vector<std::string>{"Số lớp chuyên đề đã mở", "Tổng số lớp"}), "Lớp", classes);
  add(c.rng.Pick(std::vector<std::string>{"Số lượt người tham gia", "Tổng số học viên"}), "Lượt người", people);
  ExpectedRecord& total = c.Activity(c.status, c.period, "tong", "Số lớp chuyên đề");
  total.classes = classes;
  total.participants = people;
  total.organizer_any = true;
  for (const Part& p : parts) {
    add("Số lớp " + p.label, "Lớp", p.classes);
    if (p.people > 0) add("Số học viên lớp " + p.label, "Người", p.people);
    ExpectedRecord& r = c.Activity(c.status, c.period, p.topic, "Số lớp " + p.label);
    r.classes = p.classes;
    if (p.people > 0) r.participants = p.people;
  }
  c.body.Table(ToTableSpec(g));
}

void WriteIndicatorTable(Ctx& c) {
  std::string form = c.Pick("table.indicators");
  if (form == "none") return;
  if (form == "topic_counts") {
    WriteTopicCountRows(c);
    return;
  }
  const std::string y = std::to_string(c.year);
  bool ratio = c.rng.Percent(60);
  bool dvt = c.rng.Percent(70);
  bool with_female = form == "plan_actual" && c.rng.Percent(60);
  bool with_cost = form == "plan_actual" && dvt && c.rng.Percent(50);
  c.SubHeading("Kết quả thực hiện các chỉ tiêu");

  Grid g;
  g.paths.push_back({"TT"});
  g.paths.push_back({c.rng.Pick(std::vector<std::string>{"Chỉ tiêu", "Nội dung", "Tiêu chí"})});
  if (dvt) g.paths.push_back({"ĐVT"});
  const std::string plan_words = c.rng.Pick(std::vector<std::string>{"Kế hoạch", "Kế hoạch năm " + y, "Chỉ tiêu giao"});
  // "Kế hoạch năm 2024" over a half-year's results is the whole year's plan.
  const std::string plan_period = plan_words == "Kế hoạch năm " + y ? y : c.period;
  g.paths.push_back({plan_words});
  g.paths.push_back({c.rng.Pick(std::vector<std::string>{"Thực hiện", "Kết quả thực hiện", "Thực hiện " +
                                                                                             c.period_words})});
  if (ratio) g.paths.push_back({"Tỷ lệ (%)"});
  g.widths.assign(g.paths.size(), 1300);
  g.widths[1] = 3200;

  const std::vector<std::string> class_words = {"Số lớp chuyên đề", "Số lớp học", "Số chuyên đề",
                                                "Số buổi sinh hoạt chuyên đề"};
  const std::vector<std::string> people_words = {"Số lượt người tham gia", "Số học viên", "Số người tham gia",
                                                 "Lượt người học"};
  auto add = [&](const std::string& marker, const std::string& label, const std::string& unit,
                 const std::string& plan, const std::string& done, std::int64_t p, std::int64_t d) {
    GridRow r;
    r.cells = {marker, label};
    if (dvt) r.cells.push_back(unit);
    r.cells.push_back(plan);
    r.cells.push_back(done);
    if (ratio) r.cells.push_back(p > 0 ? std::to_string((100 * d + p / 2) / p) : "");
    g.rows.push_back(r);
  };
  auto block = [&](const std::string& topic, const std::string& marker_prefix) {
    Indicators plan = Draw(c, with_cost);
    Indicators done = Draw(c, with_cost);
    int k = 1;
    auto m = [&]() { return marker_prefix.empty() ? std::to_string(k++) : std::string("-"); };
    add(m(), (marker_prefix.empty() ? "" : "- ") + c.rng.Pick(class_words), "Lớp", c.Count(plan.classes),
        c.Count(done.classes), plan.classes, done.classes);
    add(m(), (marker_prefix.empty() ? "" : "- ") + c.rng.Pick(people_words), "Lượt người", c.Count(plan.participants),
        c.Count(done.participants), plan.participants, done.participants);
    if (with_female) {
      add("", c.rng.Pick(std::vector<std::string>{"Trong đó: nữ", "Số học viên nữ", "- Nữ"}), "Người",
          c.Count(plan.female), c.Count(done.female), plan.female, done.female);
    }
    if (with_cost) {
      add(m(), c.rng.Pick(std::vector<std::string>{"Kinh phí", "Kinh phí thực hiện", "Kinh phí hoạt động"}),
          "Triệu đồng", Million(plan.cost_vnd), Million(done.cost_vnd), plan.cost_vnd, done.cost_vnd);
    }
    for (int s = 0; s < 2; ++s) {
      const Indicators& v = s == 0 ? plan : done;
      ExpectedRecord& r = c.Activity(s == 0 ? "plan" : "actual", s == 0 ? plan_period : c.period, topic, "Chỉ tiêu");
      r.classes = v.classes;
      r.participants = v.participants;
      if (with_female) r.female = v.female;
      if (with_cost) r.cost_vnd = v.cost_vnd;
      r.organizer_any = topic == "tong";
    }
  };
  if (form == "plan_actual") {
    block("tong", "");
  } else {
    std::vector<std::string> topics = AllTopics();
    int n = static_cast<int>(c.rng.Between(2, 3));
    for (int i = 0; i < n; ++i) {
      const std::string& t = topics[static_cast<std::size_t>(c.rng.Below(static_cast<int>(topics.size())))];
      bool seen = false;
      for (const ExpectedRecord& r : c.report->records) seen = seen || (r.topic == t && r.label == "Chỉ tiêu");
      if (seen) continue;
      GridRow head;
      head.cells = {std::to_string(i + 1), c.rng.Pick(PhrasesOf(t, "keyword")).label};
      head.cells.resize(g.paths.size());
      g.rows.push_back(head);
      block(t, "-");
    }
  }
  c.body.Table(ToTableSpec(g));
}

}  // namespace baocao::genre
