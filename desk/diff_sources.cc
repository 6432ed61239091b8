#include "desk/diff_sources.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "pipeline/extract_stored.h"
#include "store/extraction_history.h"
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

// The extraction document `id` held after run `run`, or now (no run): a
// later in-place re-extraction kept what it replaced. After a run, always in
// the contract's form (ContractForm), the form kept ones have, so either
// side of a run diff compares with the other.
Result<Extraction> ExtractionAfter(Database* db, std::int64_t id, std::optional<std::int64_t> run) {
  if (run) {
    Result<std::optional<ReplacedExtraction>> kept = FirstReplacementAfter(db, id, *run);
    if (!kept.ok()) return kept.status();
    if (kept.value()) return std::move(kept.value()->extraction);
  }
  Result<StoredDocument> d = LoadStoredDocument(db, id);
  if (!d.ok()) return d.status();
  if (run) return ContractForm(d.value().extraction);
  return std::move(d.value().extraction);
}

// Which document, as it stood after which run (none: now).
struct Side {
  std::optional<std::int64_t> id;
  std::optional<std::int64_t> after_run;
};

Result<DocumentDiff> DiffStored(Database* db, const Side& old_side, const Side& new_side) {
  std::optional<Extraction> before;
  std::optional<Extraction> after;
  if (old_side.id) {
    Result<Extraction> e = ExtractionAfter(db, *old_side.id, old_side.after_run);
    if (!e.ok()) return e.status();
    before = std::move(e).value();
  }
  if (new_side.id) {
    Result<Extraction> e = ExtractionAfter(db, *new_side.id, new_side.after_run);
    if (!e.ok()) return e.status();
    after = std::move(e).value();
  }
  DocumentDiff diff = DiffExtractions(before ? &*before : nullptr, after ? &*after : nullptr);
  diff.old_id = old_side.id;
  diff.new_id = new_side.id;
  return diff;
}

// True when no re-extraction between runs `a` and `b` (either order)
// changed document `id`: it held the same extraction after both.
Result<bool> UnchangedBetween(Database* db, std::int64_t id, std::int64_t a, std::int64_t b) {
  Result<std::optional<ReplacedExtraction>> next = FirstReplacementAfter(db, id, std::min(a, b));
  if (!next.ok()) return next.status();
  return !next.value() || next.value()->run_id > std::max(a, b);
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
  Result<DocumentDiff> d = DiffStored(db, {*previous.value(), std::nullopt}, {document_id, std::nullopt});
  if (!d.ok()) return d.status();
  Diff out;
  out.old_label = "document " + std::to_string(*previous.value());
  out.new_label = "document " + std::to_string(document_id);
  out.documents_compared = 1;
  if (!d.value().empty()) out.documents.push_back(std::move(d).value());
  return out;
}

Result<std::optional<Diff>> DiffLastReextraction(Database* db, std::int64_t document_id) {
  Result<std::optional<ReplacedExtraction>> last = LastReplacement(db, document_id);
  if (!last.ok()) return last.status();
  if (!last.value()) return std::optional<Diff>();
  const ReplacedExtraction& replaced = *last.value();
  Result<Extraction> now = ExtractionAfter(db, document_id, replaced.run_id);
  if (!now.ok()) return now.status();
  DocumentDiff d = DiffExtractions(&replaced.extraction, &now.value());
  d.old_id = document_id;
  d.new_id = document_id;
  Diff out;
  out.old_label = replaced.since_run ? "run " + std::to_string(*replaced.since_run)
                                     : "rules " + replaced.extraction.rules_version;
  out.new_label = "run " + std::to_string(replaced.run_id);
  out.documents_compared = 1;
  if (!d.empty()) out.documents.push_back(std::move(d));
  return std::optional<Diff>(std::move(out));
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
    if (ids.first && ids.first == ids.second) {
      Result<bool> same = UnchangedBetween(db, *ids.first, run_a, run_b);
      if (!same.ok()) return same.status();
      if (same.value()) continue;  // the same stored document, not re-extracted since
    }
    Result<DocumentDiff> d = DiffStored(db, {ids.first, run_a}, {ids.second, run_b});
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
