// The records extractors produce: the output contract of
// ../shared/spec/records.md as C++ values. record_json.h prints them; store/
// persists them. Optional fields are unknown when empty and print as null,
// never as 0.
//
// Thread safety: plain values.
#ifndef BAOCAO_EXTRACTORS_RECORD_H_
#define BAOCAO_EXTRACTORS_RECORD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace baocao {

inline constexpr int kSchemaVersion = 1;  // the contract's "schema"

// A region of a page in PDF points (1/72 inch), origin at the page's
// top-left: what the analyst's desk highlights.
struct SourceBox {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool operator==(const SourceBox&) const = default;
};

// Where a figure came from: enough to find it in the original.
struct Source {
  std::optional<int> page;  // 1-based; null for formats without pages
  int block = 0;            // 0-based index of the body block in reading order
  std::optional<int> row;   // 0-based table grid row, null for paragraphs
  std::string text;         // the exact normalised snippet
  std::optional<int> col;   // 0-based table grid column of a table figure, else null
  std::optional<SourceBox> box;  // the row's cells or the sentence's lines; null without geometry (DOCX)
};

struct DocumentInfo {
  std::string file;
  std::string sha256;
  std::string format;
  std::optional<int> pages;
  bool ocr = false;
  std::optional<double> ocr_confidence;
  std::string doc_type = "other";
  std::optional<std::string> ref;
  std::optional<std::string> issued;
  std::optional<std::string> title;
  std::optional<std::string> issuer;
  std::optional<std::string> commune;
  std::optional<std::string> district;
  std::optional<std::string> province;
  std::vector<std::string> warnings;  // one line each: a page not read, a text layer replaced by OCR
};

enum class RecordType { kActivity, kBudget, kFigure, kCheck };
const char* RecordTypeName(RecordType type);

// One record of a document. Which fields apply depends on `type`; the others
// stay empty and are not printed.
struct Record {
  RecordType type = RecordType::kActivity;

  // activity and budget
  std::optional<std::string> status;   // actual | plan | demand
  std::optional<std::string> period;   // ISO 8601 year, month or interval
  std::string label;

  // activity
  std::optional<std::string> topic;
  std::optional<std::string> organizer;  // center | partner
  std::optional<std::int64_t> classes;
  std::optional<std::int64_t> participants;
  std::optional<std::int64_t> female;
  std::optional<std::int64_t> cost_vnd;
  std::optional<std::string> audience;
  std::optional<std::string> location;
  std::optional<std::string> commune;
  bool approx = false;

  // budget
  std::optional<std::string> category;  // state | socialized | learner | total | other
  std::optional<std::int64_t> amount_vnd;

  // figure (label holds the name)
  std::optional<double> value;
  std::optional<std::string> unit;
  std::optional<double> of;

  // check
  std::string severity;   // error | warning | info
  std::string message;
  std::vector<int> refs;  // 0-based ordinals of records of the same document

  // provenance (all types)
  Source source;
  std::string rule;       // extraction rule id; for checks the check id

  // Working notes the extractors leave for the checks. Never printed or
  // stored: they describe how the record was read, not the report.
  struct StatedPercent {
    std::string measure;  // "classes" or "participants": the A/B it follows
    double value = 0;     // "đạt 120,1%" -> 120.1
    int decimals = 0;     // decimals printed, for the rounding tolerance
  };
  struct Notes {
    int section = -1;        // body index of the heading above, -1 if none
    bool total_row = false;  // a table's "Tổng cộng" row (its parts are the top-level rows)
    // Table records: the body block of their table (of its first page, for a
    // table continued without its header), their group of columns, and the
    // table row of the section total they are a part of (-1: top level).
    int table = -1;
    int table_group = -1;
    int sum_parent = -1;
    bool breakdown = false;  // a "Trong đó" row: a part of no sum
    bool opens_list = false; // a prose total whose sentence says its parts follow ("…, cụ thể:")
    bool list_item = false;  // read from a paragraph printed as a list item ("- …", "+ …", "• …")
    std::optional<double> confidence;  // lowest OCR confidence (0-100) of the text it was read from
    std::optional<std::int64_t> amount_in_words;  // "Bằng chữ: …" stated for this amount
    std::vector<StatedPercent> percents;
    // Numbers of this record's text whose value is not sure ("1,25 lượt
    // người", "1 tỷ 2", a cell of two numbers), each quoted with why: their
    // measure stays null and a `number-unsure` info check names them.
    std::vector<std::string> unsure;
  } notes;
};

// Everything extracted from one input file.
struct Extraction {
  DocumentInfo document;
  std::vector<Record> records;
  std::string rules_version;
};

}  // namespace baocao

#endif  // BAOCAO_EXTRACTORS_RECORD_H_
