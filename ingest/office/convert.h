// Legacy Word (.doc), OpenDocument (.odt) and RTF files, converted to DOCX
// by LibreOffice headless (Debian: libreoffice-writer-nogui), then read by
// the DOCX reader.
//
//   OfficeOptions options;                          // soffice from $PATH
//   if (!LibreOfficeAvailable(options)) quarantine("…install LibreOffice…");
//   Result<std::string> docx = ConvertToDocx(bytes, "doc", options);
//
// LibreOffice's start-up costs about 4.5 s of CPU, a small report's
// conversion 0.1 s (measured on the project machine). A batch converts all
// its files in one run first and hands the results to the per-file
// converter:
//
//   options.prepared = ConvertManyToDocx(files, options);  // one start-up
//   ... ConvertToDocx(bytes, "doc", options)               // found there
//
// Sandbox: each conversion runs in a fresh private temporary directory that
// is also its HOME and LibreOffice profile (no user settings, no other
// instance shared), with its output thrown away, a time limit after which
// the whole process group is killed, and the directory removed afterwards.
// LibreOffice is never needed by the tests or the rest of the pipeline.
//
// Thread safety: reentrant (each call has its own directory and process).
#ifndef BAOCAO_INGEST_OFFICE_CONVERT_H_
#define BAOCAO_INGEST_OFFICE_CONVERT_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace baocao {

// Files converted ahead, by the SHA-256 of their bytes: the DOCX bytes.
using PreparedDocx = std::map<std::string, std::string>;

struct OfficeOptions {
  // The LibreOffice binary; "" = the first of soffice, libreoffice on $PATH.
  std::string soffice;
  // A 50-page .doc converts in 2-5 s after start-up; a hostile one may
  // never finish.
  int timeout_seconds = 60;
  // Conversions done ahead by ConvertManyToDocx; may be null.
  std::shared_ptr<const PreparedDocx> prepared;
};

// One file for ConvertManyToDocx.
struct OfficeFile {
  std::string_view bytes;
  std::string extension;  // "doc", "odt" or "rtf"
};

// The LibreOffice binary that would be used, or "" if none is installed.
std::string FindLibreOffice(const OfficeOptions& options);
inline bool LibreOfficeAvailable(const OfficeOptions& options) { return !FindLibreOffice(options).empty(); }

// Converts a .doc / .odt / .rtf (`extension` "doc", "odt" or "rtf":
// LibreOffice picks its import filter by it) to DOCX bytes, or takes them
// from options.prepared. Fails with Status::Unsupported when LibreOffice is
// missing, Status::InvalidInput when it cannot convert the file or runs out
// of time.
Result<std::string> ConvertToDocx(std::string_view bytes, const std::string& extension, const OfficeOptions& options);

// Converts `files` in one LibreOffice run, with a time limit of
// options.timeout_seconds plus 10 s a file. Returns the DOCX of each file
// converted, by SHA-256; a file that failed (or the whole run, past its
// time) is simply absent, and ConvertToDocx then tries it on its own.
std::shared_ptr<const PreparedDocx> ConvertManyToDocx(const std::vector<OfficeFile>& files,
                                                      const OfficeOptions& options);

}  // namespace baocao

#endif  // BAOCAO_INGEST_OFFICE_CONVERT_H_
