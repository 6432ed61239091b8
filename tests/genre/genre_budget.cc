// Money: budget lines in prose (every money style of the genre), a table of
// sources, or a thu–chi table with plan and actual columns, a unit caption
// (ĐVT) and section totals placed above their parts.
#include "tests/genre/genre_internal.h"
#include "tests/genre/table_grid.h"

namespace baocao::genre {
namespace {

// An amount that `style` can print exactly.
std::int64_t Amount(Ctx& c, const std::string& style, std::int64_t lo_millions, std::int64_t hi_millions) {
  if (style == "ty") return c.rng.Between(lo_millions, hi_millions) * 1000000;
  if (style == "trieu" || style == "trieu_dot") return c.rng.Between(lo_millions * 2, hi_millions * 2) * 500000;
  if (style == "nghin") return c.rng.Between(lo_millions * 1000, hi_millions * 1000) * 1000;
  return c.rng.Between(lo_millions * 20, hi_millions * 20) * 50000;
}

void Caption(Ctx& c, const std::string& scale) {
  ParaStyle s;
  s.align = Align::kRight;
  s.italic = true;
  c.body.Para(c.rng.Percent(50) ? "ĐVT: " + ScaleWords(scale) : "Đơn vị tính: " + ScaleWords(scale), s);
}

}  // namespace

void WriteBudget(Ctx& c) {
  std::vector<std::string> forms = {"prose", "sources_table", "none"};
  if (c.status == "actual") forms.push_back("thu_chi");
  std::string form = c.Pick("budget.form", forms);
  if (form == "none") return;
  bool plan = c.status == "plan";
  c.Heading(plan ? "KINH PHÍ THỰC HIỆN" : "KINH PHÍ HOẠT ĐỘNG");
  std::int64_t lo = c.rollup ? 200 : 5, hi = c.rollup ? 900 : 40;

  if (form == "prose") {
    std::vector<std::string> styles = {"dots_dong", "dots_d", "spaced", "trieu", "trieu_dot", "nghin"};
    if (c.rollup) styles.push_back("ty");
    std::string style = c.Pick("money.style", styles);
    if (style == "ty") lo = 1100, hi = 2900;
    std::int64_t state = Amount(c, style, lo, hi);
    std::int64_t social = Amount(c, style, 1, c.rollup ? 90 : 8);
    std::int64_t learner = style == "ty" ? 0 : Amount(c, style, 1, 3);
    if (style == "nghin" && c.rng.Percent(50)) learner = c.rng.Between(150, 950) * 1000;  // "850 nghìn đồng"
    std::int64_t total = state + social + learner;
    // "Kinh phí hoạt động …: X." then "Trong đó:": an amount of no named
    // source that the lines after it break down is their total.
    const std::string total_words = c.Pick("budget.total_words");
    const bool unnamed = total_words == "unnamed_then_trong_do";
    // "Kinh phí hoạt động …: X (ngân sách …: A, xã hội hóa B)": the parts in
    // parentheses after the total, one sentence.
    const bool paren_parts = total_words == "paren_parts";
    bool total_first = unnamed || paren_parts || c.rng.Percent(50);
    std::string per_words = plan ? "dự kiến " + c.period_words : c.period_words;
    std::string total_text =
        (unnamed || paren_parts ? "Kinh phí hoạt động " : "Tổng kinh phí ") + per_words + ": " + c.Money(total, style);
    if (!paren_parts && c.Pick("budget.words") == "in_words") total_text += " (Bằng chữ: " + AmountInWords(total) + ")";
    // The state's money named by its source, or by the commune's committee
    // that gives it.
    const std::string state_label =
        c.Pick("budget.state_words") == "committee" ? "UBND " + c.unit_word + " hỗ trợ" : "Ngân sách nhà nước cấp";
    if (paren_parts) {
      c.Text(total_text + " (" + (state_label.rfind("UBND", 0) == 0 ? state_label : LowerFirst(state_label)) + " " + c.Money(state, style) + ", huy động xã hội hóa " +
             c.Money(social, style) + (learner > 0 ? ", học viên đóng góp " + c.Money(learner, style) : "") + ").");
    } else if (total_first && unnamed) {
      c.Text(total_text + ".");
      c.Text("Trong đó:");
    } else if (total_first) {
      c.Text(total_text + ", trong đó:");
    }
    if (!paren_parts) {
      c.Text("- " + state_label + ": " + c.Money(state, style) + ";");
      if (c.Pick("budget.label_line") == "own_line") {
        // The label on its own line, its amount on the next.
        c.Text("- Kinh phí huy động xã hội hóa:");
        c.Text(c.Money(social, style) + ";");
      } else {
        c.Text("- Kinh phí huy động xã hội hóa: " + c.Money(social, style) + ";");
      }
      if (learner > 0) c.Text("- Học viên đóng góp: " + c.Money(learner, style) + ".");
    }
    if (!total_first) c.Text(total_text + ".");
    // What was spent and what is left, in one line: lines of no source.
    std::int64_t spent = 0;
    if (!plan && c.Pick("budget.spent") == "chi_ton") {
      spent = total - c.rng.Between(1, 9) * 100000;
      c.Text("Chi: " + c.Money(spent, "dots_dong") + "; Tồn: " + c.Money(total - spent, "dots_dong") + ".");
    }
    std::string rate = c.Pick("budget.rate");
    if (rate == "per_session")
      c.Text("Mức chi bồi dưỡng báo cáo viên: " + Grouped(c.rng.Between(2, 5) * 50000, ".") + " đồng/buổi.");
    if (rate == "per_learner_after")
      c.Text("Mức hỗ trợ " + std::to_string(c.rng.Between(1, 4) * 50) + " nghìn đồng mỗi học viên tham gia lớp học.");
    if (rate == "per_learner_before")
      c.Text("Mỗi học viên được hỗ trợ " + Grouped(c.rng.Between(1, 4) * 50000, ".") + " đồng tiền tài liệu.");
    c.Budget(c.status, c.period, {"total"}, "Tổng kinh phí", total);
    c.Budget(c.status, c.period, {"state"}, state_label, state);
    c.Budget(c.status, c.period, {"socialized"}, "Kinh phí huy động xã hội hóa", social);
    if (learner > 0) c.Budget(c.status, c.period, {"learner"}, "Học viên đóng góp", learner);
    if (spent > 0) {
      c.Budget(c.status, c.period, {"other"}, "Chi", spent);
      c.Budget(c.status, c.period, {"other"}, "Tồn", total - spent);
    }
    return;
  }

  std::string scale = c.Pick("money.scale");
  std::string unit_style = scale == "trieu" ? "trieu" : scale == "nghin" ? "nghin" : "dots_dong";

  if (form == "sources_table") {
    std::int64_t state = Amount(c, unit_style, lo, hi);
    std::int64_t social = Amount(c, unit_style, 1, c.rollup ? 90 : 8);
    std::int64_t learner = Amount(c, unit_style, 1, 3);
    Caption(c, scale);
    Grid g;
    g.paths = {{"TT"}, {"Nguồn kinh phí"}, {plan ? "Số tiền dự kiến" : "Số tiền"}, {"Ghi chú"}};
    g.widths = {600, 4300, 2500, 2200};
    g.rows.push_back({{"1", "Ngân sách nhà nước", InScale(state, scale), ""}});
    g.rows.push_back({{"2", "Xã hội hóa", InScale(social, scale), "Doanh nghiệp, nhà hảo tâm"}});
    g.rows.push_back({{"3", "Học viên đóng góp", InScale(learner, scale), ""}});
    g.rows.push_back({{"Tổng cộng", "", InScale(state + social + learner, scale), ""}, true, 2});
    c.body.Table(ToTableSpec(g));
    c.Budget(c.status, c.period, {"state"}, "Ngân sách nhà nước", state);
    c.Budget(c.status, c.period, {"socialized"}, "Xã hội hóa", social);
    c.Budget(c.status, c.period, {"learner"}, "Học viên đóng góp", learner);
    c.Budget(c.status, c.period, {"total"}, "Tổng cộng", state + social + learner);
    return;
  }

  // thu–chi: plan (Dự toán, for the year) and actual (Thực hiện, for the period).
  std::string y = std::to_string(c.year);
  struct Line {
    std::string label;
    std::vector<std::string> categories;
    std::int64_t plan, actual;
  };
  std::vector<Line> income = {
      {"Ngân sách nhà nước cấp", {"state"}, 0, 0},
      {"Nguồn xã hội hóa (doanh nghiệp, nhà hảo tâm)", {"socialized"}, 0, 0},
      {"Học viên đóng góp", {"learner"}, 0, 0},
      {"Kinh phí năm " + std::to_string(c.year - 1) + " chuyển sang", {"other"}, 0, 0}};
  for (Line& l : income) {
    l.plan = Amount(c, unit_style, 1, 20);
    l.actual = c.half_year ? l.plan / 2 / 100000 * 100000 : l.plan + Amount(c, unit_style, 0, 2) - 1000000;
    if (l.actual < 0) l.actual = l.plan;
  }
  income.back().actual = income.back().plan;
  std::vector<std::string> expense_words = {"Chi bồi dưỡng báo cáo viên, hướng dẫn viên",
                                            "Chi mua tài liệu, văn phòng phẩm",
                                            "Chi nước uống, trang trí lớp học",
                                            "Chi hỗ trợ nguyên vật liệu thực hành"};
  std::int64_t in_plan = 0, in_actual = 0;
  for (const Line& l : income) in_plan += l.plan, in_actual += l.actual;
  std::vector<Line> expense;
  // The balance: left over, or spent beyond the income ("-1.200.000", "(1.200.000)").
  std::string balance = c.Pick("budget.balance");
  std::int64_t left_plan = in_plan;
  std::int64_t left_actual = (balance == "positive" ? in_actual * 9 / 10 : in_actual * 11 / 10) / 100000 * 100000;
  for (std::size_t i = 0; i < expense_words.size(); ++i) {
    bool last = i + 1 == expense_words.size();
    std::int64_t p = last ? left_plan : left_plan / 4 / 100000 * 100000;
    std::int64_t a = last ? left_actual : left_actual / 4 / 100000 * 100000;
    expense.push_back({expense_words[i], {"other"}, p, a});
    left_plan -= p;
    left_actual -= a;
  }
  std::int64_t ex_plan = 0, ex_actual = 0;
  for (const Line& l : expense) ex_plan += l.plan, ex_actual += l.actual;

  std::string actual_words = c.half_year ? "Thực hiện 6 tháng đầu năm " + y : "Thực hiện năm " + y;
  Caption(c, scale);
  Grid g;
  g.paths = {{"TT"}, {"Nội dung"}, {"Dự toán năm " + y}, {actual_words}};
  g.widths = {700, 4300, 2000, 2000};
  g.rows.push_back({{"A", "TỔNG THU", InScale(in_plan, scale), InScale(in_actual, scale)}, true});
  for (std::size_t i = 0; i < income.size(); ++i)
    g.rows.push_back({{std::to_string(i + 1), income[i].label, InScale(income[i].plan, scale),
                       InScale(income[i].actual, scale)}});
  g.rows.push_back({{"B", "TỔNG CHI", InScale(ex_plan, scale), InScale(ex_actual, scale)}, true});
  for (std::size_t i = 0; i < expense.size(); ++i)
    g.rows.push_back({{std::to_string(i + 1), expense[i].label, InScale(expense[i].plan, scale),
                       InScale(expense[i].actual, scale)}});
  std::int64_t left = in_actual - ex_actual;
  std::string left_text = left >= 0 ? InScale(left, scale)
                          : balance == "parens" ? "(" + InScale(-left, scale) + ")" : "-" + InScale(-left, scale);
  g.rows.push_back({{"C", "Chênh lệch thu – chi (A – B)", "", left_text}, true});
  c.body.Table(ToTableSpec(g));

  c.Budget("plan", y, {"total"}, "TỔNG THU", in_plan);
  c.Budget("actual", c.period, {"total"}, "TỔNG THU", in_actual);
  for (const Line& l : income) {
    c.Budget("plan", y, l.categories, l.label, l.plan);
    c.Budget("actual", c.period, l.categories, l.label, l.actual);
  }
  c.Budget("plan", y, {"total", "other"}, "TỔNG CHI", ex_plan);
  c.Budget("actual", c.period, {"total", "other"}, "TỔNG CHI", ex_actual);
  for (const Line& l : expense) {
    c.Budget("plan", y, l.categories, l.label, l.plan);
    c.Budget("actual", c.period, l.categories, l.label, l.actual);
  }
  c.Budget("actual", c.period, {"other"}, "Chênh lệch thu – chi", in_actual - ex_actual);
}

}  // namespace baocao::genre
