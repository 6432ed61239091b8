#include "tests/genre/docx_builder.h"

#include <zip.h>

#include <cstdlib>
#include <cstring>

namespace baocao::genre {
namespace {

using Transform = std::string (*)(const std::string&);

constexpr const char* kFont = "Times New Roman";

std::string Escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

const char* AlignName(Align a) {
  switch (a) {
    case Align::kLeft: return "left";
    case Align::kCenter: return "center";
    case Align::kRight: return "right";
    case Align::kBoth: return "both";
  }
  return "both";
}

std::string RunProps(bool bold, bool italic, int size) {
  std::string x = std::string("<w:rPr><w:rFonts w:ascii=\"") + kFont + "\" w:hAnsi=\"" + kFont + "\" w:cs=\"" +
                  kFont + "\"/>";
  if (bold) x += "<w:b/><w:bCs/>";
  if (italic) x += "<w:i/><w:iCs/>";
  if (size > 0) x += "<w:sz w:val=\"" + std::to_string(size) + "\"/><w:szCs w:val=\"" + std::to_string(size) + "\"/>";
  return x + "</w:rPr>";
}

// One run; "\t" becomes w:tab and "\n" w:br, as Word writes them.
std::string Run(const std::string& text, bool bold, bool italic, int size, Transform transform) {
  std::string t = transform != nullptr ? transform(text) : text;
  std::string body;
  std::string buf;
  auto flush = [&] {
    if (!buf.empty()) body += "<w:t xml:space=\"preserve\">" + Escape(buf) + "</w:t>";
    buf.clear();
  };
  for (char c : t) {
    if (c == '\t' || c == '\n') {
      flush();
      body += c == '\t' ? "<w:tab/>" : "<w:br/>";
    } else {
      buf += c;
    }
  }
  flush();
  return "<w:r>" + RunProps(bold, italic, size) + body + "</w:r>";
}

std::string Paragraph(const std::string& text, const ParaStyle& s, Transform transform) {
  std::string ppr = "<w:pPr>";
  if (!s.tabs.empty()) {
    ppr += "<w:tabs>";
    for (int pos : s.tabs) ppr += "<w:tab w:val=\"center\" w:pos=\"" + std::to_string(pos) + "\"/>";
    ppr += "</w:tabs>";
  }
  ppr += "<w:spacing w:before=\"0\" w:after=\"" + std::to_string(s.after) + "\"/>";
  if (s.first_line > 0) ppr += "<w:ind w:firstLine=\"" + std::to_string(s.first_line) + "\"/>";
  ppr += std::string("<w:jc w:val=\"") + AlignName(s.align) + "\"/>" + RunProps(s.bold, s.italic, s.size) + "</w:pPr>";
  return "<w:p>" + ppr + (text.empty() ? "" : Run(text, s.bold, s.italic, s.size, transform)) + "</w:p>";
}

std::string TableXml(const TableSpec& t, Transform transform) {
  std::string borders;
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
    const bool across = side[0] == 't' || side[0] == 'b' || side == std::string("insideH");
    const bool inner = side[0] == 'i';
    const bool drawn = t.rules == Rules::kGrid || (t.rules == Rules::kAcross && across) ||
                       (t.rules == Rules::kInner && inner);
    borders += std::string("<w:") + side + " " +
               (drawn ? "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"" : "w:val=\"nil\"") + "/>";
  }
  int width = 0;
  for (int w : t.widths) width += w;
  std::string x = "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(width) +
                  "\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>" + borders +
                  "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>";
  for (int w : t.widths) x += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
  x += "</w:tblGrid>";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    x += "<w:tr>";
    x += static_cast<int>(r) < t.header_rows ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
                                             : "<w:trPr><w:cantSplit/></w:trPr>";
    std::size_t col = 0;
    for (const Cell& c : t.rows[r]) {
      int w = 0;
      for (int k = 0; k < c.span && col + static_cast<std::size_t>(k) < t.widths.size(); ++k)
        w += t.widths[col + static_cast<std::size_t>(k)];
      col += static_cast<std::size_t>(c.span);
      x += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(w) + "\" w:type=\"dxa\"/>";
      if (c.span > 1) x += "<w:gridSpan w:val=\"" + std::to_string(c.span) + "\"/>";
      if (c.vmerge == Merge::kRestart) x += "<w:vMerge w:val=\"restart\"/>";
      if (c.vmerge == Merge::kContinue) x += "<w:vMerge/>";
      x += t.top_aligned ? "<w:vAlign w:val=\"top\"/></w:tcPr>" : "<w:vAlign w:val=\"center\"/></w:tcPr>";
      ParaStyle ps;
      ps.bold = c.bold;
      ps.italic = c.italic;
      ps.align = c.align;
      ps.size = t.size;
      ps.after = 20;
      std::string text = c.vmerge == Merge::kContinue ? "" : c.text;
      std::size_t start = 0;
      while (true) {
        std::size_t nl = text.find('\n', start);
        x += Paragraph(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start), ps, transform);
        if (nl == std::string::npos) break;
        start = nl + 1;
      }
      x += "</w:tc>";
    }
    x += "</w:tr>";
  }
  return x + "</w:tbl>";
}

