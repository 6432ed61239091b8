#include "store/versions.h"

#include <sqlite3.h>

#include <cctype>
#include <map>
#include <vector>

#include "store/statement.h"

namespace baocao {
namespace {

bool IsDigits(const std::string& s, std::size_t from, std::size_t n) {
  if (s.size() < from + n) return false;
  for (std::size_t i = from; i < from + n; ++i) {
    if (std::isdigit(static_cast<unsigned char>(s[i])) == 0) return false;
  }
  return true;
}

// A record's period as it counts for the document's: a year, a half-year
// and an interval across years stay; a month, quarter or other part of one
// year becomes the year.
std::string Coarsen(const std::string& period) {
  if (!IsDigits(period, 0, 4)) return period;
  std::string year = period.substr(0, 4);
  if (period.size() == 4) return period;
  if (period == year + "-01/" + year + "-06" || period == year + "-07/" + year + "-12") return period;
  std::size_t slash = period.find('/');
  if (slash != std::string::npos && IsDigits(period, slash + 1, 4) && period.compare(slash + 1, 4, year) != 0) {
    return period;
  }
  return year;
}

std::optional<std::string> MostFrequent(const std::vector<std::string>& periods) {
  std::map<std::string, int> count;
  std::string best;
  int best_count = 0;
  for (const std::string& p : periods) {
    int n = ++count[p];
    if (n > best_count) {  // strictly more: ties stay with the first seen
      best = p;
      best_count = n;
    }
  }
  if (best_count == 0) return std::nullopt;
  return best;
}

// The last 19xx/20xx standing alone in `text`.
std::optional<std::string> LastYear(const std::string& text) {
  std::optional<std::string> year;
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    bool before = i == 0 || std::isdigit(static_cast<unsigned char>(text[i - 1])) == 0;
    bool after = i + 4 == text.size() || std::isdigit(static_cast<unsigned char>(text[i + 4])) == 0;
    if (before && after && IsDigits(text, i, 4) && (text.compare(i, 2, "19") == 0 || text.compare(i, 2, "20") == 0)) {
      year = text.substr(i, 4);
    }
  }
  return year;
}

bool Contains(const std::string& text, std::initializer_list<const char*> needles) {
  for (const char* n : needles) {
    if (text.find(n) != std::string::npos) return true;
  }
  return false;
}

std::optional<std::string> PeriodFromTitle(const std::string& title) {
  std::optional<std::string> year = LastYear(title);
  if (!year) return std::nullopt;
  // Titles are normalised (NFC) but keep their case.
  if (Contains(title, {"6 tháng đầu năm", "6 THÁNG ĐẦU NĂM", "6 Tháng đầu năm"})) return *year + "-01/" + *year + "-06";
  if (Contains(title, {"6 tháng cuối năm", "6 THÁNG CUỐI NĂM", "6 Tháng cuối năm"})) return *year + "-07/" + *year + "-12";
  return year;
}

// Is `a` issued strictly before `b`? Only when both dates are known and
// differ within the precision both have ("2024-12" vs "2024-12-20" is
// undecided).
bool IssuedBefore(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (!a || !b) return false;
  std::size_t n = std::min(a->size(), b->size());
  return a->compare(0, n, *b, 0, n) < 0;
}

struct Candidate {
  std::int64_t id = 0;
  std::int64_t lineage = 0;
  std::optional<std::string> issued;
};

Result<std::optional<Candidate>> FindOne(Statement& st) {
  Result<bool> row = st.Step();
  if (!row.ok()) return row.status();
  if (!row.value()) return std::optional<Candidate>();
  Candidate c;
  c.id = st.ColumnInt64(0);
  c.lineage = st.IsNull(1) ? c.id : st.ColumnInt64(1);
  c.issued = st.OptionalText(2);
  return std::optional<Candidate>(c);
}

// The current document the new one `id` is a version of, if any.
Result<std::optional<Candidate>> FindPredecessor(sqlite3* db, std::int64_t id, const DocumentInfo& d,
                                                 const std::optional<std::string>& period,
                                                 const std::optional<std::string>& key) {
  if (key) {
    Result<Statement> st = Statement::Prepare(
        db, "SELECT id, lineage, issued FROM documents WHERE version_key = ? AND superseded_by IS NULL"
            " AND id != ? ORDER BY id DESC LIMIT 1");
    if (!st.ok()) return st.status();
    st.value().Bind(1, *key);
    st.value().Bind(2, id);
    Result<std::optional<Candidate>> found = FindOne(st.value());
    if (!found.ok() || found.value()) return found;
  }
  std::optional<std::string> sender = DocumentSender(d);
  if (!sender) return std::optional<Candidate>();
  Result<Statement> st = Statement::Prepare(
      db, "SELECT id, lineage, issued FROM documents WHERE file = ?1 AND sender = ?2 AND doc_type = ?3"
          " AND superseded_by IS NULL AND id != ?4"
          " AND (period IS NULL OR ?5 IS NULL OR period = ?5)"
          " AND (ref IS NULL OR ?6 IS NULL OR ref = ?6)"
          " ORDER BY id DESC LIMIT 1");
  if (!st.ok()) return st.status();
  st.value().Bind(1, d.file);
  st.value().Bind(2, *sender);
  st.value().Bind(3, d.doc_type);
  st.value().Bind(4, id);
  st.value().Bind(5, period);
  st.value().Bind(6, d.ref);
  return FindOne(st.value());
}

Result<int> NextVersion(sqlite3* db, std::int64_t lineage) {
  Result<Statement> st = Statement::Prepare(db, "SELECT max(version) FROM documents WHERE lineage = ?");
  if (!st.ok()) return st.status();
  st.value().Bind(1, lineage);
  Result<bool> row = st.value().Step();
  if (!row.ok()) return row.status();
  return static_cast<int>(st.value().ColumnInt64(0)) + 1;
}

Status Update(sqlite3* db, const char* sql, std::int64_t a, std::int64_t b) {
  Result<Statement> st = Statement::Prepare(db, sql);
  if (!st.ok()) return st.status();
  st.value().Bind(1, a);
  st.value().Bind(2, b);
  return st.value().Run();
}

}  // namespace

