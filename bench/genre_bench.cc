// The genre benchmark: generates reports (tests/genre), runs each through the
// real pipeline in process, as DOCX or as the PDF LibreOffice prints from it,
// and prints per axis variant and overall: how many reports came out exactly,
// figure precision/recall/F1 (as ../shared/tools/score.py counts), metadata
// fields right, expected checks raised, false sum-mismatch alarms, and the
// figures of the unknown-meaning table.
//
//   genre_bench [--count N] [--first-seed S] [--pdf | --scan [--dpi D]] [--jobs N]
//               [--workdir DIR] [--exclude-gaps FILE]
//               [--rules DIR] [--only axis=variant] [--show-failures K]
//               [--baseline] [--force axis=variant]...
//
// --baseline holds every axis at its first variant except those --force'd:
// one family at a time against the plainest report.
//
// --pdf converts in batches (one soffice call for many files) into --workdir.
// --scan goes on from that PDF to an office scan of it made in software
// (tests/ingest/scan_sim.h: 200 dpi or --dpi, a tilt under half a degree,
// slight blur and noise, JPEG 85, no text layer) and reads that: the whole
// genre through OCR. About 3 s a page on one core; --jobs runs reports side
// by side. The scans are kept in --workdir as genre-SEED.scan.pdf.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/pipeline.h"
#include "extractors/rules.h"
#include "tests/genre/compare.h"
#include "tests/genre/genre.h"
#include "tests/ingest/scan_sim.h"

namespace {

using namespace baocao;
using namespace baocao::genre;

struct Tally {
  int reports = 0, exact = 0, scored = 0, unread = 0;
  Counts figures, table_figures;
  int meta_ok = 0, meta_total = 0, checks_expected = 0, checks_found = 0, false_alarms = 0;
  void Add(const Comparison& c) {
    ++reports;
    if (c.exact) ++exact;
    // Exact as ../shared/tools/score.py sees it: every figure and metadata
    // field right, the expected checks raised, no false sum-mismatch (OCR
    // confidence warnings and the unknown-meaning table left aside).
    if (c.figures.matched == c.figures.expected && c.figures.printed == c.figures.expected &&
        c.meta_ok == c.meta_total && c.checks_found == c.checks_expected && c.false_alarms == 0)
      ++scored;
    figures.Add(c.figures);
    table_figures.Add(c.table_figures);
    meta_ok += c.meta_ok;
    meta_total += c.meta_total;
    checks_expected += c.checks_expected;
    checks_found += c.checks_found;
    false_alarms += c.false_alarms;
  }
};

void PrintRow(const std::string& name, const Tally& t) {
  double p = t.figures.printed > 0 ? 1.0 * t.figures.matched / t.figures.printed : 1.0;
  double r = t.figures.expected > 0 ? 1.0 * t.figures.matched / t.figures.expected : 1.0;
  double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  std::printf("%-34s %6d %6.1f%% %6.1f%% %6.3f %6.3f %6.3f %7.3f %5d/%-5d %5d %6d", name.c_str(), t.reports,
              t.reports > 0 ? 100.0 * t.exact / t.reports : 0.0, t.reports > 0 ? 100.0 * t.scored / t.reports : 0.0,
              p, r, f1,
              t.meta_total > 0 ? 1.0 * t.meta_ok / t.meta_total : 1.0, t.checks_found, t.checks_expected,
              t.false_alarms, t.unread);
  if (t.table_figures.expected > 0 || t.table_figures.printed > 0)
    std::printf("  figs %d/%d/%d", t.table_figures.matched, t.table_figures.expected, t.table_figures.printed);
  std::printf("\n");
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string Quote(const std::string& s) { return "'" + s + "'"; }

}  // namespace

int main(int argc, char** argv) {
  int count = 500, show = 0;
  std::uint64_t first = 1;
  bool pdf = false, scan = false;
  double dpi = 200;
  int jobs = 1;
  bool baseline = false;  // every axis at its first variant unless forced
  std::string workdir = "/tmp/genre-bench", rules_dir = DefaultRulesDirectory(), only;
  Constraints constraints;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--count") count = std::atoi(next().c_str());
    else if (a == "--first-seed") first = std::strtoull(next().c_str(), nullptr, 10);
    else if (a == "--pdf") pdf = true;
    else if (a == "--scan") pdf = scan = true;
    else if (a == "--dpi") dpi = std::atof(next().c_str());
    else if (a == "--jobs") jobs = std::max(1, std::atoi(next().c_str()));
    else if (a == "--baseline") baseline = true;
    else if (a == "--workdir") workdir = next();
    else if (a == "--rules") rules_dir = next();
    else if (a == "--only") only = next();
    else if (a == "--show-failures") show = std::atoi(next().c_str());
    else if (a == "--exclude-gaps") {
      for (const std::string& g : ParseKnownGaps(ReadFile(next()))) constraints.excluded.insert(g);
    } else if (a == "--force") {
      std::string av = next();
      std::size_t eq = av.find('=');
      if (eq != std::string::npos) constraints.forced[av.substr(0, eq)] = av.substr(eq + 1);
    } else {
      std::fprintf(stderr,
                   "usage: genre_bench [--count N] [--first-seed S] [--pdf | --scan [--dpi D]] [--jobs N]\n"
                   "                   [--workdir DIR] [--exclude-gaps FILE]\n"
                   "                   [--force axis=variant] [--only axis=variant] [--rules DIR] [--show-failures K]\n"
                   "                   [--baseline]\n");
      return 2;
    }
  }
  if (baseline) {
    for (const AxisInfo& axis : Axes()) constraints.forced.emplace(axis.name, axis.variants.front());
  }
  Result<RuleSet> rules = RuleSet::LoadDirectory(rules_dir);
  if (!rules.ok()) {
    std::fprintf(stderr, "rules: %s\n", rules.status().reason().c_str());
    return 1;
  }

