// The interface's language and number and date styles. Vietnamese by
// default (the people using the desk are Vietnamese civil servants),
// English by a switch. The strings are data: assets/strings.tsv, one line
// per key with its Vietnamese and English text, compiled in.
//
//   std::string s = Tr(Lang::kVi, "nav.inbox");   // "Hộp thư đến"
//   FormatCount(1621)                              // "1.621"
//   FormatDecimal(12.5)                            // "12,5"
//   FormatTimestamp("2026-11-23T13:51:00Z")        // "23/11/2026 20:51" (local time)
//
// Numbers and dates keep the Vietnamese style in both languages: they are
// the reports' own figures, read against the paper.
//
// Thread safety: the table is built once, then read-only.
#ifndef BAOCAO_DESK_WEB_I18N_H_
#define BAOCAO_DESK_WEB_I18N_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace baocao::web {

enum class Lang { kVi, kEn };
const char* LangCode(Lang lang);  // "vi" | "en"
// "en" -> kEn; anything else kVi.
Lang ParseLang(const std::string& code);

// The text of `key`; the key itself when the table has none (so a missing
// string shows, and a test notices).
const std::string& Tr(Lang lang, const std::string& key);
// Every key of the table (tests check each has both languages).
std::vector<std::string> TranslationKeys();
bool HasTranslation(const std::string& key);

// "1.621", "-5"; "—" for unknown.
std::string FormatCount(const std::optional<std::int64_t>& value);
// "12,5", "1.234,75" (at most `decimals` decimals, trailing zeros dropped); "—" for unknown.
std::string FormatDecimal(const std::optional<double>& value, int decimals = 2);
// A store timestamp (UTC ISO 8601) as "dd/mm/yyyy hh:mm" in local time; the
// text unchanged when it does not parse.
std::string FormatTimestamp(const std::string& iso_utc);
// An ISO date or period as printed in Vietnamese: "2024-03-05" -> "05/03/2024",
// "2024-03" -> "03/2024", "2025-01/2025-06" -> "01/2025–06/2025", "2024" -> "2024".
std::string FormatPeriod(const std::string& iso);
// The local date today as "YYYY-MM-DD" and the UTC instant its midnight was.
std::string LocalMidnightUtc();

}  // namespace baocao::web

#endif  // BAOCAO_DESK_WEB_I18N_H_