constexpr const char* kDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kMain = "application/vnd.openxmlformats-officedocument.wordprocessingml";
constexpr const char* kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string Styles() {
  std::string f = kFont;
  return std::string(kDecl) +
         "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
         "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"" + f + "\" w:eastAsia=\"" + f + "\" w:hAnsi=\"" + f +
         "\" w:cs=\"" + f +
         "\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/><w:lang w:val=\"vi-VN\"/></w:rPr></w:rPrDefault>"
         "<w:pPrDefault><w:pPr><w:spacing w:after=\"60\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
         "</w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
         "<w:qFormat/></w:style><w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
         "<w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
         "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>"
         "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style></w:styles>";
}

// Adds one entry; libzip frees the copy.
bool Add(zip_t* z, const char* name, const std::string& data) {
  void* copy = std::malloc(data.size() + 1);
  if (copy == nullptr) return false;
  std::memcpy(copy, data.data(), data.size());
  zip_source_t* src = zip_source_buffer(z, copy, data.size(), 1);
  if (src == nullptr) {
    std::free(copy);
    return false;
  }
  zip_int64_t index = zip_file_add(z, name, src, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(src);
    return false;
  }
  // A fixed time stamp: the same seed gives the same bytes at any hour.
  return zip_file_set_mtime(z, static_cast<zip_uint64_t>(index), 1767225600, 0) == 0;
}

}  // namespace

void DocxBody::Para(const std::string& text, const ParaStyle& style) {
  Piece p;
  p.text = text;
  p.style = style;
  pieces_.push_back(std::move(p));
}

void DocxBody::Table(const TableSpec& table) {
  Piece p;
  p.table = true;
  p.spec = table;
  pieces_.push_back(std::move(p));
}

std::string DocxBody::Package(Transform transform) const {
  std::string body;
  bool after_table = false;
  for (const Piece& p : pieces_) {
    // Word keeps a paragraph between two tables (tables that touch are one
    // table, and LibreOffice joins them so, the second's borders over the
    // first's).
    if (p.table && after_table) body += "<w:p/>";
    body += p.table ? TableXml(p.spec, transform) : Paragraph(p.text, p.style, transform);
    after_table = p.table;
  }
  std::string document =
      std::string(kDecl) +
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>" +
      body +
      "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" "
      "w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
  std::string types = std::string(kDecl) +
                       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Override PartName=\"/word/document.xml\" ContentType=\"" + std::string(kMain) +
                       ".document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"" + kMain +
                       ".styles+xml\"/></Types>";
  std::string root_rels = std::string(kDecl) +
                          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                          "<Relationship Id=\"rId1\" Type=\"" + kRel +
                          "/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
  std::string doc_rels = std::string(kDecl) +
                         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                         "<Relationship Id=\"rId1\" Type=\"" + kRel + "/styles\" Target=\"styles.xml\"/></Relationships>";

  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* out_src = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (out_src == nullptr) return "";
  zip_t* z = zip_open_from_source(out_src, ZIP_TRUNCATE, &error);
  if (z == nullptr) {
    zip_source_free(out_src);
    return "";
  }
  zip_source_keep(out_src);
  bool ok = Add(z, "[Content_Types].xml", types) && Add(z, "_rels/.rels", root_rels) &&
            Add(z, "word/document.xml", document) && Add(z, "word/_rels/document.xml.rels", doc_rels) &&
            Add(z, "word/styles.xml", Styles());
  std::string bytes;
  if (!ok) {
    zip_discard(z);
  } else if (zip_close(z) == 0) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(out_src, &st) == 0 && zip_source_open(out_src) == 0) {
      bytes.resize(static_cast<std::size_t>(st.size));
      zip_int64_t got = zip_source_read(out_src, bytes.data(), st.size);
      bytes.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
      zip_source_close(out_src);
    }
  }
  zip_source_free(out_src);
  zip_error_fini(&error);
  return bytes;
}

}  // namespace baocao::genre
