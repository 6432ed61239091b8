#include "desk/export.h"

#include <cmath>
#include <cstdint>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string_view>
#include <type_traits>

#include "extractors/record_json.h"
#include "extractors/record_json_value.h"
#include "extractors/record_schema.h"
#include "desk/corrections.h"
#include "desk/document_corrections.h"
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
  // The stored extraction carries no document id; sha256 is unique.
  std::map<std::string, std::vector<DocumentCorrection>> metadata;
  if (values == Values::kCorrected) {
    Result<std::map<std::int64_t, std::vector<DocumentCorrection>>> m = DocumentCorrectionsByDocument(database);
    if (!m.ok()) return m.status();
    for (auto& [id, sets] : m.value()) metadata[sets.front().sha256] = std::move(sets);
  }
  Status s = ForEachStoredExtraction(
      database, which, [&](Extraction& extraction, const std::vector<std::int64_t>& record_ids) {
        if (!corrections.empty()) ApplyCorrections(corrections, record_ids, &extraction);
        auto m = metadata.find(extraction.document.sha256);
        if (m != metadata.end()) ApplyDocumentCorrections(m->second, &extraction.document);
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

// Like the JSON output: whole numbers without ".0", others in the shortest
// form that reads back to the same double; lists and boxes as JSON.
std::string CsvValue(const FieldValue& v) {
  if (std::holds_alternative<std::monostate>(v)) return std::string();
  if (const auto* text = std::get_if<std::string>(&v)) return CsvField(*text);
  if (const auto* flag = std::get_if<bool>(&v)) return *flag ? "true" : "false";
  return CsvField(FieldValueToJson(v).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// The document line's fields repeated on every row.
constexpr std::string_view kCsvDocumentFields[] = {"file", "sha256", "doc_type", "ref", "issued",
                                                   "commune", "district", "province"};

// The record fields of the CSV, in schema order: all but a check's refs
// (JSONL has them). The record's own commune is headed "record_commune" and
// the source text "source_text", to keep header names unique.
std::vector<const RecordField*> CsvRecordFields() {
  std::vector<const RecordField*> out;
  for (const RecordField& f : RecordFields()) {
    if (f.type != ValueType::kIntList) out.push_back(&f);
  }
  return out;
}

std::string CsvHeader() {
  std::string header;
  for (std::string_view name : kCsvDocumentFields) header += std::string(header.empty() ? "" : ",") + std::string(name);
  header += ",type";
  for (const RecordField* f : CsvRecordFields()) {
    header += ",";
    header += f->name == "commune" ? "record_commune" : f->name == "text" ? "source_text" : std::string(f->name);
  }
  return header;
}

const DocumentField& DocumentFieldNamed(std::string_view name) {
  for (const DocumentField& f : DocumentFields()) {
    if (f.name == name) return f;
  }
  return DocumentFields().front();  // unreachable: the names above are the schema's
}

void WriteCsvRow(std::ostream& out, const DocumentInfo& d, const Record& r) {
  std::string row;
  for (std::string_view name : kCsvDocumentFields) {
    if (!row.empty()) row += ',';
    row += CsvValue(DocumentFieldNamed(name).Get(d));
  }
  row += ',';
  row += RecordTypeName(r.type);
  // A field the record's type does not carry is an empty cell, as it is
  // absent from the JSON line; the source and rule belong to every type.
  for (const RecordField* f : CsvRecordFields()) {
    row += ',';
    if (f->Carries(r.type)) row += CsvValue(f->Get(r));
  }
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
  out << CsvHeader() << "\r\n";
  if (Status s = StreamStatus(out); !s.ok()) return s;
  return ForEachExtraction(db, which, values, [&out](const Extraction& e) {
    for (const Record& r : e.records) WriteCsvRow(out, e.document, r);
    return StreamStatus(out);
  });
}

}  // namespace baocao
