#include "extractors/extract.h"

#include "extractors/activity_table.h"
#include "extractors/checks.h"
#include "extractors/context.h"
#include "extractors/figures.h"
#include "extractors/metadata.h"
#include "extractors/prose.h"

namespace baocao {
namespace {

// Activity tables nested inside layout tables are found too; provenance
// points at the top-level block that holds them.
void ExtractTables(const Table& table, const TableSite& outer, const RuleSet& rules,
                   std::vector<Record>* records) {
  TableSite site = outer;
  site.table = &table;
  if (ExtractActivityTable(site, rules, records)) return;
  for (const TableCell& cell : table.cells) {
    for (const Block& inner : cell.blocks) {
      if (inner.is_table()) ExtractTables(inner.table, outer, rules, records);
    }
  }
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
  std::string last_paragraph;
  // Figures follow the activity and budget records, so the positions of
  // those (which checks refer to) do not depend on how many figures a
  // report states.
  std::vector<Record> figures;
  int section = -1;
  std::size_t noted = out.records.size();
  auto note_section = [&] {
    for (; noted < out.records.size(); ++noted) out.records[noted].notes.section = section;
  };
  for (std::size_t i = static_cast<std::size_t>(std::max(first, 0)); i < doc.body.size(); ++i) {
    const Block& b = doc.body[i];
    if (b.is_paragraph()) {
      if (context.Observe(b)) section = b.index;
      ParagraphSite site{&b.paragraph, b.index, b.page, context.Current()};
      std::size_t before = out.records.size();
      ExtractBudgetLines(site, rules, &out.records);
      ExtractProseActivities(site, rules, &out.records);
      if (out.records.size() == before) ExtractFigures(site, rules, &figures);
      note_section();
      last_paragraph = b.paragraph.text;
      continue;
    }
    TableSite site;
    site.block = b.index;
    site.page = b.page;
    site.context = context.Current();
    site.caption = last_paragraph;
    ExtractTables(b.table, site, rules, &out.records);
    note_section();
    last_paragraph.clear();
  }
  for (Record& f : figures) out.records.push_back(std::move(f));
  AddChecks(&out.records);
  return out;
}

}  // namespace baocao
