// Extraction quality against expected records: for every document in a
// folder with NAME.expected.jsonl beside it, extract and compare figure by
// figure. A figure is one non-null measure of an expected record (classes,
// participants, female, cost_vnd of an activity; amount_vnd of a budget;
// value of a figure); it matches at most one extracted figure with the same
// measure and value whose record has the same key fields (status, period,
// topic, organizer, commune, category). Precision = matched / extracted,
// recall = matched / expected, per record type. Checks match by rule and refs.
#ifndef BAOCAO_PIPELINE_EVAL_H_
#define BAOCAO_PIPELINE_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "extractors/record.h"
#include "extractors/rules.h"
#include "util/status.h"

namespace baocao {

struct Score {
  int expected = 0;
  int extracted = 0;
  int matched = 0;
  double Precision() const { return extracted == 0 ? (expected == 0 ? 1.0 : 0.0) : double(matched) / extracted; }
  double Recall() const { return expected == 0 ? 1.0 : double(matched) / expected; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
};

struct EvalReport {
  std::map<std::string, Score> by_type;  // "activity", "budget", "figure"
  Score checks;                          // checks expected vs raised (by rule and refs)
  int false_sum_mismatch = 0;            // sum-mismatch raised where none is expected
  int documents = 0;
  std::vector<std::string> notes;        // one line per miss or extra, for --verbose
};

// Scores one document's records against the expected ones (no document line).
void ScoreDocument(const std::string& name, const std::vector<Record>& expected,
                   const std::vector<Record>& extracted, EvalReport* report);

// Extracts every file FILE in `dir` that has FILE.expected.jsonl beside it,
// or else STEM.expected.jsonl (STEM: FILE up to its first dot, so the twins
// NAME.pdf and NAME.scan.pdf may share NAME's expected file), and scores it.
Result<EvalReport> EvaluateDirectory(const std::string& dir, const RuleSet& rules);

std::string FormatEvalReport(const EvalReport& report, bool verbose);

}  // namespace baocao

#endif  // BAOCAO_PIPELINE_EVAL_H_
