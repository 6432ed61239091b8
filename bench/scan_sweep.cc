// The degradation sweep: every sample's print (and, with --devset, the dev
// set's PDFs) scanned in software with one defect turned up at a time —
// rotation, resolution, blur, noise, JPEG, rule grey, width and style,
// lighting, phone-photo perspective (page on a desk, or filling the
// picture with the lens's dark corners) — and read back; per defect and level,
// the share of the DOCX's table cells found (table-structure recall) and
// the figures' precision, recall and F1 against the DOCX's own records.
//
//   scan_sweep [--axes rotate,dpi] [--docs budget] [--devset DIR] [--jobs 2]
//              [--max-pages N] [--seed S] [--quick]
//   scan_sweep --one FILE.pdf --docx FILE.docx --set dpi=150,rotate=2 [--out scan.pdf]
//
// Defects are seeded: the same command prints the same figures. Every level
// starts from a plain office scan (200 dpi, a tilt under half a degree,
// slight blur and noise, JPEG 85) and changes one thing. The last axis,
// "mixed", draws every defect at random within what real scans show.
// Takes long: each document is OCR'd once per level (about 3 s a page on
// one core). --quick runs one level per axis.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "extractors/extract.h"
#include "extractors/rules.h"
#include "ingest/converter.h"
#include "normalize/normalize_document.h"
#include "tests/ingest/scan_score.h"
#include "tests/ingest/scan_sim.h"

