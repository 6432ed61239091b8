#include "pipeline/pipeline.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <new>

#include "document/document_json.h"
#include "extractors/extract.h"
#include "normalize/normalize_document.h"
#include "pipeline/source_region.h"
#include "util/sha256.h"

namespace baocao {

Extraction ExtractNormalized(const Document& doc, const RuleSet& rules, DocumentInfo info) {
  Extraction e = Extract(doc, rules, std::move(info));
  e.document.warnings = doc.warnings;
  AttachSourceBoxes(doc, &e.records);
  return e;
}

Result<Processed> ProcessBytes(std::string_view bytes, const std::string& file_name, const RuleSet& rules,
                               const ConvertOptions& options) {
  Result<Document> converted = ConvertBytes(bytes, options);
  if (!converted.ok()) return converted.status();
  Document doc = std::move(converted).value();
  normalize::NormalizeDocument(&doc);
  DocumentInfo info;
  info.file = file_name;
  info.sha256 = Sha256Hex(bytes);
  Processed out;
  out.extraction = ExtractNormalized(doc, rules, std::move(info));
  out.document_json = DocumentToJson(doc);
  return out;
}

std::string DefaultRulesDirectory() {
  if (const char* env = std::getenv("BAOCAO_RULES"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    std::filesystem::path installed = exe.parent_path() / ".." / "share" / "baocao" / "rules";
    if (std::filesystem::is_directory(installed, ec)) return installed.lexically_normal().string();
  }
  return BAOCAO_SOURCE_RULES_DIR;
}

}  // namespace baocao
