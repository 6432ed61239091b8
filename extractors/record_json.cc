#include "extractors/record_json.h"

#include <nlohmann/json.hpp>

namespace baocao {
namespace {

using Json = nlohmann::ordered_json;

template <typename T>
Json OrNull(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json SourceJson(const Source& s) {
  Json j;
  j["page"] = OrNull(s.page);
  j["block"] = s.block;
  j["row"] = OrNull(s.row);
  if (s.row) j["col"] = OrNull(s.col);  // table records only (contract addition source.col)
  j["text"] = s.text;
  return j;
}

// Figures print as integers when they are whole: "1612", not "1612.0".
Json NumberJson(const std::optional<double>& v) {
  if (!v) return nullptr;
  double whole = static_cast<double>(static_cast<std::int64_t>(*v));
  if (whole == *v) return static_cast<std::int64_t>(*v);
  return *v;
}

std::string Dump(const Json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

template <typename T>
std::optional<T> Get(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<T>();
}

std::optional<RecordType> TypeFromName(const std::string& name) {
  for (RecordType t : {RecordType::kActivity, RecordType::kBudget, RecordType::kFigure,
                       RecordType::kCheck}) {
    if (name == RecordTypeName(t)) return t;
  }
  return std::nullopt;
}

}  // namespace

const char* RecordTypeName(RecordType type) {
  switch (type) {
    case RecordType::kActivity: return "activity";
    case RecordType::kBudget: return "budget";
    case RecordType::kFigure: return "figure";
    case RecordType::kCheck: return "check";
  }
  return "unknown";
}

std::string DocumentToJsonLine(const DocumentInfo& d) {
  Json j;
  j["type"] = "document";
  j["schema"] = kSchemaVersion;
  j["file"] = d.file;
  j["sha256"] = d.sha256;
  j["format"] = d.format;
  j["pages"] = OrNull(d.pages);
  j["ocr"] = d.ocr;
  j["ocr_confidence"] = OrNull(d.ocr_confidence);
  j["doc_type"] = d.doc_type;
  j["ref"] = OrNull(d.ref);
  j["issued"] = OrNull(d.issued);
  j["title"] = OrNull(d.title);
  j["issuer"] = OrNull(d.issuer);
  j["commune"] = OrNull(d.commune);
  j["district"] = OrNull(d.district);
  j["province"] = OrNull(d.province);
  return Dump(j);
}

std::string RecordToJsonLine(const Record& r) {
  Json j;
  j["type"] = RecordTypeName(r.type);
  switch (r.type) {
    case RecordType::kActivity:
      j["status"] = OrNull(r.status);
      j["period"] = OrNull(r.period);
      j["topic"] = OrNull(r.topic);
      j["label"] = r.label;
      j["organizer"] = OrNull(r.organizer);
      j["classes"] = OrNull(r.classes);
      j["participants"] = OrNull(r.participants);
      j["female"] = OrNull(r.female);
      j["cost_vnd"] = OrNull(r.cost_vnd);
      j["audience"] = OrNull(r.audience);
      j["location"] = OrNull(r.location);
      j["commune"] = OrNull(r.commune);
      j["approx"] = r.approx;
      break;
    case RecordType::kBudget:
      j["status"] = OrNull(r.status);
      j["period"] = OrNull(r.period);
      j["category"] = OrNull(r.category);
      j["label"] = r.label;
      j["amount_vnd"] = OrNull(r.amount_vnd);
      break;
    case RecordType::kFigure:
      j["name"] = r.label;
      j["value"] = NumberJson(r.value);
      j["unit"] = OrNull(r.unit);
      j["of"] = NumberJson(r.of);
      j["period"] = OrNull(r.period);
      j["approx"] = r.approx;
      break;
    case RecordType::kCheck:
      j["severity"] = r.severity;
      j["message"] = r.message;
      j["refs"] = r.refs;
      break;
  }
  j["source"] = SourceJson(r.source);
  j["rule"] = r.rule;
  return Dump(j);
}

Result<Record> RecordFromJsonLine(const std::string& line) {
  Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::InvalidInput("not a JSON object: " + line.substr(0, 80));
  auto type = TypeFromName(j.value("type", ""));
  if (!type) return Status::InvalidInput("unknown record type in: " + line.substr(0, 80));
  // Values of the wrong JSON type are reported, not thrown.
  try {
    Record r;
    r.type = *type;
    r.status = Get<std::string>(j, "status");
    r.period = Get<std::string>(j, "period");
    r.topic = Get<std::string>(j, "topic");
    r.label = j.value(r.type == RecordType::kFigure ? "name" : "label", std::string());
    r.organizer = Get<std::string>(j, "organizer");
    r.classes = Get<std::int64_t>(j, "classes");
    r.participants = Get<std::int64_t>(j, "participants");
    r.female = Get<std::int64_t>(j, "female");
    r.cost_vnd = Get<std::int64_t>(j, "cost_vnd");
    r.audience = Get<std::string>(j, "audience");
    r.location = Get<std::string>(j, "location");
    r.commune = Get<std::string>(j, "commune");
    r.approx = j.value("approx", false);
    r.category = Get<std::string>(j, "category");
    r.amount_vnd = Get<std::int64_t>(j, "amount_vnd");
    r.value = Get<double>(j, "value");
    r.unit = Get<std::string>(j, "unit");
    r.of = Get<double>(j, "of");
    if (r.type == RecordType::kCheck) {
      r.severity = j.value("severity", std::string());
      r.message = j.value("message", std::string());
      if (j.contains("refs")) r.refs = j["refs"].get<std::vector<int>>();
    }
    if (j.contains("source") && j["source"].is_object()) {
      const Json& s = j["source"];
      r.source.page = Get<int>(s, "page");
      r.source.block = s.value("block", 0);
      r.source.row = Get<int>(s, "row");
      r.source.col = Get<int>(s, "col");
      r.source.text = s.value("text", std::string());
    }
    r.rule = j.value("rule", std::string());
    return r;
  } catch (const nlohmann::json::exception& e) {
    return Status::InvalidInput(std::string("malformed record: ") + e.what());
  }
}

Result<DocumentInfo> DocumentFromJsonLine(const std::string& line) {
  Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object() || j.value("type", "") != "document") {
    return Status::InvalidInput("not a document line: " + line.substr(0, 80));
  }
  try {
    DocumentInfo d;
    d.file = j.value("file", std::string());
    d.sha256 = j.value("sha256", std::string());
    d.format = j.value("format", std::string());
    d.pages = Get<int>(j, "pages");
    d.ocr = j.value("ocr", false);
    d.ocr_confidence = Get<double>(j, "ocr_confidence");
    d.doc_type = j.value("doc_type", std::string("other"));
    d.ref = Get<std::string>(j, "ref");
    d.issued = Get<std::string>(j, "issued");
    d.title = Get<std::string>(j, "title");
    d.issuer = Get<std::string>(j, "issuer");
    d.commune = Get<std::string>(j, "commune");
    d.district = Get<std::string>(j, "district");
    d.province = Get<std::string>(j, "province");
    return d;
  } catch (const nlohmann::json::exception& e) {
    return Status::InvalidInput(std::string("malformed document line: ") + e.what());
  }
}

}  // namespace baocao