std::optional<std::string> DocumentPeriod(const Extraction& extraction) {
  const DocumentInfo& d = extraction.document;
  const char* own_status = d.doc_type == "ke_hoach" ? "plan" : "actual";
  std::vector<std::string> own;
  std::vector<std::string> figures;
  for (const Record& r : extraction.records) {
    if (!r.period) continue;
    if ((r.type == RecordType::kActivity || r.type == RecordType::kBudget) && r.status == own_status) {
      own.push_back(Coarsen(*r.period));
    } else if (r.type == RecordType::kFigure) {
      figures.push_back(Coarsen(*r.period));
    }
  }
  if (auto p = MostFrequent(own)) return p;
  if (auto p = MostFrequent(figures)) return p;
  if (d.title) {
    if (auto p = PeriodFromTitle(*d.title)) return p;
  }
  if (d.issued && IsDigits(*d.issued, 0, 4)) return d.issued->substr(0, 4);
  return std::nullopt;
}

std::optional<std::string> DocumentSender(const DocumentInfo& d) {
  if (d.issuer && !d.issuer->empty()) return d.issuer;
  if (d.commune && !d.commune->empty()) return d.commune;
  return std::nullopt;
}

std::optional<std::string> VersionKey(const DocumentInfo& d, const std::optional<std::string>& period) {
  if (!d.issuer || d.issuer->empty() || !period || d.doc_type == "other") return std::nullopt;
  // \x1f (unit separator) cannot occur in normalised text, so fields cannot
  // run into each other.
  std::string key = d.doc_type + "\x1f" + *d.issuer + "\x1f" + *period + "\x1f";
  if (d.ref) {
    key += "ref:" + *d.ref;
  } else if (d.title) {
    key += "title:" + *d.title;
  }
  return key;
}

