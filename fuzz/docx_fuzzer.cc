// The DOCX reader on any bytes (zip, XML parts, styles, numbering, tables,
// text boxes, tracked changes), then, for one input in four, what the
// pipeline does next with its document (fuzz_support.h).
#include "fuzz/fuzz_support.h"
#include "fuzz/fuzz_target.h"
#include "ingest/docx/reader.h"

namespace {

int FuzzDocx(const std::uint8_t* data, std::size_t size) {
  if (size > (256 << 10)) return -1;
  const std::uint32_t hash = baocao::fuzz::Hash(data, size);
  baocao::DocxLimits limits;
  limits.max_uncompressed_bytes = 64 << 20;
  if (hash & 1) limits.max_xml_depth = 8 + static_cast<int>((hash >> 8) & 63);
  baocao::Result<baocao::Document> doc = baocao::ReadDocx(baocao::fuzz::AsText(data, size), limits);
  if (!doc.ok()) {
    FUZZ_CHECK(!doc.status().reason().empty());
    return 0;
  }
  if ((hash & 6) == 0) baocao::fuzz::RunLaterStages(std::move(doc).value());
  return 0;
}

}  // namespace

BAOCAO_FUZZ_TARGET(docx, FuzzDocx)
