// Plain-text files through the converter's entry (ConvertBytes): detection
// as text, disguised RTF/HTML/Word XML, UTF-8 checks and the byte-by-byte
// view of 8-bit legacy text; then every later stage on the document
// (legacy-encoding detection, canonical text, extraction), as ProcessBytes
// runs them. Inputs that are not detected as text are left to the other
// targets.
#include "fuzz/fuzz_support.h"
#include "fuzz/fuzz_target.h"
#include "ingest/converter.h"
#include "ingest/file_type.h"

namespace {

int FuzzText(const std::uint8_t* data, std::size_t size) {
  if (size > (16 << 10)) return -1;
  const std::string_view bytes = baocao::fuzz::AsText(data, size);
  if (baocao::DetectFileType(bytes) != baocao::FileType::kText) return -1;
  baocao::ConvertOptions options;
  options.office.soffice = "/nonexistent/soffice";  // never start LibreOffice
  baocao::Result<baocao::Document> doc = baocao::ConvertBytes(bytes, options);
  if (!doc.ok()) {
    FUZZ_CHECK(!doc.status().reason().empty());
    return 0;
  }
  FUZZ_CHECK(doc.value().format == "txt");
  baocao::fuzz::RunLaterStages(std::move(doc).value());
  return 0;
}

}  // namespace

BAOCAO_FUZZ_TARGET(text, FuzzText)
