#include "extractors/metadata.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <vector>

#include "extractors/context.h"
#include "extractors/folded.h"
#include "extractors/header_lines.h"
#include "extractors/header_reference.h"
#include "extractors/place_reading.h"
#include "normalize/text.h"

namespace baocao {
namespace {

// How far into the body the header block, title and opening paragraphs may
// reach. Reports put all of them on the first page.
constexpr int kHeaderSearchBlocks = 30;

// Without a type line, the header is this many blocks that hold a letter
// or a digit: a rule drawn with dashes under the issuer ("———", a line of
// its own in a PDF) is none, nor counts. An incoming-mail stamp's four
// lines ("CÔNG VĂN ĐẾN", "Số: 15281", "Ngày: …", "Chuyển: …") and a
// header whose columns wrap apart (issuer, motto, the issuer's last word
// each a line) take 12 before the V/v line.
constexpr int kHeaderBlocks = 12;

bool IsUpperLetter(UChar32 c) { return u_isupper(c) || u_istitle(c); }

// The end of the first `n` blocks of `doc` (up to `limit`) that hold a
// letter or a digit: where a header without a type line may reach.
int AfterContentBlocks(const Document& doc, int n, int limit) {
  int seen = 0;
  for (int i = 0; i < limit; ++i) {
    const Block& b = doc.body[static_cast<std::size_t>(i)];
    bool content = b.is_table();
    if (b.is_paragraph()) {
      const std::string& text = b.paragraph.text;
      const int32_t length = static_cast<int32_t>(text.size());
      for (int32_t k = 0; k < length && !content;) {
        UChar32 c = 0;
        U8_NEXT(text.data(), k, length, c);
        content = c > 0 && u_isalnum(c);
      }
    }
    if (content && ++seen == n) return i + 1;
  }
  return limit;
}

struct Place {
  std::string unit;  // "xã", "huyện", ... as printed, lowercased
  std::string name;
};

// The first place of kind `id` (commune / district / province) in `t`.
std::optional<Place> FindPlace(const RuleSet& rules, std::string_view id, const FoldedText& t) {
  const Rule* r = rules.Find("place", id);
  Groups g;
  std::size_t from = 0;
  while (r != nullptr && from < t.folded.size()) {
    std::string_view rest = std::string_view(t.folded).substr(from);
    if (!RuleSet::Match(*r, rest, &g) || RuleSet::Group(g, 1).first == std::string::npos) return std::nullopt;
    if (g[0].second == 0) return std::nullopt;  // an empty match at the start never advances
    std::size_t b = from + g[1].first, e = from + g[1].second;
    std::string name = NameOnly(t.CanonSpan(b, e));
    std::string unit = normalize::ToLower(TrimPunct(t.CanonSpan(from + g[0].first, b)));
    if (name.empty()) name = NumberedUnitName(unit, t.CanonSpan(b, e)).value_or("");
    // The folded key cannot tell "tỉnh" (province) from "tình" (as in "tình
    // hình"): the unit word itself must be one the rules list.
    const Rule* unit_rule = rules.Find("place_unit", id);
    bool unit_ok = unit_rule == nullptr || RuleSet::Match(*unit_rule, unit, nullptr);
    if (!name.empty() && unit_ok) return Place{unit, name};
    from += g[0].second;
  }
  return std::nullopt;
}

struct Body {
  std::string abbreviation;
  std::optional<Place> place;
};

std::string IssuerAbbreviation(const std::string& id) {
  if (id == "ubnd") return "UBND";
  if (id == "tthtcd") return "TTHTCĐ";
  if (id == "pgd") return "Phòng GD&ĐT";
  if (id == "hkh") return "Hội Khuyến học";
  if (id == "sgd") return "Sở GD&ĐT";
  return id;
}

}  // namespace

std::string TrimPunct(std::string_view s, std::string_view punct) {
  // Whole characters of `punct`, never single bytes: "•" is E2 80 A2, and
  // the 0x80 of "À" (C3 80) must not go with it.
  std::vector<std::string_view> marks;
  for (std::size_t i = 0; i < punct.size();) {
    std::size_t n = 1;
    auto lead = static_cast<unsigned char>(punct[i]);
    if (lead >= 0xF0) n = 4;
    else if (lead >= 0xE0) n = 3;
    else if (lead >= 0xC0) n = 2;
    marks.push_back(punct.substr(i, n));
    i += n;
  }
  for (bool trimmed = true; trimmed && !s.empty();) {
    trimmed = false;
    for (std::string_view m : marks) {
      if (!m.empty() && s.starts_with(m)) {
        s.remove_prefix(m.size());
        trimmed = true;
      }
      if (!m.empty() && s.ends_with(m)) {
        s.remove_suffix(m.size());
        trimmed = true;
      }
    }
  }
  return std::string(s);
}

std::optional<std::string> NumberedUnitName(std::string_view unit, std::string_view rest) {
  std::string r = TrimPunct(rest, " ");
  std::size_t end = 0;
  while (end < r.size() && std::isalnum(static_cast<unsigned char>(r[end]))) ++end;
  if (end == 0 || end > 4 || !std::isdigit(static_cast<unsigned char>(r[0]))) return std::nullopt;
  // "Thôn 2, xã …" ends at the comma; "Phường 5 lớp" is no unit.
  if (end < r.size() && std::string_view(",;.)").find(r[end]) == std::string_view::npos) return std::nullopt;
  // The unit as printed, capitalised: "Phường", "Tổ dân phố".
  std::string u = TrimPunct(unit, " ");
  if (normalize::IsAllCaps(u)) u = normalize::ToLower(u);
  std::size_t first = normalize::CodePointToByte(u, 1);
  return normalize::ToUpper(u.substr(0, first)) + u.substr(first) + " " + r.substr(0, end);
}

std::string NameOnly(std::string_view canonical) {
  std::string s = TrimPunct(canonical);
  bool caps = normalize::IsAllCaps(s);
  std::istringstream words{std::string(s)};
  std::string word, out;
  while (words >> word) {
    // Quote marks are no part of a name: a quoted name ("xã “Tân Hương”"),
    // or a speck OCR read as one ("TÂN “HƯƠNG").
    word = TrimPunct(word, "\"'“”‘’");
    if (word.empty()) continue;
    UChar32 c = 0;
    int32_t i = 0;
    U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
    bool digit_word = c >= '0' && c <= '9';
    if (!IsUpperLetter(c) && !(digit_word && !out.empty())) break;
    std::string w = TrimPunct(word, " ,;:.");
    if (w.empty()) break;
    if (!out.empty()) out += ' ';
    out += w;
    if (word.back() == ',' || word.back() == ';' || word.back() == '.') break;
  }
  // "HUYỆN TÂN KỲ VIỆT NAM": the end of the motto ("… CHỦ NGHĨA VIỆT NAM")
  // wrapped onto the issuer's line. No commune or district is so named.
  const std::size_t tail = out.size() >= 9 ? out.rfind(' ', out.rfind(' ') - 1) : std::string::npos;
  if (tail != std::string::npos && normalize::FoldKey(out.substr(tail + 1)) == "viet nam") out.resize(tail);
  return caps ? normalize::TitleCase(out) : out;
}

MetadataResult ExtractMetadata(const Document& doc, const RuleSet& rules, DocumentInfo* info) {
  MetadataResult result;
  int limit = std::min<int>(kHeaderSearchBlocks, static_cast<int>(doc.body.size()));

  // The document-type line: capitals, starting with the kind.
  for (int i = 0; i < limit; ++i) {
    const Block& b = doc.body[static_cast<std::size_t>(i)];
    if (!b.is_paragraph()) continue;
    FoldedText t(b.paragraph.text);
    if (!normalize::IsAllCaps(t.canon)) continue;
    const Rule* kind = rules.FirstMatch("doc_type", t.folded);
    if (kind == nullptr) continue;
    info->doc_type = kind->id;
    result.type_line_block = i;
    Groups g;
    RuleSet::Match(*kind, t.folded, &g);
    std::string rest = TrimPunct(t.CanonSpan(g[0].second, t.folded.size()));
    std::string title = rest.size() > 3 ? rest : "";
    int end = i;
    const Rule* stop = rules.Find("meta", "title_stop");
    for (int j = i + 1; title.empty() && j < limit && j <= i + 3; ++j) {
      const Block& next = doc.body[static_cast<std::size_t>(j)];
      if (!next.is_paragraph()) break;
      FoldedText nt(next.paragraph.text);
      if (stop != nullptr && RuleSet::Match(*stop, nt.folded, nullptr)) break;
      if (!next.paragraph.list_marker.empty() || nt.canon.size() > 300) break;
      title = nt.canon;
      end = j;
      // A title printed over two lines continues in a second paragraph in
      // the same style (both centred, no marker): join while it is short.
      if (j + 1 < limit) {
        const Block& more = doc.body[static_cast<std::size_t>(j + 1)];
        if (more.is_paragraph() && more.paragraph.list_marker.empty()) {
          FoldedText mt(more.paragraph.text);
          int more_level = HeadingLevel(more.paragraph);
          bool stops = (stop != nullptr && RuleSet::Match(*stop, mt.folded, nullptr)) ||
                       (more_level >= 1 && more_level <= 4);
          if (!stops && !mt.canon.empty() && !nt.canon.empty() && mt.canon.size() < 120 &&
              mt.canon.find(':') == std::string::npos &&
              !IssuedDate(rules, mt) && normalize::IsAllCaps(mt.canon) == normalize::IsAllCaps(nt.canon) &&
              mt.canon.back() != '.' && nt.canon.back() != '.' && nt.canon.size() < 120 &&
              mt.canon.find("Kính") == std::string::npos) {
            title += " " + mt.canon;
            end = j + 1;
          }
        }
      }
    }
    if (!title.empty()) info->title = title;
    result.title_end_block = title.empty() ? i : std::max(end, i);
    break;
  }

  // Header lines: everything above the type line (or the first blocks).
  const int content_end = AfterContentBlocks(doc, kHeaderBlocks, limit);
  int header_end = result.type_line_block >= 0 ? result.type_line_block : content_end;
  // Without a type line (a công văn) the header ends where the letter
  // begins: at "Kính gửi", or at the first running sentence, so a place
  // the body names ("… ở các xã: xã Tân Lập 9 lớp") is never the header's.
  if (result.type_line_block < 0) {
    const Rule* to = rules.Find("meta", "address_to");
    for (int i = 0; i < header_end; ++i) {
      const Block& b = doc.body[static_cast<std::size_t>(i)];
      if (!b.is_paragraph()) continue;
      FoldedText t(b.paragraph.text);
      const bool address = to != nullptr && RuleSet::Match(*to, t.folded, nullptr);
      const bool sentence = normalize::ByteToCodePoint(t.canon, t.canon.size()) > 120 && !normalize::IsAllCaps(t.canon);
      if (address || sentence) {
        header_end = i;
        break;
      }
    }
  }
  result.header_end_block = header_end;
  std::vector<HeaderLine> header = HeaderLines(rules, doc, header_end);
  // Opening lines: title and the paragraphs after it, for places and the
  // addressee ("Kính gửi"), up to the first numbered section.
  std::vector<FoldedText> opening;
  std::vector<FoldedText> addressed;
  bool in_address = false;
  for (int i = std::max(0, result.title_end_block + 1); i < limit; ++i) {
    const Block& b = doc.body[static_cast<std::size_t>(i)];
    const Rule* to = rules.Find("meta", "address_to");
    if (!b.is_paragraph()) {
      // "Kính gửi:" is often a borderless table: label left, addressees right.
      std::vector<HeaderLine> cells = HeaderLines(rules, doc, i + 1);
      bool address = false;
      for (const HeaderLine& l : cells) {
        if (l.block != i) continue;
        if (to != nullptr && RuleSet::Match(*to, l.text.folded, nullptr)) address = true;
        if (address) addressed.push_back(l.text);
      }
      if (!address) break;
      continue;
    }
    FoldedText t(b.paragraph.text);
    if (to != nullptr && RuleSet::Match(*to, t.folded, nullptr)) {
      in_address = true;
      addressed.push_back(t);
      continue;
    }
    if (in_address && (t.folded.rfind("-", 0) == 0 || !b.paragraph.list_marker.empty() ||
                       t.canon.size() < 100)) {
      addressed.push_back(t);
      continue;
    }
    in_address = false;
    int level = HeadingLevel(b.paragraph);
    if (level >= 1 && level <= 4) break;
    // Header lines read as opening when there is no type line: the motto
    // ("CỘNG HÒA XÃ HỘI …") names no commune.
    if (IsMotto(rules, t)) continue;
    opening.push_back(t);
  }

  // ref and issued: anywhere in the header, else in the first blocks.
  std::vector<HeaderLine> early = HeaderLines(rules, doc, limit);
  auto scan_lines = [&](auto&& fn) {
    for (const HeaderLine& l : early) {
      if (fn(l.text)) return;
    }
  };
  scan_lines([&](const FoldedText& t) {
    info->ref = ReadReference(rules, t);
    return info->ref.has_value();
  });
  // "Số:" and its dotted blank garbled by OCR ("SH... /KH-UBND", "RĐ:.....
  // /TTr-UBND"): the code alone, ending a header line above the title.
  if (!info->ref) {
    for (const HeaderLine& l : early) {
      if (l.block >= header_end) break;
      if (std::optional<std::string> code = CodeReference(rules, l.text, /*at_end=*/true)) {
        info->ref = code;
        break;
      }
    }
  }
  scan_lines([&](const FoldedText& t) {
    auto d = IssuedDate(rules, t);
    if (d) info->issued = d;
    return d.has_value();
  });
  // A công văn has no type line: its subject line "V/v …" says what it is.
  if (info->doc_type == "other" && result.type_line_block < 0) {
    for (const HeaderLine& l : early) {
      if (l.block > content_end) break;
      const Rule* subject = rules.Find("meta", "subject_line");
      if (subject != nullptr && RuleSet::Match(*subject, l.text.folded, nullptr)) {
        info->doc_type = "cong_van";
        if (!info->title) info->title = l.text.canon;
        break;
      }
    }
  }
  if (info->doc_type == "other" && info->ref) {
    std::size_t slash = info->ref->find('/');
    if (slash != std::string::npos) {
      std::string kind = info->ref->substr(slash + 1);
      kind = kind.substr(0, kind.find('-'));
      if (const Rule* r = rules.FirstMatch("ref_kind", normalize::FoldKey(kind))) info->doc_type = r->id;
    }
  }

  // Issuer: the lowest body of the header's left column, with its place.
  std::vector<Body> bodies;
  for (const HeaderLine& l : header) {
    if (l.column != 0 || IsMotto(rules, l.text)) continue;
    if (HasReferenceCue(rules, l.text) || IssuedDate(rules, l.text)) {
      continue;
    }
    std::optional<Place> place;
    for (const char* kind : {"commune", "district", "province"}) {
      if ((place = FindPlace(rules, kind, l.text))) break;
    }
    if (const Rule* body = rules.FirstMatch("issuer", l.text.folded)) {
      bodies.push_back(Body{IssuerAbbreviation(body->id), place});
    } else if (place && !bodies.empty() && !bodies.back().place) {
      bodies.back().place = place;
    }
  }
  if (!bodies.empty()) {
    Body issuer = bodies.back();
    for (auto it = bodies.rbegin(); !issuer.place && it != bodies.rend(); ++it) issuer.place = it->place;
    std::string name = issuer.abbreviation;
    if (issuer.place) {
      // "Phường 5" already says its unit.
      bool named_with_unit = normalize::ToLower(issuer.place->name).starts_with(issuer.place->unit + " ");
      name += " " + (named_with_unit ? "" : issuer.place->unit + " ") + issuer.place->name;
    }
    info->issuer = name;
  }

  // Places: header first, then the title, then the addressee and opening.
  // In a document read by OCR, a name that is no run of syllables ("T Hanh
  // Ị", a header under a stamp) gives way to a later mention that is; it is
  // kept only when no source reads better.
  std::map<std::string, std::string> misread;
  auto readable = [&](const char* kind, const std::string& name) {
    if (!doc.ocr || LooksLikePlaceName(name)) return true;
    misread.emplace(kind, name);
    return false;
  };
  auto place_from = [&](const char* kind, const std::vector<FoldedText>& lines) -> std::optional<std::string> {
    for (const FoldedText& t : lines) {
      if (auto p = FindPlace(rules, kind, t); p && readable(kind, p->name)) return p->name;
    }
    return std::nullopt;
  };
  std::vector<FoldedText> header_text;
  for (const HeaderLine& l : header) {
    if (l.column == 0 && !IsMotto(rules, l.text)) header_text.push_back(l.text);
  }
  std::vector<FoldedText> title_text;
  if (info->title) title_text.emplace_back(*info->title);

  bool district_level = false;
  if (!bodies.empty()) {
    std::optional<Place> place;
    for (auto it = bodies.rbegin(); !place && it != bodies.rend(); ++it) place = it->place;
    district_level = place && place->unit != "xã" && place->unit != "phường" && place->unit != "thị trấn";
  }
  info->commune = place_from("commune", header_text);
  if (!info->commune) info->commune = place_from("commune", title_text);
  if (!info->commune && !district_level) info->commune = place_from("commune", opening);

  // Districts were abolished on 1 July 2025: a later document names one only
  // in its header or title (a body's "huyện Na Hang cũ" is history).
  const bool after_districts = info->issued && *info->issued >= "2025-07";
  info->district = place_from("district", header_text);
  if (!info->district) info->district = place_from("district", title_text);
  if (!info->district && !after_districts) info->district = place_from("district", addressed);
  if (!info->district && !after_districts) info->district = place_from("district", opening);

  info->province = place_from("province", header_text);
  if (!info->province) info->province = place_from("province", title_text);
  if (!info->province) info->province = place_from("province", addressed);
  // Last resort, the first mention anywhere in the body ("… nằm ở phía bắc
  // huyện Bảo Lâm, tỉnh Cao Bằng", "Sở GD&ĐT Lạng Sơn"): a report names its
  // own district and province before any other.
  auto first_in_body = [&](std::initializer_list<const char*> kinds) -> std::optional<std::string> {
    for (const Block& b : doc.body) {
      if (!b.is_paragraph()) continue;
      FoldedText t(b.paragraph.text);
      for (const char* kind : kinds) {
        if (auto p = FindPlace(rules, kind, t); p && readable(kind, p->name)) return p->name;
      }
    }
    return std::nullopt;
  };
  if (!info->district && !after_districts) info->district = first_in_body({"district"});
  if (!info->province) info->province = first_in_body({"province", "province_dept"});
  for (auto [field, kind] : {std::pair{&info->commune, "commune"}, {&info->district, "district"},
                             {&info->province, "province"}}) {
    if (!*field && misread.count(kind)) *field = misread.at(kind);
  }
  return result;
}

}  // namespace baocao
