#include "ingest/docx/zip_recover.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <optional>

namespace baocao {
namespace {

constexpr std::uint32_t kLocalSignature = 0x04034b50;
constexpr std::uint32_t kCentralSignature = 0x02014b50;
constexpr std::uint32_t kEndSignature = 0x06054b50;
constexpr std::uint32_t kDescriptorSignature = 0x08074b50;
constexpr std::size_t kLocalHeaderSize = 30;
constexpr std::uint16_t kFlagEncrypted = 1;
constexpr std::uint16_t kFlagDescriptor = 8;
constexpr std::uint16_t kStored = 0;
constexpr std::uint16_t kDeflated = 8;

std::uint16_t U16(std::string_view b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}
std::uint32_t U32(std::string_view b, std::size_t at) {
  return static_cast<std::uint32_t>(U16(b, at)) | static_cast<std::uint32_t>(U16(b, at + 2)) << 16;
}
void Put16(std::string* out, std::uint32_t v) {
  out->push_back(static_cast<char>(v & 0xFF));
  out->push_back(static_cast<char>((v >> 8) & 0xFF));
}
void Put32(std::string* out, std::uint32_t v) {
  Put16(out, v & 0xFFFF);
  Put16(out, v >> 16);
}

struct Entry {
  std::size_t offset = 0;  // of the local header
  std::uint16_t version = 20, flags = 0, method = 0, time = 0, date = 0;
  std::uint32_t crc = 0, packed = 0, size = 0;
  std::string name;
  std::size_t end = 0;  // past the data and its descriptor
};

// Inflates the raw deflate stream at `data` to measure it: its CRC, its
// size, and how many compressed bytes it takes. Nothing is kept. Fails when
// the stream is cut short or corrupt; refuses as Hostile past the limits.
Status Measure(std::string_view data, const DocxLimits& limits, std::uint64_t* total, Entry* e) {
  z_stream z{};
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return Status::Internal("zlib could not start");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(std::min<std::size_t>(data.size(), 0x7FFFFFFF));
  unsigned char buf[1 << 15];
  uLong crc = crc32(0L, Z_NULL, 0);
  std::uint64_t size = 0;
  int rc = Z_OK;
  Status status;
  while (rc == Z_OK) {
    z.next_out = buf;
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    const std::size_t got = sizeof buf - z.avail_out;
    crc = crc32(crc, buf, static_cast<uInt>(got));
    size += got;
    if (*total + size > limits.max_uncompressed_bytes) {
      status = Status::Hostile("zip bomb: entries inflate past the limit of " +
                               std::to_string(limits.max_uncompressed_bytes >> 20) + " MiB");
      break;
    }
    if (size > limits.ratio_check_min_bytes &&
        static_cast<double>(size) > limits.max_compression_ratio * static_cast<double>(std::max<uLong>(z.total_in, 1))) {
      status = Status::Hostile("zip bomb: entry " + e->name + " expands over " +
                               std::to_string(static_cast<int>(limits.max_compression_ratio)) + ":1");
      break;
    }
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // input ran out: cut short
  }
  const uLong consumed = z.total_in;
  inflateEnd(&z);
  if (!status.ok()) return status;
  if (rc != Z_STREAM_END) return Status::InvalidInput("entry " + e->name + " is cut short or corrupt");
  if (size > 0xFFFFFFFFull || consumed > 0xFFFFFFFFull) return Status::InvalidInput("entry " + e->name + " too large");
  *total += size;
  e->crc = static_cast<std::uint32_t>(crc);
  e->size = static_cast<std::uint32_t>(size);
  e->packed = static_cast<std::uint32_t>(consumed);
  return Status();
}

// The local header at `at`, or nullopt when none is whole there.
std::optional<Entry> LocalHeader(std::string_view b, std::size_t at) {
  if (at + kLocalHeaderSize > b.size() || U32(b, at) != kLocalSignature) return std::nullopt;
  Entry e;
  e.offset = at;
  e.version = U16(b, at + 4);
  e.flags = U16(b, at + 6);
  e.method = U16(b, at + 8);
  e.time = U16(b, at + 10);
  e.date = U16(b, at + 12);
  e.crc = U32(b, at + 14);
  e.packed = U32(b, at + 18);
  e.size = U32(b, at + 22);
  const std::size_t name_len = U16(b, at + 26), extra_len = U16(b, at + 28);
  if (at + kLocalHeaderSize + name_len + extra_len > b.size()) return std::nullopt;
  e.name = std::string(b.substr(at + kLocalHeaderSize, name_len));
  e.end = at + kLocalHeaderSize + name_len + extra_len;  // the data's start, for now
  return e;
}

}  // namespace

std::vector<std::string> LocalEntryNames(std::string_view bytes) {
  std::vector<std::string> names;
  std::size_t at = bytes.find("PK\x03\x04");
  while (at != std::string_view::npos && names.size() < 100000) {
    std::size_t next = at + 4;
    if (std::optional<Entry> e = LocalHeader(bytes, at)) {
      names.push_back(e->name);
      // The next header starts after this one's name: names never overlap,
      // so the names copied add up to no more than the input (headers
      // overlapping every 4 bytes, each with a 64 KiB name, once took
      // minutes on 200 KB).
      next = std::max(next, e->end);
    }
    at = bytes.find("PK\x03\x04", next);
  }
  return names;
}

Result<std::string> RebuildZipDirectory(std::string_view bytes, const DocxLimits& limits) {
  std::vector<Entry> entries;
  std::uint64_t total = 0;
  std::size_t at = 0;
  std::string stopped;  // why the scan ended before the bytes did
  while (at + kLocalHeaderSize <= bytes.size()) {
    std::optional<Entry> header = LocalHeader(bytes, at);
    if (!header) break;  // the old central directory, or damage: the entries end here
    Entry e = *header;
    const std::size_t data = e.end;
    if ((e.flags & kFlagEncrypted) != 0) return Status::Encrypted("the DOCX entry " + e.name + " is encrypted");
    if ((e.flags & kFlagDescriptor) != 0) {
      if (e.method != kDeflated) {
        stopped = "entry " + e.name + " has no recorded size";
        break;
      }
      Status measured = Measure(bytes.substr(data), limits, &total, &e);
      if (measured.code() == Status::Code::kHostile) return measured;
      if (!measured.ok()) {
        stopped = measured.reason();
        break;
      }
      e.end = data + e.packed;
      // The descriptor: an optional signature, CRC, sizes.
      e.end += e.end + 4 <= bytes.size() && U32(bytes, e.end) == kDescriptorSignature ? 16 : 12;
      if (e.end > bytes.size()) {
        stopped = "entry " + e.name + " is cut short";
        break;
      }
    } else {
      if (e.method != kStored && e.method != kDeflated) {
        stopped = "entry " + e.name + " uses an unknown compression";
        break;
      }
      if (e.packed == 0xFFFFFFFFu || e.size == 0xFFFFFFFFu || data + e.packed > bytes.size()) {
        stopped = "entry " + e.name + " is cut short";
        break;
      }
      total += e.size;
      if (total > limits.max_uncompressed_bytes) {
        return Status::Hostile("zip bomb: entries declare over " + std::to_string(limits.max_uncompressed_bytes >> 20) +
                               " MiB");
      }
      e.end = data + e.packed;
    }
    at = e.end;
    entries.push_back(std::move(e));
    if (static_cast<int>(entries.size()) > limits.max_entries) {
      return Status::Hostile("zip has over " + std::to_string(limits.max_entries) + " entries");
    }
  }
  if (entries.empty()) {
    return Status::InvalidInput(stopped.empty() ? "no whole entry behind a local header" : stopped);
  }
  if (entries.size() > 0xFFFF || at > 0xFFFFFFFFu) return Status::InvalidInput("too large to rebuild");

  std::string out(bytes.substr(0, at));
  const std::size_t directory = out.size();
  for (const Entry& e : entries) {
    Put32(&out, kCentralSignature);
    Put16(&out, 20);  // made by: MS-DOS, zip 2.0
    Put16(&out, e.version);
    Put16(&out, e.flags);
    Put16(&out, e.method);
    Put16(&out, e.time);
    Put16(&out, e.date);
    Put32(&out, e.crc);
    Put32(&out, e.packed);
    Put32(&out, e.size);
    Put16(&out, static_cast<std::uint32_t>(e.name.size()));
    Put16(&out, 0);  // extra
    Put16(&out, 0);  // comment
    Put16(&out, 0);  // disk
    Put16(&out, 0);  // internal attributes
    Put32(&out, 0);  // external attributes
    Put32(&out, static_cast<std::uint32_t>(e.offset));
    out += e.name;
  }
  const std::size_t directory_size = out.size() - directory;
  Put32(&out, kEndSignature);
  Put16(&out, 0);
  Put16(&out, 0);
  Put16(&out, static_cast<std::uint32_t>(entries.size()));
  Put16(&out, static_cast<std::uint32_t>(entries.size()));
  Put32(&out, static_cast<std::uint32_t>(directory_size));
  Put32(&out, static_cast<std::uint32_t>(directory));
  Put16(&out, 0);
  return out;
}

}  // namespace baocao
