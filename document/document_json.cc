#include "document/document_json.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace baocao {
namespace {

using Json = nlohmann::ordered_json;

template <typename T>
void PutOptional(Json& j, const char* key, const std::optional<T>& v) {
  if (v) j[key] = *v;
}

// `v` when it is a number T can hold, else nullopt. Checked before
// get<T>(): nlohmann's get<int>() of 1e30 is an out-of-range float cast
// (undefined behaviour), and a stored document may come from a damaged
// database or a broken worker.
template <typename T>
std::optional<T> NumberOf(const Json& v) {
  if constexpr (std::is_integral_v<T>) {
    if (v.is_number_unsigned()) {
      auto u = v.get<std::uint64_t>();
      if (u > static_cast<std::uint64_t>(std::numeric_limits<T>::max())) return std::nullopt;
      return static_cast<T>(u);
    }
    if (!v.is_number_integer()) return std::nullopt;
    auto n = v.get<std::int64_t>();
    if (!std::in_range<T>(n)) return std::nullopt;
    return static_cast<T>(n);
  } else {
    if (!v.is_number()) return std::nullopt;
    return v.get<T>();
  }
}

// The number under `key`, as NumberOf.
template <typename T>
std::optional<T> NumberAt(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return std::nullopt;
  return NumberOf<T>(*it);
}

int IntOr(const Json& j, const char* key, int otherwise) { return NumberAt<int>(j, key).value_or(otherwise); }

Json BoxJson(const BoundingBox& b) { return {b.x0, b.y0, b.x1, b.y1}; }

// The box [x0, y0, x1, y1] under `key`, or nullopt when there is none of
// that shape.
std::optional<BoundingBox> BoxAt(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_array() || it->size() != 4) return std::nullopt;
  for (const Json& v : *it) {
    if (!v.is_number()) return std::nullopt;
  }
  const Json& box = *it;
  return BoundingBox{box[0].get<double>(), box[1].get<double>(), box[2].get<double>(), box[3].get<double>()};
}

// A byte range [begin, end) under `key` that fits in `size` bytes; a range
// that does not (a damaged document) reads as the empty, unplaced one.
std::pair<std::size_t, std::size_t> RangeAt(const Json& j, const char* key, std::size_t size) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_array() || it->size() != 2) return {0, 0};
  const std::optional<std::size_t> begin = NumberOf<std::size_t>((*it)[0]);
  const std::optional<std::size_t> end = NumberOf<std::size_t>((*it)[1]);
  if (!begin || !end || *begin > *end || *end > size) return {0, 0};
  return {*begin, *end};
}

Json LinesJson(const std::vector<ParagraphLine>& lines) {
  Json out = Json::array();
  for (const ParagraphLine& l : lines) {
    Json j;
    j["orig"] = {l.orig_begin, l.orig_end};
    j["text"] = {l.text_begin, l.text_end};
    PutOptional(j, "page", l.page);
    if (l.box) j["box"] = BoxJson(*l.box);
    out.push_back(std::move(j));
  }
  return out;
}

std::vector<ParagraphLine> ReadLines(const Json& j, const Paragraph& p) {
  std::vector<ParagraphLine> out;
  for (const Json& jl : j) {
    if (!jl.is_object()) continue;
    ParagraphLine l;
    std::tie(l.orig_begin, l.orig_end) = RangeAt(jl, "orig", p.orig.size());
    std::tie(l.text_begin, l.text_end) = RangeAt(jl, "text", p.text.size());
    l.page = NumberAt<int>(jl, "page");
    l.box = BoxAt(jl, "box");
    out.push_back(l);
  }
  return out;
}

Json BlockJson(const Block& b);

