#include "desk/html.h"

#include <cstdint>

namespace baocao::html {
namespace {

// Length of the valid UTF-8 sequence at text[i], or 0 when it is not one
// (overlong forms, surrogates and code points past U+10FFFF included).
std::size_t Utf8Length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  std::uint32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    n = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

}  // namespace

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    switch (c) {
      case '&': out += "&amp;"; ++i; continue;
      case '<': out += "&lt;"; ++i; continue;
      case '>': out += "&gt;"; ++i; continue;
      case '"': out += "&quot;"; ++i; continue;
      case '\'': out += "&#39;"; ++i; continue;
      case '\0': out += "\xEF\xBF\xBD"; ++i; continue;
      default: break;
    }
    std::size_t n = Utf8Length(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

const char* StyleSheet() {
  return R"css(<style>
body{font-family:"Noto Sans","DejaVu Sans","Segoe UI",Arial,sans-serif;margin:1.5em;color:#1b1b1b;font-size:14px}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:2px solid #4a6fa5}h3{font-size:1em;margin:1.2em 0 .3em}
table{border-collapse:collapse;margin:.3em 0 1em}th,td{border:1px solid #c8c8c8;padding:3px 6px;vertical-align:top}
th{background:#e8eef7;text-align:left}td.n{text-align:right;white-space:nowrap}
.meta td:first-child{font-weight:bold;background:#f4f4f4}
.src{color:#555;font-size:.85em;max-width:42em}.src q{font-style:italic}
tr.flag td{background:#fff0f0}tr.rejected td{color:#999;text-decoration:line-through}
.check{border-left:4px solid #c62828;background:#fdecea;padding:4px 8px;margin:3px 0}
.check.warning{border-color:#ef6c00;background:#fff4e5}.check.info{border-color:#1565c0;background:#e8f1fb}
.corr{background:#e6f4ea;font-weight:bold}.corr del{color:#999;font-weight:normal;margin-right:4px}
.review{outline:2px solid #ef6c00}.note{color:#555;font-size:.85em}
.added td{background:#e6f4ea}.removed td{background:#fdecea}.changed td{background:#fff8e1}
.id{color:#777;font-size:.85em}nav a{margin-right:.8em}.badge{display:inline-block;padding:0 6px;border-radius:8px;background:#c62828;color:#fff;font-size:.8em}
.badge.ok{background:#2e7d32}.badge.warn{background:#ef6c00}
</style>)css";
}

std::string PageStart(std::string_view title) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">";
  // No script runs on these pages and nothing is fetched: say so to the browser.
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">";
  out += "<title>" + Escape(title) + "</title>";
  out += StyleSheet();
  out += "</head><body>\n";
  return out;
}

std::string PageEnd() { return "</body></html>\n"; }

std::string Number(const std::optional<std::int64_t>& value) {
  if (!value) return "—";
  std::string digits = std::to_string(*value < 0 ? -*value : *value);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return *value < 0 ? "-" + out : out;
}

}  // namespace baocao::html
