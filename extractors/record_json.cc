#include "extractors/record_json.h"

#include <cmath>

#include "extractors/record_json_value.h"

namespace baocao {
namespace {

using Json = OrderedJson;

std::string Dump(const Json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Figures print as integers when they are whole: "1612", not "1612.0".
Json NumberJson(double v) {
  if (std::isfinite(v) && std::trunc(v) == v && std::fabs(v) < 9.0e15) return static_cast<std::int64_t>(v);
  return v;
}

Json SourceJson(const Record& r) {
  Json j = Json::object();
  for (const RecordField* f : SourceFields()) j[std::string(f->name)] = FieldValueToJson(f->Get(r));
  return j;
}

// Sets `field` of `r` from j[key] when present; a null or absent key leaves
// the field unknown.
Status SetFrom(const Json& j, std::string_view key, const RecordField& field, Record* r) {
  auto it = j.find(std::string(key));
  if (it == j.end()) return Status::Ok();
  Result<FieldValue> v = FieldValueFromJson(*it, field.type);
  if (!v.ok()) return Status::InvalidInput(std::string(key) + ": " + v.status().reason());
  field.Set(r, v.value());
  return Status::Ok();
}

Json ParseObject(const std::string& line) {
  Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Json();
  return j;
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

Json FieldValueToJson(const FieldValue& v) {
  struct {
    Json operator()(std::monostate) const { return nullptr; }
    Json operator()(const std::string& s) const { return s; }
    Json operator()(std::int64_t i) const { return i; }
    Json operator()(double d) const { return NumberJson(d); }
    Json operator()(bool b) const { return b; }
    Json operator()(const std::vector<int>& l) const { return l; }
    Json operator()(const std::vector<std::string>& l) const { return l; }
    Json operator()(const SourceBox& b) const {
      return Json::array({NumberJson(b.x0), NumberJson(b.y0), NumberJson(b.x1), NumberJson(b.y1)});
    }
  } visitor;
  return std::visit(visitor, v);
}

Result<FieldValue> FieldValueFromJson(const Json& j, ValueType type) {
  if (j.is_null()) return FieldValue{};
  auto wrong = [&j, type]() {
    return Status::InvalidInput(std::string("expected ") + ValueTypeName(type) + ", got " + Dump(j).substr(0, 40));
  };
  switch (type) {
    case ValueType::kText:
    case ValueType::kCode:
      if (!j.is_string()) return wrong();
      return FieldValue(j.get<std::string>());
    case ValueType::kInteger:
      if (j.is_number_integer()) return FieldValue(j.get<std::int64_t>());
      if (j.is_number_float() && std::trunc(j.get<double>()) == j.get<double>() &&
          std::fabs(j.get<double>()) < 9.0e15) {
        return FieldValue(static_cast<std::int64_t>(j.get<double>()));
      }
      return wrong();
    case ValueType::kReal:
      if (!j.is_number()) return wrong();
      return FieldValue(j.get<double>());
    case ValueType::kBool:
      if (!j.is_boolean()) return wrong();
      return FieldValue(j.get<bool>());
    case ValueType::kIntList: {
      if (!j.is_array()) return wrong();
      std::vector<int> out;
      for (const Json& e : j) {
        if (!e.is_number_integer()) return wrong();
        out.push_back(e.get<int>());
      }
      return FieldValue(std::move(out));
    }
    case ValueType::kTextList: {
      if (!j.is_array()) return wrong();
      std::vector<std::string> out;
      for (const Json& e : j) {
        if (!e.is_string()) return wrong();
        out.push_back(e.get<std::string>());
      }
      return FieldValue(std::move(out));
    }
    case ValueType::kBox: {
      if (!j.is_array() || j.size() != 4) return wrong();
      for (const Json& e : j) {
        if (!e.is_number()) return wrong();
      }
      return FieldValue(SourceBox{j[0].get<double>(), j[1].get<double>(), j[2].get<double>(), j[3].get<double>()});
    }
  }
  return wrong();
}

Json RecordToFlatJson(const Record& r) {
  Json j = Json::object();
  j["type"] = RecordTypeName(r.type);
  for (const RecordField& f : RecordFields()) j[std::string(f.name)] = FieldValueToJson(f.Get(r));
  return j;
}

Result<Record> RecordFromFlatJson(const Json& j) {
  if (!j.is_object() || !j.contains("type") || !j["type"].is_string()) {
    return Status::InvalidInput("not a record object");
  }
  std::optional<RecordType> type = RecordTypeFromName(j["type"].get<std::string>());
  if (!type) return Status::InvalidInput("unknown record type " + j["type"].get<std::string>());
  Record r;
  r.type = *type;
  for (const RecordField& f : RecordFields()) {
    if (Status s = SetFrom(j, f.name, f, &r); !s.ok()) return s;
  }
  return r;
}

Json DocumentToJson(const DocumentInfo& d) {
  Json j = Json::object();
  j["type"] = "document";
  j["schema"] = kSchemaVersion;
  for (const DocumentField& f : DocumentFields()) j[std::string(f.name)] = FieldValueToJson(f.Get(d));
  return j;
}

Result<DocumentInfo> DocumentFromJson(const Json& j) {
  if (!j.is_object() || j.value("type", "") != "document") return Status::InvalidInput("not a document line");
  DocumentInfo d;
  for (const DocumentField& f : DocumentFields()) {
    auto it = j.find(std::string(f.name));
    if (it == j.end()) continue;
    Result<FieldValue> v = FieldValueFromJson(*it, f.type);
    if (!v.ok()) return Status::InvalidInput(std::string(f.name) + ": " + v.status().reason());
    f.Set(&d, v.value());
  }
  return d;
}

std::string DocumentToJsonLine(const DocumentInfo& d) { return Dump(DocumentToJson(d)); }

std::string RecordToJsonLine(const Record& r) {
  Json j = Json::object();
  j["type"] = RecordTypeName(r.type);
  for (const FieldUse& use : PrintedFields(r.type)) {
    j[std::string(use.json_name)] = FieldValueToJson(use.field->Get(r));
  }
  j["source"] = SourceJson(r);
  j["rule"] = r.rule;
  return Dump(j);
}

Result<Record> RecordFromJsonLine(const std::string& line) {
  Json j = ParseObject(line);
  if (j.is_null()) return Status::InvalidInput("not a JSON object: " + line.substr(0, 80));
  std::optional<RecordType> type = RecordTypeFromName(j.value("type", ""));
  if (!type) return Status::InvalidInput("unknown record type in: " + line.substr(0, 80));
  Record r;
  r.type = *type;
  for (const FieldUse& use : PrintedFields(r.type)) {
    if (Status s = SetFrom(j, use.json_name, *use.field, &r); !s.ok()) {
      return Status::InvalidInput("malformed record: " + s.reason());
    }
  }
  if (auto it = j.find("source"); it != j.end() && it->is_object()) {
    for (const RecordField* f : SourceFields()) {
      if (Status s = SetFrom(*it, f->name, *f, &r); !s.ok()) {
        return Status::InvalidInput("malformed record source: " + s.reason());
      }
    }
  }
  if (Status s = SetFrom(j, "rule", *FindRecordField("rule"), &r); !s.ok()) {
    return Status::InvalidInput("malformed record: " + s.reason());
  }
  return r;
}

Result<DocumentInfo> DocumentFromJsonLine(const std::string& line) {
  Json j = ParseObject(line);
  if (j.is_null() || j.value("type", "") != "document") {
    return Status::InvalidInput("not a document line: " + line.substr(0, 80));
  }
  Result<DocumentInfo> d = DocumentFromJson(j);
  if (!d.ok()) return Status::InvalidInput("malformed document line: " + d.status().reason());
  return d;
}

}  // namespace baocao
