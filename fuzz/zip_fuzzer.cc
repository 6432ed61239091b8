// The zip reader under the DOCX reader: the limits checked from the central
// directory (chosen from hash bits, tight ones included, so the refusal
// paths are exercised too) and every entry read through them.
#include "fuzz/fuzz_target.h"
#include "ingest/docx/zip_archive.h"

namespace {

int FuzzZip(const std::uint8_t* data, std::size_t size) {
  if (size > (256 << 10)) return -1;
  const std::uint32_t hash = baocao::fuzz::Hash(data, size);
  baocao::DocxLimits limits;
  if (hash & 1) limits.max_entries = 1 + static_cast<int>((hash >> 8) & 15);
  if (hash & 2) limits.max_uncompressed_bytes = (hash >> 12) & 0xffff;
  if (hash & 4) limits.max_compression_ratio = 1.0 + ((hash >> 4) & 15);
  if (hash & 8) limits.ratio_check_min_bytes = 0;
  // Never more than 64 MiB decompressed per input, whatever the hash says.
  limits.max_uncompressed_bytes = std::min<std::uint64_t>(limits.max_uncompressed_bytes, 64 << 20);

  baocao::Result<baocao::ZipArchive> zip = baocao::ZipArchive::Open(baocao::fuzz::AsText(data, size), limits);
  if (!zip.ok()) {
    FUZZ_CHECK(!zip.status().reason().empty());
    return 0;
  }
  for (const std::string& name : zip.value().names()) {
    FUZZ_CHECK(zip.value().Contains(name));
    baocao::Result<std::string> entry = zip.value().Read(name);
    if (entry.ok()) FUZZ_CHECK(entry.value().size() <= limits.max_uncompressed_bytes);
  }
  zip.value().Read("word/document.xml");
  return 0;
}

}  // namespace

BAOCAO_FUZZ_TARGET(zip, FuzzZip)