Result<VersionLink> LinkVersion(sqlite3* db, std::int64_t id, const DocumentInfo& d,
                                const std::optional<std::string>& period) {
  std::optional<std::string> key = VersionKey(d, period);
  Result<std::optional<Candidate>> found = FindPredecessor(db, id, d, period, key);
  if (!found.ok()) return found.status();
  VersionLink link;
  link.lineage = id;
  if (found.value()) {
    const Candidate& old = *found.value();
    link.lineage = old.lineage;
    Result<int> version = NextVersion(db, old.lineage);
    if (!version.ok()) return version.status();
    link.version = version.value();
    if (IssuedBefore(d.issued, old.issued)) {
      link.superseded_by = old.id;  // an older version arriving late
    } else {
      link.supersedes = old.id;
      Status s = Update(db, "UPDATE documents SET superseded_by = ?1 WHERE id = ?2", id, old.id);
      if (!s.ok()) return s;
    }
  }
  Result<Statement> st = Statement::Prepare(
      db, "UPDATE documents SET period = ?, sender = ?, version_key = ?, lineage = ?, version = ?,"
          " supersedes_id = ?, superseded_by = ? WHERE id = ?");
  if (!st.ok()) return st.status();
  Statement& update = st.value();
  update.Bind(1, period);
  update.Bind(2, DocumentSender(d));
  update.Bind(3, key);
  update.Bind(4, link.lineage);
  update.Bind(5, link.version);
  update.Bind(6, link.supersedes);
  update.Bind(7, link.superseded_by);
  update.Bind(8, id);
  if (Status s = update.Run(); !s.ok()) return s;
  return link;
}

Status BackfillVersions(sqlite3* db) {
  {
    Result<Statement> any = Statement::Prepare(db, "SELECT 1 FROM documents WHERE lineage IS NULL LIMIT 1");
    if (!any.ok()) return any.status();
    Result<bool> row = any.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) return Status::Ok();
  }
  Transaction txn(db);
  if (Status s = txn.Begin(); !s.ok()) return s;
  Result<Statement> docs = Statement::Prepare(
      db, "SELECT id, file, doc_type, ref, issued, title, issuer, commune FROM documents"
          " WHERE lineage IS NULL ORDER BY id");
  if (!docs.ok()) return docs.status();
  Result<Statement> records = Statement::Prepare(
      db, "SELECT type, status, period FROM records WHERE document_id = ? ORDER BY ordinal");
  if (!records.ok()) return records.status();
  // Read first, then write: the statement over `documents` must not see
  // the rows this loop updates.
  std::vector<std::pair<std::int64_t, Extraction>> pending;
  while (true) {
    Result<bool> row = docs.value().Step();
    if (!row.ok()) return row.status();
    if (!row.value()) break;
    const Statement& d = docs.value();
    Extraction e;
    e.document.file = d.ColumnText(1);
    e.document.doc_type = d.ColumnText(2);
    e.document.ref = d.OptionalText(3);
    e.document.issued = d.OptionalText(4);
    e.document.title = d.OptionalText(5);
    e.document.issuer = d.OptionalText(6);
    e.document.commune = d.OptionalText(7);
    std::int64_t id = d.ColumnInt64(0);
    records.value().Reset();
    records.value().Bind(1, id);
    while (true) {
      Result<bool> r = records.value().Step();
      if (!r.ok()) return r.status();
      if (!r.value()) break;
      Record rec;
      std::string type = records.value().ColumnText(0);
      rec.type = type == "activity" ? RecordType::kActivity
                 : type == "budget" ? RecordType::kBudget
                 : type == "figure" ? RecordType::kFigure
                                    : RecordType::kCheck;
      rec.status = records.value().OptionalText(1);
      rec.period = records.value().OptionalText(2);
      e.records.push_back(std::move(rec));
    }
    pending.emplace_back(id, std::move(e));
  }
  for (const auto& [id, e] : pending) {
    Result<VersionLink> link = LinkVersion(db, id, e.document, DocumentPeriod(e));
    if (!link.ok()) return link.status();
  }
  return txn.Commit();
}

}  // namespace baocao
