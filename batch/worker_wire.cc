#include "batch/worker_wire.h"

#include <nlohmann/json.hpp>

namespace baocao {
namespace {

using Json = nlohmann::json;

template <typename T>
Json OrNull(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

template <typename T>
std::optional<T> Get(const Json& j, const char* key) {
  const Json& v = j.at(key);
  if (v.is_null()) return std::nullopt;
  return v.get<T>();
}

Json DocumentJson(const DocumentInfo& d) {
  return Json{{"file", d.file},
              {"sha256", d.sha256},
              {"format", d.format},
              {"pages", OrNull(d.pages)},
              {"ocr", d.ocr},
              {"ocr_confidence", OrNull(d.ocr_confidence)},
              {"doc_type", d.doc_type},
              {"ref", OrNull(d.ref)},
              {"issued", OrNull(d.issued)},
              {"title", OrNull(d.title)},
              {"issuer", OrNull(d.issuer)},
              {"commune", OrNull(d.commune)},
              {"district", OrNull(d.district)},
              {"province", OrNull(d.province)}};
}

DocumentInfo DocumentFrom(const Json& j) {
  DocumentInfo d;
  d.file = j.at("file").get<std::string>();
  d.sha256 = j.at("sha256").get<std::string>();
  d.format = j.at("format").get<std::string>();
  d.pages = Get<int>(j, "pages");
  d.ocr = j.at("ocr").get<bool>();
  d.ocr_confidence = Get<double>(j, "ocr_confidence");
  d.doc_type = j.at("doc_type").get<std::string>();
  d.ref = Get<std::string>(j, "ref");
  d.issued = Get<std::string>(j, "issued");
  d.title = Get<std::string>(j, "title");
  d.issuer = Get<std::string>(j, "issuer");
  d.commune = Get<std::string>(j, "commune");
  d.district = Get<std::string>(j, "district");
  d.province = Get<std::string>(j, "province");
  return d;
}

Json RecordJson(const Record& r) {
  return Json{{"type", static_cast<int>(r.type)},
              {"status", OrNull(r.status)},
              {"period", OrNull(r.period)},
              {"label", r.label},
              {"topic", OrNull(r.topic)},
              {"organizer", OrNull(r.organizer)},
              {"classes", OrNull(r.classes)},
              {"participants", OrNull(r.participants)},
              {"female", OrNull(r.female)},
              {"cost_vnd", OrNull(r.cost_vnd)},
              {"audience", OrNull(r.audience)},
              {"location", OrNull(r.location)},
              {"commune", OrNull(r.commune)},
              {"approx", r.approx},
              {"category", OrNull(r.category)},
              {"amount_vnd", OrNull(r.amount_vnd)},
              {"value", OrNull(r.value)},
              {"unit", OrNull(r.unit)},
              {"of", OrNull(r.of)},
              {"severity", r.severity},
              {"message", r.message},
              {"refs", r.refs},
              {"page", OrNull(r.source.page)},
              {"block", r.source.block},
              {"row", OrNull(r.source.row)},
              {"text", r.source.text},
              {"rule", r.rule}};
}

Record RecordFrom(const Json& j) {
  Record r;
  int type = j.at("type").get<int>();
  if (type < 0 || type > static_cast<int>(RecordType::kCheck)) throw std::out_of_range("record type");
  r.type = static_cast<RecordType>(type);
  r.status = Get<std::string>(j, "status");
  r.period = Get<std::string>(j, "period");
  r.label = j.at("label").get<std::string>();
  r.topic = Get<std::string>(j, "topic");
  r.organizer = Get<std::string>(j, "organizer");
  r.classes = Get<std::int64_t>(j, "classes");
  r.participants = Get<std::int64_t>(j, "participants");
  r.female = Get<std::int64_t>(j, "female");
  r.cost_vnd = Get<std::int64_t>(j, "cost_vnd");
  r.audience = Get<std::string>(j, "audience");
  r.location = Get<std::string>(j, "location");
  r.commune = Get<std::string>(j, "commune");
  r.approx = j.at("approx").get<bool>();
  r.category = Get<std::string>(j, "category");
  r.amount_vnd = Get<std::int64_t>(j, "amount_vnd");
  r.value = Get<double>(j, "value");
  r.unit = Get<std::string>(j, "unit");
  r.of = Get<double>(j, "of");
  r.severity = j.at("severity").get<std::string>();
  r.message = j.at("message").get<std::string>();
  r.refs = j.at("refs").get<std::vector<int>>();
  r.source.page = Get<int>(j, "page");
  r.source.block = j.at("block").get<int>();
  r.source.row = Get<int>(j, "row");
  r.source.text = j.at("text").get<std::string>();
  r.rule = j.at("rule").get<std::string>();
  return r;
}

Status StatusFrom(int code, std::string reason) {
  switch (static_cast<Status::Code>(code)) {
    case Status::Code::kInvalidInput: return Status::InvalidInput(std::move(reason));
    case Status::Code::kUnsupported: return Status::Unsupported(std::move(reason));
    case Status::Code::kHostile: return Status::Hostile(std::move(reason));
    case Status::Code::kEncrypted: return Status::Encrypted(std::move(reason));
    case Status::Code::kIoError: return Status::IoError(std::move(reason));
    case Status::Code::kNotFound: return Status::NotFound(std::move(reason));
    case Status::Code::kBusy: return Status::Busy(std::move(reason));
    case Status::Code::kOk:
    case Status::Code::kInternal: break;
  }
  return Status::Internal(std::move(reason));
}

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace

std::string EncodeOutcome(const Result<Processed>& outcome) {
  if (!outcome.ok()) {
    return Dump(Json{{"ok", false},
                     {"code", static_cast<int>(outcome.status().code())},
                     {"reason", outcome.status().reason()}}) +
           "\n";
  }
  const Extraction& e = outcome.value().extraction;
  Json records = Json::array();
  for (const Record& r : e.records) records.push_back(RecordJson(r));
  std::string extraction =
      Dump(Json{{"document", DocumentJson(e.document)}, {"rules_version", e.rules_version}, {"records", records}});
  const std::string& document = outcome.value().document_json;
  return Dump(Json{{"ok", true}, {"extraction", extraction.size()}, {"document", document.size()}}) + "\n" +
         extraction + document;
}

std::optional<Result<Processed>> DecodeOutcome(std::string_view bytes) {
  std::size_t eol = bytes.find('\n');
  if (eol == std::string_view::npos) return std::nullopt;
  Json header = Json::parse(bytes.substr(0, eol), nullptr, /*allow_exceptions=*/false);
  if (header.is_discarded() || !header.is_object()) return std::nullopt;
  std::string_view rest = bytes.substr(eol + 1);
  try {
    if (!header.at("ok").get<bool>()) {
      if (!rest.empty()) return std::nullopt;
      return Result<Processed>(StatusFrom(header.at("code").get<int>(), header.at("reason").get<std::string>()));
    }
    auto extraction_size = header.at("extraction").get<std::size_t>();
    auto document_size = header.at("document").get<std::size_t>();
    if (rest.size() != extraction_size + document_size) return std::nullopt;
    Json e = Json::parse(rest.substr(0, extraction_size));
    Processed p;
    p.extraction.document = DocumentFrom(e.at("document"));
    p.extraction.rules_version = e.at("rules_version").get<std::string>();
    for (const Json& r : e.at("records")) p.extraction.records.push_back(RecordFrom(r));
    p.document_json = std::string(rest.substr(extraction_size));
    return Result<Processed>(std::move(p));
  } catch (const std::exception&) {
    return std::nullopt;  // malformed: the caller reports the child as broken
  }
}

}  // namespace baocao
