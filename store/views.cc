#include "store/views.h"

namespace baocao {

// A released migration step: never edit it, append a new step instead (a
// later step may DROP VIEW and CREATE VIEW again).
//
// corrections: one row per analyst action on one field of one record.
//   record_key      the record's key (v_record_keys) inside document_id.
//   action          set | reject (field '*': the whole record is wrong) |
//                   undo (cancels the field's, or with '*' the rejection's,
//                   earlier corrections).
//   extracted_value the record's extracted value when the correction was
//                   made (for '*' a signature of all its values), kept to
//                   notice when a re-extraction changes it. No declared type:
//                   INTEGER, REAL, TEXT or NULL as the field holds.
//   corrected_value the value to use; NULL is "unknown", as everywhere.
// Nothing is ever updated or deleted: a newer row for the same record and
// field replaces the older one, so the table is the audit trail.
extern const char kAnalystDeskMigrationSql[] = R"sql(
CREATE TABLE corrections (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  record_key TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('set', 'reject', 'undo')),
  field TEXT NOT NULL,
  extracted_value,
  corrected_value,
  note TEXT NOT NULL,
  author TEXT NOT NULL,
  created TEXT NOT NULL
);
CREATE INDEX corrections_record ON corrections(document_id, record_key, field);

CREATE VIEW v_record_keys AS
SELECT id AS record_id, document_id, ordinal,
  json_array(type, status, period, topic, organizer, category, commune, label,
    ROW_NUMBER() OVER (PARTITION BY document_id, type, status, period, topic, organizer,
                       category, commune, label ORDER BY ordinal) - 1) AS record_key
FROM records;

CREATE VIEW v_corrections AS
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
      WHEN 'classes' THEN k.classes WHEN 'participants' THEN k.participants
      WHEN 'female' THEN k.female WHEN 'cost_vnd' THEN k.cost_vnd
      WHEN 'amount_vnd' THEN k.amount_vnd WHEN 'value' THEN k.value WHEN 'of' THEN k."of"
      WHEN 'status' THEN k.status WHEN 'period' THEN k.period WHEN 'topic' THEN k.topic
      WHEN 'organizer' THEN k.organizer WHEN 'category' THEN k.category
      WHEN 'commune' THEN k.commune WHEN 'unit' THEN k.unit
      WHEN '*' THEN json_array(k.classes, k.participants, k.female, k.cost_vnd, k.amount_vnd,
                               k.value, k."of", k.unit)
    END AS current_value,
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
FROM matched;

CREATE VIEW v_record_corrections AS
SELECT record_id,
  MAX(field = '*') AS rejected,
  MAX(state = 'review') AS review,
  SUM(field <> '*') AS sets,
  MAX(field = 'classes') AS has_classes,
  MAX(CASE WHEN field = 'classes' THEN corrected_value END) AS classes,
  MAX(field = 'participants') AS has_participants,
  MAX(CASE WHEN field = 'participants' THEN corrected_value END) AS participants,
  MAX(field = 'female') AS has_female,
  MAX(CASE WHEN field = 'female' THEN corrected_value END) AS female,
  MAX(field = 'cost_vnd') AS has_cost_vnd,
  MAX(CASE WHEN field = 'cost_vnd' THEN corrected_value END) AS cost_vnd,
  MAX(field = 'amount_vnd') AS has_amount_vnd,
  MAX(CASE WHEN field = 'amount_vnd' THEN corrected_value END) AS amount_vnd,
  MAX(field = 'value') AS has_value,
  MAX(CASE WHEN field = 'value' THEN corrected_value END) AS value,
  MAX(field = 'of') AS has_of,
  MAX(CASE WHEN field = 'of' THEN corrected_value END) AS "of",
  MAX(field = 'status') AS has_status,
  MAX(CASE WHEN field = 'status' THEN corrected_value END) AS status,
  MAX(field = 'period') AS has_period,
  MAX(CASE WHEN field = 'period' THEN corrected_value END) AS period,
  MAX(field = 'topic') AS has_topic,
  MAX(CASE WHEN field = 'topic' THEN corrected_value END) AS topic,
  MAX(field = 'organizer') AS has_organizer,
  MAX(CASE WHEN field = 'organizer' THEN corrected_value END) AS organizer,
  MAX(field = 'category') AS has_category,
  MAX(CASE WHEN field = 'category' THEN corrected_value END) AS category,
  MAX(field = 'commune') AS has_commune,
  MAX(CASE WHEN field = 'commune' THEN corrected_value END) AS commune,
  MAX(field = 'unit') AS has_unit,
  MAX(CASE WHEN field = 'unit' THEN corrected_value END) AS unit
