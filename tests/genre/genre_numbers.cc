// Numbers as offices type them: counts with the document's grouping style,
// money in words and figures ("18.500.000 đồng", "2,5 triệu đồng", "3.5
// triệu", "116 triệu 586 nghìn đồng", "1 tỷ 200 triệu đồng").
#include <cmath>

#include "tests/genre/genre_internal.h"

namespace baocao::genre {

std::string Grouped(std::int64_t v, const std::string& separator) {
  bool negative = v < 0;
  std::string s = std::to_string(negative ? -v : v);
  std::string out;
  int n = static_cast<int>(s.size());
  for (int i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += separator;
    out += s[static_cast<std::size_t>(i)];
  }
  return negative ? "-" + out : out;
}

std::string DecimalComma(double v, int decimals) {
  long long scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  long long units = std::llround(v * static_cast<double>(scale));
  std::string s = Grouped(units / scale, ".");
  long long frac = units % scale;
  if (frac == 0) return s;
  std::string f = std::to_string(frac);
  while (static_cast<int>(f.size()) < decimals) f = "0" + f;
  while (!f.empty() && f.back() == '0') f.pop_back();
  return s + "," + f;
}

std::string ScaleWords(const std::string& scale) {
  if (scale == "nghin") return "nghìn đồng";
  if (scale == "trieu") return "triệu đồng";
  return "đồng";
}

std::string InScale(std::int64_t vnd, const std::string& scale) {
  if (scale == "nghin") return Grouped(vnd / 1000, ".");
  if (scale == "trieu") return DecimalComma(static_cast<double>(vnd) / 1e6, 2);
  return Grouped(vnd, ".");
}

namespace {

// 0..999 in words; `full` keeps "không trăm" for a group after a larger one.
std::string Hundreds(int n, bool full) {
  static const char* digit[] = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
  int h = n / 100, t = (n / 10) % 10, u = n % 10;
  std::string out;
  if (h > 0 || full) out = std::string(digit[h]) + " trăm";
  if (t == 0 && u == 0) return out;
  if (t == 0) return out + (out.empty() ? "" : " lẻ ") + digit[u];
  std::string tens = t == 1 ? "mười" : std::string(digit[t]) + " mươi";
  out += (out.empty() ? "" : " ") + tens;
  if (u == 0) return out;
  if (u == 5) return out + " lăm";
  if (u == 1 && t > 1) return out + " mốt";
  return out + " " + digit[u];
}

}  // namespace

std::string AmountInWords(std::int64_t vnd) {
  static const char* unit[] = {"", " nghìn", " triệu", " tỷ"};
  std::vector<int> groups;
  for (std::int64_t v = vnd; v > 0; v /= 1000) groups.push_back(static_cast<int>(v % 1000));
  std::string out;
  for (int i = static_cast<int>(groups.size()) - 1; i >= 0; --i) {
    int g = groups[static_cast<std::size_t>(i)];
    if (g == 0) continue;
    out += (out.empty() ? "" : " ") + Hundreds(g, !out.empty()) + unit[i];
  }
  if (out.empty()) out = "không";
  out += " đồng";
  return Upper(out.substr(0, 1)) + out.substr(1);
}

std::string Ctx::Count(std::int64_t v) const {
  if (v < 10 && spelled_echo) return "0" + std::to_string(v) + " (" + Hundreds(static_cast<int>(v), false) + ")";
  if (v > 0 && v < 10 && spelled_lead) return Hundreds(static_cast<int>(v), false) + " (0" + std::to_string(v) + ")";
  if (v < 10 && leading_zero) return "0" + std::to_string(v);
  if (v < 1000) return std::to_string(v);
  if (grouping == "none") return std::to_string(v);
  if (grouping == "space") return Grouped(v, " ");
  if (grouping == "nbsp") return Grouped(v, "\xC2\xA0");
  if (grouping == "thin") return Grouped(v, "\xE2\x80\x89");
  if (grouping == "comma_en") return Grouped(v, ",");
  return Grouped(v, ".");
}

std::string Ctx::Money(std::int64_t vnd, const std::string& style) const {
  if (style == "dots_d") return Grouped(vnd, ".") + "đ";
  if (style == "spaced") return Grouped(vnd, " ") + " đồng";
  if (style == "trieu") return DecimalComma(static_cast<double>(vnd) / 1e6, 2) + " triệu đồng";
  if (style == "trieu_dot") {
    // English decimal point: "3.5 triệu" (only one digit after the point, so
    // it cannot be read as a thousands group).
    std::int64_t tenths = vnd / 100000;
    std::string s = std::to_string(tenths / 10);
    if (tenths % 10 != 0) s += "." + std::to_string(tenths % 10);
    return s + " triệu đồng";
  }
  if (style == "nghin") {
    std::int64_t millions = vnd / 1000000;
    std::int64_t thousands = (vnd % 1000000) / 1000;
    std::string word = (vnd / 1000) % 2 == 0 ? "nghìn" : "ngàn";
    if (millions == 0) return std::to_string(thousands) + " " + word + " đồng";
    if (thousands == 0) return std::to_string(millions) + " triệu đồng";
    return std::to_string(millions) + " triệu " + std::to_string(thousands) + " " + word + " đồng";
  }
  if (style == "ty") {
    std::int64_t billions = vnd / 1000000000;
    std::int64_t millions = (vnd % 1000000000) / 1000000;
    if (billions == 0) return std::to_string(millions) + " triệu đồng";
    if (millions == 0) return std::to_string(billions) + " tỷ đồng";
    return std::to_string(billions) + " tỷ " + std::to_string(millions) + " triệu đồng";
  }
  return Grouped(vnd, ".") + " đồng";
}

}  // namespace baocao::genre
