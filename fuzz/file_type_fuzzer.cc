// File-type detection on any bytes: DetectFileType and the zip entry lister
// it uses, which read every submitted file before anything else does.
#include <string>
#include <vector>

#include "fuzz/fuzz_target.h"
#include "ingest/file_type.h"
#include "ingest/docx/zip_archive.h"

namespace {

int FuzzFileType(const std::uint8_t* data, std::size_t size) {
  if (size > (256 << 10)) return -1;
  const std::string_view bytes = baocao::fuzz::AsText(data, size);
  const baocao::FileType type = baocao::DetectFileType(bytes);
  FUZZ_CHECK(baocao::FileTypeName(type) != nullptr);
  FUZZ_CHECK((type == baocao::FileType::kEmpty) == bytes.empty());
  std::vector<std::string> names;
  baocao::ListZipEntryNames(bytes, &names);
  return 0;
}

}  // namespace

BAOCAO_FUZZ_TARGET(file_type, FuzzFileType)
