// genre_tool: writes generated reports of the genre for people and benchmarks.
//
//   genre_tool --seed 42 --out x.docx [--expected x.expected.jsonl]
//   genre_tool --seed 42 --force table.family=rollup --out x.docx
//   genre_tool --batch 2000 --first-seed 1 --dir DIR   (DIR/genre-<seed>.docx + .expected.jsonl)
//   genre_tool --seed 7 --exclude-gaps tests/genre/known_gaps.txt --out x.docx  (as the test makes seed 7)
//   genre_tool --axes                                  (the grammar's axes and variants)
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "tests/genre/genre.h"

namespace {

bool WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  return static_cast<bool>(out);
}

int Usage() {
  std::fprintf(stderr,
               "usage: genre_tool --seed N --out FILE.docx [--expected FILE.jsonl] [--force axis=variant]...\n"
               "                  [--exclude axis=variant]... [--exclude-gaps known_gaps.txt]\n"
               "       genre_tool --batch COUNT [--first-seed N] --dir DIR\n"
               "       genre_tool --axes\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace baocao::genre;
  std::uint64_t seed = 1;
  long batch = -1;
  std::string out, expected, dir;
  Constraints constraints;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--seed" || a == "--first-seed") {
      seed = std::strtoull(next().c_str(), nullptr, 10);
    } else if (a == "--out") {
      out = next();
    } else if (a == "--expected") {
      expected = next();
    } else if (a == "--batch") {
      batch = std::strtol(next().c_str(), nullptr, 10);
    } else if (a == "--dir") {
      dir = next();
    } else if (a == "--force" || a == "--exclude") {
      std::string av = next();
      std::size_t eq = av.find('=');
      if (eq == std::string::npos) return Usage();
      if (a == "--force") constraints.forced[av.substr(0, eq)] = av.substr(eq + 1);
      else constraints.excluded.insert(av);
    } else if (a == "--exclude-gaps") {
      std::ifstream in(next());
      std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      for (const std::string& g : ParseKnownGaps(text)) constraints.excluded.insert(g);
    } else if (a == "--axes") {
      for (const AxisInfo& axis : Axes()) {
        std::printf("%-18s", axis.name.c_str());
        for (const std::string& v : axis.variants) std::printf(" %s", v.c_str());
        std::printf("\n    %s\n", axis.what.c_str());
      }
      return 0;
    } else {
      return Usage();
    }
  }
  if (batch >= 0) {
    if (dir.empty()) return Usage();
    for (long k = 0; k < batch; ++k) {
      std::uint64_t s = seed + static_cast<std::uint64_t>(k);
      Report r = Generate(s, constraints);
      std::string base = dir + "/genre-" + std::to_string(s);
      if (!WriteFile(base + ".docx", r.docx) || !WriteFile(base + ".expected.jsonl", ExpectedJsonl(r))) {
        std::fprintf(stderr, "cannot write %s\n", base.c_str());
        return 1;
      }
    }
    return 0;
  }
  if (out.empty()) return Usage();
  Report r = Generate(seed, constraints);
  if (!WriteFile(out, r.docx) || (!expected.empty() && !WriteFile(expected, ExpectedJsonl(r)))) {
    std::fprintf(stderr, "cannot write %s\n", out.c_str());
    return 1;
  }
  std::printf("seed %llu: %s\n", static_cast<unsigned long long>(seed), r.AxesText().c_str());
  return 0;
}
