#include "desk/export.h"

#include <cmath>
#include <cstdint>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string_view>
#include <type_traits>

#include "extractors/record_json.h"
#include "desk/corrections.h"
#include "store/statement.h"
#include "store/stored_extractions.h"

namespace baocao {
namespace {

using ExtractionVisitor = std::function<Status(const Extraction&)>;

// Calls `visit` for every stored document in load order, one at a time, so
// exporting a large store does not hold it all in memory; with
// Values::kCorrected, corrected as the analyst's other outputs are. Reads one
// snapshot, the corrections included.
Status ForEachExtraction(Database* database, Versions which, Values values, const ExtractionVisitor& visit) {
  Transaction snapshot(database->handle());
  if (Status s = snapshot.BeginRead(); !s.ok()) return s;
  std::map<std::int64_t, RecordCorrections> corrections;
  if (values == Values::kCorrected) {
    Result<std::map<std::int64_t, RecordCorrections>> c = CorrectionsByRecord(database);
    if (!c.ok()) return c.status();
    corrections = std::move(c).value();
  }
  Status s = ForEachStoredExtraction(
      database, which, [&](Extraction& extraction, const std::vector<std::int64_t>& record_ids) {
        if (!corrections.empty()) ApplyCorrections(corrections, record_ids, &extraction);
        return visit(extraction);
      });
  if (!s.ok()) return s;
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

Status ExportJsonl(Database* db, std::ostream& out, Versions which, Values values) {
  return ForEachExtraction(db, which, values, [&out](const Extraction& e) {
    out << DocumentToJsonLine(e.document) << '\n';
    for (const Record& r : e.records) out << RecordToJsonLine(r) << '\n';
    return StreamStatus(out);
  });
}

Status ExportCsv(Database* db, std::ostream& out, Versions which, Values values) {
  out << kCsvHeader << "\r\n";
  if (Status s = StreamStatus(out); !s.ok()) return s;
  return ForEachExtraction(db, which, values, [&out](const Extraction& e) {
    for (const Record& r : e.records) WriteCsvRow(out, e.document, r);
    return StreamStatus(out);
  });
}

}  // namespace baocao
