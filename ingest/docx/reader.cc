// ReadDocx: zip -> XML parts -> Document. Paragraph and run handling lives
// here; styles/numbering in docx/styles.cc, the table grid in docx/tables.cc.
#include "ingest/docx/reader.h"

#include <algorithm>
#include <exception>
#include <new>
#include <string>
#include <vector>

#include "ingest/docx/internal.h"
#include "ingest/docx/xml_guard.h"
#include "ingest/docx/zip_archive.h"
#include "ingest/docx/zip_recover.h"
#include "util/utf8.h"

namespace baocao {
namespace {

using docx::WordNs;

// True when `text` holds nothing but white space (ASCII, NBSP, zero-width
// space, BOM, ideographic space): such a paragraph carries nothing.
bool IsBlank(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++i;
      continue;
    }
    const std::string_view rest = text.substr(i);
    bool matched = false;
    for (std::string_view space : {"\u00A0", "\u200B", "\uFEFF", "\u3000", "\u2007", "\u202F"}) {
      if (rest.substr(0, space.size()) == space) {
        i += space.size();
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return true;
}

// w:sym: a character from a symbol font. Symbol/Wingdings code points are in
// the private-use area (F0xx); map the few that carry meaning in reports
// (check boxes, arrows) and show other symbol glyphs as a bullet.
std::string SymbolText(std::string_view font, std::string_view hex) {
  unsigned code = 0;
  for (char ch : hex) {
    int digit = -1;
    if (ch >= '0' && ch <= '9') digit = ch - '0';
    if (ch >= 'a' && ch <= 'f') digit = ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') digit = ch - 'A' + 10;
    if (digit < 0 || code > 0xFFFF) return "";
    code = code * 16 + static_cast<unsigned>(digit);
  }
  if (code >= 0xF000 && code <= 0xF0FF) code -= 0xF000;
  std::string lower(font);
  for (char& ch : lower) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
  if (lower.find("wingdings") != std::string::npos) {
    switch (code) {
      case 0xFC: return "\u2713";  // check mark
      case 0xFB: return "\u2717";  // ballot x
      case 0xFE: return "\u2611";  // checked box
      case 0xFD: return "\u2612";  // crossed box
      case 0x6F: case 0xA8: return "\u2610";  // empty box
      default: return "\u2022";
    }
  }
  if (lower.find("symbol") != std::string::npos) {
    switch (code) {
      case 0xB7: return "\u2022";
      case 0xAE: return "\u2192";
      case 0xAC: return "\u2190";
      case 0xB3: return "\u2265";
      case 0xA3: return "\u2264";
      case 0xB9: return "\u2260";
      case 0xB4: return "\u00D7";
      case 0xB1: return "\u00B1";
      default: break;
    }
    if (code >= 0x20 && code < 0x7F && !(code >= 0x41 && code <= 0x7A)) {
      return std::string(1, static_cast<char>(code));  // digits, punctuation
    }
    return "\u2022";
  }
  if (code < 0x20 || (code >= 0xD800 && code <= 0xDFFF)) return "";
  std::string out;
  AppendUtf8(code, &out);
  return out;
}

// Walks the block content of one part (body, header, footer) into Blocks.
class PartWalker {
 public:
  PartWalker(const WordNs& ns, const docx::StyleSheet& styles, docx::Numbering* numbering)
      : ns_(ns), styles_(styles), numbering_(numbering) {}

  // Appends the paragraphs and tables of `container` (w:body, w:hdr, w:tc,
  // w:txbxContent, ...) to *out, each with index = its position in *out.
  void WalkBlocks(const pugi::xml_node& container, std::vector<Block>* out, bool in_text_box) {
    for (const pugi::xml_node& child : container.children()) {
      if (ns_.Is(child, "p")) {
        EmitParagraph(child, out, in_text_box);
      } else if (ns_.Is(child, "tbl")) {
        EmitTable(child, out, in_text_box);
      } else if (ns_.Is(child, "sdt")) {
        WalkBlocks(ns_.Child(child, "sdtContent"), out, in_text_box);
      } else if (ns_.Is(child, "customXml") || ns_.Is(child, "ins") || ns_.Is(child, "moveTo")) {
        WalkBlocks(child, out, in_text_box);
      } else if (ns_.IsMc(child, "AlternateContent")) {
        WalkBlocks(ChooseAlternate(child), out, in_text_box);
      }
      // sectPr, bookmarks, w:del / w:moveFrom ranges: nothing to read.
    }
  }

 private:
  struct ParagraphState {
    Paragraph* para = nullptr;
    std::string style_id;                    // explicit or default style
    std::vector<bool> field_code;            // per open field: in its code part
    std::vector<pugi::xml_node> text_boxes;  // w:txbxContent anchored here
  };

  // mc:AlternateContent: the first mc:Choice (Word's own rendering), else
  // mc:Fallback. Never both, or text boxes would appear twice.
  pugi::xml_node ChooseAlternate(const pugi::xml_node& alt) const {
    for (const pugi::xml_node& branch : alt.children()) {
      if (ns_.IsMc(branch, "Choice")) return branch;
    }
    for (const pugi::xml_node& branch : alt.children()) {
      if (ns_.IsMc(branch, "Fallback")) return branch;
    }
    return {};
  }

  void EmitParagraph(const pugi::xml_node& p, std::vector<Block>* out, bool in_text_box) {
    Block block;
    block.kind = BlockKind::kParagraph;
    Paragraph& para = block.paragraph;
    para.in_text_box = in_text_box;
    const pugi::xml_node ppr = ns_.Child(p, "pPr");
    para.style = ns_.ChildVal(ppr, "pStyle");

    ParagraphState state;
    state.para = &para;
    state.style_id = para.style.empty() ? styles_.default_paragraph_style() : para.style;

    para.heading_level = styles_.HeadingLevel(para.style);
    if (const pugi::xml_node outline = ns_.Child(ppr, "outlineLvl")) {
      const std::optional<int> level = docx::ParseInt(ns_.Attr(outline, "val"));
      if (level) para.heading_level = (*level >= 0 && *level < 9) ? *level + 1 : 0;
    }
    ApplyNumbering(ppr, state.style_id, &para);

    WalkInline(p, &state);

    // A blank paragraph takes no index, but the text boxes it anchors do.
    if (!IsBlank(para.orig)) {
      para.text = para.orig;
      block.index = static_cast<int>(out->size());
      out->push_back(std::move(block));
    }
    for (const pugi::xml_node& box : state.text_boxes) WalkBlocks(box, out, true);
  }

  void ApplyNumbering(const pugi::xml_node& ppr, const std::string& style_id, Paragraph* para) {
    const pugi::xml_node numpr = ns_.Child(ppr, "numPr");
    std::optional<int> num_id = docx::ParseInt(ns_.ChildVal(numpr, "numId"));
    std::optional<int> ilvl = docx::ParseInt(ns_.ChildVal(numpr, "ilvl"));
    if (!num_id) num_id = styles_.NumId(style_id);
    if (!ilvl) ilvl = styles_.Ilvl(style_id);
    // numId 0 means "numbering removed" even when the style has a list.
    if (!num_id || *num_id == 0) return;
    const int level = ilvl.value_or(0);
    if (!numbering_->Has(*num_id, level)) return;
    para->list_level = level;
    para->list_marker = numbering_->Next(*num_id, level);
  }

  void EmitTable(const pugi::xml_node& tbl, std::vector<Block>* out, bool in_text_box) {
    Block block;
    block.kind = BlockKind::kTable;
    block.table = docx::BuildTable(tbl, ns_, styles_, [&](const pugi::xml_node& tc, TableCell* cell) {
      WalkBlocks(tc, &cell->blocks, in_text_box);
    });
    if (block.table.cells.empty()) return;  // a table without rows carries nothing
    block.index = static_cast<int>(out->size());
    out->push_back(std::move(block));
  }

  bool InFieldCode(const ParagraphState& state) const {
    return std::find(state.field_code.begin(), state.field_code.end(), true) != state.field_code.end();
  }

  // Inline content of a paragraph: runs and the wrappers around them.
  void WalkInline(const pugi::xml_node& parent, ParagraphState* state) {
    for (const pugi::xml_node& child : parent.children()) {
      if (ns_.Is(child, "r")) {
        AddRun(child, state);
      } else if (ns_.Is(child, "ins") || ns_.Is(child, "moveTo") || ns_.Is(child, "hyperlink") ||
                 ns_.Is(child, "smartTag") || ns_.Is(child, "customXml") || ns_.Is(child, "fldSimple") ||
                 ns_.Is(child, "bdo") || ns_.Is(child, "dir")) {
        WalkInline(child, state);
      } else if (ns_.Is(child, "sdt")) {
        WalkInline(ns_.Child(child, "sdtContent"), state);
      } else if (ns_.IsMc(child, "AlternateContent")) {
        WalkInline(ChooseAlternate(child), state);
      }
      // w:del, w:moveFrom: deleted text; w:pPr; bookmarks; math: skipped.
    }
  }

  void AddRun(const pugi::xml_node& r, ParagraphState* state) {
    const pugi::xml_node rpr = ns_.Child(r, "rPr");
    std::string text;
    for (const pugi::xml_node& item : r.children()) {
      if (ns_.Is(item, "fldChar")) {
        const std::string_view type = ns_.Attr(item, "fldCharType");
        if (type == "begin") {
          if (state->field_code.size() < 64) state->field_code.push_back(true);
        } else if (type == "separate") {
          if (!state->field_code.empty()) state->field_code.back() = false;
        } else if (type == "end") {
          if (!state->field_code.empty()) state->field_code.pop_back();
        }
        continue;
      }
      if (ns_.Is(item, "drawing") || ns_.Is(item, "pict") || ns_.IsMc(item, "AlternateContent")) {
        CollectTextBoxes(item, state);
        continue;
      }
      if (InFieldCode(*state)) continue;  // instrText and code runs
      if (ns_.Is(item, "t")) {
        text += item.text().get();
      } else if (ns_.Is(item, "tab") || ns_.Is(item, "ptab")) {
        text += '\t';
      } else if (ns_.Is(item, "br") || ns_.Is(item, "cr")) {
        text += '\n';
      } else if (ns_.Is(item, "noBreakHyphen")) {
        text += '-';
      } else if (ns_.Is(item, "sym")) {
        text += SymbolText(ns_.Attr(item, "font"), ns_.Attr(item, "char"));
      }
      // instrText, delText, softHyphen, footnote references: no text.
    }
    if (text.empty()) return;

    Run run;
    run.orig = text;
    const std::string char_style = ns_.ChildVal(rpr, "rStyle");
    run.font = docx::FontOf(ns_, ns_.Child(rpr, "rFonts"));
    if (run.font.empty()) run.font = styles_.Font(char_style);
    if (run.font.empty()) run.font = styles_.Font(state->style_id);
    if (run.font.empty()) run.font = styles_.default_font();
    run.bold = ns_.OnOff(rpr, "b").value_or(
        styles_.Bold(char_style).value_or(styles_.Bold(state->style_id).value_or(false)));
    run.italic = ns_.OnOff(rpr, "i").value_or(
        styles_.Italic(char_style).value_or(styles_.Italic(state->style_id).value_or(false)));
    state->para->orig += text;
    state->para->runs.push_back(std::move(run));
  }

  // Finds the w:txbxContent under a drawing/pict, taking one branch of each
  // mc:AlternateContent. Iterative; does not enter a text box's own content
  // (a nested text box is found when that content is walked).
  void CollectTextBoxes(const pugi::xml_node& root, ParagraphState* state) {
    std::vector<pugi::xml_node> stack{root};
    std::vector<pugi::xml_node> found;
    while (!stack.empty()) {
      const pugi::xml_node node = stack.back();
      stack.pop_back();
      if (ns_.Is(node, "txbxContent")) {
        found.push_back(node);
        continue;
      }
      if (ns_.IsMc(node, "AlternateContent")) {
        if (const pugi::xml_node branch = ChooseAlternate(node)) stack.push_back(branch);
        continue;
      }
      // Push children in reverse so they pop in document order.
      for (pugi::xml_node child = node.last_child(); child; child = child.previous_sibling()) {
        if (child.type() == pugi::node_element) stack.push_back(child);
      }
    }
    state->text_boxes.insert(state->text_boxes.end(), found.begin(), found.end());
  }

  const WordNs& ns_;
  const docx::StyleSheet& styles_;
  docx::Numbering* numbering_;
};

struct Parsed {
  std::unique_ptr<pugi::xml_document> xml;
};

// Reads and parses an optional part. Absent or unparsable -> nullptr (with a
// warning for the latter); hostile -> the Status.
Result<Parsed> ReadOptionalPart(const ZipArchive& zip, std::string_view name, const DocxLimits& limits,
                                Document* doc) {
  Parsed parsed;
  if (!zip.Contains(name)) return parsed;
  Result<std::string> bytes = zip.Read(name);
  if (!bytes.ok()) {
    if (bytes.status().code() == Status::Code::kHostile) return bytes.status();
    doc->warnings.push_back(bytes.status().reason());
    return parsed;
  }
  Result<std::unique_ptr<pugi::xml_document>> xml = ParseXmlPart(name, bytes.value(), limits.max_xml_depth);
  if (!xml.ok()) {
    if (xml.status().code() == Status::Code::kHostile) return xml.status();
    doc->warnings.push_back(xml.status().reason());
    return parsed;
  }
  parsed.xml = std::move(xml).value();
  return parsed;
}

// "word/header12.xml" -> (0, 12), "word/footer3.xml" -> (1, 3): headers
// sort before footers. Other names -> nullopt.
std::optional<std::pair<int, int>> FurniturePart(const std::string& name) {
  int rank = 0;
  for (const char* kind : {"header", "footer"}) {
    ++rank;
    const std::string prefix = std::string("word/") + kind;
    if (name.size() < prefix.size() + 4 || name.compare(0, prefix.size(), prefix) != 0 ||
        name.compare(name.size() - 4, 4, ".xml") != 0) {
      continue;
    }
    const std::string digits = name.substr(prefix.size(), name.size() - prefix.size() - 4);
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    return std::make_pair(rank, digits.empty() ? 0 : docx::ParseInt(digits).value_or(0));
  }
  return std::nullopt;
}

Result<Document> ReadDocxUnguarded(std::string_view bytes, const DocxLimits& limits) {
  Result<ZipArchive> opened = ZipArchive::Open(bytes, limits);
  // A damaged or missing central directory: the entries are still there,
  // each behind its local header (zip_recover.h).
  std::string rebuilt;
  std::string recovered_why;
  if (!opened.ok() && opened.status().code() == Status::Code::kInvalidInput && bytes.substr(0, 4) == "PK\x03\x04") {
    Result<std::string> fixed = RebuildZipDirectory(bytes, limits);
    if (!fixed.ok() && fixed.status().code() != Status::Code::kInvalidInput) return fixed.status();
    if (!fixed.ok()) {
      return Status::InvalidInput("not a readable DOCX: the zip is truncated or corrupt, its central directory "
                                  "unreadable, and no part could be recovered from the local headers (" +
                                  fixed.status().reason() + ")");
    }
    rebuilt = std::move(fixed).value();
    recovered_why = opened.status().reason();
    opened = ZipArchive::Open(rebuilt, limits);
    if (!opened.ok()) return opened.status();
  }
  if (!opened.ok()) return opened.status();
  const ZipArchive& zip = opened.value();

  Document doc;
  doc.format = "docx";
  if (!rebuilt.empty()) {
    doc.warnings.push_back("the zip's central directory is damaged: the DOCX was read from its local headers (" +
                           recovered_why + ")");
  }
  if (!rebuilt.empty() && !zip.Contains("word/document.xml")) {
    return Status::InvalidInput("not a readable DOCX: the zip is truncated or corrupt, its central directory "
                                "unreadable, and word/document.xml could not be recovered from the local headers");
  }
  if (!zip.Contains("word/document.xml")) {
    return Status::InvalidInput("not a readable DOCX: word/document.xml is missing");
  }
  Result<std::string> main_bytes = zip.Read("word/document.xml");
  if (!main_bytes.ok()) return main_bytes.status();
  Result<std::unique_ptr<pugi::xml_document>> main_xml =
      ParseXmlPart("word/document.xml", main_bytes.value(), limits.max_xml_depth);
  if (!main_xml.ok()) return main_xml.status();
  main_bytes = std::string();  // the tree holds its own copy

  docx::StyleSheet styles;
  Result<Parsed> styles_xml = ReadOptionalPart(zip, "word/styles.xml", limits, &doc);
  if (!styles_xml.ok()) return styles_xml.status();
  if (styles_xml.value().xml) styles.Load(styles_xml.value().xml->document_element());

  docx::Numbering numbering;
  Result<Parsed> numbering_xml = ReadOptionalPart(zip, "word/numbering.xml", limits, &doc);
  if (!numbering_xml.ok()) return numbering_xml.status();
  if (numbering_xml.value().xml) numbering.Load(numbering_xml.value().xml->document_element(), styles);

  const pugi::xml_node root = main_xml.value()->document_element();
  const WordNs ns(root);
  const pugi::xml_node body = ns.Child(root, "body");
  const docx::Numbering fresh_numbering = numbering;  // before the body advances it
  if (!body) return Status::InvalidInput("not a readable DOCX: word/document.xml has no body");
  PartWalker(ns, styles, &numbering).WalkBlocks(body, &doc.body, false);

  // Headers before footers, each by number: header1, header2, ..., footer1.
  std::vector<std::pair<std::pair<int, int>, std::string>> furniture;
  for (const std::string& name : zip.names()) {
    if (const auto part = FurniturePart(name)) furniture.emplace_back(*part, name);
  }
  std::sort(furniture.begin(), furniture.end());
  for (const auto& entry : furniture) {
    Result<Parsed> part = ReadOptionalPart(zip, entry.second, limits, &doc);
    if (!part.ok()) return part.status();
    if (!part.value().xml) continue;
    const pugi::xml_node part_root = part.value().xml->document_element();
    const WordNs part_ns(part_root);
    // Lists in headers have counters of their own in Word's display.
    docx::Numbering part_numbering = fresh_numbering;
    PartWalker(part_ns, styles, &part_numbering).WalkBlocks(part_root, &doc.furniture, false);
  }
  return doc;
}

}  // namespace

Result<Document> ReadDocx(std::string_view bytes, const DocxLimits& limits) {
  // pugixml and libzip do not throw, but allocation can; nothing may escape
  // the stage boundary.
  try {
    return ReadDocxUnguarded(bytes, limits);
  } catch (const std::bad_alloc&) {
    return Status::InvalidInput("out of memory reading the DOCX; the file is too large or malformed");
  } catch (const std::exception& e) {
    return Status::Internal(std::string("unexpected error reading the DOCX: ") + e.what());
  }
}

}  // namespace baocao
