// Legacy Word (.doc) and OpenDocument (.odt) files, converted to DOCX by
// LibreOffice headless when it is installed, then read by the DOCX reader.
//
//   OfficeOptions options;                          // soffice from $PATH
//   if (!LibreOfficeAvailable(options)) quarantine("…install LibreOffice…");
//   Result<std::string> docx = ConvertToDocx(bytes, "doc", options);
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

#include <string>
#include <string_view>

#include "util/status.h"

namespace baocao {

struct OfficeOptions {
  // The LibreOffice binary; "" = the first of soffice, libreoffice on $PATH.
  std::string soffice;
  // A 50-page .doc converts in 2-5 s; a hostile one may never finish.
  int timeout_seconds = 60;
};

// The LibreOffice binary that would be used, or "" if none is installed.
std::string FindLibreOffice(const OfficeOptions& options);
inline bool LibreOfficeAvailable(const OfficeOptions& options) { return !FindLibreOffice(options).empty(); }

// Converts a .doc / .odt (`extension` "doc" or "odt": LibreOffice picks its
// import filter by it) to DOCX bytes. Fails with Status::Unsupported when
// LibreOffice is missing, Status::InvalidInput when it cannot convert the
// file or runs out of time.
Result<std::string> ConvertToDocx(std::string_view bytes, const std::string& extension, const OfficeOptions& options);

}  // namespace baocao

#endif  // BAOCAO_INGEST_OFFICE_CONVERT_H_
