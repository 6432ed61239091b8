#include "document/document_json.h"

#include <nlohmann/json.hpp>

namespace baocao {
namespace {

using Json = nlohmann::ordered_json;

template <typename T>
void PutOptional(Json& j, const char* key, const std::optional<T>& v) {
  if (v) j[key] = *v;
}

template <typename T>
void GetOptional(const Json& j, const char* key, std::optional<T>* v) {
  auto it = j.find(key);
  if (it != j.end() && !it->is_null()) *v = it->get<T>();
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
    if (c.box) jc["box"] = {c.box->x0, c.box->y0, c.box->x1, c.box->y1};
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
  if (b.box) j["box"] = {b.box->x0, b.box->y0, b.box->x1, b.box->y1};
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
  p->heading_level = j.value("heading_level", 0);
  p->list_level = j.value("list_level", -1);
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
  return true;
}

bool ReadTable(const Json& j, Table* t) {
  t->rows = j.value("rows", 0);
  t->cols = j.value("cols", 0);
  t->borderless = j.value("borderless", false);
  if (!j.contains("cells")) return false;
  for (const Json& jc : j["cells"]) {
    TableCell c;
    c.row = jc.value("row", 0);
    c.col = jc.value("col", 0);
    c.row_span = jc.value("row_span", 1);
    c.col_span = jc.value("col_span", 1);
    c.orig = jc.value("orig", std::string());
    c.text = jc.value("text", std::string());
    GetOptional(jc, "confidence", &c.confidence);
    if (jc.contains("box") && jc["box"].is_array() && jc["box"].size() == 4) {
      const Json& box = jc["box"];
      c.box = BoundingBox{box[0].get<double>(), box[1].get<double>(), box[2].get<double>(), box[3].get<double>()};
    }
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
  b->index = j.value("index", 0);
  GetOptional(j, "page", &b->page);
  GetOptional(j, "row", &b->row);
  GetOptional(j, "col", &b->col);
  GetOptional(j, "confidence", &b->confidence);
  if (j.contains("box") && j["box"].size() == 4) {
    const Json& box = j["box"];
    b->box = BoundingBox{box[0].get<double>(), box[1].get<double>(), box[2].get<double>(),
                         box[3].get<double>()};
  }
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

bool DocumentFromJson(const std::string& json, Document* doc) {
  Json j = Json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return false;
  try {
    if (j.value("version", 0) != kDocumentJsonVersion) return false;
    *doc = Document();
    doc->format = j.value("format", std::string());
    GetOptional(j, "pages", &doc->pages);
    doc->ocr = j.value("ocr", false);
    GetOptional(j, "ocr_confidence", &doc->ocr_confidence);
    for (const char* layer : {"body", "furniture"}) {
      if (!j.contains(layer)) continue;
      for (const Json& jb : j[layer]) {
        Block b;
        if (!ReadBlock(jb, &b)) return false;
        (std::string(layer) == "body" ? doc->body : doc->furniture).push_back(std::move(b));
      }
    }
    if (j.contains("warnings")) doc->warnings = j["warnings"].get<std::vector<std::string>>();
    return true;
  } catch (const nlohmann::json::exception&) {
    return false;
  }
}

}  // namespace baocao
