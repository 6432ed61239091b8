// The district roll-up: one row per commune (or centre) for one period, with
// classes, participants and women per topic, budget by source, a totals row,
// and the communes that have not reported. Read from the views v_rollup,
// v_rollup_budgets and v_communes (store/views.h), so it uses only the
// current version of each report and the analyst's corrections.
//
//   RollupOptions o;  o.period = "2024";  o.district = "Sơn Định";
//   Result<Rollup> r = ComputeRollup(db, o);
//
// Rules (v_rollup states them in SQL):
//  * A record counts for the row's commune when it is the report's own
//    commune, or the row of a district's roll-up table naming it; the
//    commune's own reports win over a district table for the same status and
//    period, so nothing is counted twice.
//  * The period must equal the option's exactly ("2024" takes the yearly
//    figures, not the monthly plan rows or a half-year report).
//  * Topic columns sum the activities of each topic; parts of a prose
//    breakdown ("trong đó Trung tâm tổ chức …") are left out, they repeat
//    their topic. The row's total is the total the report states (topic
//    "tong", the largest when it states it twice) and, where it states none,
//    the sum of its topics.
//  * Budget columns sum each category; the total is the stated total or
//    else the sum of the categories.
//  * Expected communes are every commune ever seen in the database (as a
//    document's commune or a roll-up table row), within the district or
//    province asked for; those without a figure for the period are listed as
//    not reported.
//  * Unknown stays unknown: a sum of nothing but unknowns is null, not 0.
//
// Thread safety: uses the Database's connection (one thread).
#ifndef BAOCAO_DESK_ROLLUP_H_
#define BAOCAO_DESK_ROLLUP_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "util/status.h"

namespace baocao {

struct RollupOptions {
  std::string period;                    // required: "2024", "2025-01/2025-06"
  std::string status = "actual";         // actual | plan | demand
  std::optional<std::string> district;   // only this district's communes
  std::optional<std::string> province;   // only this province's communes
};

struct RollupMeasures {
  std::optional<std::int64_t> classes;
  std::optional<std::int64_t> participants;
  std::optional<std::int64_t> female;
};

struct RollupRow {
  std::string commune;  // "Tổng cộng" on the totals row
  std::optional<std::string> district;
  std::optional<std::string> province;
  bool reported = false;
  std::string source;   // "report", "table" (a district's roll-up table) or "" (not reported)
  int documents = 0;    // documents the row's figures come from (most of one topic)
  std::map<std::string, RollupMeasures> topics;  // topic code -> sums; "tong" not included
  RollupMeasures total;
  std::map<std::string, std::optional<std::int64_t>> budget;  // category -> amount; "total" included
  bool corrected = false;  // some figure of the row was corrected by the analyst
  bool review = false;     // some correction of the row needs review
};

struct Rollup {
  RollupOptions options;
  std::vector<std::string> topics;      // topic columns with data, in TopicCodes() order
  std::vector<std::string> categories;  // budget columns with data, "total" last
  std::vector<RollupRow> rows;          // reported rows (district, commune order), then the others
  RollupRow totals;                     // every column summed over `rows`
  int corrections_to_review = 0;        // in the whole database
};

// InvalidInput when the period is empty.
Result<Rollup> ComputeRollup(Database* db, const RollupOptions& options);

// The taxonomy's topic codes in the contract's order ("tong" not included),
// and a short Vietnamese heading for each ("Pháp luật").
const std::vector<std::string>& TopicCodes();
std::string TopicHeading(const std::string& code);
// Budget categories in column order, and their headings ("Ngân sách nhà nước").
const std::vector<std::string>& BudgetCategories();
std::string CategoryHeading(const std::string& category);

}  // namespace baocao

#endif  // BAOCAO_DESK_ROLLUP_H_
