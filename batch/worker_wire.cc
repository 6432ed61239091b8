#include "batch/worker_wire.h"

#include "extractors/record_json_value.h"

namespace baocao {
namespace {

using Json = OrderedJson;

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

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// A header count, or nullopt: nlohmann's get<std::size_t>() of 1e30 or -1 is
// undefined behaviour (a float cast out of range), so the kind is checked first.
std::optional<std::size_t> Count(const Json& header, const char* key) {
  auto it = header.find(key);
  if (it == header.end() || !it->is_number_unsigned()) return std::nullopt;
  return it->get<std::size_t>();
}

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
  for (const Record& r : e.records) records.push_back(RecordToFlatJson(r));
  std::string extraction =
      Dump(Json{{"document", DocumentToJson(e.document)}, {"rules_version", e.rules_version}, {"records", records}});
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
      if (!rest.empty() || !header.at("code").is_number_integer()) return std::nullopt;
      return Result<Processed>(StatusFrom(header.at("code").get<int>(), header.at("reason").get<std::string>()));
    }
    std::optional<std::size_t> extraction_size = Count(header, "extraction");
    std::optional<std::size_t> document_size = Count(header, "document");
    if (!extraction_size || !document_size) return std::nullopt;
    // Compared one at a time: the sum of two hostile counts can wrap.
    if (*extraction_size > rest.size() || rest.size() - *extraction_size != *document_size) return std::nullopt;
    Json e = Json::parse(rest.substr(0, *extraction_size));
    Processed p;
    Result<DocumentInfo> document = DocumentFromJson(e.at("document"));
    if (!document.ok()) return std::nullopt;
    p.extraction.document = std::move(document).value();
    p.extraction.rules_version = e.at("rules_version").get<std::string>();
    for (const Json& j : e.at("records")) {
      Result<Record> r = RecordFromFlatJson(j);
      if (!r.ok()) return std::nullopt;
      p.extraction.records.push_back(std::move(r).value());
    }
    p.document_json = std::string(rest.substr(*extraction_size));
    return Result<Processed>(std::move(p));
  } catch (const std::exception&) {
    return std::nullopt;  // malformed: the caller reports the child as broken
  }
}

}  // namespace baocao
