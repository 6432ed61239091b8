// The HTTP request and response as the desk's handlers see them: plain
// values, so every handler runs in a test without a socket, and server.cc is
// the only file that knows cpp-httplib.
//
//   WebRequest req;  req.method = "GET";  req.path = "/documents";
//   WebResponse res = app.Handle(req);
//
// Thread safety: plain values.
#ifndef BAOCAO_DESK_WEB_HTTP_H_
#define BAOCAO_DESK_WEB_HTTP_H_

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace baocao::web {

struct Upload {
  std::string field;     // the form field's name
  std::string filename;  // as the browser sent it: never trusted
  std::string content;
};

struct WebRequest {
  std::string method = "GET";  // GET | POST | HEAD
  std::string path = "/";      // decoded, without the query
  std::map<std::string, std::string> query;    // decoded
  std::map<std::string, std::string> form;     // urlencoded or multipart text fields
  std::map<std::string, std::string> headers;  // names in lower case
  std::vector<Upload> uploads;
  std::string remote_addr;

  // The header's value, "" when absent. REQUIRES: `name` in lower case.
  std::string Header(const std::string& name) const;
  // The cookie's value from the Cookie header, nullopt when absent.
  std::optional<std::string> Cookie(const std::string& name) const;
  // The query parameter, else the form field, else "".
  std::string Param(const std::string& name) const;
};

struct WebResponse {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // Location, Set-Cookie, ...

  // 303 See Other to `location` (a path on this server).
  static WebResponse Redirect(const std::string& location);
  // `status` with a one-line plain-text message (errors of the JSON API).
  static WebResponse Text(int status, const std::string& message);
  static WebResponse Json(const std::string& json, int status = 200);
  // The value of the first header `name` (exact case), "" when absent.
  std::string HeaderValue(const std::string& name) const;
};

// "a%20b+c" -> "a b c" (form encoding); invalid escapes are kept as typed.
std::string UrlDecode(const std::string& text, bool plus_is_space = true);
// Everything but unreserved characters percent-encoded.
std::string UrlEncode(const std::string& text);
// "a=1&b=x%20y" -> {a: 1, b: "x y"}.
std::map<std::string, std::string> ParseForm(const std::string& body);

}  // namespace baocao::web

#endif  // BAOCAO_DESK_WEB_HTTP_H_
