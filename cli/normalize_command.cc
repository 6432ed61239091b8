// `baocao normalize`: the normaliser on lines of stdin, for tests and for
// analysts who want to see what a rule will match.
//
//   baocao normalize < lines.txt              canonical text, one line per line
//   baocao normalize --fold < lines.txt       the folded key rules match
//   baocao normalize --numbers < lines.txt    per line, a JSON array of numbers:
//       [{"text":"30,8 triệu đồng","value":30800000,"kind":"money","unit":"đồng","of":null}]
//
// The lines go through the pipeline's own code: they become the paragraphs
// of one document and NormalizeDocument() fills their text, so legacy
// encodings are detected over the whole input as over a PDF's text layer.
#include <cmath>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "normalize/normalize_document.h"
#include "normalize/numbers.h"
#include "normalize/text.h"
#include "util/one_line.h"

namespace baocao {
namespace {

struct NormalizeCommandOptions {
  bool numbers = false;
  bool fold = false;
  bool modern_tone_marks = false;
  bool ocr = false;
  std::string encoding = "auto";
};

// Whole values print as integers ("1612", not "1612.0").
nlohmann::ordered_json NumberValue(double v) {
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9.0e15) {
    return static_cast<std::int64_t>(v);
  }
  return v;
}

nlohmann::ordered_json NumbersJson(const std::string& canonical, bool ocr) {
  normalize::NumberOptions options;
  options.dates = true;
  options.words = true;
  options.ocr_repair = ocr;
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const normalize::Number& n : normalize::FindNumbers(canonical, options)) {
    nlohmann::ordered_json j;
    j["text"] = n.text;
    j["value"] = NumberValue(n.value);
    j["kind"] = normalize::NumberKindName(n.kind);
    j["unit"] = n.unit.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(n.unit);
    j["of"] = n.of ? NumberValue(*n.of) : nlohmann::ordered_json(nullptr);
    if (!n.iso.empty()) j["iso"] = n.iso;
    if (n.repaired) j["repaired"] = true;
    out.push_back(std::move(j));
  }
  return out;
}

int RunNormalize(const NormalizeCommandOptions& o) {
  normalize::NormalizeOptions options;
  options.modern_tone_marks = o.modern_tone_marks;
  if (o.encoding == "none") {
    options.detect_legacy = false;
  } else if (o.encoding != "auto") {
    std::optional<normalize::LegacyEncoding> e = normalize::ParseLegacyEncodingName(o.encoding);
    if (!e) return ReportFailure(Status::InvalidInput("unknown encoding " + o.encoding));
    options.assume_encoding = *e;
  }
  Document doc;
  doc.format = "txt";
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    doc.AddBodyParagraph(line);
  }
  normalize::NormalizeDocument(&doc, options);
  for (const Block& b : doc.body) {
    const std::string& text = b.paragraph.text;
    if (o.numbers) {
      std::cout << NumbersJson(text, o.ocr).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                << '\n';
    } else if (o.fold) {
      std::cout << normalize::FoldKey(text) << '\n';
    } else {
      std::cout << text << '\n';
    }
  }
  for (const std::string& w : doc.warnings) std::cerr << "baocao: " << OneLine(w) << '\n';
  std::cout.flush();
  return std::cout ? kExitOk : kExitFailed;
}

}  // namespace

void AddNormalizeCommand(CLI::App* app, GlobalOptions* global) {
  auto o = std::make_shared<NormalizeCommandOptions>();
  CLI::App* cmd = app->add_subcommand(
      "normalize", "Print each line of stdin normalised (canonical Vietnamese text), its folded key, or its numbers");
  CLI::Option* numbers = cmd->add_flag("--numbers", o->numbers,
                "Print per line a JSON array of the numbers found: text, value, kind, unit, of (and iso for dates, "
                "repaired for OCR-repaired digits)");
  CLI::Option* fold = cmd->add_flag("--fold", o->fold, "Print the folded key rules match (lower case, no diacritics)");
  numbers->excludes(fold);
  cmd->add_flag("--modern-tone-marks", o->modern_tone_marks,
                "Tone mark on the main vowel (hoà, thuỷ) instead of the official place (hòa, thủy)");
  cmd->add_flag("--ocr", o->ocr, "With --numbers: repair OCR look-alikes inside digit runs (O->0, l->1, S->5, B->8)");
  cmd->add_option("--encoding", o->encoding,
                  "Legacy encoding of the input: auto (detect from character statistics), none, tcvn3, "
                  "tcvn3-capitals, vni, viscii")
      ->check(CLI::IsMember({"auto", "none", "tcvn3", "tcvn3-capitals", "vni", "viscii"}));
  cmd->callback([o, global] { global->exit_code = RunNormalize(*o); });
}

}  // namespace baocao
