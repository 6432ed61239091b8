#include "ingest/docx/zip_archive.h"

#include <zip.h>

#include <cinttypes>
#include <cstdio>
#include <string>
#include <utility>

namespace baocao {
namespace {

constexpr double kMiB = 1024.0 * 1024.0;

std::string FormatMiB(std::uint64_t bytes) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(bytes) / kMiB);
  return buf;
}

// libzip's messages are one line already ("Not a zip archive",
// "Premature end of file"); keep them for whoever debugs the quarantine.
std::string ErrorText(zip_error_t* error) {
  const char* text = zip_error_strerror(error);
  return text != nullptr ? text : "unknown libzip error";
}

std::string Unreadable(std::string detail) {
  return "not a readable DOCX: the zip is truncated or corrupt (" + detail + ")";
}

// Opens `bytes` as a read-only archive. On failure returns nullptr and fills
// *detail with libzip's message.
zip_t* OpenFromMemory(std::string_view bytes, std::string* detail) {
  zip_error_t error;
  zip_error_init(&error);
  // libzip does not accept a null buffer even for length 0.
  static const char kEmpty = 0;
  const void* data = bytes.empty() ? &kEmpty : bytes.data();
  zip_source_t* source = zip_source_buffer_create(data, bytes.size(), 0, &error);
  if (source == nullptr) {
    *detail = ErrorText(&error);
    zip_error_fini(&error);
    return nullptr;
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    *detail = ErrorText(&error);
    zip_source_free(source);  // still ours when the open failed
    zip_error_fini(&error);
    return nullptr;
  }
  zip_error_fini(&error);
  return archive;
}

}  // namespace

void ZipArchive::Closer::operator()(zip* archive) const {
  // Read-only: discard never writes anything back.
  if (archive != nullptr) zip_discard(archive);
}

Result<ZipArchive> ZipArchive::Open(std::string_view bytes, const DocxLimits& limits) {
  std::string detail;
  zip_t* raw = OpenFromMemory(bytes, &detail);
  if (raw == nullptr) return Status::InvalidInput(Unreadable(detail));
  ZipArchive result;
  result.archive_.reset(raw);

  const zip_int64_t count = zip_get_num_entries(raw, 0);
  if (count < 0) return Status::InvalidInput(Unreadable("no entry count"));
  if (count > limits.max_entries) {
    return Status::Hostile("zip has " + std::to_string(count) + " entries, over the limit of " +
                           std::to_string(limits.max_entries));
  }

  std::uint64_t total = 0;
  result.names_.reserve(static_cast<std::size_t>(count));
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(raw, static_cast<zip_uint64_t>(i), 0, &st) != 0) {
      return Status::InvalidInput(Unreadable(ErrorText(zip_get_error(raw))));
    }
    const std::string name = (st.valid & ZIP_STAT_NAME) && st.name ? st.name : "";
    const std::uint64_t size = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
    const std::uint64_t packed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
    // Saturating sum: declared sizes are attacker-controlled 64-bit values.
    total = (size > UINT64_MAX - total) ? UINT64_MAX : total + size;
    if (total > limits.max_uncompressed_bytes) {
      return Status::Hostile("zip bomb: " + FormatMiB(total) + " MiB uncompressed, over the limit of " +
                             FormatMiB(limits.max_uncompressed_bytes) + " MiB");
    }
    if (size > limits.ratio_check_min_bytes) {
      const double ratio = static_cast<double>(size) / static_cast<double>(packed == 0 ? 1 : packed);
      if (ratio > limits.max_compression_ratio) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f", ratio);
        return Status::Hostile("zip bomb: entry " + name + " expands " + buf + ":1");
      }
    }
    result.names_.push_back(name);
  }
  return result;
}

bool ZipArchive::Contains(std::string_view name) const {
  const std::string key(name);
  return zip_name_locate(archive_.get(), key.c_str(), ZIP_FL_NOCASE) >= 0;
}

Result<std::string> ZipArchive::Read(std::string_view name) const {
  const std::string key(name);
  const zip_int64_t index = zip_name_locate(archive_.get(), key.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return Status::NotFound("the DOCX has no " + key);

  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(archive_.get(), static_cast<zip_uint64_t>(index), 0, &st) != 0 ||
      !(st.valid & ZIP_STAT_SIZE)) {
    return Status::InvalidInput(Unreadable(ErrorText(zip_get_error(archive_.get()))));
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
    return Status::Encrypted("the DOCX entry " + key + " is encrypted; remove the password and resubmit");
  }

  zip_file_t* file = zip_fopen_index(archive_.get(), static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) {
    return Status::InvalidInput(Unreadable(key + ": " + ErrorText(zip_get_error(archive_.get()))));
  }
  // The declared size passed the limits in Open(); never hold more than
  // that plus one byte, the byte that proves the size was a lie.
  const std::uint64_t cap = st.size + 1;
  std::string out;
  out.resize(static_cast<std::size_t>(cap));
  std::uint64_t got = 0;
  Status status;
  while (got < cap) {
    const zip_int64_t n = zip_fread(file, out.data() + got, cap - got);
    if (n < 0) {
      status = Status::InvalidInput(Unreadable(key + ": " + ErrorText(zip_file_get_error(file))));
      break;
    }
    if (n == 0) break;
    got += static_cast<std::uint64_t>(n);
  }
  zip_fclose(file);
  if (!status.ok()) return status;
  if (got > st.size) {
    return Status::Hostile("zip bomb: entry " + key + " inflates past its declared size of " +
                           std::to_string(st.size) + " bytes");
  }
  out.resize(static_cast<std::size_t>(got));
  return out;
}

bool ListZipEntryNames(std::string_view bytes, std::vector<std::string>* names) {
  std::string detail;
  zip_t* archive = OpenFromMemory(bytes, &detail);
  if (archive == nullptr) return false;
  const zip_int64_t count = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = zip_get_name(archive, static_cast<zip_uint64_t>(i), 0);
    if (name != nullptr) names->emplace_back(name);
  }
  zip_discard(archive);
  return count >= 0;
}

}  // namespace baocao
