// Shared helpers for the end-to-end tests: temp dirs, file copies, rules.
#ifndef BAOCAO_TESTS_SUPPORT_TEST_SUPPORT_H_
#define BAOCAO_TESTS_SUPPORT_TEST_SUPPORT_H_

#include <stdlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/rules.h"
#include "tests/support/temp_dir.h"

namespace baocao::testing {

namespace fs = std::filesystem;

inline std::string ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

// The committed samples: every samples/*.docx that has an expected file.
inline std::vector<fs::path> SampleFiles() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(BAOCAO_SAMPLES)) {
    fs::path p = e.path();
    if (p.extension() != ".docx") continue;
    fs::path expected = p;
    expected.replace_extension(".expected.jsonl");
    if (fs::exists(expected)) out.push_back(p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

inline const RuleSet& Rules() {
  static const RuleSet* rules = new RuleSet(RuleSet::LoadDirectory(BAOCAO_RULES).value());
  return *rules;
}

// Runs a shell command, returns its exit code and stdout.
inline int Run(const std::string& command, std::string* out = nullptr) {
  FILE* p = popen(command.c_str(), "r");
  if (p == nullptr) return -1;
  std::string text;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) text.append(buf, n);
  int status = pclose(p);
  if (out != nullptr) *out = text;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace baocao::testing

#endif  // BAOCAO_TESTS_SUPPORT_TEST_SUPPORT_H_