namespace {

namespace fs = std::filesystem;
using baocao::testing::ScanDefects;
using Clock = std::chrono::steady_clock;

struct Input {
  std::string name;
  std::string pdf, docx;  // bytes
};

struct Level {
  std::string axis, label;
  std::function<void(ScanDefects*, std::mt19937*)> apply;
};

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

double Sign(std::mt19937* rng) { return std::uniform_int_distribution<int>(0, 1)(*rng) ? 1.0 : -1.0; }
double Uniform(std::mt19937* rng, double a, double b) { return std::uniform_real_distribution<double>(a, b)(*rng); }

// A plain office scan: what every level starts from.
ScanDefects Baseline(std::mt19937* rng) {
  ScanDefects d;
  d.dpi = 200;
  d.rotate_degrees = Uniform(rng, -0.5, 0.5);
  d.blur = 0.6;
  d.noise = 4;
  d.jpeg_quality = 85;
  d.lighting = 0.05;
  return d;
}

std::vector<Level> Levels() {
  std::vector<Level> v;
  for (double deg : {1.0, 2.0, 3.0}) {
    v.push_back({"rotate", std::to_string(static_cast<int>(deg)) + " deg",
                 [deg](ScanDefects* d, std::mt19937* r) { d->rotate_degrees = Sign(r) * deg; }});
  }
  for (int q : {1, 2, 3}) {
    v.push_back({"quarter", std::to_string(q * 90) + " deg", [q](ScanDefects* d, std::mt19937*) { d->quarter_turns = q; }});
  }
  for (double dpi : {150.0, 200.0, 300.0, 400.0}) {
    v.push_back({"dpi", std::to_string(static_cast<int>(dpi)), [dpi](ScanDefects* d, std::mt19937*) { d->dpi = dpi; }});
  }
  for (double dpi : {150.0, 200.0}) {
    v.push_back({"dpi+3deg", std::to_string(static_cast<int>(dpi)),
                 [dpi](ScanDefects* d, std::mt19937* r) { d->dpi = dpi, d->rotate_degrees = Sign(r) * 3; }});
  }
  for (double b : {1.0, 1.5, 2.0}) {
    char label[16];
    std::snprintf(label, sizeof label, "sigma %.1f", b);
    v.push_back({"blur", label, [b](ScanDefects* d, std::mt19937*) { d->blur = b; }});
  }
  for (double n : {10.0, 20.0, 30.0}) {
    v.push_back({"noise", "sigma " + std::to_string(static_cast<int>(n)), [n](ScanDefects* d, std::mt19937*) { d->noise = n; }});
  }
  for (int q : {60, 40, 25}) {
    v.push_back({"jpeg", "quality " + std::to_string(q), [q](ScanDefects* d, std::mt19937*) { d->jpeg_quality = q; }});
  }
  for (double g : {0.4, 0.6, 0.75}) {
    v.push_back({"rule-grey", std::to_string(static_cast<int>(g * 100)) + "% lighter",
                 [g](ScanDefects* d, std::mt19937*) { d->rule_gray = g; }});
  }
  v.push_back({"rule-width", "hairline (half)", [](ScanDefects* d, std::mt19937*) { d->rule_width = 0.5; }});
  v.push_back({"rule-width", "thick (x3)", [](ScanDefects* d, std::mt19937*) { d->rule_width = 3; }});
  v.push_back({"rule-style", "dashed", [](ScanDefects* d, std::mt19937*) { d->dashed_rules = true; }});
  v.push_back({"rule-style", "broken 3/100pt", [](ScanDefects* d, std::mt19937*) { d->rule_breaks = 3; }});
  v.push_back({"rule-style", "no outer sides", [](ScanDefects* d, std::mt19937*) { d->no_outer_sides = true; }});
  v.push_back({"rule-style", "horizontal only", [](ScanDefects* d, std::mt19937*) { d->horizontal_only = true; }});
  for (double l : {0.2, 0.35, 0.5}) {
    v.push_back({"lighting", std::to_string(static_cast<int>(l * 100)) + "% falloff",
                 [l](ScanDefects* d, std::mt19937*) { d->lighting = l; }});
  }
  for (double p : {0.03, 0.06, 0.10}) {
    v.push_back({"photo", "corners " + std::to_string(static_cast<int>(p * 100)) + "%",
                 [p](ScanDefects* d, std::mt19937* r) {
                   d->perspective = p, d->lighting = 0.25, d->blur = 1.0, d->jpeg_quality = 80;
                   d->rotate_degrees = Uniform(r, -3, 3), d->dpi = 200;
                 }});
  }
  for (double p : {0.02, 0.04, 0.06}) {
    v.push_back({"photo-close", "corners " + std::to_string(static_cast<int>(p * 100)) + "%",
                 [p](ScanDefects* d, std::mt19937* r) {
                   d->keystone = p, d->vignette = 0.3, d->blur = 1.0, d->jpeg_quality = 80;
                   d->rotate_degrees = Uniform(r, -2, 2), d->dpi = 150;
                 }});
  }
  for (int k = 0; k < 3; ++k) {
    v.push_back({"mixed", "draw " + std::to_string(k + 1), [](ScanDefects* d, std::mt19937* r) {
                   d->dpi = Uniform(r, 0, 1) < 0.3 ? 150 : 200;
                   d->rotate_degrees = Uniform(r, -3, 3);
                   d->blur = Uniform(r, 0.4, 1.4);
                   d->noise = Uniform(r, 2, 12);
                   d->jpeg_quality = static_cast<int>(Uniform(r, 50, 90));
                   d->rule_gray = Uniform(r, 0, 0.6);
                   d->lighting = Uniform(r, 0, 0.25);
                 }});
  }
  return v;
}

// Parses "dpi=150,rotate=2,..." into defects (for --one).
bool ParseSet(const std::string& spec, ScanDefects* d) {
  std::stringstream ss(spec);
  std::string item;
  while (std::getline(ss, item, ',')) {
    const auto eq = item.find('=');
    if (eq == std::string::npos) return false;
    const std::string k = item.substr(0, eq);
    const double v = std::atof(item.substr(eq + 1).c_str());
    if (k == "dpi") d->dpi = v;
    else if (k == "rotate") d->rotate_degrees = v;
    else if (k == "quarter") d->quarter_turns = static_cast<int>(v);
    else if (k == "blur") d->blur = v;
    else if (k == "noise") d->noise = v;
    else if (k == "jpeg") d->jpeg_quality = static_cast<int>(v);
    else if (k == "lighting") d->lighting = v;
    else if (k == "grey") d->rule_gray = v;
    else if (k == "width") d->rule_width = v;
    else if (k == "dashed") d->dashed_rules = v != 0;
    else if (k == "breaks") d->rule_breaks = v;
    else if (k == "noouter") d->no_outer_sides = v != 0;
    else if (k == "honly") d->horizontal_only = v != 0;
    else if (k == "photo") d->perspective = v;
    else if (k == "keystone") d->keystone = v;
    else if (k == "vignette") d->vignette = v;
    else return false;
  }
  return true;
}

struct Outcome {
  baocao::testing::TableRecall tables;
  baocao::testing::FigureScore figures;
  double seconds = 0;
  int pages = 0;
  bool failed = false;
};

struct Reference {
  baocao::Document doc;
  std::vector<baocao::Record> records;
};

std::vector<baocao::Record> Records(baocao::Document doc, const baocao::RuleSet& rules) {
  baocao::normalize::NormalizeDocument(&doc);
  baocao::DocumentInfo info;
  info.file = "x";
  return baocao::Extract(doc, rules, info).records;
}

Outcome ReadScan(const std::string& scan_pdf, const Reference& ref, const baocao::RuleSet& rules) {
  Outcome o;
  baocao::ConvertOptions options;
  options.ocr.threads = 1;
  const auto t0 = Clock::now();
  baocao::Result<baocao::Document> doc = baocao::ConvertBytes(scan_pdf, options);
  o.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  if (!doc.ok()) {
    o.failed = true;
    return o;
  }
  o.pages = doc.value().pages.value_or(0);
  o.tables = baocao::testing::CompareTables(ref.doc, doc.value());
  o.figures = baocao::testing::CompareFigures(ref.records, Records(std::move(doc).value(), rules));
  return o;
}

int RunOne(const std::string& pdf_path, const std::string& docx_path, const std::string& spec, const std::string& out,
           const baocao::RuleSet& rules, std::uint32_t seed) {
  ScanDefects d;
  std::mt19937 rng(seed);
  d = Baseline(&rng);
  d.rotate_degrees = 0;
  if (!ParseSet(spec, &d)) {
    std::fprintf(stderr, "scan_sweep: bad --set %s\n", spec.c_str());
    return 2;
  }
  const std::string scan = baocao::testing::ScanPdf(ReadFile(pdf_path), d, seed);
  if (!out.empty()) std::ofstream(out, std::ios::binary) << scan;
  baocao::Result<baocao::Document> docx = baocao::ConvertBytes(ReadFile(docx_path));
  if (!docx.ok() || scan.empty()) return 1;
  Reference ref{docx.value(), Records(docx.value(), rules)};
  const Outcome o = ReadScan(scan, ref, rules);
  std::printf("cells %d/%d (%.3f)  figures P %.3f R %.3f F1 %.3f  %.1f s\n", o.tables.found, o.tables.cells,
              o.tables.recall(), o.figures.precision(), o.figures.recall(), o.figures.f1(), o.seconds);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> axes, docs_filter;
  std::string devset, one, one_docx, set_spec, out;
  int jobs = 1, max_pages = 0;
  std::uint32_t seed = 2024;
  bool quick = false;
  auto split = [](const std::string& s) {
    std::vector<std::string> v;
    std::stringstream ss(s);
    std::string x;
    while (std::getline(ss, x, ',')) v.push_back(x);
    return v;
  };
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--axes") axes = split(next());
    else if (a == "--docs") docs_filter = split(next());
    else if (a == "--devset") devset = next();
    else if (a == "--jobs") jobs = std::max(1, std::atoi(next().c_str()));
    else if (a == "--max-pages") max_pages = std::atoi(next().c_str());
    else if (a == "--seed") seed = static_cast<std::uint32_t>(std::atol(next().c_str()));
    else if (a == "--quick") quick = true;
    else if (a == "--one") one = next();
    else if (a == "--docx") one_docx = next();
    else if (a == "--set") set_spec = next();
    else if (a == "--out") out = next();
    else {
      std::fprintf(stderr, "usage: scan_sweep [--axes A,B] [--docs S,T] [--devset DIR] [--jobs N] [--max-pages N] "
                           "[--seed S] [--quick] | --one PDF --docx DOCX --set k=v,... [--out PDF]\n");
      return 2;
    }
  }
  baocao::Result<baocao::RuleSet> rules = baocao::RuleSet::LoadDirectory(BAOCAO_SOURCE_RULES_DIR);
  if (!rules.ok()) {
    std::fprintf(stderr, "scan_sweep: %s\n", rules.status().reason().c_str());
    return 1;
  }
  if (!one.empty()) return RunOne(one, one_docx, set_spec, out, rules.value(), seed);

