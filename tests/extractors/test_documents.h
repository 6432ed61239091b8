// Builders for small Documents in tests: paragraphs and tables from plain
// strings, normalised as the pipeline would.
#ifndef BAOCAO_TESTS_EXTRACTORS_TEST_DOCUMENTS_H_
#define BAOCAO_TESTS_EXTRACTORS_TEST_DOCUMENTS_H_

#include <string>
#include <vector>

#include "document/document.h"
#include "extractors/extract.h"
#include "extractors/rules.h"
#include "normalize/normalize_document.h"

namespace baocao::testing {

// Rows of cells; a cell "<<" continues the cell to its left (column span),
// a cell "^^" continues the cell above (row span).
inline Table MakeTable(const std::vector<std::vector<std::string>>& rows) {
  Table t;
  t.rows = static_cast<int>(rows.size());
  t.cols = rows.empty() ? 0 : static_cast<int>(rows[0].size());
  for (int r = 0; r < t.rows; ++r) {
    for (int c = 0; c < t.cols; ++c) {
      const std::string& s = rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
      if (s == "<<") {
        t.CellAt(r, c - 1)->col_span++;
        continue;
      }
      if (s == "^^") {
        t.CellAt(r - 1, c)->row_span++;
        continue;
      }
      TableCell cell;
      cell.row = r;
      cell.col = c;
      cell.orig = s;
      t.cells.push_back(cell);
    }
  }
  return t;
}

struct DocBuilder {
  Document doc;
  DocBuilder& P(const std::string& text) {
    doc.AddBodyParagraph(text);
    return *this;
  }
  DocBuilder& T(const std::vector<std::vector<std::string>>& rows) {
    doc.AddBodyTable(MakeTable(rows));
    return *this;
  }
  // Marks the text as read by OCR (a scan), as the OCR converter does.
  DocBuilder& Ocr() {
    doc.ocr = true;
    return *this;
  }
  Document Build() {
    doc.format = doc.ocr ? "pdf-scan" : "docx";
    normalize::NormalizeDocument(&doc);
    return doc;
  }
};

inline const RuleSet& ProjectRules() {
  static const RuleSet* rules = [] {
    Result<RuleSet> r = RuleSet::LoadDirectory(BAOCAO_RULES);
    if (!r.ok()) {
      fprintf(stderr, "rules: %s\n", r.status().reason().c_str());
      abort();
    }
    return new RuleSet(std::move(r).value());
  }();
  return *rules;
}

// The records of one type, and the checks of one rule.
inline std::vector<Record> OfType(const Extraction& ex, RecordType type) {
  std::vector<Record> out;
  for (const Record& r : ex.records) {
    if (r.type == type) out.push_back(r);
  }
  return out;
}

inline std::vector<Record> ChecksNamed(const Extraction& ex, const std::string& rule) {
  std::vector<Record> out;
  for (const Record& r : OfType(ex, RecordType::kCheck)) {
    if (r.rule == rule) out.push_back(r);
  }
  return out;
}

inline std::vector<Record> RecordsOf(const Document& doc, RecordType type) {
  return OfType(Extract(doc, ProjectRules(), {}), type);
}

inline std::vector<Record> ChecksNamed(const Document& doc, const std::string& rule) {
  return ChecksNamed(Extract(doc, ProjectRules(), {}), rule);
}

}  // namespace baocao::testing

#endif  // BAOCAO_TESTS_EXTRACTORS_TEST_DOCUMENTS_H_
