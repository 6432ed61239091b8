// A "corrected version" of a committed sample, made in the test: the DOCX
// re-zipped with one string of word/document.xml replaced (libzip, in
// memory). Empty string when the sample cannot be read or `from` is absent.
#ifndef BAOCAO_TESTS_SUPPORT_DOCX_EDIT_H_
#define BAOCAO_TESTS_SUPPORT_DOCX_EDIT_H_

#include <zip.h>

#include <string>
#include <vector>

namespace baocao::testing {

inline std::string ReplaceInDocx(const std::string& docx, const std::string& from, const std::string& to) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* in_src = zip_source_buffer_create(docx.data(), docx.size(), 0, &error);
  zip_t* in = in_src == nullptr ? nullptr : zip_open_from_source(in_src, ZIP_RDONLY, &error);
  if (in == nullptr) {
    if (in_src != nullptr) zip_source_free(in_src);
    return "";
  }
  std::vector<std::pair<std::string, std::string>> entries;
  bool replaced = false;
  zip_int64_t n = zip_get_num_entries(in, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    auto index = static_cast<zip_uint64_t>(i);
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(in, index, 0, &st) != 0) continue;
    std::string data(static_cast<std::size_t>(st.size), '\0');
    zip_file_t* f = zip_fopen_index(in, index, 0);
    if (f == nullptr) continue;
    zip_fread(f, data.data(), st.size);
    zip_fclose(f);
    std::string name = st.name;
    if (name == "word/document.xml") {
      std::size_t at = data.find(from);
      if (at != std::string::npos) {
        data.replace(at, from.size(), to);
        replaced = true;
      }
    }
    entries.emplace_back(name, std::move(data));
  }
  zip_close(in);
  if (!replaced) return "";

  zip_source_t* out_src = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* out = zip_open_from_source(out_src, ZIP_TRUNCATE, &error);
  if (out == nullptr) return "";
  zip_source_keep(out_src);
  for (const auto& [name, data] : entries) {
    zip_source_t* s = zip_source_buffer(out, data.data(), data.size(), 0);
    zip_file_add(out, name.c_str(), s, ZIP_FL_ENC_UTF_8);
  }
  std::string bytes;
  if (zip_close(out) == 0) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(out_src, &st) == 0 && zip_source_open(out_src) == 0) {
      bytes.resize(static_cast<std::size_t>(st.size));
      zip_int64_t got = zip_source_read(out_src, bytes.data(), st.size);
      bytes.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
      zip_source_close(out_src);
    }
  }
  zip_source_free(out_src);
  zip_error_fini(&error);
  return bytes;
}

}  // namespace baocao::testing

#endif  // BAOCAO_TESTS_SUPPORT_DOCX_EDIT_H_
