#include "desk/web/i18n.h"

#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <sstream>

#include "desk/web/assets.h"

namespace baocao::web {
namespace {

struct Texts {
  std::string vi;
  std::string en;
};

const std::map<std::string, Texts>& Table() {
  static const std::map<std::string, Texts> table = [] {
    std::map<std::string, Texts> t;
    std::istringstream in{std::string(FindAsset("strings.tsv"))};
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::size_t a = line.find('\t');
      if (a == std::string::npos) continue;
      std::size_t b = line.find('\t', a + 1);
      if (b == std::string::npos) continue;
      t[line.substr(0, a)] = {line.substr(a + 1, b - a - 1), line.substr(b + 1)};
    }
    return t;
  }();
  return table;
}

std::string Group(std::uint64_t whole) {
  std::string digits = std::to_string(whole);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return out;
}

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string OneDate(const std::string& d) {
  // YYYY, YYYY-MM or YYYY-MM-DD.
  if (d.size() == 4 && AllDigits(d)) return d;
  if (d.size() == 7 && d[4] == '-' && AllDigits(d.substr(0, 4)) && AllDigits(d.substr(5))) {
    return d.substr(5, 2) + "/" + d.substr(0, 4);
  }
  if (d.size() == 10 && d[4] == '-' && d[7] == '-' && AllDigits(d.substr(0, 4)) && AllDigits(d.substr(5, 2)) &&
      AllDigits(d.substr(8))) {
    return d.substr(8, 2) + "/" + d.substr(5, 2) + "/" + d.substr(0, 4);
  }
  return d;
}

}  // namespace

const char* LangCode(Lang lang) { return lang == Lang::kEn ? "en" : "vi"; }

Lang ParseLang(const std::string& code) { return code == "en" ? Lang::kEn : Lang::kVi; }

const std::string& Tr(Lang lang, const std::string& key) {
  const auto& table = Table();
  auto it = table.find(key);
  if (it == table.end()) return key;
  return lang == Lang::kEn ? it->second.en : it->second.vi;
}

std::vector<std::string> TranslationKeys() {
  std::vector<std::string> keys;
  for (const auto& [k, v] : Table()) keys.push_back(k);
  return keys;
}

bool HasTranslation(const std::string& key) {
  auto it = Table().find(key);
  return it != Table().end() && !it->second.vi.empty() && !it->second.en.empty();
}

std::string FormatCount(const std::optional<std::int64_t>& value) {
  if (!value) return "—";
  if (*value < 0) return "-" + Group(static_cast<std::uint64_t>(-(*value + 1)) + 1);
  return Group(static_cast<std::uint64_t>(*value));
}

std::string FormatDecimal(const std::optional<double>& value, int decimals) {
  if (!value || !std::isfinite(*value)) return "—";
  double v = std::fabs(*value);
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(v * scale) / scale;
  double whole = std::floor(rounded);
  std::string out = (*value < 0 && rounded > 0 ? "-" : "") + Group(static_cast<std::uint64_t>(whole));
  long long frac = std::llround((rounded - whole) * scale);
  if (frac > 0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%0*lld", decimals, frac);
    std::string f = buf;
    while (!f.empty() && f.back() == '0') f.pop_back();
    out += "," + f;
  }
  return out;
}

std::string FormatTimestamp(const std::string& iso_utc) {
  std::tm tm{};
  if (iso_utc.size() < 19 || std::sscanf(iso_utc.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon,
                                         &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6) {
    return iso_utc;
  }
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  std::time_t t = timegm(&tm);
  std::tm local{};
  localtime_r(&t, &local);
  char buf[32];
  std::strftime(buf, sizeof buf, "%d/%m/%Y %H:%M", &local);
  return buf;
}

std::string FormatPeriod(const std::string& iso) {
  std::size_t slash = iso.find('/');
  if (slash == std::string::npos) return OneDate(iso);
  return OneDate(iso.substr(0, slash)) + "–" + OneDate(iso.substr(slash + 1));
}

std::string LocalMidnightUtc() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  local.tm_hour = 0;
  local.tm_min = 0;
  local.tm_sec = 0;
  local.tm_isdst = -1;
  std::time_t midnight = std::mktime(&local);
  std::tm utc{};
  gmtime_r(&midnight, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buf;
}

}  // namespace baocao::web