FROM v_corrections
WHERE state IN ('active', 'review') AND record_id IS NOT NULL
GROUP BY record_id;

CREATE VIEW v_records AS
SELECT r.id AS record_id, r.document_id, d.file, d.doc_type, d.issuer,
  d.commune AS document_commune, d.district, d.province, r.ordinal, r.type,
  CASE WHEN c.has_status THEN c.status ELSE r.status END AS status,
  CASE WHEN c.has_period THEN c.period ELSE r.period END AS period,
  CASE WHEN c.has_topic THEN c.topic ELSE r.topic END AS topic,
  r.label,
  CASE WHEN c.has_organizer THEN c.organizer ELSE r.organizer END AS organizer,
  CASE WHEN c.has_classes THEN c.classes ELSE r.classes END AS classes,
  CASE WHEN c.has_participants THEN c.participants ELSE r.participants END AS participants,
  CASE WHEN c.has_female THEN c.female ELSE r.female END AS female,
  CASE WHEN c.has_cost_vnd THEN c.cost_vnd ELSE r.cost_vnd END AS cost_vnd,
  r.audience, r.location,
  CASE WHEN c.has_commune THEN c.commune ELSE r.commune END AS record_commune,
  r.approx,
  CASE WHEN c.has_category THEN c.category ELSE r.category END AS category,
  CASE WHEN c.has_amount_vnd THEN c.amount_vnd ELSE r.amount_vnd END AS amount_vnd,
  CASE WHEN c.has_value THEN c.value ELSE r.value END AS value,
  CASE WHEN c.has_unit THEN c.unit ELSE r.unit END AS unit,
  CASE WHEN c.has_of THEN c."of" ELSE r."of" END AS "of",
  r.severity, r.message, r.rule,
  p.page, p.block, p."row", p.text AS source_text,
  COALESCE(c.rejected, 0) AS rejected,
  COALESCE(c.sets, 0) > 0 AS corrected,
  COALESCE(c.review, 0) AS review
FROM records r
JOIN documents d ON d.id = r.document_id
LEFT JOIN provenance p ON p.record_id = r.id
LEFT JOIN v_record_corrections c ON c.record_id = r.id
WHERE d.superseded_by IS NULL;

CREATE VIEW v_activities AS
SELECT record_id, document_id, file, issuer, province, district,
  COALESCE(record_commune, document_commune) AS commune, record_commune,
  status, period, topic, label, organizer, classes, participants, female, cost_vnd,
  audience, location, approx, corrected, review, page, block, "row", source_text, rule
FROM v_records WHERE type = 'activity' AND NOT rejected;

CREATE VIEW v_budgets AS
SELECT record_id, document_id, file, issuer, province, district,
  COALESCE(record_commune, document_commune) AS commune,
  status, period, category, label, amount_vnd,
  corrected, review, page, block, "row", source_text, rule
FROM v_records WHERE type = 'budget' AND NOT rejected;

-- The roll-up's sums. A row of a district's roll-up table (record_commune
-- set) counts for its commune only when the commune's own reports say
-- nothing for that status and period ('report' sorts before 'table').
-- Parts of a prose breakdown ("trong đó Trung tâm tổ chức …") repeat their
-- topic's figures and are left out. A stated total (topic 'tong') counts
-- once per document: the largest, where a table total and a sentence both
-- state it.
CREATE VIEW v_rollup AS
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
GROUP BY status, period, district, commune, source, topic;

CREATE VIEW v_rollup_budgets AS
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
GROUP BY status, period, district, commune, category;

CREATE VIEW v_communes AS
SELECT MAX(province) AS province, district, commune FROM (
  SELECT province, district, commune FROM documents WHERE commune IS NOT NULL
  UNION ALL
  SELECT d.province, d.district, r.commune FROM records r JOIN documents d ON d.id = r.document_id
  WHERE r.commune IS NOT NULL
)
GROUP BY district, commune;
)sql";

}  // namespace baocao
