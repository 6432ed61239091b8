// HTML helpers for the pages baocao writes (review page, diff). Everything
// that comes from a document goes through Escape(): a report containing
// "<script>" shows as text and runs nothing.
#ifndef BAOCAO_DESK_HTML_H_
#define BAOCAO_DESK_HTML_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace baocao::html {

// Escapes & < > " ' for use in element text and quoted attribute values.
// Bytes that are not valid UTF-8 become U+FFFD, so a broken byte cannot
// change how the browser reads the rest of the page.
std::string Escape(std::string_view text);

// The page's <style> element: one stylesheet for every page, no external
// asset (the page must open from a USB stick without network).
const char* StyleSheet();

// "<!DOCTYPE html>…<body>" with the title escaped, and the closing tags.
std::string PageStart(std::string_view title);
std::string PageEnd();

// An optional count or amount, with "." grouping thousands as the reports
// print them ("1.621"); unknown is an em dash.
std::string Number(const std::optional<std::int64_t>& value);

}  // namespace baocao::html

#endif  // BAOCAO_DESK_HTML_H_
