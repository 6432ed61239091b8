#include "desk/web/listings.h"

#include "normalize/text.h"
#include "store/statement.h"

namespace baocao::web {
namespace {

constexpr const char* kSummarySql = R"sql(
SELECT d.document_id, d.file, d.format, d.doc_type, d.commune, d.district, d.province, d.period, d.title, d.issuer,
  d.issued, d.loaded_at, d.version, COALESCE(d.lineage, d.document_id), d.superseded_by,
  COALESCE(rc.figures, 0), COALESCE(rc.checks, 0), COALESCE(cc.entries, 0), COALESCE(cc.looked, 0)
FROM v_documents d
LEFT JOIN (SELECT document_id, SUM(type <> 'check') AS figures, SUM(type = 'check') AS checks
           FROM records GROUP BY document_id) rc ON rc.document_id = d.document_id
LEFT JOIN (SELECT document_id, COUNT(*) AS entries,
             COUNT(DISTINCT CASE WHEN record_key NOT LIKE '["check"%' THEN record_key END) AS looked
           FROM corrections GROUP BY document_id) cc ON cc.document_id = d.document_id
)sql";

DocumentSummary ReadSummary(const Statement& st) {
  DocumentSummary d;
  d.id = st.ColumnInt64(0);
  d.file = st.ColumnText(1);
  d.format = st.ColumnText(2);
  d.doc_type = st.ColumnText(3);
  d.commune = st.OptionalText(4);
  d.district = st.OptionalText(5);
  d.province = st.OptionalText(6);
  d.period = st.OptionalText(7);
  d.title = st.OptionalText(8);
  d.issuer = st.OptionalText(9);
  d.issued = st.OptionalText(10);
  d.loaded_at = st.ColumnText(11);
  d.version = static_cast<int>(st.ColumnInt64(12));
  d.lineage = st.ColumnInt64(13);
  d.superseded_by = st.OptionalInt64(14);
  d.figures = static_cast<int>(st.ColumnInt64(15));
  d.checks = static_cast<int>(st.ColumnInt64(16));
  d.corrections = static_cast<int>(st.ColumnInt64(17));
  d.looked_at = static_cast<int>(st.ColumnInt64(18));
  return d;
}

bool Matches(const DocumentSummary& d, const std::string& folded_search) {
  if (folded_search.empty()) return true;
  std::string hay = normalize::FoldKey(normalize::CanonicalText(d.file + " " + d.title.value_or("") + " " + d.issuer.value_or("") + " " +
                            d.commune.value_or("") + " " + d.district.value_or("")));
  // Every word of the search must occur.
  std::size_t pos = 0;
  while (pos < folded_search.size()) {
    std::size_t end = folded_search.find(' ', pos);
    if (end == std::string::npos) end = folded_search.size();
    std::string word = folded_search.substr(pos, end - pos);
    if (!word.empty() && hay.find(word) == std::string::npos) return false;
    pos = end + 1;
  }
  return true;
}

Result<std::vector<std::string>> Distinct(Database* db, const char* column) {
  // v_documents: a corrected commune or type is what the analyst filters by.
  Result<Statement> st = Statement::Prepare(
      db->handle(), std::string("SELECT DISTINCT ") + column + " FROM v_documents WHERE superseded_by IS NULL AND " +
                        column + " IS NOT NULL ORDER BY " + column);
  if (!st.ok()) return st.status();
  std::vector<std::string> out;
  while (true) {
    Result<bool> row = st.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    out.push_back(st.value().ColumnText(0));
  }
  return out;
}

}  // namespace

Result<std::vector<DocumentSummary>> ListDocuments(Database* db, const DocumentFilter& filter) {
  std::string sql = kSummarySql;
  sql += " WHERE (?1 OR d.superseded_by IS NULL) AND (?2 = '' OR d.commune = ?2) AND (?3 = '' OR d.period = ?3)"
         " AND (?4 = '' OR d.doc_type = ?4) ORDER BY d.document_id DESC";
  Result<Statement> st = Statement::Prepare(db->handle(), sql);
  if (!st.ok()) return st.status();
  st.value().Bind(1, filter.all_versions);
  st.value().Bind(2, filter.commune);
  st.value().Bind(3, filter.period);
  st.value().Bind(4, filter.doc_type);
  std::string folded = normalize::FoldKey(normalize::CanonicalText(filter.search));
  std::vector<DocumentSummary> out;
  while (true) {
    Result<bool> row = st.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    DocumentSummary d = ReadSummary(st.value());
    if (!Matches(d, folded)) continue;
    if (filter.only_to_review && d.to_review() == 0) continue;
    out.push_back(std::move(d));
  }
  return out;
}

Result<FilterChoices> ListFilterChoices(Database* db) {
  FilterChoices c;
  Result<std::vector<std::string>> communes = Distinct(db, "commune");
  if (!communes.ok()) return communes.status();
  Result<std::vector<std::string>> periods = Distinct(db, "period");
  if (!periods.ok()) return periods.status();
  Result<std::vector<std::string>> types = Distinct(db, "doc_type");
  if (!types.ok()) return types.status();
  c.communes = std::move(communes).value();
  c.periods = std::move(periods).value();
  c.doc_types = std::move(types).value();
  return c;
}

Result<std::vector<DocumentSummary>> LoadedSince(Database* db, const std::string& since_utc) {
  std::string sql = kSummarySql;
  sql += " WHERE d.loaded_at >= ?1 ORDER BY d.document_id DESC LIMIT 500";
  Result<Statement> st = Statement::Prepare(db->handle(), sql);
  if (!st.ok()) return st.status();
  st.value().Bind(1, since_utc);
  std::vector<DocumentSummary> out;
  while (true) {
    Result<bool> row = st.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    out.push_back(ReadSummary(st.value()));
  }
  return out;
}

}  // namespace baocao::web
