// A generator of the genre: seeded random reports of Vietnamese commune and
// district offices (BÁO CÁO, KẾ HOẠCH, công văn, tờ trình, quyết định,
// thông báo) as DOCX, each with the records a perfect extractor prints for it.
//
// A report is built from a grammar of named AXES, each with VARIANTS (the
// header layout, the table family, the number style, prose traps, …; see
// Axes() and README.md). Every choice is recorded on the report as
// "axis=variant", so a failure names the families it belongs to, and a test
// can force or exclude variants (Constraints) to isolate one family.
//
//   genre::Report r = genre::Generate(42);
//   write(r.docx);  compare(extract(r.docx), r.records, r.document, r.checks);
//
// Deterministic: a seed (and constraints) gives the same bytes and records on
// every machine (own PRNG, no std:: distributions, no clock).
//
// Thread safety: Generate is reentrant.
#ifndef BAOCAO_TESTS_GENRE_GENRE_H_
#define BAOCAO_TESTS_GENRE_GENRE_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace baocao::genre {

// One activity or budget record as the contract prints it, on the keys the
// scorer matches (labels are for people only).
struct ExpectedRecord {
  std::string type;  // "activity" | "budget"
  std::optional<std::string> status;
  std::optional<std::string> period;
  std::optional<std::string> topic;
  std::optional<std::string> organizer;
  bool organizer_any = false;  // the genre leaves it open ("Trung tâm đã mở 32 lớp" over all runners)
  std::optional<std::string> commune;
  std::optional<std::int64_t> classes;
  std::optional<std::int64_t> participants;
  std::optional<std::int64_t> female;
  std::optional<std::int64_t> cost_vnd;
  bool approx = false;
  std::vector<std::string> categories;  // budget: every acceptable category
  std::optional<std::int64_t> amount_vnd;
  std::string label;
};

// A `figure` record of a table whose meaning no rule knows.
struct ExpectedFigure {
  std::string name;  // "Row label — Header — Sub-header"
  double value = 0;
};

struct ExpectedDocument {
  std::string doc_type;
  std::optional<std::string> ref;
  std::optional<std::string> issued;
  std::optional<std::string> commune;
  std::optional<std::string> district;
  std::optional<std::string> province;
};

struct Report {
  std::uint64_t seed = 0;
  std::vector<std::pair<std::string, std::string>> axes;  // (axis, variant), in choice order
  std::string docx;                                       // the file's bytes
  ExpectedDocument document;
  std::vector<ExpectedRecord> records;
  std::vector<ExpectedFigure> figures;
  // Folded words that name the figures of the unknown-meaning table: output
  // figures whose folded name contains one of them are compared with
  // `figures`; other figure records are not judged.
  std::vector<std::string> figure_keys;
  std::vector<std::string> checks;  // rules of error/warning checks that must be raised

  bool Has(const std::string& axis_variant) const;
  std::string AxesText() const;  // "axis=variant axis=variant …"
};

// Forced and excluded variants, as "axis=variant". A forced variant is taken
// wherever its axis is chosen and the context allows it; excluded variants
// are avoided while another variant of the axis fits the context.
struct Constraints {
  std::set<std::string> excluded;
  std::map<std::string, std::string> forced;  // axis -> variant
};

Report Generate(std::uint64_t seed, const Constraints& constraints = {});

struct AxisInfo {
  std::string name;
  std::string what;
  std::vector<std::string> variants;  // the first is the baseline
};
const std::vector<AxisInfo>& Axes();

// The "axis=variant" entries of a known-gaps list (one a line, then a
// comment; '#' lines and blank lines are skipped).
std::vector<std::string> ParseKnownGaps(const std::string& text);

// The expected output as JSON Lines, for people: a document line, the
// activity and budget records, then the figures and checks expected.
std::string ExpectedJsonl(const Report& report);

}  // namespace baocao::genre

#endif  // BAOCAO_TESTS_GENRE_GENRE_H_