Json ParagraphJson(const Paragraph& p) {
  Json j;
  j["orig"] = p.orig;
  j["text"] = p.text;
  if (!p.style.empty()) j["style"] = p.style;
  if (p.heading_level) j["heading_level"] = p.heading_level;
  if (p.list_level >= 0) j["list_level"] = p.list_level;
  if (!p.list_marker.empty()) j["list_marker"] = p.list_marker;
  if (p.in_text_box) j["in_text_box"] = true;
  if (!p.runs.empty()) {
    Json runs = Json::array();
    for (const Run& r : p.runs) {
      Json jr;
      jr["orig"] = r.orig;
      if (!r.font.empty()) jr["font"] = r.font;
      if (r.bold) jr["bold"] = true;
      if (r.italic) jr["italic"] = true;
      runs.push_back(std::move(jr));
    }
    j["runs"] = std::move(runs);
  }
  if (!p.lines.empty()) j["lines"] = LinesJson(p.lines);
  return j;
}

Json TableJson(const Table& t) {
  Json j;
  j["rows"] = t.rows;
  j["cols"] = t.cols;
  if (t.borderless) j["borderless"] = true;
  Json cells = Json::array();
  for (const TableCell& c : t.cells) {
    Json jc;
    jc["row"] = c.row;
    jc["col"] = c.col;
    if (c.row_span != 1) jc["row_span"] = c.row_span;
    if (c.col_span != 1) jc["col_span"] = c.col_span;
    jc["orig"] = c.orig;
    jc["text"] = c.text;
    PutOptional(jc, "confidence", c.confidence);
    if (c.box) jc["box"] = BoxJson(*c.box);
    if (!c.blocks.empty()) {
      Json blocks = Json::array();
      for (const Block& b : c.blocks) blocks.push_back(BlockJson(b));
      jc["blocks"] = std::move(blocks);
    }
    cells.push_back(std::move(jc));
  }
  j["cells"] = std::move(cells);
  return j;
}

Json BlockJson(const Block& b) {
  Json j;
  j["kind"] = b.is_table() ? "table" : "paragraph";
  j["index"] = b.index;
  PutOptional(j, "page", b.page);
  PutOptional(j, "row", b.row);
  PutOptional(j, "col", b.col);
  PutOptional(j, "confidence", b.confidence);
  if (b.box) j["box"] = BoxJson(*b.box);
  if (b.is_table()) {
    j["table"] = TableJson(b.table);
  } else {
    j["paragraph"] = ParagraphJson(b.paragraph);
  }
  return j;
}

bool ReadBlock(const Json& j, Block* b);

bool ReadParagraph(const Json& j, Paragraph* p) {
  p->orig = j.value("orig", std::string());
  p->text = j.value("text", std::string());
  p->style = j.value("style", std::string());
  p->heading_level = IntOr(j, "heading_level", 0);
  p->list_level = IntOr(j, "list_level", -1);
  p->list_marker = j.value("list_marker", std::string());
  p->in_text_box = j.value("in_text_box", false);
  if (j.contains("runs")) {
    for (const Json& jr : j["runs"]) {
      Run r;
      r.orig = jr.value("orig", std::string());
      r.font = jr.value("font", std::string());
      r.bold = jr.value("bold", false);
      r.italic = jr.value("italic", false);
      p->runs.push_back(std::move(r));
    }
  }
  if (j.contains("lines") && j["lines"].is_array()) p->lines = ReadLines(j["lines"], *p);
  return true;
}

bool ReadTable(const Json& j, Table* t) {
  t->rows = IntOr(j, "rows", 0);
  t->cols = IntOr(j, "cols", 0);
  t->borderless = j.value("borderless", false);
  if (!j.contains("cells")) return false;
  for (const Json& jc : j["cells"]) {
    TableCell c;
    c.row = IntOr(jc, "row", 0);
    c.col = IntOr(jc, "col", 0);
    c.row_span = IntOr(jc, "row_span", 1);
    c.col_span = IntOr(jc, "col_span", 1);
    c.orig = jc.value("orig", std::string());
    c.text = jc.value("text", std::string());
    c.confidence = NumberAt<double>(jc, "confidence");
    c.box = BoxAt(jc, "box");
    if (jc.contains("blocks")) {
      for (const Json& jb : jc["blocks"]) {
        Block inner;
        if (!ReadBlock(jb, &inner)) return false;
        c.blocks.push_back(std::move(inner));
      }
    }
    t->cells.push_back(std::move(c));
  }
  return true;
}

