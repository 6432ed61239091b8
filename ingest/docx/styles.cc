// WordNs, styles.xml and numbering.xml for the DOCX reader.
#include <algorithm>
#include <charconv>
#include <cstring>
#include <string>

#include "ingest/docx/internal.h"

namespace baocao::docx {
namespace {

constexpr std::string_view kWordNamespaces[] = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  // ISO strict
};
constexpr std::string_view kMcNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006";

// Splits "w:val" into prefix "w" and local "val" ("" prefix when none).
void SplitName(std::string_view qname, std::string_view* prefix, std::string_view* local) {
  const std::size_t colon = qname.find(':');
  if (colon == std::string_view::npos) {
    *prefix = {};
    *local = qname;
  } else {
    *prefix = qname.substr(0, colon);
    *local = qname.substr(colon + 1);
  }
}

bool Matches(const char* qname, const std::string& prefix, std::string_view local) {
  std::string_view p, l;
  SplitName(qname, &p, &l);
  return p == prefix && l == local;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// "heading 3", "Heading3" -> 3; "title" -> 1; else 0.
int HeadingFromName(std::string_view name) {
  const std::string lower = Lower(name);
  if (lower == "title") return 1;
  std::string_view rest = lower;
  if (rest.substr(0, 7) != "heading") return 0;
  rest.remove_prefix(7);
  if (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (rest.size() == 1 && rest[0] >= '1' && rest[0] <= '9') return rest[0] - '0';
  return 0;
}

std::string Letters(int n, bool upper) {
  // Word: a..z, then aa..zz, aaa..: the letter repeats.
  if (n < 1) n = 1;
  const int repeat = (n - 1) / 26 + 1;
  const char letter = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
  return std::string(static_cast<std::size_t>(std::min(repeat, 50)), letter);
}

std::string Roman(int n, bool upper) {
  if (n < 1 || n > 3999) return std::to_string(n);
  static const int kValues[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  static const char* kUpper[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
  static const char* kLower[] = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
  std::string out;
  for (int i = 0; i < 13; ++i) {
    while (n >= kValues[i]) {
      out += upper ? kUpper[i] : kLower[i];
      n -= kValues[i];
    }
  }
  return out;
}

std::string FormatNumber(int n, std::string_view format) {
  if (format == "lowerLetter") return Letters(n, false);
  if (format == "upperLetter") return Letters(n, true);
  if (format == "lowerRoman") return Roman(n, false);
  if (format == "upperRoman") return Roman(n, true);
  if (format == "decimalZero" && n >= 0 && n < 10) return "0" + std::to_string(n);
  if (format == "none") return "";
  return std::to_string(n);  // decimal and anything we do not render specially
}

}  // namespace


// ---------------------------------------------------------------- WordNs

WordNs::WordNs(const pugi::xml_node& root) {
  for (const pugi::xml_attribute& attr : root.attributes()) {
    const std::string_view name = attr.name();
    if (name != "xmlns" && name.substr(0, 6) != "xmlns:") continue;
    const std::string prefix(name == "xmlns" ? std::string_view() : name.substr(6));
    const std::string_view uri = attr.value();
    if (std::find(std::begin(kWordNamespaces), std::end(kWordNamespaces), uri) != std::end(kWordNamespaces)) {
      w_ = prefix;
    } else if (uri == kMcNamespace) {
      mc_ = prefix;
    }
  }
}

bool WordNs::Is(const pugi::xml_node& node, std::string_view local) const {
  return node.type() == pugi::node_element && Matches(node.name(), w_, local);
}

bool WordNs::IsMc(const pugi::xml_node& node, std::string_view local) const {
  return node.type() == pugi::node_element && Matches(node.name(), mc_, local);
}

pugi::xml_node WordNs::Child(const pugi::xml_node& node, std::string_view local) const {
  for (const pugi::xml_node& child : node.children()) {
    if (Is(child, local)) return child;
  }
  return {};
}

const char* WordNs::Attr(const pugi::xml_node& node, std::string_view local) const {
  const char* unprefixed = nullptr;
  for (const pugi::xml_attribute& attr : node.attributes()) {
    std::string_view p, l;
    SplitName(attr.name(), &p, &l);
    if (l != local) continue;
    if (p == w_) return attr.value();
    if (p.empty()) unprefixed = attr.value();
  }
  return unprefixed != nullptr ? unprefixed : "";
}

bool WordNs::HasAttr(const pugi::xml_node& node, std::string_view local) const {
  for (const pugi::xml_attribute& attr : node.attributes()) {
    std::string_view p, l;
    SplitName(attr.name(), &p, &l);
    if (l == local && (p == w_ || p.empty())) return true;
  }
  return false;
}

std::string WordNs::ChildVal(const pugi::xml_node& node, std::string_view local) const {
  const pugi::xml_node child = Child(node, local);
  return child ? Attr(child, "val") : "";
}

std::optional<bool> WordNs::OnOff(const pugi::xml_node& props, std::string_view local) const {
  const pugi::xml_node child = Child(props, local);
  if (!child) return std::nullopt;
  const std::string_view val = Attr(child, "val");
  return !(val == "0" || val == "false" || val == "off" || val == "none");
}

std::optional<int> ParseInt(std::string_view text) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end == text.data()) return std::nullopt;
  return value;
}

std::string FontOf(const WordNs& ns, const pugi::xml_node& rfonts) {
  if (!rfonts) return "";
  for (const char* which : {"ascii", "hAnsi", "cs", "eastAsia"}) {
    const std::string_view font = ns.Attr(rfonts, which);
    if (!font.empty()) return std::string(font);
  }
  return "";
}

// ------------------------------------------------------------ StyleSheet

void StyleSheet::Load(const pugi::xml_node& root) {
  const WordNs ns(root);
  const pugi::xml_node defaults = ns.Child(root, "docDefaults");
  const pugi::xml_node rpr = ns.Child(ns.Child(defaults, "rPrDefault"), "rPr");
  default_font_ = FontOf(ns, ns.Child(rpr, "rFonts"));

  for (const pugi::xml_node& style : root.children()) {
    if (!ns.Is(style, "style")) continue;
    const std::string id = ns.Attr(style, "styleId");
    if (id.empty()) continue;
    StyleInfo info;
    info.name = ns.ChildVal(style, "name");
    info.based_on = ns.ChildVal(style, "basedOn");
    const pugi::xml_node ppr = ns.Child(style, "pPr");
    const pugi::xml_node style_rpr = ns.Child(style, "rPr");
    info.font = FontOf(ns, ns.Child(style_rpr, "rFonts"));
    info.bold = ns.OnOff(style_rpr, "b");
    info.italic = ns.OnOff(style_rpr, "i");
    if (const pugi::xml_node lvl = ns.Child(ppr, "outlineLvl")) info.outline_level = ParseInt(ns.Attr(lvl, "val"));
    if (const pugi::xml_node numpr = ns.Child(ppr, "numPr")) {
      info.num_id = ParseInt(ns.ChildVal(numpr, "numId"));
      info.ilvl = ParseInt(ns.ChildVal(numpr, "ilvl"));
    }
    if (const pugi::xml_node borders = ns.Child(ns.Child(style, "tblPr"), "tblBorders")) {
      bool visible = false;
      for (const pugi::xml_node& side : borders.children()) {
        const std::string_view val = ns.Attr(side, "val");
        if (side.type() == pugi::node_element && val != "none" && val != "nil" && !val.empty()) visible = true;
      }
      info.has_borders = visible;
    }
    const std::string_view type = ns.Attr(style, "type");
    const std::string_view is_default = ns.Attr(style, "default");
    if (type == "paragraph" && (is_default == "1" || is_default == "true")) default_paragraph_style_ = id;
    styles_[id] = std::move(info);
  }
}

const StyleInfo* StyleSheet::Find(std::string_view style_id) const {
  const auto it = styles_.find(style_id);
  return it == styles_.end() ? nullptr : &it->second;
}

template <typename T>
std::optional<T> StyleSheet::Inherited(std::string_view style_id, std::optional<T> StyleInfo::*member) const {
  // basedOn chains are short; a hop limit protects against cycles.
  for (int hop = 0; hop < 16 && !style_id.empty(); ++hop) {
    const StyleInfo* info = Find(style_id);
    if (info == nullptr) break;
    if ((info->*member).has_value()) return info->*member;
    style_id = info->based_on;
  }
  return std::nullopt;
}

std::string StyleSheet::Font(std::string_view style_id) const {
  for (int hop = 0; hop < 16 && !style_id.empty(); ++hop) {
    const StyleInfo* info = Find(style_id);
    if (info == nullptr) break;
    if (!info->font.empty()) return info->font;
    style_id = info->based_on;
  }
  return "";
}

std::optional<bool> StyleSheet::Bold(std::string_view id) const { return Inherited(id, &StyleInfo::bold); }
std::optional<bool> StyleSheet::Italic(std::string_view id) const { return Inherited(id, &StyleInfo::italic); }
std::optional<int> StyleSheet::NumId(std::string_view id) const { return Inherited(id, &StyleInfo::num_id); }
std::optional<int> StyleSheet::Ilvl(std::string_view id) const { return Inherited(id, &StyleInfo::ilvl); }
std::optional<bool> StyleSheet::HasBorders(std::string_view id) const {
  return Inherited(id, &StyleInfo::has_borders);
}

std::string StyleSheet::Name(std::string_view style_id) const {
  const StyleInfo* info = Find(style_id);
  return info != nullptr ? info->name : "";
}

int StyleSheet::HeadingLevel(std::string_view style_id) const {
  if (style_id.empty()) return 0;
  // Localised Word versions write ids like "u1" but keep the built-in
  // English name ("heading 1"), so try both.
  if (const int level = HeadingFromName(style_id); level > 0) return level;
  if (const int level = HeadingFromName(Name(style_id)); level > 0) return level;
  const std::optional<int> outline = Inherited(style_id, &StyleInfo::outline_level);
  if (outline && *outline >= 0 && *outline < 9) return *outline + 1;
  return 0;
}

// ------------------------------------------------------------- Numbering

void Numbering::Load(const pugi::xml_node& root, const StyleSheet& styles) {
  const WordNs ns(root);
  std::map<int, std::string> style_links;  // abstractNum id -> numStyleLink
  auto read_level = [&](const pugi::xml_node& lvl, Level* level) {
    level->defined = true;
    if (const pugi::xml_node fmt = ns.Child(lvl, "numFmt")) level->format = ns.Attr(fmt, "val");
    if (const pugi::xml_node text = ns.Child(lvl, "lvlText")) level->text = ns.Attr(text, "val");
    if (const pugi::xml_node start = ns.Child(lvl, "start")) level->start = ParseInt(ns.Attr(start, "val")).value_or(1);
    level->legal = ns.OnOff(lvl, "isLgl").value_or(false);
    level->font = FontOf(ns, ns.Child(ns.Child(lvl, "rPr"), "rFonts"));
  };
  for (const pugi::xml_node& node : root.children()) {
    if (ns.Is(node, "abstractNum")) {
      const std::optional<int> id = ParseInt(ns.Attr(node, "abstractNumId"));
      if (!id) continue;
      Levels& levels = abstracts_[*id];
      for (const pugi::xml_node& lvl : node.children()) {
        if (!ns.Is(lvl, "lvl")) continue;
        const std::optional<int> ilvl = ParseInt(ns.Attr(lvl, "ilvl"));
        if (ilvl && *ilvl >= 0 && *ilvl < 9) read_level(lvl, &levels[static_cast<std::size_t>(*ilvl)]);
      }
      const std::string link = ns.ChildVal(node, "numStyleLink");
      if (!link.empty()) style_links[*id] = link;
    } else if (ns.Is(node, "num")) {
      const std::optional<int> id = ParseInt(ns.Attr(node, "numId"));
      const std::optional<int> abstract = ParseInt(ns.ChildVal(node, "abstractNumId"));
      if (!id || !abstract) continue;
      Num& num = nums_[*id];
      num.abstract_id = *abstract;
      for (const pugi::xml_node& over : node.children()) {
        if (!ns.Is(over, "lvlOverride")) continue;
        const std::optional<int> ilvl = ParseInt(ns.Attr(over, "ilvl"));
        if (!ilvl || *ilvl < 0 || *ilvl >= 9) continue;
        if (const pugi::xml_node start = ns.Child(over, "startOverride")) {
          if (const std::optional<int> v = ParseInt(ns.Attr(start, "val"))) num.start_override[*ilvl] = *v;
        }
        if (const pugi::xml_node lvl = ns.Child(over, "lvl")) read_level(lvl, &num.level_override[*ilvl]);
      }
    }
  }
  // A list style (numStyleLink) points through a style to another num whose
  // abstractNum holds the real levels; one hop is what Word writes.
  for (const auto& [abstract_id, style] : style_links) {
    const std::optional<int> linked_num = styles.NumId(style);
    if (!linked_num) continue;
    const auto it = nums_.find(*linked_num);
    if (it == nums_.end() || it->second.abstract_id == abstract_id) continue;
    const auto target = abstracts_.find(it->second.abstract_id);
    if (target != abstracts_.end()) abstracts_[abstract_id] = target->second;
  }
}

const Numbering::Level* Numbering::LevelOf(int num_id, int ilvl) const {
  if (ilvl < 0 || ilvl >= 9) return nullptr;
  const auto num = nums_.find(num_id);
  if (num == nums_.end()) return nullptr;
  if (const auto over = num->second.level_override.find(ilvl); over != num->second.level_override.end()) {
    return &over->second;
  }
  const auto abstract = abstracts_.find(num->second.abstract_id);
  if (abstract == abstracts_.end()) return nullptr;
  const Level& level = abstract->second[static_cast<std::size_t>(ilvl)];
  return level.defined ? &level : nullptr;
}

bool Numbering::Has(int num_id, int ilvl) const { return LevelOf(num_id, ilvl) != nullptr; }

std::string Numbering::Next(int num_id, int ilvl) {
  const Level* level = LevelOf(num_id, ilvl);
  if (level == nullptr) return "";
  const Num& num = nums_[num_id];
  auto start_of = [&](int l) {
    const auto over = num.start_override.find(l);
    if (over != num.start_override.end()) return over->second;
    const Level* lv = LevelOf(num_id, l);
    return lv != nullptr ? lv->start : 1;
  };
  std::array<int, 9>& counters = counters_.try_emplace(num_id, std::array<int, 9>{}).first->second;
  const auto i = static_cast<std::size_t>(ilvl);
  counters[i] = counters[i] == 0 ? start_of(ilvl) : counters[i] + 1;
  for (std::size_t deeper = i + 1; deeper < 9; ++deeper) counters[deeper] = 0;

  if (level->format == "bullet") return BulletMarker(level->text, level->font);
  // Substitute %1..%9 in lvlText with the counters of those levels.
  std::string out;
  const std::string& text = level->text;
  for (std::size_t k = 0; k < text.size(); ++k) {
    if (text[k] == '%' && k + 1 < text.size() && text[k + 1] >= '1' && text[k + 1] <= '9') {
      const int ref = text[k + 1] - '1';
      const auto r = static_cast<std::size_t>(ref);
      // A level referenced before it ever appeared shows its start value.
      const int value = (ref <= ilvl && counters[r] != 0) ? counters[r] : start_of(ref);
      const Level* ref_level = LevelOf(num_id, ref);
      const std::string format = (level->legal || ref_level == nullptr) ? "decimal" : ref_level->format;
      out += FormatNumber(value, format == "bullet" ? "decimal" : format);
      ++k;
    } else {
      out.push_back(text[k]);
    }
  }
  return out;
}

std::string BulletMarker(std::string_view text, std::string_view font) {
  if (text == "-" || text == "+") return std::string(text);
  // En dash, em dash, minus sign: all read as the dash bullet of Vietnamese
  // administrative writing.
  if (text == "\u2013" || text == "\u2014" || text == "\u2212") return "-";
  const std::string lower = Lower(font);
  const bool symbol_font = lower.find("symbol") != std::string::npos ||
                           lower.find("wingdings") != std::string::npos ||
                           lower.find("webdings") != std::string::npos;
  // Private-use glyphs (U+F000..U+F0FF, UTF-8 EF 80..83 xx) only mean
  // something in their symbol font.
  const bool private_use = text.size() == 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
                           (static_cast<unsigned char>(text[1]) & 0xFC) == 0x80;
  if (text.empty() || symbol_font || private_use || text == "o") return "\u2022";
  return std::string(text);
}

}  // namespace baocao::docx
