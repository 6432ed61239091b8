#include "extractors/extract.h"

#include "extractors/checks.h"
#include "extractors/context.h"
#include "extractors/figures.h"
#include "extractors/folded.h"
#include "extractors/metadata.h"
#include "extractors/place_reading.h"
#include "extractors/prose.h"
#include "extractors/table.h"
#include "extractors/table_cells.h"

namespace baocao {
namespace {

// A short paragraph with no digit that ends in a colon ("Số dư cuối năm:"):
// the label of the figure the next paragraph starts with. Else empty.
std::string LabelAwaitingFigure(const std::string& text) {
  std::string t = TrimPunct(text, " ");
  if (t.empty() || t.size() > 120 || t.back() != ':' || HasDigit(t)) return "";
  return TrimPunct(t, " :");
}

// Tables, also when nested inside layout tables; provenance points at the
// top-level block that holds them. Returns the header of the last table that
// gave records, for a continuation.
std::optional<TableHeader> ExtractTables(const Table& table, const TableSite& outer, const RuleSet& rules,
                                         std::vector<Record>* records, std::vector<Record>* figures) {
  TableSite site = outer;
  site.table = &table;
  if (std::optional<TableHeader> header = ExtractTable(site, rules, records, figures)) return header;
  std::optional<TableHeader> last;
  for (const TableCell& cell : table.cells) {
    for (const Block& inner : cell.blocks) {
      if (inner.is_table()) {
        if (auto h = ExtractTables(inner.table, outer, rules, records, figures)) last = h;
      }
    }
  }
  return last;
}

}  // namespace

Extraction Extract(const Document& doc, const RuleSet& rules, DocumentInfo info) {
  Extraction out;
  out.rules_version = rules.version();
  info.format = info.format.empty() ? doc.format : info.format;
  info.pages = doc.pages;
  info.ocr = doc.ocr;
  info.ocr_confidence = doc.ocr_confidence;
  MetadataResult meta = ExtractMetadata(doc, rules, &info);
  out.document = info;

  ContextTracker context(rules, info.doc_type, info.title, info.issued);
  int first = std::max(meta.title_end_block, meta.type_line_block) + 1;
  // The paragraphs since the last table: the captions of the next one.
  std::vector<std::string> captions;
  // Figures follow the activity and budget records, so the positions of
  // those (which checks refer to) do not depend on how many figures a
  // report states.
  std::vector<Record> figures;
  std::optional<TableHeader> previous_table;
  int previous_block = -2;
  int section = -1;
  std::size_t noted = out.records.size();
  auto note_section = [&] {
    for (; noted < out.records.size(); ++noted) out.records[noted].notes.section = section;
  };
  for (std::size_t i = static_cast<std::size_t>(std::max(first, 0)); i < doc.body.size(); ++i) {
    const Block& b = doc.body[i];
    if (b.is_paragraph()) {
      if (static_cast<int>(i) >= meta.header_end_block && context.Observe(b)) section = b.index;
      ParagraphSite site{&b.paragraph, b.index, b.page, context.Current(), b.confidence, {}, info.commune};
      if (i > 0 && doc.body[i - 1].is_paragraph()) site.label_before = LabelAwaitingFigure(doc.body[i - 1].paragraph.text);
      std::size_t before = out.records.size();
      ExtractBudgetLines(site, rules, &out.records);
      // "Bằng chữ: …" states the amount of this paragraph's budget line, or
      // of the line just above it.
      if (std::optional<std::int64_t> words = AmountInWords(b.paragraph.text)) {
        Record* amount = nullptr;
        if (out.records.size() > before) {
          // The line whose own clause holds the words ("Tổng kinh phí … là
          // 45.600.000đ (Bằng chữ: …). Trong đó: …"), else the last.
          amount = &out.records.back();
          for (std::size_t k = before; k < out.records.size(); ++k) {
            if (FoldedText(out.records[k].source.text).folded.find("bang chu") != std::string::npos) {
              amount = &out.records[k];
              break;
            }
          }
        } else if (!out.records.empty() && out.records.back().type == RecordType::kBudget &&
                   out.records.back().source.block == b.index - 1) {
          amount = &out.records.back();
        }
        if (amount != nullptr && amount->type == RecordType::kBudget) amount->notes.amount_in_words = words;
      }
      ExtractProseActivities(site, rules, &out.records);
      if (out.records.size() == before) ExtractFigures(site, rules, &figures);
      note_section();
      captions.push_back(b.paragraph.text);
      if (captions.size() > 4) captions.erase(captions.begin());
      continue;
    }
    TableSite site;
    site.block = b.index;
    site.page = b.page;
    site.context = context.Current();
    site.captions = captions;
    // Only a table right after an activity table can continue it.
    site.previous = previous_table && previous_block + 1 == b.index ? &*previous_table : nullptr;
    previous_table = ExtractTables(b.table, site, rules, &out.records, &figures);
    previous_block = b.index;
    note_section();
    captions.clear();
  }
  MarkIntroducedBudgetTotals(doc, rules, &out.records);
  MergeRestatedActivities(&out.records);
  for (Record& f : figures) out.records.push_back(std::move(f));
  CheckOptions checks;
  checks.ocr_low_confidence = rules.Setting("ocr_low_confidence", checks.ocr_low_confidence);
  ReadPlaceNames(rules, &out);
  AddChecks(&out.records, checks);
  return out;
}

}  // namespace baocao
