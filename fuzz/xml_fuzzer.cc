// The XML guard every DOCX part passes: DTDs refused, depth bounded without
// recursion, parse errors reported. The depth limit comes from hash bits.
#include "fuzz/fuzz_target.h"
#include "ingest/docx/xml_guard.h"

namespace {

int FuzzXml(const std::uint8_t* data, std::size_t size) {
  if (size > (128 << 10)) return -1;
  const std::uint32_t hash = baocao::fuzz::Hash(data, size);
  const int max_depth = (hash & 1) ? 256 : 1 + static_cast<int>((hash >> 1) & 31);
  auto xml = baocao::ParseXmlPart("word/document.xml", baocao::fuzz::AsText(data, size), max_depth);
  if (!xml.ok()) {
    FUZZ_CHECK(!xml.status().reason().empty());
    return 0;
  }
  FUZZ_CHECK(baocao::XmlElementDepth(*xml.value()) <= max_depth);
  return 0;
}

}  // namespace

BAOCAO_FUZZ_TARGET(xml, FuzzXml)