bool ReadBlock(const Json& j, Block* b) {
  std::string kind = j.value("kind", std::string());
  b->index = IntOr(j, "index", 0);
  b->page = NumberAt<int>(j, "page");
  b->row = NumberAt<int>(j, "row");
  b->col = NumberAt<int>(j, "col");
  b->confidence = NumberAt<double>(j, "confidence");
  b->box = BoxAt(j, "box");
  if (kind == "table") {
    b->kind = BlockKind::kTable;
    return j.contains("table") && ReadTable(j["table"], &b->table);
  }
  if (kind == "paragraph") {
    b->kind = BlockKind::kParagraph;
    return j.contains("paragraph") && ReadParagraph(j["paragraph"], &b->paragraph);
  }
  return false;
}

// The migration steps: kMigrations[v - 1] rewrites a version v object into
// version v + 1 in place.
using Migration = void (*)(Json& j);

// 1 -> 2: paragraphs gained "lines". A version 1 document has none, which
// version 2 writes by leaving the key out: nothing to rewrite. Its records'
// boxes stay the paragraphs' until the file is read again.
void AddParagraphLines(Json&) {}

constexpr std::array<Migration, kDocumentJsonVersion - 1> kMigrations{AddParagraphLines};

// Brings `j` (of version `from`) up to kDocumentJsonVersion.
void Migrate(Json& j, int from) {
  for (int v = from; v < kDocumentJsonVersion; ++v) {
    kMigrations[static_cast<std::size_t>(v - 1)](j);
    j["version"] = v + 1;
  }
}

}  // namespace

std::string DocumentToJson(const Document& doc, bool pretty) {
  Json j;
  j["version"] = kDocumentJsonVersion;
  j["format"] = doc.format;
  PutOptional(j, "pages", doc.pages);
  j["ocr"] = doc.ocr;
  PutOptional(j, "ocr_confidence", doc.ocr_confidence);
  Json body = Json::array();
  for (const Block& b : doc.body) body.push_back(BlockJson(b));
  j["body"] = std::move(body);
  Json furniture = Json::array();
  for (const Block& b : doc.furniture) furniture.push_back(BlockJson(b));
  j["furniture"] = std::move(furniture);
  if (!doc.warnings.empty()) j["warnings"] = doc.warnings;
  return j.dump(pretty ? 1 : -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Status ReadDocumentJson(const std::string& json, Document* doc) {
  Json j = Json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::InvalidInput("the stored document is not a JSON object");
  try {
    auto version = j.find("version");
    if (version == j.end() || !version->is_number_integer()) {
      return Status::InvalidInput("the stored document has no layout version");
    }
    const int from = version->get<int>();
    if (from < 1 || from > kDocumentJsonVersion) {
      return Status::InvalidInput("the stored document has layout version " + std::to_string(from) +
                                  "; this baocao reads versions 1 to " + std::to_string(kDocumentJsonVersion));
    }
    Migrate(j, from);
    *doc = Document();
    doc->format = j.value("format", std::string());
    doc->pages = NumberAt<int>(j, "pages");
    doc->ocr = j.value("ocr", false);
    doc->ocr_confidence = NumberAt<double>(j, "ocr_confidence");
    for (const char* layer : {"body", "furniture"}) {
      if (!j.contains(layer)) continue;
      for (const Json& jb : j[layer]) {
        Block b;
        if (!ReadBlock(jb, &b)) return Status::InvalidInput(std::string("the stored document has a bad block in ") + layer);
        (std::string(layer) == "body" ? doc->body : doc->furniture).push_back(std::move(b));
      }
    }
    if (j.contains("warnings")) doc->warnings = j["warnings"].get<std::vector<std::string>>();
    return Status::Ok();
  } catch (const nlohmann::json::exception& e) {
    return Status::InvalidInput(std::string("the stored document does not fit its layout: ") + e.what());
  }
}

bool DocumentFromJson(const std::string& json, Document* doc) { return ReadDocumentJson(json, doc).ok(); }

}  // namespace baocao