  // Inputs: text PDFs with a DOCX of the same stem.
  std::vector<Input> inputs;
  auto collect = [&](const fs::path& dir, const std::string& prefix) {
    std::vector<fs::path> pdfs;
    for (const auto& e : fs::directory_iterator(dir)) {
      const std::string n = e.path().filename().string();
      if (e.path().extension() == ".pdf" && std::count(n.begin(), n.end(), '.') == 1) pdfs.push_back(e.path());
    }
    std::sort(pdfs.begin(), pdfs.end());
    for (const fs::path& p : pdfs) {
      const fs::path docx = fs::path(p).replace_extension(".docx");
      const std::string name = prefix + p.stem().string();
      if (!fs::exists(docx)) continue;
      if (!docs_filter.empty() && std::none_of(docs_filter.begin(), docs_filter.end(), [&](const std::string& f) {
            return name.find(f) != std::string::npos;
          })) {
        continue;
      }
      inputs.push_back({name, ReadFile(p), ReadFile(docx)});
    }
  };
  collect(BAOCAO_SAMPLES_DIR, "");
  if (!devset.empty()) collect(devset, "dev:");
  std::vector<Reference> refs;
  for (const Input& in : inputs) {
    baocao::Result<baocao::Document> docx = baocao::ConvertBytes(in.docx);
    if (!docx.ok()) return 1;
    refs.push_back({docx.value(), Records(docx.value(), rules.value())});
  }
  std::vector<Level> levels;
  std::map<std::string, int> per_axis;
  for (Level& l : Levels()) {
    if (!axes.empty() && std::find(axes.begin(), axes.end(), l.axis) == axes.end()) continue;
    if (quick && per_axis[l.axis]++ > 0) continue;
    levels.push_back(std::move(l));
  }
  std::printf("scan_sweep: %zu documents x %zu levels, %d job(s), seed %u\n", inputs.size(), levels.size(), jobs, seed);