  std::vector<Report> reports;
  for (int k = 0; k < count; ++k) {
    Report r = Generate(first + static_cast<std::uint64_t>(k), constraints);
    if (only.empty() || r.Has(only)) reports.push_back(std::move(r));
  }

  // PDF: LibreOffice prints every DOCX, many files per call.
  std::map<std::uint64_t, std::string> pdf_bytes;
  if (pdf) {
    if (std::system("command -v soffice >/dev/null 2>&1") != 0) {
      std::fprintf(stderr, "soffice not found: apt-get install --no-install-recommends libreoffice-writer-nogui\n");
      return 1;
    }
    // Reports are typed in Times New Roman; without it LibreOffice prints
    // them in DejaVu Serif, whose "5" OCR reads as "9" ("558" as "958")
    // where Times's it reads right: the scan figures would measure the font.
    if (std::system("fc-match 'Times New Roman' 2>/dev/null | grep -q Liberation") != 0) {
      std::fprintf(stderr,
                   "warning: no Times New Roman metric font; prints use another font "
                   "(apt-get install --no-install-recommends fonts-liberation2)\n");
    }
    std::filesystem::create_directories(workdir);
    const std::size_t batch = 100;
    for (std::size_t b = 0; b < reports.size(); b += batch) {
      std::string cmd = "cd " + Quote(workdir) + " && soffice --headless --convert-to pdf --outdir . ";
      for (std::size_t i = b; i < reports.size() && i < b + batch; ++i) {
        std::string name = "genre-" + std::to_string(reports[i].seed) + ".docx";
        std::ofstream(workdir + "/" + name, std::ios::binary) << reports[i].docx;
        cmd += name + " ";
      }
      cmd += ">/dev/null 2>&1";
      if (std::system(cmd.c_str()) != 0) std::fprintf(stderr, "soffice failed on a batch\n");
    }
    for (const Report& r : reports)
      pdf_bytes[r.seed] = ReadFile(workdir + "/genre-" + std::to_string(r.seed) + ".pdf");
  }

