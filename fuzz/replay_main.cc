// fuzz_replay TARGET PATH...: runs the fuzz target TARGET once on each file
// (a directory: on each file under it, in name order) and exits 0 when none
// crashed. Every fuzz/*_fuzzer.cc is linked in and registers itself
// (fuzz_target.h). CTest runs it over tests/data/fuzz-regressions/TARGET/
// and the seed corpora, in the ordinary build and the sanitizer build.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "fuzz/fuzz_target.h"

namespace baocao::fuzz {
namespace {

std::map<std::string, Entry>& Targets() {
  static std::map<std::string, Entry> targets;
  return targets;
}

}  // namespace

bool RegisterTarget(const char* name, Entry entry) {
  Targets()[name] = entry;
  return true;
}

}  // namespace baocao::fuzz

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  const auto& targets = baocao::fuzz::Targets();
  if (argc < 2 || targets.count(argv[1]) == 0) {
    std::fprintf(stderr, "usage: fuzz_replay TARGET FILE|DIR...\ntargets:");
    for (const auto& [name, entry] : targets) std::fprintf(stderr, " %s", name.c_str());
    std::fprintf(stderr, "\n");
    return 2;
  }
  const baocao::fuzz::Entry entry = targets.at(argv[1]);
  std::vector<fs::path> files;
  for (int i = 2; i < argc; ++i) {
    std::error_code ec;
    if (fs::is_directory(argv[i], ec)) {
      for (const auto& e : fs::recursive_directory_iterator(argv[i])) {
        if (e.is_regular_file() && e.path().filename().string().front() != '.' &&
            e.path().extension() != ".md") {
          files.push_back(e.path());
        }
      }
    } else if (fs::is_regular_file(argv[i], ec)) {
      files.push_back(argv[i]);
    } else {
      std::fprintf(stderr, "fuzz_replay: no such file or folder: %s\n", argv[i]);
      return 2;
    }
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::fprintf(stderr, "%s %s (%zu bytes)\n", argv[1], file.c_str(), bytes.size());
    entry(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  std::printf("fuzz_replay %s: %zu inputs, no crash\n", argv[1], files.size());
  return 0;
}
