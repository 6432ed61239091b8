// Test helpers: build zips and DOCX files in memory with libzip, so every
// fixture is visible in the test that uses it.
#ifndef BAOCAO_TESTS_INGEST_ZIP_FIXTURE_H_
#define BAOCAO_TESTS_INGEST_ZIP_FIXTURE_H_

#include <zip.h>

#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace baocao::testing {

struct ZipEntry {
  std::string name;
  std::string data;
  bool store = false;  // ZIP_CM_STORE instead of deflate
};

// Writes `entries` (in order) into a zip held in memory and returns its bytes.
inline std::string MakeZip(const std::vector<ZipEntry>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) throw std::runtime_error("zip_source_buffer_create");
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("zip_open_from_source");
  zip_source_keep(buffer);  // keep the bytes after zip_close
  for (const ZipEntry& entry : entries) {
    zip_source_t* data = zip_source_buffer(archive, entry.data.data(), entry.data.size(), 0);
    const zip_int64_t index = zip_file_add(archive, entry.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) throw std::runtime_error("zip_file_add " + entry.name);
    if (entry.store) zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  if (zip_close(archive) != 0) throw std::runtime_error("zip_close");
  std::string bytes;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(buffer, &st) == 0 && zip_source_open(buffer) == 0) {
    bytes.resize(static_cast<std::size_t>(st.size));
    const zip_int64_t got = zip_source_read(buffer, bytes.data(), st.size);
    bytes.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

inline std::string MakeDocx(const std::map<std::string, std::string>& parts) {
  std::vector<ZipEntry> entries;
  entries.push_back({"[Content_Types].xml",
                     "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                     "package/2006/content-types\"/>"});
  for (const auto& [name, data] : parts) entries.push_back({name, data});
  return MakeZip(entries);
}

// The namespace declarations Word writes on every part's root.
inline constexpr const char* kWordNamespaces =
    " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
    " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
    " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
    " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
    " xmlns:v=\"urn:schemas-microsoft-com:vml\""
    " mc:Ignorable=\"wps\"";

// word/document.xml around the given body content.
inline std::string DocumentXml(const std::string& body) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document") +
         kWordNamespaces + "><w:body>" + body + "<w:sectPr/></w:body></w:document>";
}

// A DOCX with just this body (plus any extra parts).
inline std::string DocxWithBody(const std::string& body, std::map<std::string, std::string> extra = {}) {
  extra["word/document.xml"] = DocumentXml(body);
  return MakeDocx(extra);
}

// <w:p> with one plain run per text.
inline std::string P(const std::string& text) {
  return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

}  // namespace baocao::testing

#endif  // BAOCAO_TESTS_INGEST_ZIP_FIXTURE_H_
