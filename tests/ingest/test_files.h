// Reading committed test files (samples, fixtures) whole.
#ifndef BAOCAO_TESTS_INGEST_TEST_FILES_H_
#define BAOCAO_TESTS_INGEST_TEST_FILES_H_

#include <filesystem>
#include <string>

#include "util/files.h"

namespace baocao {

// The whole file; empty when unreadable (the test then fails on it).
inline std::string Slurp(const std::filesystem::path& path) {
  Result<std::string> bytes = ReadFileBytes(path.string());
  return bytes.ok() ? bytes.value() : std::string();
}

}  // namespace baocao

#endif  // BAOCAO_TESTS_INGEST_TEST_FILES_H_
