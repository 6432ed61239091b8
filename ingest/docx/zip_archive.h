// A read-only zip archive over bytes in memory (libzip), for the DOCX reader.
//
// Every limit is checked from the central directory when the archive is
// opened, before a single entry is decompressed, so a zip bomb is refused
// without spending its memory:
//
//   Result<ZipArchive> zip = ZipArchive::Open(bytes, limits);
//   if (!zip.ok()) return zip.status();          // Hostile or InvalidInput
//   Result<std::string> xml = zip.value().Read("word/document.xml");
//
// Declared sizes can lie, so Read() never takes more than an entry's declared
// size: a stream that yields more is refused as Hostile.
//
// Lifetime: the archive reads `bytes` in place; they must outlive it.
// Thread safety: one archive per thread (libzip handles are not shared).
#ifndef BAOCAO_INGEST_DOCX_ZIP_ARCHIVE_H_
#define BAOCAO_INGEST_DOCX_ZIP_ARCHIVE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/docx/reader.h"
#include "util/status.h"

struct zip;

namespace baocao {

class ZipArchive {
 public:
  // Opens and checks the limits (max_entries, max_uncompressed_bytes,
  // max_compression_ratio above ratio_check_min_bytes). A file that is not a
  // readable zip gives InvalidInput naming libzip's complaint.
  static Result<ZipArchive> Open(std::string_view bytes, const DocxLimits& limits);

  ZipArchive(ZipArchive&&) noexcept = default;
  ZipArchive& operator=(ZipArchive&&) noexcept = default;
  ~ZipArchive() = default;

  // Entry names in central-directory order.
  const std::vector<std::string>& names() const { return names_; }

  // True when an entry of that name exists. OPC part names are
  // case-insensitive, so lookups ignore case.
  bool Contains(std::string_view name) const;

  // The whole entry. NotFound when absent; InvalidInput when the data is
  // corrupt (bad CRC, truncated); Hostile when it inflates past its
  // declared size.
  Result<std::string> Read(std::string_view name) const;

 private:
  struct Closer {
    void operator()(zip* archive) const;
  };

  ZipArchive() = default;

  std::unique_ptr<zip, Closer> archive_;
  std::vector<std::string> names_;
};

// Lists entry names without decompressing anything and without limits, for
// file type detection. Returns false when the central directory cannot be
// read (not a zip, truncated).
bool ListZipEntryNames(std::string_view bytes, std::vector<std::string>* names);

}  // namespace baocao

#endif  // BAOCAO_INGEST_DOCX_ZIP_ARCHIVE_H_
