// The analyst's views as this build defines them, generated from the record
// schema, and kept current in every database this build opens.
#include "store/views.h"

#include <sqlite3.h>

#include "extractors/record_schema.h"
#include "store/field_sql.h"
#include "store/statement.h"

namespace baocao {
namespace {

// Values a rejection ('*') is made against: a signature of the record's
// numbers. Stored rejections compare their signature with this one, so the
// list is frozen: a field added to the schema later does not join it.
constexpr const char* kRejectSignature =
    "json_array({p}classes, {p}participants, {p}female, {p}cost_vnd, {p}amount_vnd, {p}value, {p}\"of\", {p}unit)";

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

std::vector<const RecordField*> Correctable() {
  std::vector<const RecordField*> out;
  for (const RecordField& f : RecordFields()) {
    if (f.correctable) out.push_back(&f);
  }
  return out;
}

// How a v_records column is named: the record's commune is record_commune
// (the document has one too), the source text is source_text.
std::string ViewName(const RecordField& f) {
  if (f.name == "commune") return "record_commune";
  if (f.name == "text") return "source_text";
  return std::string(f.name);
}

// The record's key within its document; corrections are anchored to it.
// Frozen: stored corrections carry keys made by this expression.
const char* const kRecordKeys = R"sql(
SELECT id AS record_id, document_id, ordinal,
  json_array(type, status, period, topic, organizer, category, commune, label,
    ROW_NUMBER() OVER (PARTITION BY document_id, type, status, period, topic, organizer,
                       category, commune, label ORDER BY ordinal) - 1) AS record_key
FROM records)sql";

std::string CorrectionsView() {
  std::string cases;
  for (const RecordField* f : Correctable()) {
    cases += "      WHEN '" + std::string(f->name) + "' THEN k." + QuotedColumn(f->name) + "\n";
  }
  cases += "      WHEN '*' THEN " + RejectSignatureSql("k") + "\n";
  return R"sql(
WITH keyed AS (
  SELECT r.*,
    json_array(r.type, r.status, r.period, r.topic, r.organizer, r.category, r.commune, r.label,
      ROW_NUMBER() OVER (PARTITION BY r.document_id, r.type, r.status, r.period, r.topic,
                         r.organizer, r.category, r.commune, r.label ORDER BY r.ordinal) - 1)
      AS record_key
  FROM records r WHERE r.document_id IN (SELECT document_id FROM corrections)
),
matched AS (
  SELECT c.*, k.id AS record_id,
    CASE c.field
)sql" + cases + R"sql(    END AS current_value,
    EXISTS (SELECT 1 FROM corrections n WHERE n.document_id = c.document_id
            AND n.record_key = c.record_key AND n.field = c.field AND n.id > c.id) AS replaced
  FROM corrections c
  LEFT JOIN keyed k ON k.document_id = c.document_id AND k.record_key = c.record_key
)
SELECT id, document_id, record_id, record_key, action, field, extracted_value, corrected_value,
  current_value, note, author, created,
  CASE WHEN replaced THEN 'replaced'
       WHEN action = 'undo' THEN 'undone'
       WHEN record_id IS NULL THEN 'review'
       WHEN current_value IS NOT extracted_value THEN 'review'
       ELSE 'active' END AS state
FROM matched)sql";
}

std::string RecordCorrectionsView() {
  std::string sql = R"sql(
SELECT record_id,
  MAX(field = '*') AS rejected,
  MAX(state = 'review') AS review,
  SUM(field <> '*') AS sets)sql";
  for (const RecordField* f : Correctable()) {
    std::string name(f->name);
    sql += ",\n  MAX(field = '" + name + "') AS has_" + name + ",\n  MAX(CASE WHEN field = '" + name +
           "' THEN corrected_value END) AS " + QuotedColumn(name);
  }
  return sql + R"sql(
FROM v_corrections
WHERE state IN ('active', 'review') AND record_id IS NOT NULL
GROUP BY record_id)sql";
}

std::string RecordsView() {
  std::string sql = R"sql(
SELECT r.id AS record_id, r.document_id, d.file, d.doc_type, d.issuer,
  d.commune AS document_commune, d.district, d.province, r.ordinal, r.type)sql";
  for (const RecordField& f : RecordFields()) {
    if (f.sql_table.empty()) continue;
    std::string column = QuotedColumn(f.name);
    std::string table = f.sql_table == "records" ? "r." : "p.";
    std::string value = f.correctable ? "CASE WHEN c.has_" + std::string(f.name) + " THEN c." + column +
                                            " ELSE " + table + column + " END"
                                      : table + column;
    sql += ",\n  " + value + " AS " + QuotedColumn(ViewName(f));
  }
  return sql + R"sql(,
  COALESCE(c.rejected, 0) AS rejected,
  COALESCE(c.sets, 0) > 0 AS corrected,
  COALESCE(c.review, 0) AS review