  // Each report is read on its own (in parallel with --jobs); the tallies
  // are made afterwards in seed order so the output does not depend on jobs.
  struct Outcome {
    Comparison c;
    bool unread = false;
    std::string reason;
  };
  std::vector<Outcome> outcomes(reports.size());
  std::atomic<std::size_t> next_report{0};
  auto work = [&] {
    for (std::size_t i; (i = next_report++) < reports.size();) {
      const Report& r = reports[i];
      std::string input = pdf ? pdf_bytes[r.seed] : r.docx;
      if (scan) {
        std::mt19937 rng(static_cast<std::uint32_t>(r.seed));
        testing::ScanDefects d = testing::OfficeScan();
        d.dpi = dpi;
        d.rotate_degrees = std::uniform_real_distribution<double>(-0.5, 0.5)(rng);
        input = testing::ScanPdf(input, d, rng());
        // Kept beside the print, to be read again with `baocao dump`.
        std::ofstream(workdir + "/genre-" + std::to_string(r.seed) + ".scan.pdf", std::ios::binary) << input;
      }
      std::string name = "genre-" + std::to_string(r.seed) + (pdf ? ".pdf" : ".docx");
      Outcome& o = outcomes[i];
      Result<Processed> p = ProcessBytes(input, name, rules.value());
      o.unread = !p.ok();
      if (!o.unread) o.c = Compare(r, p.value().extraction);
      else {
        o.reason = p.status().reason();
        o.c.exact = false;
        for (const ExpectedRecord& e : r.records)
          o.c.figures.expected += (e.classes ? 1 : 0) + (e.participants ? 1 : 0) + (e.female ? 1 : 0) +
                                  (e.cost_vnd ? 1 : 0) + (e.amount_vnd ? 1 : 0);
      }
    }
  };
  std::vector<std::thread> pool;
  for (int j = 0; j < jobs; ++j) pool.emplace_back(work);
  for (std::thread& t : pool) t.join();

  Tally overall;
  std::map<std::string, Tally> per_variant;
  int shown = 0;
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const Report& r = reports[i];
    const Comparison& c = outcomes[i].c;
    const bool unread = outcomes[i].unread;
    overall.Add(c);
    overall.unread += unread;
    for (const auto& [axis, variant] : r.axes) {
      Tally& t = per_variant[axis + "=" + variant];
      t.Add(c);
      t.unread += unread;
    }
    // Through a scan, only what the scorer counts is shown: OCR confidence
    // warnings and the unknown-meaning table's figures are expected there.
    auto shown_line = [&](const std::string& line) {
      return !scan || !(line.rfind("missing figure:", 0) == 0 || line.rfind("extra figure:", 0) == 0 ||
                        line.rfind("unexpected check: ocr-low-confidence", 0) == 0);
    };
    const bool failed = scan ? std::any_of(c.lines.begin(), c.lines.end(), shown_line) || unread : !c.exact;
    if (failed && shown < show) {
      ++shown;
      std::printf("seed %llu: %s\n", static_cast<unsigned long long>(r.seed), r.AxesText().c_str());
      if (unread) std::printf("  not read: %s\n", outcomes[i].reason.c_str());
      int printed = 0;
      for (const std::string& line : c.lines)
        if (shown_line(line) && printed++ < 30) std::printf("  %s\n", line.c_str());
    }
  }

  std::printf("genre bench: %zu reports (seeds %llu..%llu), %s\n", reports.size(),
              static_cast<unsigned long long>(first), static_cast<unsigned long long>(first + count - 1),
              scan ? "office scan of the PDF LibreOffice prints" : pdf ? "PDF printed by LibreOffice" : "DOCX");
  std::printf("%-34s %6s %7s %7s %6s %6s %6s %7s %11s %5s %6s\n", "axis=variant", "docs", "exact", "scored", "P", "R",
              "F1", "meta",
              "checks", "false", "unread");
  for (const AxisInfo& axis : Axes()) {
    for (const std::string& v : axis.variants) {
      auto it = per_variant.find(axis.name + "=" + v);
      if (it != per_variant.end()) PrintRow(it->first, it->second);
    }
  }
  PrintRow("OVERALL", overall);
  return 0;
}