  std::vector<Outcome> outcomes(levels.size() * inputs.size());
  std::atomic<std::size_t> next{0};
  std::mutex print;
  auto work = [&] {
    for (std::size_t t; (t = next++) < outcomes.size();) {
      const std::size_t li = t / inputs.size(), di = t % inputs.size();
      std::mt19937 rng(seed ^ static_cast<std::uint32_t>(std::hash<std::string>()(inputs[di].name + levels[li].axis +
                                                                                  levels[li].label)));
      ScanDefects d = Baseline(&rng);
      levels[li].apply(&d, &rng);
      const std::string scan = baocao::testing::ScanPdf(inputs[di].pdf, d, rng(), max_pages);
      outcomes[t] = scan.empty() ? Outcome{{}, {}, 0, 0, true} : ReadScan(scan, refs[di], rules.value());
      std::lock_guard<std::mutex> lock(print);
      std::fprintf(stderr, "  %-10s %-16s %-40s cells %d/%d figures %d/%d/%d %.1fs\n", levels[li].axis.c_str(),
                   levels[li].label.c_str(), inputs[di].name.c_str(), outcomes[t].tables.found,
                   outcomes[t].tables.cells, outcomes[t].figures.matched, outcomes[t].figures.got,
                   outcomes[t].figures.want, outcomes[t].seconds);
    }
  };
  std::vector<std::thread> pool;
  for (int j = 1; j < jobs; ++j) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();

  std::printf("%-11s %-18s %5s %6s %13s %7s %7s %7s %7s %8s\n", "axis", "level", "docs", "fail", "cells", "recall",
              "figP", "figR", "figF1", "s/page");
  for (std::size_t li = 0; li < levels.size(); ++li) {
    baocao::testing::TableRecall t;
    baocao::testing::FigureScore f;
    int fail = 0, pages = 0;
    double seconds = 0;
    for (std::size_t di = 0; di < inputs.size(); ++di) {
      const Outcome& o = outcomes[li * inputs.size() + di];
      if (o.failed) {
        ++fail;
        t.cells += refs[di].doc.body.empty() ? 0 : baocao::testing::CompareTables(refs[di].doc, refs[di].doc).cells;
        continue;
      }
      t.cells += o.tables.cells, t.found += o.tables.found;
      f.want += o.figures.want, f.got += o.figures.got, f.matched += o.figures.matched;
      pages += o.pages, seconds += o.seconds;
    }
    char cells[32];
    std::snprintf(cells, sizeof cells, "%d/%d", t.found, t.cells);
    std::printf("%-11s %-18s %5zu %6d %13s %7.3f %7.3f %7.3f %7.3f %8.2f\n", levels[li].axis.c_str(),
                levels[li].label.c_str(), inputs.size(), fail, cells, t.recall(), f.precision(), f.recall(), f.f1(),
                pages > 0 ? seconds / pages : 0.0);
  }
  return 0;
}