FROM records r
JOIN v_documents d ON d.document_id = r.document_id
LEFT JOIN provenance p ON p.record_id = r.id
LEFT JOIN v_record_corrections c ON c.record_id = r.id
WHERE d.superseded_by IS NULL)sql";
}

// The corrections of document metadata with their state, as v_corrections
// has it for records: replaced (a later row of the same field), undone (an
// undo row), review (the document's extracted value changed since: still
// applied), active.
std::string DocumentCorrectionsView() {
  std::string cases;
  for (const std::string& f : CorrectableDocumentFields()) {
    cases += "      WHEN '" + f + "' THEN d." + QuotedColumn(f) + "\n";
  }
  return R"sql(
WITH matched AS (
  SELECT c.*,
    CASE c.field
)sql" + cases + R"sql(    END AS current_value,
    EXISTS (SELECT 1 FROM document_corrections n WHERE n.document_id = c.document_id
            AND n.field = c.field AND n.id > c.id) AS replaced
  FROM document_corrections c
  JOIN documents d ON d.id = c.document_id
)
SELECT id, document_id, action, field, extracted_value, corrected_value, current_value,
  note, author, created,
  CASE WHEN replaced THEN 'replaced'
       WHEN action = 'undo' THEN 'undone'
       WHEN current_value IS NOT extracted_value THEN 'review'
       ELSE 'active' END AS state
FROM matched)sql";
}

// Every document with its metadata as the analyst corrected it: what the
// record views, the roll-up and the XLSX export read instead of documents.
std::string DocumentsView() {
  std::string pivot = R"sql(
  SELECT document_id, MAX(state = 'review') AS review, COUNT(*) AS sets)sql";
  std::string columns;
  for (const std::string& f : CorrectableDocumentFields()) {
    std::string column = QuotedColumn(f);
    pivot += ",\n    MAX(field = '" + f + "') AS has_" + f + ", MAX(CASE WHEN field = '" + f +
             "' THEN corrected_value END) AS " + column;
    columns += ",\n  CASE WHEN c.has_" + f + " THEN c." + column + " ELSE d." + column + " END AS " + column;
  }
  return R"sql(
WITH c AS ()sql" + pivot + R"sql(
  FROM v_document_corrections WHERE state IN ('active', 'review')
  GROUP BY document_id
)
SELECT d.id AS document_id, d.sha256, d.file, d.format, d.pages, d.ocr, d.ocr_confidence)sql" +
         columns + R"sql(,
  d.period, d.lineage, d.version, d.supersedes_id, d.superseded_by, d.run_id, d.loaded_at, d.rules_version,
  COALESCE(c.sets, 0) > 0 AS corrected, COALESCE(c.review, 0) AS review
FROM documents d
LEFT JOIN c ON c.document_id = d.id)sql";
}

// v_activities / v_budgets: the type's own fields, corrected, with
// `commune` the row's commune (roll-up tables) or else the document's.
std::string TypeView(RecordType type) {
  std::string sql = R"sql(
SELECT record_id, document_id, file, issuer, province, district,
  COALESCE(record_commune, document_commune) AS commune)sql";
  for (const RecordField& f : RecordFields()) {
    if (f.sql_table != "records" || !f.Carries(type) || f.role == FieldRole::kProvenance) continue;
    sql += ", " + QuotedColumn(ViewName(f));
  }
  sql += ",\n  corrected, review";
  for (const RecordField& f : RecordFields()) {
    if (f.role == FieldRole::kProvenance && !f.sql_table.empty()) sql += ", " + QuotedColumn(ViewName(f));
  }
  return sql + "\nFROM v_records WHERE type = '" + RecordTypeName(type) + "' AND NOT rejected";
}

