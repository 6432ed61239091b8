#include "store/diff_sources.h"

#include <map>
#include <string>
#include <utility>

#include "store/extract_stored.h"
#include "store/statement.h"
#include "store/stored_document.h"

namespace baocao {
namespace {

Status RequireRun(Database* db, std::int64_t run) {
  Result<Statement> st = Statement::Prepare(db->handle(), "SELECT 1 FROM runs WHERE id = ?");
  if (!st.ok()) return st.status();
  st.value().Bind(1, run);
  Result<bool> row = st.value().Step();
  if (!row.ok()) return row.status();
  if (!row.value()) return Status::NotFound("no run " + std::to_string(run));
  return Status::Ok();
}

// Report (lineage) -> the document current after run `run`: loaded by then,
// and not superseded by a document loaded by then.
Result<std::map<std::int64_t, std::int64_t>> CurrentAfterRun(Database* db, std::int64_t run) {
  Result<Statement> st = Statement::Prepare(
      db->handle(),
      "SELECT COALESCE(d.lineage, d.id), MAX(d.id) FROM documents d"
      " LEFT JOIN documents n ON n.id = d.superseded_by"
      " WHERE d.run_id <= ?1 AND (n.id IS NULL OR n.run_id IS NULL OR n.run_id > ?1)"
      " GROUP BY COALESCE(d.lineage, d.id)");
  if (!st.ok()) return st.status();
  st.value().Bind(1, run);
  std::map<std::int64_t, std::int64_t> out;
  while (true) {
    Result<bool> row = st.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    out[st.value().ColumnInt64(0)] = st.value().ColumnInt64(1);
  }
  return out;
}

Result<DocumentDiff> DiffStored(Database* db, std::optional<std::int64_t> old_id,
                                std::optional<std::int64_t> new_id) {
  std::optional<StoredDocument> before;
  std::optional<StoredDocument> after;
  if (old_id) {
    Result<StoredDocument> d = LoadStoredDocument(db, *old_id);
    if (!d.ok()) return d.status();
    before = std::move(d).value();
  }
  if (new_id) {
    Result<StoredDocument> d = LoadStoredDocument(db, *new_id);
    if (!d.ok()) return d.status();
    after = std::move(d).value();
  }
  DocumentDiff diff = DiffExtractions(before ? &before->extraction : nullptr,
                                      after ? &after->extraction : nullptr);
  diff.old_id = old_id;
  diff.new_id = new_id;
  return diff;
}

}  // namespace

Result<std::optional<std::int64_t>> PreviousVersion(Database* db, std::int64_t document_id) {
  Result<StoredDocumentInfo> info = LoadStoredDocumentInfo(db, document_id);
  if (!info.ok()) return info.status();
  return info.value().supersedes;
}

Result<Diff> DiffDocumentVersion(Database* db, std::int64_t document_id) {
  Result<std::optional<std::int64_t>> previous = PreviousVersion(db, document_id);
  if (!previous.ok()) return previous.status();
  if (!previous.value()) {
    return Status::NotFound("document " + std::to_string(document_id) + " supersedes no earlier version");
  }
  Result<DocumentDiff> d = DiffStored(db, *previous.value(), document_id);
  if (!d.ok()) return d.status();
  Diff out;
  out.old_label = "document " + std::to_string(*previous.value());
  out.new_label = "document " + std::to_string(document_id);
  out.documents_compared = 1;
  if (!d.value().empty()) out.documents.push_back(std::move(d).value());
  return out;
}

Result<Diff> DiffRuns(Database* db, std::int64_t run_a, std::int64_t run_b) {
  if (Status s = RequireRun(db, run_a); !s.ok()) return s;
  if (Status s = RequireRun(db, run_b); !s.ok()) return s;
  Result<std::map<std::int64_t, std::int64_t>> before = CurrentAfterRun(db, run_a);
  if (!before.ok()) return before.status();
  Result<std::map<std::int64_t, std::int64_t>> after = CurrentAfterRun(db, run_b);
  if (!after.ok()) return after.status();

  // Every report on either side, in lineage (first load) order.
  std::map<std::int64_t, std::pair<std::optional<std::int64_t>, std::optional<std::int64_t>>> pairs;
  for (const auto& [lineage, id] : before.value()) pairs[lineage].first = id;
  for (const auto& [lineage, id] : after.value()) pairs[lineage].second = id;

  Diff out;
  out.old_label = "run " + std::to_string(run_a);
  out.new_label = "run " + std::to_string(run_b);
  for (const auto& [lineage, ids] : pairs) {
    ++out.documents_compared;
    if (ids.first == ids.second) continue;  // the same stored document: nothing changed
    Result<DocumentDiff> d = DiffStored(db, ids.first, ids.second);
    if (!d.ok()) return d.status();
    if (!d.value().empty()) out.documents.push_back(std::move(d).value());
  }
  return out;
}

Result<Diff> DiffRules(Database* db, const RuleSet& current, const RuleSet& candidate,
                       std::optional<std::int64_t> document_id) {
  std::vector<std::int64_t> ids;
  if (document_id) {
    ids.push_back(*document_id);
  } else {
    Result<std::vector<StoredDocumentInfo>> all = ListStoredDocuments(db, /*current_only=*/false);
    if (!all.ok()) return all.status();
    for (const StoredDocumentInfo& d : all.value()) ids.push_back(d.id);
  }
  Diff out;
  out.old_label = "rules " + current.version();
  out.new_label = "rules " + candidate.version();
  for (std::int64_t id : ids) {
    // The stored form is read once and extracted twice.
    Result<StoredDocumentInfo> info = LoadStoredDocumentInfo(db, id);
    if (!info.ok()) return info.status();
    Result<std::string> json = LoadDocumentJson(db, id);
    if (!json.ok()) return json.status();
    Result<Extraction> before = ExtractFromDocumentJson(json.value(), info.value().document, current);
    if (!before.ok()) return before.status();
    Result<Extraction> after = ExtractFromDocumentJson(json.value(), info.value().document, candidate);
    if (!after.ok()) return after.status();
    ++out.documents_compared;
    DocumentDiff d = DiffExtractions(&before.value(), &after.value());
    if (d.empty()) continue;
    d.old_id = id;
    d.new_id = id;
    out.documents.push_back(std::move(d));
  }
  return out;
}

}  // namespace baocao
