// Reading the store back: Extraction values, JSON Lines and CSV, with or
// without the analyst's corrections.
#include <sqlite3.h>

#include <cmath>
#include <cstdint>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string_view>
#include <type_traits>

#include "extractors/record_json.h"
#include "store/corrections.h"
#include "store/database.h"
#include "store/document_row.h"
#include "store/record_rows.h"
#include "store/statement.h"

namespace baocao {
namespace {

using ExtractionVisitor = std::function<Status(const Extraction&)>;

// The document line's columns at 1..14, after the id; rules_version after them.
const std::string& SelectDocuments() {
  static const std::string sql = std::string("SELECT id, ") + kDocumentInfoColumns +
                                 ", rules_version FROM documents WHERE ?1 OR superseded_by IS NULL ORDER BY id";
  return sql;
}

// Calls `visit` for every stored document in load order, one at a time, so
// exporting a large store does not hold it all in memory; with
// Values::kCorrected, corrected as the analyst's other outputs are. Reads one
// snapshot, the corrections included.
Status ForEachExtraction(Database* database, Versions which, Values values, const ExtractionVisitor& visit) {
  sqlite3* db = database->handle();
  Transaction snapshot(db);
  if (Status s = snapshot.BeginRead(); !s.ok()) return s;
  std::map<std::int64_t, RecordCorrections> corrections;
  if (values == Values::kCorrected) {
    Result<std::map<std::int64_t, RecordCorrections>> c = CorrectionsByRecord(database);
    if (!c.ok()) return c.status();
    corrections = std::move(c).value();
  }
  Result<Statement> documents = Statement::Prepare(db, SelectDocuments());
  if (!documents.ok()) return documents.status();
  documents.value().Bind(1, which == Versions::kAll);
  Result<Statement> records = Statement::Prepare(db, kSelectRecordRows);
  if (!records.ok()) return records.status();
  Result<Statement> refs = Statement::Prepare(
      db, "SELECT ref_ordinal FROM check_refs WHERE check_id = ? ORDER BY position");
  if (!refs.ok()) return refs.status();

  while (true) {
    Result<bool> doc_row = documents.value().Step();
    if (!doc_row.ok()) return doc_row.status();
    if (!doc_row.value()) break;
    Extraction extraction;
    extraction.document = ReadDocumentInfo(documents.value(), 1);
    extraction.rules_version = documents.value().ColumnText(15);

    records.value().Reset();
    records.value().Bind(1, documents.value().ColumnInt64(0));
    std::vector<std::int64_t> record_ids;
    while (true) {
      Result<bool> row = records.value().Step();
      if (!row.ok()) return row.status();
      if (!row.value()) break;
      Result<Record> record = ReadRecordRow(records.value());
      if (!record.ok()) return record.status();
      if (record.value().type == RecordType::kCheck) {
        refs.value().Reset();
        refs.value().Bind(1, records.value().ColumnInt64(0));
        while (true) {
          Result<bool> ref_row = refs.value().Step();
          if (!ref_row.ok()) return ref_row.status();
          if (!ref_row.value()) break;
          record.value().refs.push_back(static_cast<int>(refs.value().ColumnInt64(0)));
        }
      }
      extraction.records.push_back(std::move(record).value());
      record_ids.push_back(records.value().ColumnInt64(0));
    }
    if (!corrections.empty()) ApplyCorrections(corrections, record_ids, &extraction);
    if (Status s = visit(extraction); !s.ok()) return s;
  }
  return snapshot.Commit();
}

Status StreamStatus(const std::ostream& out) {
  if (!out) return Status::IoError("export: cannot write the output");
  return Status::Ok();
}

// RFC 4180: a field holding a comma, quote, CR or LF is quoted, with its
// quotes doubled; anything else goes out as is.
std::string CsvField(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

template <typename T>
std::string CsvOptional(const std::optional<T>& value) {
  if (!value) return std::string();
  if constexpr (std::is_same_v<T, std::string>) {
    return CsvField(*value);
  } else {
    return std::to_string(*value);
  }
}

// Like the JSON output: whole numbers without ".0", others in the shortest
// form that reads back to the same double.
std::string CsvNumber(const std::optional<double>& value) {
  if (!value) return std::string();
  if (std::isfinite(*value) && std::trunc(*value) == *value && std::fabs(*value) < 9.0e15) {
    return std::to_string(static_cast<std::int64_t>(*value));
  }
  return nlohmann::json(*value).dump();
}

constexpr const char* kCsvHeader =
    "file,sha256,doc_type,ref,issued,commune,district,province,"
    "type,status,period,topic,label,organizer,classes,participants,female,cost_vnd,"
    "audience,location,record_commune,approx,category,amount_vnd,value,unit,of,"
    "severity,message,page,block,row,source_text,rule";

void WriteCsvRow(std::ostream& out, const DocumentInfo& d, const Record& r) {
  std::string row;
  int columns = 0;
  auto put = [&row, &columns](const std::string& field) {
    if (columns++ > 0) row += ',';
    row += field;
  };
  put(CsvField(d.file));
  put(CsvField(d.sha256));
  put(CsvField(d.doc_type));
  put(CsvOptional(d.ref));
  put(CsvOptional(d.issued));
  put(CsvOptional(d.commune));
  put(CsvOptional(d.district));
  put(CsvOptional(d.province));
  put(RecordTypeName(r.type));
  put(CsvOptional(r.status));
  put(CsvOptional(r.period));
  put(CsvOptional(r.topic));
  put(CsvField(r.label));
  put(CsvOptional(r.organizer));
  put(CsvOptional(r.classes));
  put(CsvOptional(r.participants));
  put(CsvOptional(r.female));
  put(CsvOptional(r.cost_vnd));
  put(CsvOptional(r.audience));
  put(CsvOptional(r.location));
  put(CsvOptional(r.commune));
  // approx is only part of activities and figures, as in the JSON.
  bool has_approx = r.type == RecordType::kActivity || r.type == RecordType::kFigure;
  put(has_approx ? (r.approx ? "true" : "false") : "");
  put(CsvOptional(r.category));
  put(CsvOptional(r.amount_vnd));
  put(CsvNumber(r.value));
  put(CsvOptional(r.unit));
  put(CsvNumber(r.of));
  put(CsvField(r.severity));
  put(CsvField(r.message));
  put(CsvOptional(r.source.page));
  put(std::to_string(r.source.block));
  put(CsvOptional(r.source.row));
  put(CsvField(r.source.text));
  put(CsvField(r.rule));
  out << row << "\r\n";
}

}  // namespace

Result<std::vector<Extraction>> Database::LoadExtractions(Versions which) {
  std::vector<Extraction> all;
  Status s = ForEachExtraction(this, which, Values::kAsExtracted, [&all](const Extraction& e) {
    all.push_back(e);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return all;
}

Status Database::ExportJsonl(std::ostream& out, Versions which, Values values) {
  return ForEachExtraction(this, which, values, [&out](const Extraction& e) {
    out << DocumentToJsonLine(e.document) << '\n';
    for (const Record& r : e.records) out << RecordToJsonLine(r) << '\n';
    return StreamStatus(out);
  });
}

Status Database::ExportCsv(std::ostream& out, Versions which, Values values) {
  out << kCsvHeader << "\r\n";
  if (Status s = StreamStatus(out); !s.ok()) return s;
  return ForEachExtraction(this, which, values, [&out](const Extraction& e) {
    for (const Record& r : e.records) WriteCsvRow(out, e.document, r);
    return StreamStatus(out);
  });
}

}  // namespace baocao
