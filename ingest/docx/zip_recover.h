// A zip whose central directory is damaged or missing (a download cut
// short, a mail gateway that mangled the end of the file) still holds its
// entries one after another, each behind a local header. This rebuilds the
// directory from those headers so the archive opens as usual.
//
//   Result<std::string> fixed = RebuildZipDirectory(bytes, limits);
//   if (fixed.ok()) zip = ZipArchive::Open(fixed.value(), limits);
//
// The result is the bytes up to the end of the last whole entry followed by
// a new central directory. Entries whose sizes the local header leaves to a
// data descriptor (bit 3) are measured by inflating them, under the same
// limits as any entry (a bomb is refused as Hostile before its memory is
// spent: nothing inflated is kept). An entry cut short ends the archive.
//
// Fails with Status::InvalidInput when no whole entry is found.
//
// Thread safety: pure function.
#ifndef BAOCAO_INGEST_DOCX_ZIP_RECOVER_H_
#define BAOCAO_INGEST_DOCX_ZIP_RECOVER_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/docx/reader.h"
#include "util/status.h"

namespace baocao {

Result<std::string> RebuildZipDirectory(std::string_view bytes, const DocxLimits& limits);

// The entry names behind local headers, in file order, without
// decompressing anything: for file type detection of a damaged zip.
std::vector<std::string> LocalEntryNames(std::string_view bytes);

}  // namespace baocao

#endif  // BAOCAO_INGEST_DOCX_ZIP_RECOVER_H_
