#include "fuzz/fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "document/document_json.h"
#include "extractors/extract.h"
#include "fuzz/fuzz_target.h"
#include "normalize/normalize_document.h"

namespace baocao::fuzz {

void CheckFailed(const char* what, const char* file, int line) {
  std::fprintf(stderr, "fuzz check failed: %s at %s:%d\n", what, file, line);
  std::abort();
}

std::uint32_t Hash(const std::uint8_t* data, std::size_t size) {
  std::uint32_t hash = 0;
  for (std::size_t i = 0; i < size; ++i) {
    hash += data[i];
    hash += hash << 10;
    hash ^= hash >> 6;
  }
  hash += hash << 3;
  hash ^= hash >> 11;
  hash += hash << 15;
  return hash;
}

const char* SourceRulesDirectory() { return BAOCAO_SOURCE_RULES_DIR; }

const RuleSet& SourceRules() {
  static const RuleSet* rules = [] {
    Result<RuleSet> loaded = RuleSet::LoadDirectory(SourceRulesDirectory());
    if (!loaded.ok()) {
      std::fprintf(stderr, "fuzz: the rules in %s do not load: %s\n", SourceRulesDirectory(),
                   loaded.status().reason().c_str());
      std::abort();
    }
    return new RuleSet(std::move(loaded).value());
  }();
  return *rules;
}

void RunLaterStages(Document doc) {
  normalize::NormalizeDocument(&doc);
  DocumentInfo info;
  info.file = "fuzz";
  info.format = doc.format;
  info.pages = doc.pages;
  info.ocr = doc.ocr;
  Extract(doc, SourceRules(), info);
  const std::string json = DocumentToJson(doc);
  Document back;
  FUZZ_CHECK(DocumentFromJson(json, &back));
  FUZZ_CHECK(DocumentToJson(back) == json);
}

Document DocumentFromText(std::string_view text) {
  Document doc;
  doc.format = "txt";
  std::vector<std::vector<std::string>> rows;
  auto flush_table = [&] {
    if (rows.empty()) return;
    Table table;
    table.rows = static_cast<int>(rows.size());
    for (const auto& row : rows) table.cols = std::max(table.cols, static_cast<int>(row.size()));
    for (std::size_t r = 0; r < rows.size(); ++r) {
      for (std::size_t c = 0; c < rows[r].size(); ++c) {
        TableCell cell;
        cell.row = static_cast<int>(r);
        cell.col = static_cast<int>(c);
        cell.orig = rows[r][c];
        Block inner;
        inner.paragraph.orig = rows[r][c];
        inner.row = cell.row;
        inner.col = cell.col;
        cell.blocks.push_back(std::move(inner));
        table.cells.push_back(std::move(cell));
      }
    }
    doc.AddBodyTable(std::move(table));
    rows.clear();
  };
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (line.find('|') != std::string_view::npos) {
      std::vector<std::string> cells;
      std::size_t from = 0;
      while (true) {
        const std::size_t bar = line.find('|', from);
        cells.emplace_back(line.substr(from, bar == std::string_view::npos ? line.size() - from : bar - from));
        if (bar == std::string_view::npos) break;
        from = bar + 1;
      }
      rows.push_back(std::move(cells));
      continue;
    }
    flush_table();
    if (!line.empty()) doc.AddBodyParagraph(std::string(line));
  }
  flush_table();
  return doc;
}

bool IsValidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t extra = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (c < 0x80) {
      ++i;
      continue;
    }
    if ((c & 0xE0) == 0xC0) {
      extra = 1, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      extra = 3, cp = c & 0x07, min = 0x10000;
    } else {
      return false;
    }
    if (i + extra >= s.size()) return false;
    for (std::size_t k = 1; k <= extra; ++k) {
      const unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += extra + 1;
  }
  return true;
}

std::size_t CodePointCount(std::string_view utf8) {
  std::size_t n = 0;
  for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace baocao::fuzz