// The roll-up's sums. A row of a district's roll-up table (record_commune
// set) counts for its commune only when the commune's own reports say
// nothing for that status and period ('report' sorts before 'table').
// Parts of a prose breakdown ("trong đó Trung tâm tổ chức …") repeat their
// topic's figures and are left out. A stated total (topic 'tong') counts
// once per document: the largest, where a table total and a sentence both
// state it.
const char* const kRollup = R"sql(
WITH parts AS (
  SELECT *, CASE WHEN record_commune IS NULL THEN 'report' ELSE 'table' END AS source
  FROM v_activities
  WHERE commune IS NOT NULL AND rule IS NOT 'prose.activity_part'
),
chosen AS (
  SELECT *, MIN(source) OVER (PARTITION BY status, period, district, commune) AS best
  FROM parts
),
per_document AS (
  SELECT status, period, MAX(province) AS province, district, commune, source, topic, document_id,
    CASE WHEN topic = 'tong' THEN MAX(classes) ELSE SUM(classes) END AS classes,
    CASE WHEN topic = 'tong' THEN MAX(participants) ELSE SUM(participants) END AS participants,
    CASE WHEN topic = 'tong' THEN MAX(female) ELSE SUM(female) END AS female,
    MAX(corrected) AS corrected, MAX(review) AS review
  FROM chosen WHERE source = best
  GROUP BY status, period, district, commune, source, topic, document_id
)
SELECT status, period, MAX(province) AS province, district, commune, source, topic,
  SUM(classes) AS classes, SUM(participants) AS participants, SUM(female) AS female,
  COUNT(*) AS documents, MAX(corrected) AS corrected, MAX(review) AS review
FROM per_document
GROUP BY status, period, district, commune, source, topic)sql";

const char* const kRollupBudgets = R"sql(
WITH per_document AS (
  SELECT status, period, MAX(province) AS province, district, commune, category, document_id,
    CASE WHEN category = 'total' THEN MAX(amount_vnd) ELSE SUM(amount_vnd) END AS amount_vnd,
    MAX(corrected) AS corrected, MAX(review) AS review
  FROM v_budgets WHERE commune IS NOT NULL
  GROUP BY status, period, district, commune, category, document_id
)
SELECT status, period, MAX(province) AS province, district, commune, category,
  SUM(amount_vnd) AS amount_vnd, COUNT(*) AS documents,
  MAX(corrected) AS corrected, MAX(review) AS review
FROM per_document
GROUP BY status, period, district, commune, category)sql";

const char* const kCommunes = R"sql(
SELECT MAX(province) AS province, district, commune FROM (
  SELECT province, district, commune FROM v_documents WHERE commune IS NOT NULL
  UNION ALL
  SELECT d.province, d.district, r.commune FROM records r JOIN v_documents d ON d.document_id = r.document_id
  WHERE r.commune IS NOT NULL
)
GROUP BY district, commune)sql";

}  // namespace

const std::vector<std::string>& CorrectableDocumentFields() {
  static const auto* names = [] {
    auto* out = new std::vector<std::string>;
    for (const DocumentField& f : DocumentFields()) {
      if (f.role == FieldRole::kMetadata) out->push_back(std::string(f.name));
    }
    return out;
  }();
  return *names;
}

std::string RejectSignatureSql(const std::string& alias) {
  return Replace(kRejectSignature, "{p}", alias + ".");
}

const std::vector<ViewDefinition>& CurrentViews() {
  static const auto* views = new std::vector<ViewDefinition>{
      {"v_record_keys", kRecordKeys},
      {"v_corrections", CorrectionsView()},
      {"v_record_corrections", RecordCorrectionsView()},
      {"v_document_corrections", DocumentCorrectionsView()},
      {"v_documents", DocumentsView()},
      {"v_records", RecordsView()},
      {"v_activities", TypeView(RecordType::kActivity)},
      {"v_budgets", TypeView(RecordType::kBudget)},
      {"v_rollup", kRollup},
      {"v_rollup_budgets", kRollupBudgets},
      {"v_communes", kCommunes},
  };
  return *views;
}

Status SyncViews(sqlite3* db) {
  auto current = [db]() -> Result<bool> {
    Result<Statement> st = Statement::Prepare(db, "SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?");
    if (!st.ok()) return st.status();
    for (const ViewDefinition& v : CurrentViews()) {
      st.value().Reset();
      st.value().Bind(1, v.name);
      Result<bool> row = st.value().Step();
      if (!row.ok()) return row.status();
      if (!row.value() || st.value().ColumnText(0) != v.CreateSql()) return false;
    }
    return true;
  };
  // Usually nothing to do, and no write lock taken.
  Result<bool> same = current();
  if (!same.ok()) return same.status();
  if (same.value()) return Status::Ok();
  Transaction txn(db);
  if (Status s = txn.Begin(); !s.ok()) return s;
  same = current();  // another process may have done it meanwhile
  if (!same.ok()) return same.status();
  if (same.value()) return Status::Ok();
  const std::vector<ViewDefinition>& views = CurrentViews();
  for (auto it = views.rbegin(); it != views.rend(); ++it) {
    std::string drop = "DROP VIEW IF EXISTS " + it->name;
    if (Status s = Exec(db, drop.c_str()); !s.ok()) return s;
  }
  for (const ViewDefinition& v : views) {
    std::string create = v.CreateSql();
    if (Status s = Exec(db, create.c_str()); !s.ok()) return s;
  }
  return txn.Commit();
}

}  // namespace baocao
