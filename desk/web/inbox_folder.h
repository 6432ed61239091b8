// The inbox folder as the clerk sees it in the browser: files waiting,
// files quarantined with their one-line reasons, an upload written into the
// inbox under a safe name, and "try again" (a quarantined file moved back).
// The pass itself is batch/inbox.h's; this only lists and moves files.
//
//   Result<InboxListing> l = ListInbox("/srv/baocao/inbox");
//   Result<std::string> name = SaveUpload(inbox, "../../báo cáo.docx", bytes);  // "báo cáo.docx"
//
// Nothing here deletes a file. Uploads are written under a hidden temporary
// name the inbox pass ignores, then renamed, so a pass never reads half a
// file.
//
// Thread safety: plain functions over the file system.
#ifndef BAOCAO_DESK_WEB_INBOX_FOLDER_H_
#define BAOCAO_DESK_WEB_INBOX_FOLDER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "util/status.h"

namespace baocao::web {

struct InboxFile {
  std::string name;
  std::uint64_t bytes = 0;
  std::string modified;  // ISO 8601 UTC
  std::string reason;    // quarantined files: the first line of NAME.reason.txt
};

struct InboxListing {
  std::vector<InboxFile> waiting;      // what the next pass will read (name order)
  std::vector<InboxFile> quarantined;  // quarantine/, newest first
};

// NotFound when `inbox` is not a folder.
Result<InboxListing> ListInbox(const std::string& inbox);

// A file name from a browser made safe for the inbox: the last path
// component only (both / and \ separate), control characters, quotes and
// characters Windows forbids replaced by '_', leading dots, '~$' and spaces
// removed (they would make the inbox ignore it), at most 150 bytes (the
// extension kept), never empty ("upload"). Valid UTF-8 is kept as is.
std::string SafeFileName(const std::string& raw);

// Writes `content` into the inbox as SafeFileName(raw_name), made unique
// with " (2)", " (3)"... when the name is taken. Returns the name used.
// InvalidInput when `content` is empty.
Result<std::string> SaveUpload(const std::string& inbox, const std::string& raw_name, const std::string& content);

// Moves quarantine/NAME back into the inbox (unique name there) and its
// reason file to quarantine/retried/. NotFound when there is no such
// quarantined file; InvalidInput for a name that is not a plain file name.
Result<std::string> RetryQuarantined(const std::string& inbox, const std::string& name);

}  // namespace baocao::web

#endif  // BAOCAO_DESK_WEB_INBOX_FOLDER_H_
