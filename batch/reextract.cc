#include "batch/reextract.h"

#include "pipeline/extract_stored.h"
#include "store/extraction_history.h"
#include "store/replace_extraction.h"
#include "store/stored_document.h"

namespace baocao {

namespace {

// The current extraction of stored document `document_id` under `rules`.
Result<Extraction> ExtractStored(Database* db, std::int64_t document_id, const RuleSet& rules) {
  Result<StoredDocumentInfo> stored = LoadStoredDocumentInfo(db, document_id);
  if (!stored.ok()) return stored.status();
  Result<std::string> json = LoadDocumentJson(db, document_id);
  if (!json.ok()) return json.status();
  return ExtractFromDocumentJson(json.value(), stored.value().document, rules);
}

}  // namespace

Result<ReextractSummary> ReextractAll(Database* db, const RuleSet& rules, bool current_only) {
  Result<std::vector<StoredDocumentInfo>> docs = ListStoredDocuments(db, current_only);
  if (!docs.ok()) return docs.status();
  Result<std::int64_t> run = db->BeginRun(rules.version());
  if (!run.ok()) return run.status();
  ReextractSummary summary;
  summary.run_id = run.value();
  for (const StoredDocumentInfo& info : docs.value()) {
    Result<StoredDocument> before = LoadStoredDocument(db, info.id);
    if (!before.ok()) return before.status();
    Result<Extraction> fresh = ExtractStored(db, info.id, rules);
    if (!fresh.ok()) {
      summary.failed.push_back(info.document.file + ": " + fresh.status().reason());
      continue;
    }
    summary.documents++;
    summary.records_before += static_cast<int>(before.value().extraction.records.size());
    summary.records_after += static_cast<int>(fresh.value().records.size());
    // The records and metadata as printed: equal text means nothing changed.
    bool changed = ExtractionJsonLines(before.value().extraction) != ExtractionJsonLines(fresh.value());
    if (!changed && info.rules_version == rules.version()) continue;
    if (Status s = ReplaceExtraction(db, summary.run_id, before.value(), fresh.value()); !s.ok()) return s;
    if (changed) summary.changed++;
  }
  RunCounts counts;
  counts.files = summary.documents;
  counts.records = summary.records_after;
  RunEnd end;
  end.status = summary.failed.empty() ? "ok" : "quarantined";
  if (Status s = db->FinishRun(summary.run_id, counts, end); !s.ok()) return s;
  return summary;
}

}  // namespace baocao
