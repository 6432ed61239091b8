#include "store/extraction_history.h"

#include <sqlite3.h>

#include <sstream>
#include <utility>

#include "extractors/record_json.h"
#include "store/statement.h"

namespace baocao {
namespace {

// The inverse of ExtractionJsonLines. JSON escapes line breaks inside
// strings, so every line is one whole object.
Result<Extraction> ParseJsonLines(const std::string& text, const std::string& rules_version) {
  std::istringstream in(text);
  std::string line;
  if (!std::getline(in, line)) return Status::Internal("database: a kept extraction is empty");
  Result<DocumentInfo> document = DocumentFromJsonLine(line);
  if (!document.ok()) return Status::Internal("database: a kept extraction: " + document.status().reason());
  Extraction e;
  e.document = std::move(document).value();
  e.rules_version = rules_version;
  while (std::getline(in, line)) {
    Result<Record> record = RecordFromJsonLine(line);
    if (!record.ok()) return Status::Internal("database: a kept extraction: " + record.status().reason());
    e.records.push_back(std::move(record).value());
  }
  return e;
}

constexpr const char* kSelectReplaced =
    "SELECT run_id, since_run_id, rules_version, jsonl FROM replaced_extractions WHERE document_id = ?1";

Result<std::optional<ReplacedExtraction>> ReadOne(Database* db, const std::string& sql, std::int64_t document_id,
                                                  std::optional<std::int64_t> run) {
  Result<Statement> st = Statement::Prepare(db->handle(), sql);
  if (!st.ok()) return st.status();
  st.value().Bind(1, document_id);
  if (run) st.value().Bind(2, *run);
  Result<bool> row = st.value().Step();
  if (!row.ok()) return row.status();
  if (!row.value()) return std::optional<ReplacedExtraction>();
  ReplacedExtraction out;
  out.run_id = st.value().ColumnInt64(0);
  out.since_run = st.value().OptionalInt64(1);
  Result<Extraction> e = ParseJsonLines(st.value().ColumnText(3), st.value().ColumnText(2));
  if (!e.ok()) return e.status();
  out.extraction = std::move(e).value();
  return std::optional<ReplacedExtraction>(std::move(out));
}

}  // namespace

std::string ExtractionJsonLines(const Extraction& e) {
  std::string out = DocumentToJsonLine(e.document);
  for (const Record& r : e.records) out += "\n" + RecordToJsonLine(r);
  return out;
}

Result<Extraction> ContractForm(const Extraction& e) {
  return ParseJsonLines(ExtractionJsonLines(e), e.rules_version);
}

Status KeepReplacedExtraction(Database* db, std::int64_t document_id, std::int64_t run_id,
                              const Extraction& replaced) {
  // The run that had written it: the last re-extraction that changed the
  // document, else the run that loaded it.
  Result<Statement> st = Statement::Prepare(
      db->handle(),
      "INSERT INTO replaced_extractions (document_id, run_id, since_run_id, rules_version, jsonl)"
      " VALUES (?1, ?2, COALESCE((SELECT MAX(run_id) FROM replaced_extractions WHERE document_id = ?1),"
      " (SELECT run_id FROM documents WHERE id = ?1)), ?3, ?4)");
  if (!st.ok()) return st.status();
  st.value().Bind(1, document_id);
  st.value().Bind(2, run_id);
  st.value().Bind(3, replaced.rules_version);
  st.value().Bind(4, ExtractionJsonLines(replaced));
  return st.value().Run();
}

Result<std::optional<ReplacedExtraction>> LastReplacement(Database* db, std::int64_t document_id) {
  return ReadOne(db, std::string(kSelectReplaced) + " ORDER BY run_id DESC, id DESC LIMIT 1", document_id,
                 std::nullopt);
}

Result<std::optional<ReplacedExtraction>> FirstReplacementAfter(Database* db, std::int64_t document_id,
                                                                std::int64_t run) {
  return ReadOne(db, std::string(kSelectReplaced) + " AND run_id > ?2 ORDER BY run_id, id LIMIT 1", document_id,
                 run);
}

}  // namespace baocao
