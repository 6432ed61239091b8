#include "desk/rollup.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "desk/corrections.h"
#include "store/statement.h"

namespace baocao {
namespace {

using Key = std::pair<std::string, std::string>;  // (district or "", commune)

std::optional<std::int64_t> Add(std::optional<std::int64_t> a, std::optional<std::int64_t> b) {
  if (!a) return b;
  if (!b) return a;
  return *a + *b;
}

void AddTo(RollupMeasures* sum, const RollupMeasures& m) {
  sum->classes = Add(sum->classes, m.classes);
  sum->participants = Add(sum->participants, m.participants);
  sum->female = Add(sum->female, m.female);
}

// Filters on the commune's district / province; ?1 status, ?2 period.
constexpr const char* kScope = " AND (?3 IS NULL OR district = ?3) AND (?4 IS NULL OR province = ?4)";

void BindScope(Statement& st, const RollupOptions& o) {
  st.Bind(1, o.status);
  st.Bind(2, o.period);
  st.Bind(3, o.district);
  st.Bind(4, o.province);
}

RollupRow& RowFor(std::map<Key, RollupRow>& rows, const Statement& st, int district_col, int commune_col,
                  int province_col) {
  std::optional<std::string> district = st.OptionalText(district_col);
  Key key{district.value_or(""), st.ColumnText(commune_col)};
  RollupRow& row = rows[key];
  row.commune = key.second;
  row.district = district;
  if (!row.province) row.province = st.OptionalText(province_col);
  return row;
}

}  // namespace

const std::vector<std::string>& TopicCodes() {
  static const auto* codes = new std::vector<std::string>{
      "kinh_te", "van_hoa_xa_hoi", "phap_luat", "suc_khoe", "moi_truong", "xoa_mu_chu",
      "hoc_nghe", "ky_nang_song", "van_nghe_the_thao", "ngoai_ngu_tin_hoc", "khac"};
  return *codes;
}

std::string TopicHeading(const std::string& code) {
  static const auto* names = new std::map<std::string, std::string>{
      {"kinh_te", "Kinh tế"},
      {"van_hoa_xa_hoi", "Văn hóa – xã hội"},
      {"phap_luat", "Pháp luật"},
      {"suc_khoe", "Sức khỏe"},
      {"moi_truong", "Môi trường"},
      {"xoa_mu_chu", "Xóa mù chữ"},
      {"hoc_nghe", "Học nghề"},
      {"ky_nang_song", "Kỹ năng sống"},
      {"van_nghe_the_thao", "Văn nghệ – thể thao"},
      {"ngoai_ngu_tin_hoc", "Ngoại ngữ – tin học"},
      {"khac", "Khác"},
      {"tong", "Tổng số"}};
  auto it = names->find(code);
  return it == names->end() ? code : it->second;
}

const std::vector<std::string>& BudgetCategories() {
  static const auto* categories =
      new std::vector<std::string>{"state", "socialized", "learner", "other", "total"};
  return *categories;
}

std::string CategoryHeading(const std::string& category) {
  static const auto* names = new std::map<std::string, std::string>{
      {"state", "Ngân sách nhà nước"},
      {"socialized", "Xã hội hóa"},
      {"learner", "Học viên đóng góp"},
      {"other", "Nguồn khác"},
      {"total", "Tổng kinh phí"}};
  auto it = names->find(category);
  return it == names->end() ? category : it->second;
}

Result<Rollup> ComputeRollup(Database* db, const RollupOptions& options) {
  if (options.period.empty()) return Status::InvalidInput("roll-up: a period is required (e.g. 2024)");
  Rollup out;
  out.options = options;
  std::map<Key, RollupRow> rows;
  std::map<Key, RollupMeasures> stated;  // the "tong" figures, per row

  // One snapshot for the three queries.
  Transaction snapshot(db->handle());
  if (Status s = snapshot.BeginRead(); !s.ok()) return s;

  Result<Statement> activities = Statement::Prepare(
      db->handle(),
      std::string("SELECT district, commune, province, source, topic, classes, participants, female,"
                  " documents, corrected, review FROM v_rollup WHERE status = ?1 AND period = ?2") +
          kScope);
  if (!activities.ok()) return activities.status();
  BindScope(activities.value(), options);
  while (true) {
    Result<bool> more = activities.value().Step();
    if (!more.ok()) return more.status();
    if (!more.value()) break;
    const Statement& st = activities.value();
    RollupRow& row = RowFor(rows, st, 0, 1, 2);
    row.reported = true;
    row.source = st.ColumnText(3);
    row.documents = std::max(row.documents, static_cast<int>(st.ColumnInt64(8)));
    row.corrected = row.corrected || st.ColumnInt64(9) != 0;
    row.review = row.review || st.ColumnInt64(10) != 0;
    RollupMeasures m{st.OptionalInt64(5), st.OptionalInt64(6), st.OptionalInt64(7)};
    std::string topic = st.ColumnText(4);
    if (topic == "tong") {
      stated[{row.district.value_or(""), row.commune}] = m;
    } else {
      AddTo(&row.topics[topic], m);
    }
  }

  Result<Statement> budgets = Statement::Prepare(
      db->handle(),
      std::string("SELECT district, commune, province, category, amount_vnd, documents, corrected, review"
                  " FROM v_rollup_budgets WHERE status = ?1 AND period = ?2") +
          kScope);
  if (!budgets.ok()) return budgets.status();
  BindScope(budgets.value(), options);
  while (true) {
    Result<bool> more = budgets.value().Step();
    if (!more.ok()) return more.status();
    if (!more.value()) break;
    const Statement& st = budgets.value();
    RollupRow& row = RowFor(rows, st, 0, 1, 2);
    row.reported = true;
    if (row.source.empty()) row.source = "report";
    row.documents = std::max(row.documents, static_cast<int>(st.ColumnInt64(5)));
    row.corrected = row.corrected || st.ColumnInt64(6) != 0;
    row.review = row.review || st.ColumnInt64(7) != 0;
    std::string category = st.ColumnText(3);
    row.budget[category] = Add(row.budget[category], st.OptionalInt64(4));
  }

  Result<Statement> communes = Statement::Prepare(
      db->handle(),
      "SELECT district, commune, province FROM v_communes"
      " WHERE (?1 IS NULL OR district = ?1) AND (?2 IS NULL OR province = ?2)");
  if (!communes.ok()) return communes.status();
  communes.value().Bind(1, options.district);
  communes.value().Bind(2, options.province);
  while (true) {
    Result<bool> more = communes.value().Step();
    if (!more.ok()) return more.status();
    if (!more.value()) break;
    RowFor(rows, communes.value(), 0, 1, 2);  // adds the commune when it has no row
  }
  if (Status s = snapshot.Commit(); !s.ok()) return s;

  std::vector<bool> topic_used(TopicCodes().size(), false);
  std::map<std::string, bool> category_used;
  for (auto& [key, row] : rows) {
    // The row's total: what the report states, measure by measure, and the
    // sum of its topics where it states nothing.
    RollupMeasures sum;
    for (const auto& [topic, m] : row.topics) AddTo(&sum, m);
    auto it = stated.find(key);
    const RollupMeasures* says = it == stated.end() ? nullptr : &it->second;
    row.total.classes = says != nullptr && says->classes ? says->classes : sum.classes;
    row.total.participants = says != nullptr && says->participants ? says->participants : sum.participants;
    row.total.female = says != nullptr && says->female ? says->female : sum.female;
    if (row.reported && row.budget.count("total") == 0 && !row.budget.empty()) {
      std::optional<std::int64_t> budget_sum;
      for (const auto& [category, amount] : row.budget) budget_sum = Add(budget_sum, amount);
      row.budget["total"] = budget_sum;
    }
    for (std::size_t t = 0; t < TopicCodes().size(); ++t) {
      if (row.topics.count(TopicCodes()[t]) > 0) topic_used[t] = true;
    }
    for (const auto& [category, amount] : row.budget) category_used[category] = true;
  }
  for (std::size_t t = 0; t < TopicCodes().size(); ++t) {
    if (topic_used[t]) out.topics.push_back(TopicCodes()[t]);
  }
  for (const std::string& c : BudgetCategories()) {
    if (category_used[c]) out.categories.push_back(c);
  }

  out.totals.commune = "Tổng cộng";
  out.totals.reported = true;
  for (int pass = 0; pass < 2; ++pass) {
    for (auto& [key, row] : rows) {
      if (row.reported != (pass == 0)) continue;
      for (const auto& [topic, m] : row.topics) AddTo(&out.totals.topics[topic], m);
      AddTo(&out.totals.total, row.total);
      for (const auto& [category, amount] : row.budget) {
        out.totals.budget[category] = Add(out.totals.budget[category], amount);
      }
      out.totals.documents += row.documents;
      out.totals.corrected = out.totals.corrected || row.corrected;
      out.totals.review = out.totals.review || row.review;
      out.rows.push_back(std::move(row));
    }
  }
  Result<int> to_review = CountCorrectionsToReview(db);
  if (!to_review.ok()) return to_review.status();
  out.corrections_to_review = to_review.value();
  return out;
}

}  // namespace baocao
